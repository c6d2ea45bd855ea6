// @ts-check
// articlekit from plain JavaScript with CommonJS `require`: every entry point
// ships a CommonJS build beside the ES module one. Run `npm run build`
// first, then `node examples/commonjs.cjs`.
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const { isArticleValidationError, parseArticle, safeParseArticle } = require('articlekit')
const { toHtml } = require('articlekit/html')
const { toJsonLd } = require('articlekit/json-ld')
// articlekit/markdown builds on unified and mdast-util-*, which are ES modules
// only; `require` loads them on Node 20.19 and later.
const { toMarkdown } = require('articlekit/markdown')
const { readingTime, toText } = require('articlekit/text')

const article = parseArticle(JSON.parse(readFileSync(join(__dirname, 'article.json'), 'utf8')))

const html = toHtml(article)
const markdown = toMarkdown(article)
const data = toJsonLd(article)
const text = toText(article)
console.log(`HTML: ${html.length} characters, Markdown: ${markdown.length}, text: ${text.length}`)
console.log(`JSON-LD: ${JSON.stringify(data).length} characters; reading time ${readingTime(article).rounded} min`)

assert.ok(
  html.includes('<h1 class="ak-headline">Porthcarrow opens tide-powered ferry line across the Carrow Estuary</h1>'),
)
assert.ok(markdown.startsWith('# Porthcarrow opens tide-powered ferry line across the Carrow Estuary\n'))
assert.ok(text.startsWith('Porthcarrow opens tide-powered ferry line across the Carrow Estuary\n'))
assert.equal(/** @type {Record<string, unknown>} */ (data).headline, article.headline)
assert.equal(readingTime(article).rounded, 4)

// Errors are the same classes as in the ES module build.
const result = safeParseArticle({ headline: '' })
assert.equal(result.success, false)
try {
  parseArticle({ headline: 42 })
  assert.fail('Expected an ArticleValidationError')
} catch (error) {
  assert.ok(isArticleValidationError(error))
  console.log(error.message)
  assert.deepEqual(error.issues[0]?.path, ['headline'])
}
