// @ts-check
// docs/validation.md: what parseArticle makes of a string in `body`.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'

const article = parseArticle({
  headline: 'Tram line opens ahead of schedule',
  datePublished: '2026-03-14T09:30:00+01:00',
  body: ['The first tram left the depot at dawn.'],
})

console.log(JSON.stringify(article.body[0], null, 2))

assert.deepEqual(article.body[0], {
  type: 'paragraph',
  children: [{ type: 'text', value: 'The first tram left the depot at dawn.' }],
})
