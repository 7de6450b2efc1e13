/**
 * After the build, hashes every inline <script> and <style> in the built HTML
 * (plus the <style> elements that scripts insert whole, such as a diagram drawn
 * after a client-side route change) and writes the Content-Security-Policy that
 * allows exactly those and nothing else:
 *   build/_headers  — Netlify / Cloudflare Pages header file
 *   build/csp.json  — {policy, hashes} for other hosts and for the browser tests
 *   build/csp.nginx.conf — the add_header directive, for nginx's `include` (deploy/nginx.conf)
 * Docusaurus's own inline scripts (colour-mode bootstrap…) change between
 * versions, so the hashes are recomputed on every build rather than kept by hand.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {
  buildPolicy,
  findInlineContent,
  headersFile,
  nginxHeaderDirective,
  policyInputsFor,
  styleElementsInBundle,
  type InlineContent,
} from './contentSecurityPolicy';

async function filesUnder(directory: string, extension: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export default function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({outDir}) {
      const pages: InlineContent[] = [];
      const handlers: string[] = [];
      for (const file of await filesUnder(outDir, '.html')) {
        const content = findInlineContent(await readFile(file, 'utf8'));
        pages.push(content);
        handlers.push(...content.inlineHandlers.map((handler) => `${path.relative(outDir, file)}: ${handler}`));
      }
      // The policy has no 'unsafe-hashes' for scripts, so such markup would silently do nothing.
      if (handlers.length > 0) {
        throw new Error(`content-security-policy: inline event handlers or javascript: URLs are blocked by the policy:\n${handlers.join('\n')}`);
      }

      const insertedStyles: string[] = [];
      for (const file of await filesUnder(path.join(outDir, 'assets', 'js'), '.js')) {
        try {
          insertedStyles.push(...styleElementsInBundle(await readFile(file, 'utf8')));
        } catch (error) {
          throw new Error(`content-security-policy: cannot read ${path.relative(outDir, file)}`, {cause: error});
        }
      }

      const inputs = policyInputsFor(pages, insertedStyles);
      const policy = buildPolicy(inputs);
      await writeFile(path.join(outDir, '_headers'), headersFile(policy));
      await writeFile(path.join(outDir, 'csp.nginx.conf'), nginxHeaderDirective(policy));
      await writeFile(
        path.join(outDir, 'csp.json'),
        `${JSON.stringify({policy, hashes: {scripts: inputs.scriptHashes, styleElements: inputs.styleElementHashes}}, null, 2)}\n`,
      );
    },
  };
}
