// @ts-check
// docs/model.md, "Live blogs": the live-blog example as JSON-LD (its coverage
// and updates), HTML (the first update), Markdown and text (the updates).
// Run `npm run build` first.
//
//   node examples/docs/live-blog.mjs
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { lintArticle, parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'
import { toMarkdown } from 'articlekit/markdown'
import { toText, wordCount } from 'articlekit/text'

const input = JSON.parse(await readFile(new URL('../live-blog.json', import.meta.url), 'utf8'))
const article = parseArticle(input)
assert.deepEqual(
  lintArticle(article).filter((diagnostic) => diagnostic.code === 'live_blog_not_typed'),
  [],
)

const data = /** @type {Record<string, any>} */ (toJsonLd(article))
const { '@type': type, coverageStartTime, coverageEndTime, liveBlogUpdate } = data
assert.equal(liveBlogUpdate.length, 3)
console.log(JSON.stringify({ '@type': type, coverageStartTime, coverageEndTime, liveBlogUpdate }, null, 2))

const html = toHtml(article)
const first = html.slice(html.indexOf('<section class="ak-live-blog"'), html.indexOf('</article>') + 10)
console.log(`\n${first}`)

const markdown = toMarkdown(article)
console.log(`\n${markdown.slice(markdown.indexOf('## Live updates'))}`)

const text = toText(article)
console.log(text.slice(text.indexOf('Live updates')))
// The updates count as story text.
console.log(`${wordCount(article)} words`)
