import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@site': path.resolve(import.meta.dirname)}},
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
