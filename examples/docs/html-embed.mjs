// @ts-check
// docs/html.md: an embed as a link card, and with the YouTube player allowed.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { toHtml, vimeo, youtube } from 'articlekit/html'

const article = parseArticle({
  headline: 'Night buses return to the harbour route',
  body: [
    {
      type: 'embed',
      kind: 'video',
      url: 'https://www.youtube.com/watch?v=N7nightRun0',
      title: 'The first night run',
      provider: 'YouTube',
    },
  ],
})

/** The embed's figure alone. @param {string} html */
const figure = (html) => /<figure.*<\/figure>/.exec(html)?.[0] ?? ''

const card = figure(toHtml(article))
const player = figure(toHtml(article, { embeds: [youtube, vimeo] })) // or embeds: embedProviders
console.log(`${card}\n\n${player}`)

assert.equal(card.includes('<iframe'), false)
assert.ok(player.includes('src="https://www.youtube-nocookie.com/embed/N7nightRun0"'))
