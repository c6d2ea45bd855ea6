// @ts-check
// docs/importing.md, "The metadata": a page as real sites ship it (JSON-LD
// in a CDATA comment with a trailing comma, a headline cut at 110
// characters, two authors in one name), read with fromHtml: the headline
// the page shows, the authors, the date, and the report on them. Run
// `npm run build` first.
//
//   node examples/docs/import-metadata.mjs
import assert from 'node:assert/strict'
import { fromHtml } from 'articlekit/import'

const shown =
  'Night ferry returns to the islands after a winter of repairs, and the harbour master says the timetable will hold'
const cut = `${shown.slice(0, 105).replace(/\s+\S*$/, '')}…`

const html = `<!doctype html>
<html lang="en">
<head>
  <title>Ferry back tonight! | Island Echo</title>
  <meta property="og:title" content="Ferry back tonight!">
  <script type="application/ld+json">/*<![CDATA[*/{
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "${cut}",
    "author": { "@type": "Person", "name": "By Mara Quill and Teo Brandt" },
    "datePublished": "20261206T0930+0100",
  }/*]]>*/</script>
</head>
<body>
  <header><h1>Island Echo</h1></header>
  <article>
    <h1>${shown}</h1>
    <p>The night ferry between the two islands sailed again on Monday, its engines rebuilt in the harbour yard over the winter.</p>
    <p>Passengers queued on the quay before dawn, and the crew handed out tea to the first hundred of them.</p>
  </article>
</body>
</html>`

/** @type {import('articlekit/markdown').MarkdownIssue[]} */
const report = []
const article = fromHtml(html, {
  url: 'https://echo.example.com/islands/night-ferry-returns',
  onWarning: (warning) => report.push(warning),
})

assert.equal(article.headline, shown)
assert.deepEqual(
  article.authors.map((author) => author.name),
  ['Mara Quill', 'Teo Brandt'],
)
assert.equal(article.datePublished, '2026-12-06T09:30+01:00')

console.log(
  JSON.stringify(
    { headline: article.headline, authors: article.authors, datePublished: article.datePublished },
    null,
    2,
  ),
)
console.log()
for (const warning of report) {
  if (['json_ld_repaired', 'headline', 'authors'].includes(warning.code))
    console.log(`${warning.code}: ${warning.message}`)
}
