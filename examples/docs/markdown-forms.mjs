// @ts-check
// docs/markdown.md: the article of tram.json in one form, `reader` (the
// default: toMarkdown(article)) or `lossless` (with `frontmatter: true`).
// Checks what the page says of both: the reader form reports what it cannot
// carry, and fromMarkdown reads the lossless form back to the same article.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'

const article = parseArticle(JSON.parse(readFileSync(new URL('./tram.json', import.meta.url), 'utf8')))

/** @type {string[]} */
const notCarried = []
const reader = toMarkdown(article, {
  onWarning: (warning) => {
    if (warning.code === 'not_carried') notCarried.push(warning.path.join('.'))
  },
})
assert.deepEqual(notCarried, [
  'body.0.children.3.children',
  'body.2.id',
  'body.6.tone',
  'body.8.kind',
  'body.9.kind',
  'type',
])
const lossless = toMarkdown(article, { frontmatter: true })
assert.deepEqual(fromMarkdown(lossless), article)

const form = process.argv[2] ?? 'reader'
assert.ok(form === 'reader' || form === 'lossless', `Expected reader or lossless, got ${form}`)
process.stdout.write(form === 'reader' ? reader : lossless)
