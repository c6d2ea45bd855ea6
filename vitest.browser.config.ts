import { defineConfig } from 'vitest/config'

// `npm run test:browser`: the tests in test/browser, which drive Debian's
// /usr/bin/chromium. The default `npm test` leaves them out.
const conditions = ['articlekit-source']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/browser/**/*.test.ts'],
    // One browser, one page: the files and tests run one after the other.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
