import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeBuildTimeCodeHighlight from './src/plugins/build-time-code-highlight';
import rehypeStaticMath from './src/plugins/static-math';
import remarkBuildTimeMermaid from './src/plugins/remark-build-time-mermaid';
import {generatedDiagrams} from './src/plugins/generatedDiagrams';
import leanCommonChunk from './src/plugins/lean-common-chunk';
import noCollatorAtLoad from './src/plugins/no-collator-at-load';
import startInShortTasks from './src/plugins/start-in-short-tasks';
import {ssrTemplate} from './src/plugins/start-in-short-tasks/ssrTemplate';
import compileHints from './src/plugins/compile-hints';
import noEvalFeatureTests from './src/plugins/no-eval-feature-tests';
import remarkToolHeadings from './src/plugins/tool-headings';
import {courseTool, toolLink} from './src/data/tools';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';

// Where the site is published, from the environment (see README, "Deploy"): SITE_URL is the origin, BASE_URL the path
// under it, e.g. SITE_URL=https://org.github.io BASE_URL=/t1-course/.
const siteUrl = (process.env.SITE_URL || 'https://t1-course.example.org').replace(/\/+$/, '');
const baseUrl = `/${(process.env.BASE_URL || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

// The training-data checker's and the blind rater's sample files: precached so "Try the sample" works offline.
// (The plugin's glob patterns cannot be extended and do not match .jsonl.)
// Only what the glob misses: a .json file (the rater's sample schema) is in the manifest already, and workbox throws on
// a second entry for one URL with another revision, which left the worker without its fetch and activate handlers.
const sampleDatasets = readdirSync('static/datasets').filter((name) => !name.endsWith('.json')).map((name) => ({
  url: `datasets/${name}`,
  revision: createHash('sha256').update(readFileSync(`static/datasets/${name}`)).digest('hex').slice(0, 16),
}));

// Docs and pages are written alike: diagrams drawn, math typeset (one element per formula) and code coloured at build time.
const markdownPlugins = {
  beforeDefaultRemarkPlugins: [[remarkBuildTimeMermaid, {generated: generatedDiagrams}], remarkToolHeadings],
  remarkPlugins: [remarkMath],
  rehypePlugins: [rehypeKatex, rehypeStaticMath, rehypeBuildTimeCodeHighlight],
};

const config: Config = {
  title: 'T1: Fine-Tuning & Model Customization',
  tagline:
    'When to fine-tune, how LoRA and QLoRA work, and what it costs — with calculators you can drive.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  // Every page is a folder with an index.html (build/t1/lora-qlora/index.html), the one layout every static host
  // serves: a plain host (nginx, S3, python -m http.server) redirects /t1/lora-qlora to /t1/lora-qlora/ and serves
  // the folder's index.html; GitHub Pages and Netlify do the same. Links are written in that slash form, so they
  // reach their page without a redirect. (trailingSlash: false writes t1/lora-qlora.html, which only hosts that guess
  // .html serve, and /t1/ — the seed's own address — was a folder without an index.)
  trailingSlash: true,

  // Broken links, anchors and Markdown links/images fail the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Blocks the build-time renderer cannot draw fall back to the client theme.
    mermaid: true,
    // `## Heading {#id}` keeps the seed's anchors stable (v4 defaults turn this off).
    mdx1Compat: {headingIds: true, comments: true, admonitions: true},
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Rspack ("faster") build: the plain webpack build fails on theme-mermaid's
  // optional @mermaid-js/layout-elk probe (see stack notes).
  future: {
    v4: true,
    faster: true,
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  // Docusaurus's page template, its scripts added after the first paint (see the template).
  ssrTemplate,

  clientModules: ['./src/clientModules/noViewportPrefetch.ts', './src/clientModules/sidebarScores.ts'],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 't1',
          sidebarPath: './sidebars.ts',
          ...markdownPlugins,
          showLastUpdateTime: false,
        },
        blog: false,
        pages: markdownPlugins,
        theme: {
          customCss: ['./src/css/custom.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [leanCommonChunk, noCollatorAtLoad, startInShortTasks, compileHints, noEvalFeatureTests, './src/plugins/content-security-policy/index.ts', './src/plugins/no-client-prism/index.ts', [
    // Offline reading: every visitor's first page installs a service worker that
    // precaches the whole module (pages, scripts, styles, search index, KaTeX).
    '@docusaurus/plugin-pwa',
    {
      offlineModeActivationStrategies: ['always'],
      swCustom: require.resolve('./src/pwa/swCustom.js'),
      swRegister: require.resolve('./src/pwa/registerWhenIdle.ts'),
      pwaHead: [
        {tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json`},
        {tagName: 'meta', name: 'theme-color', content: '#4f46e5'},
      ],
      injectManifestConfig: {
        // Browsers that run service workers all read KaTeX's woff2; its .woff/.ttf copies are never fetched.
        globIgnores: ['**/node_modules/**/*', 'katex/fonts/*.woff', 'katex/fonts/*.ttf'],
        // The checker's worker chunk carries GPT-4o's tokenizer vocabulary (2.8 MB); workbox skips files over 2 MB by default.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        additionalManifestEntries: sampleDatasets,
      },
    },
  ]],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: 't1',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  stylesheets: [
    // KaTeX's CSS and fonts are served by the site itself (no CDN).
    {href: `${baseUrl}katex/katex.min.css`, type: 'text/css'},
  ],

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'T1 Fine-Tuning',
      logo: {alt: 'T1 course logo', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'module', position: 'left', label: 'Module'},
        {to: toolLink(courseTool('lora-calculator')), label: 'LoRA calculator', position: 'left'},
        {to: toolLink(courseTool('decision-flowchart')), label: 'Should I fine-tune?', position: 'left'},
      ],
    },
    docs: {sidebar: {hideable: true}},
    footer: {
      style: 'dark',
      copyright:
        'Course module T1 from FrootAI (Transformation Layer). Site built with Docusaurus. Works offline.',
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
