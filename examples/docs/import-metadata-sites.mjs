// @ts-check
// docs/importing.md, "The metadata": a WordPress page with a Yoast-style
// JSON-LD graph (the author a reference to a Person node, the date only on
// the WebPage node), a social og:title, the headline's <h1> in a header
// outside the story, and a related story's card with an <h1> of its own.
// Read with fromHtml. Run `npm run build` first.
//
//   node examples/docs/import-metadata-sites.mjs
import assert from 'node:assert/strict'
import { fromHtml } from 'articlekit/import'

const graph = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'Article',
      '@id': 'https://tidewater.example/2026/lock-gates/#article',
      author: { '@id': 'https://tidewater.example/#/schema/person/7f3a' },
      mainEntityOfPage: { '@id': 'https://tidewater.example/2026/lock-gates/' },
    },
    {
      '@type': 'WebPage',
      '@id': 'https://tidewater.example/2026/lock-gates/',
      name: 'New lock gates lifted into place on the canal - Tidewater Post',
      datePublished: '2026-12-05T17:40:00+00:00',
    },
    { '@type': 'Person', '@id': 'https://tidewater.example/#/schema/person/7f3a', name: 'Lena Varga' },
  ],
}

const html = `<!doctype html>
<html lang="en">
<head>
  <title>New lock gates lifted into place on the canal - Tidewater Post</title>
  <meta property="og:title" content="Watch: a crane lifts 40 tonnes of oak">
  <script type="application/ld+json">${JSON.stringify(graph)}</script>
</head>
<body>
  <header class="entry-header">
    <h1>New lock gates lifted into place on the canal</h1>
  </header>
  <main>
    <p>A crane lifted the first of the new oak gates into the lower lock on Saturday, a week ahead of the repair plan.</p>
    <p>Boats will use the lock again from January, once the second pair of gates is fitted and the chamber refilled.</p>
    <article class="card"><h1><a href="/2026/towpath-lights/">Towpath lights switched on</a></h1></article>
  </main>
</body>
</html>`

/** @type {import('articlekit/markdown').MarkdownIssue[]} */
const report = []
const article = fromHtml(html, {
  url: 'https://tidewater.example/2026/lock-gates/',
  onWarning: (warning) => report.push(warning),
})

assert.equal(article.headline, 'New lock gates lifted into place on the canal')
assert.deepEqual(
  article.authors.map((author) => author.name),
  ['Lena Varga'],
)
assert.equal(article.datePublished, '2026-12-05T17:40:00+00:00')

console.log(
  JSON.stringify(
    { headline: article.headline, authors: article.authors, datePublished: article.datePublished },
    null,
    2,
  ),
)
console.log()
for (const warning of report) {
  if (['headline', 'authors'].includes(warning.code)) console.log(`${warning.code}: ${warning.message}`)
}
