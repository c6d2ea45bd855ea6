// @ts-check
// docs/examples.md: one example article, whole, in one format. Run
// `npm run build` first.
//
//   node examples/docs/every-format.mjs opinion-article.json html
//
// Formats: html (the fragment), markdown (the reader form), lossless (the
// Markdown with front matter, which reads back to the same article),
// json-ld (the script toJsonLdScript writes), text.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { lintArticle, parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLdScript } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'

const [file = 'opinion-article.json', format = 'html'] = process.argv.slice(2)
const article = parseArticle(JSON.parse(await readFile(new URL(`../${file}`, import.meta.url), 'utf8')))
// The examples are meant to be clean: no lint findings.
assert.deepEqual(lintArticle(article), [])

/** @type {Record<string, () => string>} */
const formats = {
  html: () => toHtml(article),
  markdown: () => toMarkdown(article),
  lossless: () => {
    const markdown = toMarkdown(article, { frontmatter: true })
    assert.deepEqual(fromMarkdown(markdown), article)
    return markdown
  },
  'json-ld': () =>
    toJsonLdScript(article, { site: { name: 'The Westmere Courier', url: 'https://news.example.com/' } }),
  text: () => toText(article, { wrap: 72 }),
}
const render = formats[format]
if (render === undefined) throw new Error(`unknown format "${format}": use ${Object.keys(formats).join(', ')}`)
const output = render()
assert.ok(output.length > 0)
console.log(output.trimEnd())
