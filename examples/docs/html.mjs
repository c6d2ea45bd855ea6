// @ts-check
// docs/html.md: a short article rendered by toHtml.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'

const article = parseArticle({
  url: 'https://news.example.com/local/2026/10/05/night-buses',
  language: 'en-GB',
  headline: 'Night buses return to the harbour route',
  standfirst: 'The N7 runs every 30 minutes after midnight.',
  authors: [{ name: 'Tamsin Rowe', url: 'https://news.example.com/authors/tamsin-rowe' }, { name: 'Jory Penhallow' }],
  datePublished: '2026-10-05T18:00:00+01:00',
  dateline: 'PORTHCARROW',
  image: {
    url: 'https://images.example.com/2026/10/n7-harbour-stop.jpg',
    alt: 'A double-decker bus waits at the harbour stop at night',
    width: 1600,
    height: 900,
    caption: 'The first N7 leaves the harbour stop.',
    credit: 'Kensa Polglaze',
  },
  sources: [
    {
      id: 'timetable',
      name: 'Porthcarrow Buses',
      title: 'Winter timetable 2026',
      url: 'https://buses.example.org/winter-2026',
    },
  ],
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The route was cut in 2023. ' },
        { type: 'citation', sourceId: 'timetable', children: 'The new timetable' },
        { type: 'text', value: ' brings it back, and ' },
        { type: 'link', url: 'https://council.example.net/night-buses', children: 'the council' },
        { type: 'text', value: ' pays for the first year.' },
      ],
    },
    { type: 'heading', level: 2, children: 'Where it stops' },
    { type: 'list', items: ['Old harbour', 'Saltings Point'] },
  ],
})

const html = toHtml(article, { linkTarget: '_blank' })
// toHtml writes no line breaks between elements; this adds some after blocks, for reading.
console.log(html.replace(/(<\/(?:header|h1|h2|p|ul|figure|div|section)>)/g, '$1\n'))

assert.ok(html.startsWith(`<article class="ak-article" lang="en-GB" data-ak='`))
assert.ok(html.includes('loading="eager" decoding="async" fetchpriority="high"'))
assert.ok(html.includes('<a href="https://council.example.net/night-buses" target="_blank" rel="noopener noreferrer">'))
