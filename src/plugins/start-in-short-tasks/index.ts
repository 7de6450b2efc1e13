/**
 * Replaces Docusaurus's client entry, in production builds, by one that evaluates the same modules in a few
 * short tasks instead of one long one (see entry.ts). The development server keeps Docusaurus's entry and its
 * hot reloading.
 */
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

export const ENTRY = fileURLToPath(new URL('./entry.ts', import.meta.url));

export default function startInShortTasks(): Plugin {
  return {
    name: 'start-in-short-tasks',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      return {mergeStrategy: {entry: 'replace'}, entry: ENTRY};
    },
  };
}
