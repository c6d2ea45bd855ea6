// @ts-check
// docs/importing.md: how well `fromHtml` reads the news-page corpus
// (test/fixtures/news-pages/), field by field, as a Markdown table. Times
// are left out, so that the table is the same on every run: the bench has
// them (test/bench/sections/import.mjs).
//
//   node examples/docs/import-accuracy.mjs
import assert from 'node:assert/strict'
import * as importer from 'articlekit/import'
import { loadNewsPages } from '../../test/fixtures/news-pages.mjs'
import { accuracyTable, scorePages } from '../../test/import/page-score.mjs'

// Looked up by name, so that this module loads before the reader exists.
const { fromHtml } = /** @type {{ fromHtml?: import('../../test/import/page-score.mjs').PageReader }} */ (
  /** @type {unknown} */ (importer)
)
if (typeof fromHtml !== 'function') throw new Error('articlekit/import does not export fromHtml yet')

const pages = loadNewsPages()
const table = accuracyTable(scorePages(fromHtml, pages))
console.log(table)

// A header, its rule and one row per field, each of four cells.
const lines = table.split('\n')
assert.equal(lines[0], `| field | scored as | result on ${pages.length} pages | goal |`)
assert.equal(lines.length, 13)
for (const line of lines) {
  assert.ok(line.startsWith('| ') && line.endsWith(' |'), line)
  assert.equal(line.slice(2, -2).split(' | ').length, 4, line)
}
