// @ts-check
// One article, four formats: parse examples/article.json once, then render it
// as HTML, Markdown, a JSON-LD script and plain text. Run `npm run build`
// first (the package imports itself from dist/), then
// `node examples/all-formats.mjs`. It prints the start of each output and
// checks a few lines of each.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { toJsonLdScript } from 'articlekit/json-ld'
import { toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'

// parseArticle validates untrusted input and returns the normalized article;
// every renderer takes that article as it is.
const input = JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8'))
const article = parseArticle(input)

const html = toHtml(article)
const markdown = toMarkdown(article)
const script = toJsonLdScript(article, { site: { name: 'The Westmere Courier', url: 'https://news.example.com/' } })
const text = toText(article, { wrap: 72 })

/**
 * Print the first lines of one output under a title.
 * @param {string} title
 * @param {string} output
 * @param {number} [lines]
 */
function show(title, output, lines = 4) {
  const head = output.split('\n').slice(0, lines).join('\n')
  console.log(`--- ${title} (${output.length} characters)\n${head.length > 400 ? `${head.slice(0, 400)}…` : head}\n`)
}

show('HTML', html, 1)
show('Markdown', markdown)
show('JSON-LD', script, 1)
show('Text', text)

// HTML: an <article> fragment, the headline as its <h1>.
assert.ok(/^<article class="ak-article" lang="en-GB" data-ak='[^']*'><header class="ak-header">/.test(html))
assert.ok(
  html.includes('<h1 class="ak-headline">Porthcarrow opens tide-powered ferry line across the Carrow Estuary</h1>'),
)
assert.ok(html.endsWith('</article>'))

// Markdown: the headline as a level-1 heading, the body's headings as level 2.
assert.ok(markdown.startsWith('# Porthcarrow opens tide-powered ferry line across the Carrow Estuary\n\n'))
assert.ok(markdown.includes('\n## Fishermen fear for their moorings\n'))

// JSON-LD: one script element whose text is the structured data.
const prefix = '<script type="application/ld+json">'
assert.ok(script.startsWith(prefix) && script.endsWith('</script>'))
const data = JSON.parse(script.slice(prefix.length, -'</script>'.length))
assert.equal(data['@context'], 'https://schema.org')
assert.equal(data['@type'], 'NewsArticle')
assert.equal(data.headline, article.headline)
assert.equal(data.datePublished, '2026-06-12T07:45:00+01:00')

// Text: the headline first, every line within 72 columns except the long URLs.
assert.ok(text.startsWith(`${article.headline}\n\n`))
for (const line of text.split('\n')) assert.ok(line.length <= 72 || /https?:\/\//.test(line), line)
