// @ts-check
// docs/migrating.md: a Portable Text document converted with fromPortableText, then parsed.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { compactJson } from './compact-json.mjs'
import { fromPortableText } from './portable-text.mjs'

/** A document as a Portable Text dataset might hold it. */
const doc = {
  title: 'Harbour wall repaired before the autumn storms',
  publishedAt: '2026-09-02T08:00:00+01:00',
  authors: [{ name: 'Mara Velland' }],
  body: [
    {
      _type: 'block',
      _key: 'intro',
      style: 'normal',
      markDefs: [{ _key: 'm1', _type: 'link', href: 'https://council.example.net/harbour' }],
      children: [
        { _type: 'span', text: 'The wall held through ' },
        { _type: 'span', text: 'three gales', marks: ['strong'] },
        { _type: 'span', text: ', the ' },
        { _type: 'span', text: 'council says', marks: ['m1', 'em'] },
        { _type: 'span', text: '.\nRepairs took six weeks.' },
      ],
    },
    { _type: 'block', _key: 'cost', style: 'h2', children: [{ _type: 'span', text: 'What it cost' }] },
    { _type: 'block', listItem: 'bullet', level: 1, children: [{ _type: 'span', text: 'Stone: £84,000' }] },
    { _type: 'block', listItem: 'bullet', level: 2, children: [{ _type: 'span', text: 'from the old quarry' }] },
    { _type: 'block', listItem: 'bullet', level: 1, children: [{ _type: 'span', text: 'Labour: £120,000' }] },
    {
      _type: 'block',
      style: 'blockquote',
      children: [{ _type: 'span', text: 'It will outlast all of us.' }],
    },
    { _type: 'image', _key: 'wall', asset: { _ref: 'image-wall-1600x900-jpg' }, alt: 'The repaired harbour wall' },
  ],
}

/** Your image URL builder; this one makes a URL from the asset reference. @param {Record<string, any>} image */
const imageUrl = (image) => `https://images.example.com/${image.asset._ref}.jpg`

const article = parseArticle({
  headline: doc.title,
  datePublished: doc.publishedAt,
  authors: doc.authors.map((author) => ({ name: author.name })),
  body: fromPortableText(doc.body, { imageUrl }),
})

console.log(compactJson(article.body, 120))

assert.equal(article.body.length, 5)
assert.deepEqual(
  article.body.map((block) => block.type),
  ['paragraph', 'heading', 'list', 'quote', 'image'],
)
// The line feed in the last span became a break; the level 2 item, a list inside the first item.
assert.ok(JSON.stringify(article.body[0]).includes('{"type":"break"}'))
assert.equal(article.body[2]?.type === 'list' && article.body[2].items[0]?.children[1]?.type, 'list')
