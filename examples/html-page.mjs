// Render the example article as a whole HTML page: `npm run build`, then
// `node examples/html-page.mjs > article.html` and open it in a browser.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'

const input = JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8'))
const warnings = []
const page = toHtml(parseArticle(input), {
  document: true,
  linkTarget: '_blank',
  onWarning: (warning) => warnings.push(warning),
})

// The example is clean: nothing refused, and the page is a whole document.
assert.deepEqual(warnings, [])
assert.ok(page.startsWith('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'))
process.stdout.write(`${page}\n`)
