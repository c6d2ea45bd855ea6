// @ts-check
// docs/model.md, "Galleries and audio": the gallery, the audio block and the
// article read aloud of the opinion example, as JSON-LD and as HTML. Run
// `npm run build` first.
//
//   node examples/docs/media.mjs
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'

const input = JSON.parse(await readFile(new URL('../opinion-article.json', import.meta.url), 'utf8'))
const article = parseArticle(input)

const data = /** @type {Record<string, any>} */ (toJsonLd(article))
// Only the parts this section is about: the article as audio, and the body's media.
const { audio, associatedMedia } = data
assert.equal(audio.duration, 'PT4M5S')
assert.deepEqual(
  associatedMedia.map((/** @type {{ '@type': string }} */ media) => media['@type']),
  ['ImageObject', 'ImageObject', 'AudioObject'],
)
console.log(JSON.stringify({ audio, associatedMedia }, null, 2))

const html = toHtml(article)
// The player under the dates, then the audio block, the last block of the body.
const listen = html.slice(html.indexOf('<figure class="ak-listen"'), html.indexOf('</header>'))
const block = html.slice(html.indexOf('<figure class="ak-audio'), html.indexOf('</div>'))
assert.ok(listen.includes('<audio controls preload="none"') && block.includes('Transcript'))
console.log(`\n${listen}\n\n${block}`)
