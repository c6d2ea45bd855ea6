// @ts-check
// docs/model.md, "Embargo": a story under embargo is refused by every
// renderer until its time, and the two ways on: the time the output goes
// public (`now`), or `ignoreEmbargo` for a private preview. Run
// `npm run build` first.
//
//   node examples/docs/embargo.mjs
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'
import { toMarkdown } from 'articlekit/markdown'

const article = parseArticle({
  headline: 'Harbour board agrees next year’s ferry budget',
  datePublished: '2027-03-15T06:00:00Z',
  embargo: '2027-03-15T06:00:00Z',
  body: ['The board voted late last night to keep the night crossing for another year.'],
})

// The build runs the evening before.
const evening = '2027-03-14T21:00:00Z'
try {
  toHtml(article, { now: evening })
  assert.fail('an embargoed article was rendered')
} catch (error) {
  if (!(error instanceof RenderError)) throw error
  assert.equal(error.code, 'embargoed')
  console.log(`${error.name} (${error.code}): ${error.message}`)
}
// JSON-LD, Markdown for readers and text refuse it the same way.
assert.throws(() => toJsonLd(article, { now: evening }), { code: 'embargoed' })

// The pages go public at six: render them for that time...
const page = toHtml(article, { now: '2027-03-15T06:00:00Z' })
console.log(page)
// The reader sees nothing of the embargo; only the article's data-ak keeps it, to read the page back whole.
assert.match(page, /^<article class="ak-article" data-ak='[^']*"embargo":"2027-03-15T06:00:00Z"/)
assert.doesNotMatch(page.replace(/ data-ak='[^']*'/g, ''), /embargo/i)
// ...or render a preview that stays private.
assert.equal(toHtml(article, { now: evening, ignoreEmbargo: true }), toHtml(article, { now: '2027-03-15T06:00:00Z' }))

// The lossless Markdown is storage: it keeps the embargo, so whatever renders it later refuses in turn.
const stored = toMarkdown(article, { frontmatter: true, now: evening })
console.log(stored.slice(0, stored.indexOf('---', 3) + 3))
