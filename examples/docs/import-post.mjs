// @ts-check
// docs/importing.md: one post from examples/blog-posts/, read with the blog
// import mode; prints the article, then each warning as `line:column code: message`.
//
//   node examples/docs/import-post.mjs [path]
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { blog } from 'articlekit/import'
import { fromMarkdown } from 'articlekit/markdown'
import { compactJson } from './compact-json.mjs'

const path = process.argv[2] ?? 'examples/blog-posts/jekyll/2025-01-27-ferry-timetable-changes.md'
/** @type {import('articlekit/markdown').MarkdownIssue[]} */
const warnings = []
const article = fromMarkdown(readFileSync(path, 'utf8'), {
  dialect: blog({ baseUrl: 'https://blog.example.com/' }),
  fileName: path,
  onWarning: (warning) => warnings.push(warning),
})
console.log(compactJson(article, 110))
console.log('')
for (const { line, column, code, message } of warnings) {
  // The place is printed first; the message ends with it too.
  console.log(`${line ?? '-'}:${column ?? '-'} ${code}: ${message.replace(/ \(line \d+, column \d+\)$/, '')}`)
}

// Every warning of a post with front matter points at a line of the file.
assert.ok(warnings.every((warning) => warning.code === 'headline_from_file_name' || warning.line !== undefined))
if (process.argv[2] === undefined) {
  assert.equal(article.headline, 'Ferry timetable changes from February')
  // No date in the front matter: the file name gives it.
  assert.equal(article.datePublished, '2025-01-27')
  assert.deepEqual(article.keywords, ['ferry', 'timetable', 'travel'])
}
