// @ts-check
// docs/html.md: a custom handler that writes a CMS's HTML block through rawHtml.
import assert from 'node:assert/strict'
import { rawHtml, toHtml } from 'articlekit/html'

/** An article whose body holds a custom `htmlBlock`, built in code. */
const article = /** @type {import('articlekit').Article<unknown>} */ ({
  schemaVersion: 1,
  type: 'Article',
  headline: 'Timetable',
  authors: [],
  body: [{ type: 'htmlBlock', html: '<table><tr><td>00:30</td></tr></table>' }],
})

/** @type {import('articlekit/html').HtmlOptions['handlers']} */
const handlers = {
  htmlBlock: (node, state) => rawHtml(state, /** @type {{ html: string }} */ (node).html),
}

/** @type {unknown[]} */
const warnings = []
const body = (/** @type {string} */ html) => /<div class="ak-body">.*<\/div>/.exec(html)?.[0]

// Trusted HTML, written as it is:
console.log(body(toHtml(article, { allowDangerousHtml: true, handlers })))
// Without allowDangerousHtml, the markup is escaped and reported:
console.log(body(toHtml(article, { handlers, onWarning: (warning) => warnings.push(warning) })))
console.log(warnings)

assert.equal(warnings.length, 1)
