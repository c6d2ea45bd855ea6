// @ts-check
// docs/model.md, "Credits and roles": a story with contributors beside its
// authors and a photographer on its lead image, as the top of its HTML and
// the parts of its JSON-LD that carry the credits. Run `npm run build` first.
//
//   node examples/docs/credits.mjs
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'

const article = parseArticle({
  type: 'NewsArticle',
  url: 'https://news.example.com/2026/10/harbour-wall',
  headline: 'Storm leaves a breach in the old harbour wall',
  authors: [{ name: 'Tamsin Rowe', url: 'https://news.example.com/authors/tamsin-rowe' }, { name: 'Jory Penhallow' }],
  contributors: [
    { name: 'Kerra Nance', role: 'additionalReporting' },
    { name: 'Elowen Tregarth', role: 'editor' },
    { name: 'Piran Vos', role: 'translator' },
    { name: 'Demelza Hart', role: 'photographer', url: '/people/demelza-hart' },
    { name: 'Ruan Bligh', role: 'factChecker' },
    { name: 'Courier Graphics Desk', type: 'Organization', role: 'other', label: 'Graphics' },
  ],
  image: {
    url: 'https://images.example.com/2026/10/harbour-wall.jpg',
    alt: 'Waves break over a gap in a stone harbour wall',
    creator: { name: 'Demelza Hart', role: 'photographer', url: '/people/demelza-hart' },
  },
  body: ['The council closed the east pier on Tuesday morning.'],
})

const html = toHtml(article)
const top = html.slice(html.indexOf('<p class="ak-byline">'), html.indexOf('</figure>') + 9)
assert.ok(top.includes(' · Additional reporting by <bdi>Kerra Nance</bdi></p>'))
assert.ok(top.includes('Graphics: <bdi>Courier Graphics Desk</bdi>'))
assert.ok(top.includes('Photo: <a href="/people/demelza-hart"><bdi>Demelza Hart</bdi></a>'))
console.log(top.replace(/(<\/p>)/g, '$1\n'))

const data = /** @type {Record<string, any>} */ (toJsonLd(article))
// Only the parts this page is about: who made the story, and who made its image.
const { author, editor, translator, contributor, image } = data
assert.equal(image[0].creditText, 'Demelza Hart')
console.log(JSON.stringify({ author, editor, translator, contributor, image }, null, 2))
