import { configDefaults, defineConfig } from 'vitest/config'

// Tests import the package by its own name; the `articlekit-source`
// condition points every subpath at its TypeScript source.
const conditions = ['articlekit-source']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    // test/browser drives Chromium: `npm run test:browser` runs it (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
})
