// @ts-check
// docs/own-html.md: a page toHtml wrote, read back by fromHtml, whole; and
// what an edited copy of it reports.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { toHtml, toHtmlDocument } from 'articlekit/html'
import { fromHtml } from 'articlekit/import'

const article = parseArticle({
  id: 'courier-2026-10-05-night-buses',
  url: 'https://news.example.com/local/2026/10/05/night-buses',
  language: 'en-GB',
  headline: 'Night buses return to the harbour route',
  authors: [{ name: 'Tamsin Rowe', jobTitle: 'Transport reporter' }],
  datePublished: '2026-10-05T18:00:00+01:00',
  keywords: ['buses', 'night'],
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The N7 runs every 30 minutes after midnight. ' },
        { type: 'text', value: 'The first bus leaves at 00:15.' },
      ],
    },
    { type: 'heading', id: 'stops', level: 2, children: 'Where it stops' },
  ],
})

const html = toHtml(article)
console.log(html.replace(/(<\/(?:header|h1|h2|p|div)>)/g, '$1\n'))

// The fragment and the whole page both read back as the article itself.
assert.deepEqual(fromHtml(html), article)
assert.deepEqual(fromHtml(toHtmlDocument(article)), article)
// So does every example article of the repository.
for (const name of ['article.json', 'opinion-article.json', 'live-blog.json']) {
  const example = parseArticle(JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')))
  assert.deepEqual(fromHtml(toHtmlDocument(example)), example)
}

// Someone edited the page by hand: a script in the body, a bad link.
const edited = html
  .replace('<div class="ak-body">', '<div class="ak-body"><script>alert(1)</script>')
  .replace('</h2>', '</h2><p>See <a href="javascript:alert(1)">the timetable</a>.</p>')
try {
  fromHtml(edited, {
    onWarning: (warning) => console.log(`warning ${warning.code} at ${warning.path.join('.')}: ${warning.message}`),
  })
  assert.fail('an edited page with a script link must not validate')
} catch (error) {
  assert.ok(error instanceof Error && error.name === 'ArticleValidationError')
  console.log(error.message)
}
