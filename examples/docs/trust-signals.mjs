// @ts-check
// docs/model.md, "Labels and trust signals": an opinion piece with its
// kicker, its backstory and the publisher's policy pages, as JSON-LD and as
// the first lines of its HTML. Run `npm run build` first.
//
//   node examples/docs/trust-signals.mjs
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { lintArticle, parseArticle, TRUST_POLICIES } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLd } from 'articlekit/json-ld'

const input = JSON.parse(await readFile(new URL('../opinion-article.json', import.meta.url), 'utf8'))
const article = parseArticle(input)

// Labelled for search engines (type) and readers (kicker): the lint rule has nothing to say.
assert.deepEqual(
  lintArticle(article).filter((diagnostic) => diagnostic.code === 'opinion_not_labelled'),
  [],
)

const data = /** @type {Record<string, any>} */ (toJsonLd(article))
// Only the parts this page is about: the type, the publisher with its policy pages, the backstory.
const { '@context': context, '@type': type, headline, publisher, backstory } = data
assert.ok(TRUST_POLICIES.some((policy) => policy in publisher))
console.log(JSON.stringify({ '@context': context, '@type': type, headline, publisher, backstory }, null, 2))

const html = toHtml(article)
console.log(html.slice(0, html.indexOf('</h1>') + 5))
