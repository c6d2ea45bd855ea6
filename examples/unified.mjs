// @ts-check
// articlekit in the unified ecosystem: `toHast` gives the HTML as a hast
// tree for rehype plugins, `toMdast` gives the Markdown as an mdast tree for
// remark plugins. Here rehype-slug and rehype-autolink-headings give every
// heading an anchor link, and remark-toc writes a table of contents into the
// Markdown. Run `npm run build` first, then `node examples/unified.mjs`.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHast } from 'articlekit/html'
import { articleRemark, toMdast } from 'articlekit/markdown'
import { toHtml } from 'hast-util-to-html'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeSlug from 'rehype-slug'
import remarkStringify from 'remark-stringify'
import remarkToc from 'remark-toc'
import { unified } from 'unified'

const article = parseArticle(JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8')))

// --- HTML through rehype -------------------------------------------------
// articlekit already gives body headings an id; rehype-slug adds one to the
// headline, the only heading without. rehype-autolink-headings then appends a
// link to each heading's own anchor. `run` applies the plugins to a tree.
const rehype = unified()
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, { behavior: 'append', content: { type: 'text', value: '#' } })
// unified types a tree run without a parser as a plain `Node`; it is still hast.
const hast = /** @type {import('hast').Root} */ (await rehype.run(toHast(article)))
const html = toHtml(hast)

const headings = html.match(/<h[1-6][^>]*>.*?<\/h[1-6]>/g) ?? []
console.log(`--- HTML headings after rehype\n${headings.join('\n')}\n`)

assert.equal(
  headings[0],
  '<h1 class="ak-headline" id="porthcarrow-opens-tide-powered-ferry-line-across-the-carrow-estuary">Porthcarrow opens tide-powered ferry line across the Carrow Estuary<a aria-hidden="true" tabindex="-1" href="#porthcarrow-opens-tide-powered-ferry-line-across-the-carrow-estuary">#</a></h1>',
)
assert.equal(
  headings[1],
  '<h2 id="how-the-tide-powers-the-boat" data-ak="{&#x22;id&#x22;:&#x22;how-the-tide-powers-the-boat&#x22;}">How the tide powers the boat<a aria-hidden="true" tabindex="-1" href="#how-the-tide-powers-the-boat">#</a></h2>',
)
// Everything else is the markup toHtml writes.
assert.ok(/^<article class="ak-article" lang="en-GB" data-ak="[^"]*"><header class="ak-header">/.test(html))

// --- Markdown through remark ---------------------------------------------
// remark-toc fills the section under a heading called "Contents" with links to
// the headings after it, replacing whatever the section held. So the heading
// goes just before the first level-2 heading, after the standfirst and byline.
const mdast = toMdast(article)
const first = mdast.children.findIndex((node) => node.type === 'heading' && node.depth === 2)
assert.ok(first > 0)
mdast.children.splice(first, 0, { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Contents' }] })

// articleRemark teaches remark-stringify articlekit's Markdown extensions (GFM
// tables, footnotes, directives for figures and asides); its parser, which
// reads an article's JSON, is not used here because the tree already exists.
const remark = unified().use(articleRemark).use(remarkToc, { tight: true }).use(remarkStringify, { bullet: '-' })
const markdown = remark.stringify(/** @type {import('mdast').Root} */ (await remark.run(mdast)))

const contents = markdown.slice(markdown.indexOf('## Contents'), markdown.indexOf('## How the tide'))
console.log(`--- Markdown table of contents from remark-toc\n${contents}`)

assert.equal(
  contents,
  `## Contents

- [How the tide powers the boat](#how-the-tide-powers-the-boat)
- [Fishermen fear for their moorings](#fishermen-fear-for-their-moorings)
- [What comes next](#what-comes-next)
- [Corrections](#corrections)
- [Sources](#sources)
- [Related](#related)

`,
)
// The standfirst stays above it.
assert.ok(markdown.startsWith('# Porthcarrow opens tide-powered ferry line across the Carrow Estuary\n\nThe city'))
