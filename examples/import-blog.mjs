// @ts-check
// Import a folder of blog posts written for static-site generators and render
// each as an HTML page:
//
//   npm run build
//   node examples/import-blog.mjs [folder] [out]
//
// Every `.md` file under `folder` (default: examples/blog-posts, which holds
// posts in the style of Jekyll, Hugo, Eleventy and Astro) is read with
// fromMarkdown and the blog import mode, and written to `out` (default: a
// temporary folder) as `<name>.html`. Posts marked as drafts are skipped;
// warnings are printed as `file:line:column: message`.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toHtmlDocument } from 'articlekit/html'
import { blog } from 'articlekit/import'
import { fromMarkdown } from 'articlekit/markdown'
import { wordCount } from 'articlekit/text'

const folder = process.argv[2] ?? fileURLToPath(new URL('./blog-posts/', import.meta.url))
const out = process.argv[3] ?? (await mkdtemp(join(tmpdir(), 'articlekit-blog-')))
await mkdir(out, { recursive: true })

// One dialect for the whole site: relative URLs resolve against its address.
const dialect = blog({ baseUrl: 'https://blog.example.com/' })
const files = (await readdir(folder, { recursive: true })).filter((name) => /\.mdx?$/.test(name)).sort()

/** @type {{ file: string, headline: string, date: string | undefined, words: number }[]} */
const imported = []
const skipped = []
for (const file of files) {
  const path = join(folder, file)
  /** @type {import('articlekit/markdown').MarkdownIssue[]} */
  const warnings = []
  const article = fromMarkdown(await readFile(path, 'utf8'), {
    dialect,
    fileName: file,
    onWarning: (warning) => warnings.push(warning),
  })
  // A build that publishes finished posts only skips drafts: the import reports them as warnings with code `draft`.
  if (warnings.some((warning) => warning.code === 'draft')) {
    skipped.push(file)
    console.log(`${file}: draft, skipped`)
    continue
  }
  for (const { line, column, code, message } of warnings) {
    // The message ends with its place, which this line already starts with.
    const text = message.replace(/ \(line \d+, column \d+\)$/, '')
    console.error(`${relative(process.cwd(), path)}:${line ?? 1}:${column ?? 1}: ${text} (${code})`)
  }
  const name = basename(file).replace(/\.mdx?$/, '')
  await writeFile(join(out, `${name}.html`), toHtmlDocument(article))
  const words = wordCount(article)
  imported.push({ file, headline: article.headline, date: article.datePublished, words })
  console.log(`${file}: "${article.headline}", ${article.datePublished ?? 'no date'}, ${words} words -> ${name}.html`)
}
console.log(`written to ${out}`)

if (process.argv[2] === undefined) {
  assert.deepEqual(skipped, ['hugo/winter-schedule.md'])
  assert.deepEqual(
    imported.map(({ headline, date }) => [headline, date]),
    [
      ['Surveying the coastal path', '2024-07-08'],
      ['The spring seed swap', '2025-03-02'],
      ['The lighthouse opens its doors', '2024-09-14T10:00:00+01:00'],
      ['Ferry timetable changes from February', '2025-01-27'],
    ],
  )
  // Counted by hand: the words of each body, without captions; code and template tags kept as text count too.
  // Astro 12 + 16; Eleventy 12 + 3 + 3 + 7; Hugo 14 + 8; Jekyll 14 + 8 (include) + 2 + 13 (table) + 9 + 11 (code).
  assert.deepEqual(
    imported.map(({ words }) => words),
    [28, 25, 22, 57],
  )
}
