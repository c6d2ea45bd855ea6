// @ts-check
// Convert a folder of Markdown articles to JSON and back:
//
//   npm run build
//   node examples/markdown-folder.mjs [folder] [out]
//
// Every `.md` file in `folder` (default: examples/markdown-articles) is read
// with fromMarkdown and written to `out` (default: a temporary folder) as
// `<name>.json`, then written back as `<name>.md` with toMarkdown and
// `frontmatter: true`, and read once more to check that nothing changed.
// Problems are printed as `file:line:column: message`.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isArticleValidationError, parseArticle } from 'articlekit'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'

const folder = process.argv[2] ?? fileURLToPath(new URL('./markdown-articles/', import.meta.url))
const out = process.argv[3] ?? (await mkdtemp(join(tmpdir(), 'articlekit-markdown-')))
await mkdir(out, { recursive: true })

let failed = 0
for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
  const path = join(folder, file)
  const name = basename(file, '.md')
  let article
  try {
    article = fromMarkdown(await readFile(path, 'utf8'))
  } catch (error) {
    if (!isArticleValidationError(error)) throw error
    failed++
    // fromMarkdown's issues also say where in the Markdown they are.
    for (const issue of /** @type {readonly import('articlekit/markdown').MarkdownIssue[]} */ (error.issues)) {
      console.error(`${path}:${issue.line ?? 1}:${issue.column ?? 1}: ${issue.message}`)
    }
    continue
  }
  // To JSON, and back from JSON through the model, to Markdown and to an article again.
  const json = `${JSON.stringify(article, null, 2)}\n`
  await writeFile(join(out, `${name}.json`), json)
  const markdown = toMarkdown(parseArticle(JSON.parse(json)), { frontmatter: true })
  await writeFile(join(out, `${name}.md`), markdown)
  assert.deepEqual(fromMarkdown(markdown), article)
  console.log(`${file}: ${article.body.length} blocks -> ${name}.json -> ${name}.md`)
}
console.log(`written to ${out}`)
if (failed > 0) process.exitCode = 1
