/**
 * Docusaurus puts every module used by half the page chunks into one `common`
 * chunk that every page fetches. Mermaid's diagram parsers are shared by its
 * many lazy chunks, so ~140 KB gzip of them landed there although no page
 * renders Mermaid in the browser (diagrams are drawn at build time). This keeps
 * the client-side Mermaid stack out of `common`: it loads only with a fallback diagram.
 */
import type {Plugin} from '@docusaurus/types';

const LAZY_DIAGRAM_PACKAGES =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|chevrotain-allstar|vscode-[^\\/]+|cytoscape[^\\/]*|d3[^\\/]*|dagre[^\\/]*|khroma|katex|dompurify|lodash-es|roughjs|marked|stylis|dayjs|@braintree|@iconify|@upsetjs|ts-dedent|uuid|internmap|delaunator|robust-predicates|layout-base|cose-base|hachure-fill|points-on-[^\\/]+|path-data-parser|@antfu|@mermaid-js|elkjs)[\\/]/;

interface ModuleLike {
  resource?: string;
  nameForCondition?: () => string | null;
}

export function isLazyDiagramModule(module: ModuleLike): boolean {
  const resource = module.nameForCondition?.() ?? module.resource ?? '';
  return LAZY_DIAGRAM_PACKAGES.test(resource);
}

export default function leanCommonChunk(): Plugin {
  return {
    name: 'lean-common-chunk',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {test: (module: ModuleLike) => !isLazyDiagramModule(module)},
            },
          },
        },
      };
    },
  };
}
