import { defineConfig } from 'tsup'

// The `articlekit` command line: its own build, for Node only, ESM. It
// imports the library by its package name (`articlekit`, `articlekit/html`,
// ...), so that at run time it loads the package's own dist files rather than
// a second copy of them; `articlekit/markdown` is loaded only when needed.
// Chain it after the main build, which cleans dist/.
export default defineConfig({
  entry: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  outDir: 'dist/cli',
  outExtension: () => ({ js: '.js' }),
  platform: 'node',
  target: 'node20',
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
  external: [/^articlekit(\/|$)/, 'zod', 'tinyglobby'],
})
