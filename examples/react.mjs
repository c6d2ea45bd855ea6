// @ts-check
// Render an article in React without a React renderer: `toHast` gives the
// markup as a hast tree, hast-util-to-jsx-runtime turns the tree into React
// elements, and React renders them like any others. The same works for
// Preact, Solid, Svelte and Vue (each has a JSX runtime). Run `npm run
// build` first, then `node examples/react.mjs`.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { toHast, toHtml } from 'articlekit/html'
import { fromHtml } from 'hast-util-from-html'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'

const article = parseArticle(JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8')))

// The elements, ready to return from a component: `function Story() { return element }`.
const element = toJsxRuntime(toHast(article, { linkTarget: '_blank' }), { Fragment, jsx, jsxs })
const markup = renderToStaticMarkup(element)
console.log(`${markup.slice(0, 600)}…\n`)

// React 19 hoists a preload of the lead image (it has fetchpriority="high");
// in an app, React moves that <link> into the page's head.
const preload =
  '<link rel="preload" as="image" href="https://images.example.com/2026/06/marram-maiden-crossing-1600x900.jpg" fetchPriority="high"/>'
assert.ok(markup.startsWith(`${preload}<article class="ak-article" lang="en-GB" data-ak=`))
assert.ok(markup.includes('"><header class="ak-header">'))
assert.ok(
  markup.includes('<h1 class="ak-headline">Porthcarrow opens tide-powered ferry line across the Carrow Estuary</h1>'),
)

// React writes some things its own way (`&#x27;` for an apostrophe, `<img/>`),
// but read back as HTML the article is exactly what toHtml writes. (The check
// parses both with hast-util-from-html; rendering needs only the three imports above it.)
/** @param {string} html */
const tree = (html) =>
  JSON.stringify(fromHtml(html, { fragment: true }), (key, value) => (key === 'position' ? undefined : value))
assert.equal(tree(markup.slice(preload.length)), tree(toHtml(article, { linkTarget: '_blank' })))

// Elements can be swapped for components: here links that open a new tab get a
// visually hidden note for screen readers, as a design system's Link might.
/** @param {{ target?: string, children?: import('react').ReactNode }} props */
const Link = ({ children, ...props }) =>
  props.target === '_blank'
    ? jsxs('a', {
        ...props,
        children: [children, jsx('span', { className: 'sr-only', children: ' (opens in a new tab)' })],
      })
    : jsx('a', { ...props, children })
const withLinks = renderToStaticMarkup(
  toJsxRuntime(toHast(article, { linkTarget: '_blank' }), { Fragment, jsx, jsxs, components: { a: Link } }),
)
const timetable = withLinks.match(
  /<a [^>]*href="https:\/\/council\.example\.net\/transport\/carrow-ferry"[^>]*>.*?<\/a>/,
)
console.log(timetable?.[0])
assert.equal(
  timetable?.[0],
  '<a href="https://council.example.net/transport/carrow-ferry" target="_blank" rel="noopener noreferrer">the city council&#x27;s website<span class="sr-only"> (opens in a new tab)</span></a>',
)
