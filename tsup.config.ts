import { defineConfig } from 'tsup'
import { jsEntries } from './.ci/package-entries.mjs'

// Entries come from package.json `exports` (every subpath with an
// `articlekit-source` condition), so adding `./html` etc. there is enough.
// `.` builds as `index`, `./core` as `core`, and so on.
const entry: Record<string, string> = {}
for (const item of jsEntries()) {
  for (const [condition, expected, actual] of item.mismatches) {
    console.warn(
      `[tsup.config] exports["${item.subpath}"].${condition} is ${JSON.stringify(actual)}, but the build writes ${expected}`,
    )
  }
  if (!item.sourceExists) {
    console.warn(`[tsup.config] skipping exports["${item.subpath}"]: ${item.source} does not exist yet`)
    continue
  }
  entry[item.name] = item.source
}

// Not package entries: each importer of `articlekit/import` built once more on its own, so that the esm
// build puts each one's code in chunks of its own. linkedom and Readability are CommonJS or do not declare
// themselves free of side effects: in a chunk shared with another importer (a helper `blog()` and
// `fromDocument` both use, say), their imports would stay in that importer's bundles too.
if (entry.import !== undefined) {
  entry['import-html'] = 'src/import/page-html.ts'
  entry['import-document'] = 'src/import/page.ts'
  entry['import-blog'] = 'src/import/blog.ts'
  entry['import-text'] = 'src/import/text.ts'
}

if (Object.keys(entry).length === 0) {
  throw new Error('[tsup.config] no entry points found in package.json exports')
}

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  // With "type": "module": esm -> .js / .d.ts, cjs -> .cjs / .d.cts.
  outExtension: ({ format }) => (format === 'cjs' ? { js: '.cjs' } : { js: '.js' }),
  outDir: 'dist',
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // `splitting` is left unset: tsup then splits the esm build (shared chunks)
  // and keeps each cjs entry self-contained.
  // zod is a peer dependency and must never be bundled (this also covers
  // subpaths such as `zod/v4/core`).
  external: ['zod'],
})
