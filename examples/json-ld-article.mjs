// @ts-check
// The example article's structured data and head tags, as docs/json-ld.md
// shows them: `npm run build`, then `node examples/json-ld-article.mjs`
// (all of it) or with `flat`, `graph`, `meta` or `script` for one part.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArticle } from 'articlekit'
import { toJsonLd, toJsonLdScript, toMetaTagsHtml } from 'articlekit/json-ld'

/** The options the documentation uses, in both modes. */
export const docOptions = {
  site: {
    name: 'The Westmere Courier',
    url: 'https://news.example.com/',
    xHandle: '@westmerecourier',
    language: 'en-GB',
  },
  breadcrumbs: [
    { name: 'Home', url: '/' },
    { name: 'Local', url: '/local/' },
    { name: 'Porthcarrow opens tide-powered ferry line' },
  ],
}

/** The example article, parsed. */
export function exampleArticle() {
  return parseArticle(JSON.parse(readFileSync(new URL('./article.json', import.meta.url), 'utf8')))
}

/** Each part of the output, as the documentation prints it. */
export function parts(article = exampleArticle()) {
  /** @type {import('articlekit/json-ld').JsonLdWarning[]} */
  const warnings = []
  const options = {
    ...docOptions,
    onWarning: (/** @type {import('articlekit/json-ld').JsonLdWarning} */ warning) => warnings.push(warning),
  }
  const result = {
    flat: JSON.stringify(toJsonLd(article, options), null, 2),
    graph: JSON.stringify(toJsonLd(article, { ...options, mode: 'graph' }), null, 2),
    meta: toMetaTagsHtml(article, options),
    script: toJsonLdScript(article, { site: docOptions.site }),
  }
  // The example is clean: every URL is absolute or resolvable.
  assert.deepEqual(warnings, [])
  // The flat form is the article node itself, counted from the whole story.
  assert.equal(JSON.parse(result.flat)['@type'], 'NewsArticle')
  assert.equal(JSON.parse(result.flat).wordCount, 630)
  return result
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const which = process.argv[2]
  const output = parts()
  if (which) {
    assert.ok(Object.hasOwn(output, which), `Expected flat, graph, meta or script, got ${which}`)
    process.stdout.write(`${output[/** @type {keyof typeof output} */ (which)]}\n`)
  } else {
    for (const [name, text] of Object.entries(output)) process.stdout.write(`## ${name}\n\n${text}\n\n`)
  }
}
