// @ts-check
// docs/importing.md: a news page read with `fromHtml`; prints the article,
// then its report as `code path: message`.
//
//   node examples/import-page.mjs [page.html] [url]
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fromHtml } from 'articlekit/import'
import { compactJson } from './docs/compact-json.mjs'

const path = process.argv[2] ?? 'examples/pages/ferry-returns.html'
const url = process.argv[3] ?? 'https://news.example.com/islands/night-ferry-returns'
/** @type {import('articlekit/markdown').MarkdownIssue[]} */
const report = []
const article = fromHtml(readFileSync(path, 'utf8'), { url, onWarning: (warning) => report.push(warning) })
console.log(compactJson(article, 110))
console.log('')
for (const { code, path: where, message } of report) console.log(`${code} ${where.join('.') || '-'}: ${message}`)

if (process.argv[2] === undefined) {
  assert.equal(article.headline, 'Night ferry to Marrow Island returns after winter repairs')
  assert.deepEqual(
    article.authors.map((author) => author.name),
    ['Tilde Varga', 'Owen Marsh'],
  )
  const [figure] = article.body
  assert.equal(figure?.type, 'image')
  if (figure?.type === 'image') {
    // The lazy image's largest candidate, resolved against the page's address; the credit apart from the caption.
    assert.equal(figure.url, 'https://news.example.com/images/ferry-1600.jpg')
    assert.equal(figure.credit, '© Island Courier / Ines Holm')
  }
  const quote = article.body.find((block) => block.type === 'quote')
  assert.deepEqual(quote?.type === 'quote' ? quote.attribution : undefined, {
    name: 'Hanna Brisk',
    title: 'Marrow Island council',
  })
  assert.ok(article.body.some((block) => block.type === 'table' && block.header?.length === 3))
  assert.ok(article.body.some((block) => block.type === 'embed' && block.provider === 'YouTube'))
  assert.equal(article.related?.length, 2)
  assert.deepEqual(
    article.sources?.map((source) => source.name),
    ['Marrow Island Council', 'Port Aldery Harbour Trust'],
  )
  // Nothing of the page's furniture, nor the script in its links and attributes, reaches the article.
  const json = JSON.stringify(article)
  for (const word of ['Accept', 'Share', 'Advertisement', 'newsletter', 'Finally', 'javascript', 'track()'])
    assert.ok(!json.includes(word), word)
}
