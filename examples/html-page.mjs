// @ts-check
// Render the example article as a whole HTML page, styled with the default
// stylesheet: `npm run build`, then `node examples/html-page.mjs > article.html`
// and open it in a browser.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHtmlDocument } from 'articlekit/html'

const input = JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8'))
// The stylesheet ships with the package; a site would link it (`stylesheets: ['/article.css']`), this page inlines it.
const css = await readFile(new URL(import.meta.resolve('articlekit/html/article.css')), 'utf8')
/** @type {import('articlekit/html').HtmlWarning[]} */
const warnings = []
const styled = toHtmlDocument(parseArticle(input), {
  tableOfContents: true,
  linkTarget: '_blank',
  titleTemplate: '%s · The Westmere Courier',
  headHtml: `<style>${css}</style>`,
  // The head tags and JSON-LD script name the site the article belongs to.
  jsonLd: { site: { name: 'The Westmere Courier', url: 'https://news.example.com/' } },
  onWarning: (warning) => warnings.push(warning),
})

// The example is clean: nothing refused, a whole document with its JSON-LD and a table of contents.
assert.deepEqual(warnings, [])
assert.ok(styled.startsWith('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'))
assert.equal(styled.match(/<script type="application\/ld\+json">/g)?.length, 1)
assert.ok(styled.includes('<meta property="og:site_name" content="The Westmere Courier">'))
assert.ok(styled.includes('<nav class="ak-toc"'))
assert.ok(styled.includes(`<title>${input.headline} · The Westmere Courier</title>`))
assert.ok(styled.includes('<style>'))
process.stdout.write(`${styled}\n`)
