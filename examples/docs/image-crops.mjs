// @ts-check
// docs/model.md, "Image crops": the opinion piece's lead image and its two
// crops, as the `image` of its JSON-LD, and what lint says of a set that
// lacks a ratio. Run `npm run build` first.
//
//   node examples/docs/image-crops.mjs
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { lintArticle, parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'

const input = JSON.parse(await readFile(new URL('../opinion-article.json', import.meta.url), 'utf8'))
const article = parseArticle(input)

const data = /** @type {Record<string, any>} */ (toJsonLd(article))
console.log(JSON.stringify({ image: data.image }, null, 2))
// 16:9, then 4:3 and 1:1: the three shapes Google asks for.
assert.deepEqual(
  data.image.map((/** @type {any} */ image) => `${image.width}x${image.height}`),
  ['1600x900', '1200x900', '1200x1200'],
)
// All three ratios, each well above 50,000 pixels: lint has nothing to say of the crops.
assert.deepEqual(
  lintArticle(article).filter((diagnostic) => diagnostic.code.startsWith('lead_image_')),
  [],
)
// The page shows the lead image only.
// Not shown: only the `data-ak` that lets the page be read back holds them.
assert.ok(!/<img[^>]*1200x900/.test(toHtml(article)))

// Without the square crop, lint names the ratio that is missing.
const square = parseArticle({ ...input, image: { ...input.image, crops: input.image.crops.slice(0, 1) } })
for (const { severity, code, message } of lintArticle(square)) {
  if (code.startsWith('lead_image_')) console.log(`${severity} ${code}: ${message}`)
}
