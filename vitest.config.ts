import { configDefaults, defineConfig } from 'vitest/config'

// Tests import the package by its own name; the `articlekit-source`
// condition points every subpath at its TypeScript source.
const conditions = ['articlekit-source']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    // Many tests start the CLI, some a dozen times; with the whole suite sharing two cores that takes
    // longer than vitest's default 5 s. A timeout is not a speed check here (speed lives in the bench).
    testTimeout: 30_000,
    // test/browser drives Chromium: `npm run test:browser` runs it (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
})
