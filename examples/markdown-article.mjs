// @ts-check
// The example article as Markdown in both forms, and back: `npm run build`,
// then `node examples/markdown-article.mjs` prints the reader form, then the
// lossless form with YAML front matter, and checks that fromMarkdown reads
// the lossless form back to the same article.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'

const article = parseArticle(JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8')))

/** @type {string[]} */
const warnings = []
const reader = toMarkdown(article, { onWarning: (warning) => warnings.push(warning.path.join('.')) })
const lossless = toMarkdown(article, { frontmatter: true })
assert.deepEqual(fromMarkdown(lossless), article)

process.stdout.write(`${reader}\n<!-- not carried: ${warnings.join(', ')} -->\n\n${lossless}`)
