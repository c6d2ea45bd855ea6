// @ts-check
// A custom block type end to end: a "fact box" (a title and label/value
// pairs) that the model does not have. It gets a zod schema, a model made
// with defineArticleSchema that validates it wherever blocks may appear, and
// a handler in each of the four renderers. Run `npm run build` first, then
// `node examples/custom-block.mjs`; it prints each output and checks it.
import assert from 'node:assert/strict'
import { checkUrl, defineArticleSchema, formatIssue, formatPath, visitNodes } from 'articlekit'
import { escapeAttribute, escapeText, toHtml } from 'articlekit/html'
import { defaultHandlers as jsonLdHandlers, toJsonLd } from 'articlekit/json-ld'
import { toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import * as z from 'zod'

// 1. The schema. `z.strictObject` rejects unknown keys, as the built-in blocks
// do; `type` must be `z.literal` of the key it is registered under.
const FactBox = z.strictObject({
  type: z.literal('factBox'),
  id: z.optional(z.string()),
  title: z.string().min(1),
  facts: z.array(z.strictObject({ label: z.string().min(1), value: z.string().min(1) })).min(1),
  // The model's own URL rule, so a fact box cannot carry a `javascript:` link either.
  // `params.code` sets the issue's code; without it, a refinement's code is `custom`.
  sourceUrl: z.optional(
    z.string().refine((url) => checkUrl(url) === undefined, {
      message: 'Not an allowed URL',
      params: { code: 'invalid_url' },
    }),
  ),
})

/** @typedef {z.output<typeof FactBox>} FactBoxBlock */

const model = defineArticleSchema({ blocks: { factBox: FactBox } })

// 2. Validation. Good input parses; a fact box is accepted in the body and in any block container.
const article = model.parse({
  headline: 'The ferry in numbers',
  url: 'https://news.example.com/local/ferry-in-numbers',
  language: 'en-GB',
  body: [
    'The Marram made its first crossing on Friday.',
    {
      type: 'factBox',
      id: 'marram-facts',
      title: 'The Marram at a glance',
      facts: [
        { label: 'Length', value: '24 metres' },
        { label: 'Passengers', value: '96 & 20 bicycles' },
      ],
      sourceUrl: 'https://council.example.net/transport/carrow-ferry',
    },
  ],
})

// Bad input fails with one issue per problem, each naming its path.
const bad = model.safeParse({
  headline: 'The ferry in numbers',
  body: [
    {
      type: 'factBox',
      title: 'The Marram at a glance',
      facts: [{ label: 'Length', value: '24 metres' }, { label: 'Speed' }],
      sourceUrl: 'javascript:alert(1)',
    },
  ],
})
assert.equal(bad.success, false)
if (!bad.success) {
  console.log(`--- validation\n${bad.error.message}\n`)
  assert.deepEqual(
    bad.error.issues.map((issue) => [formatPath(issue.path), issue.code]),
    [
      ['body[0].facts[1].value', 'required'],
      ['body[0].sourceUrl', 'invalid_url'],
    ],
  )
  assert.deepEqual(bad.error.issues.map(formatIssue), [
    'body[0].facts[1].value: Required: expected a string',
    'body[0].sourceUrl: Not an allowed URL',
  ])
}

// 3. The renderers. Without a handler, HTML and Markdown refuse the block with a
// RenderError, and text falls back to its string fields with a warning; a handler
// in `handlers` renders it. JSON-LD renders no body blocks (see below).

/**
 * HTML: a handler returns markup as it is, so it escapes every value itself
 * and passes the URL through the renderer's URL policy.
 * @param {FactBoxBlock} node
 * @param {import('articlekit/html').HtmlState} state
 */
function factBoxHtml(node, state) {
  const id = node.id === undefined ? '' : ` id="${escapeAttribute(node.id)}"`
  const rows = node.facts.map((fact) => `<dt>${escapeText(fact.label)}</dt><dd>${escapeText(fact.value)}</dd>`)
  const url = node.sourceUrl === undefined ? undefined : state.options.urlPolicy(node.sourceUrl, 'link')
  const source = url === undefined ? '' : `<p class="fact-box-source"><a href="${escapeAttribute(url)}">Source</a></p>`
  return `<aside class="fact-box"${id} aria-label="${escapeAttribute(node.title)}"><p class="fact-box-title">${escapeText(node.title)}</p><dl>${rows.join('')}</dl>${source}</aside>`
}
const html = toHtml(article, { handlers: { factBox: factBoxHtml } })

/**
 * Markdown: a handler returns mdast nodes, never Markdown text, and
 * mdast-util-to-markdown escapes them. A bold title, then a list of facts.
 * @param {FactBoxBlock} node
 * @returns {import('mdast').RootContent[]}
 */
function factBoxMdast(node) {
  /** @type {import('mdast').ListItem[]} */
  const items = node.facts.map((fact) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: `${fact.label}:` }] },
          { type: 'text', value: ` ${fact.value}` },
        ],
      },
    ],
  }))
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: node.title }] }] },
    { type: 'list', ordered: false, spread: false, children: items },
  ]
}
const markdown = toMarkdown(article, { handlers: { factBox: factBoxMdast } })

// JSON-LD: body blocks are not rendered one by one (the article node carries
// `wordCount` and, optionally, `articleBody`). A fact box reaches the
// structured data through the `articleNode` handler: the default node, plus
// one `hasPart` element per fact box.
const jsonLd = toJsonLd(article, {
  handlers: {
    articleNode(node, state) {
      const main = jsonLdHandlers.articleNode(node, state)
      /** @type {Record<string, unknown>[]} */
      const parts = []
      visitNodes(node, ({ node: block }) => {
        if (block.type !== 'factBox') return
        const box = /** @type {FactBoxBlock} */ (/** @type {unknown} */ (block))
        parts.push({
          '@type': 'WebPageElement',
          name: box.title,
          text: box.facts.map((fact) => `${fact.label}: ${fact.value}`).join('; '),
          ...(box.id === undefined ? {} : { cssSelector: `#${box.id}` }),
        })
      })
      return parts.length === 0 ? main : { ...main, hasPart: parts }
    },
  },
})

/**
 * Text: the title on its own line, then one fact a line. (The renderer joins
 * blocks with a blank line.)
 * @param {FactBoxBlock} node
 */
const factBoxText = (node) => [node.title, ...node.facts.map((fact) => `  ${fact.label}: ${fact.value}`)].join('\n')
const text = toText(article, { handlers: { factBox: factBoxText } })

console.log(`--- HTML\n${html}\n\n--- Markdown\n${markdown}\n--- JSON-LD\n${JSON.stringify(jsonLd, null, 2)}\n`)
console.log(`--- text\n${text}`)

assert.ok(
  html.includes(
    '<aside class="fact-box" id="marram-facts" aria-label="The Marram at a glance"><p class="fact-box-title">The Marram at a glance</p><dl><dt>Length</dt><dd>24 metres</dd><dt>Passengers</dt><dd>96 &amp; 20 bicycles</dd></dl><p class="fact-box-source"><a href="https://council.example.net/transport/carrow-ferry">Source</a></p></aside>',
  ),
)
assert.ok(
  markdown.endsWith(
    'The Marram made its first crossing on Friday.\n\n**The Marram at a glance**\n\n- **Length:** 24 metres\n- **Passengers:** 96 & 20 bicycles\n',
  ),
)
assert.deepEqual(/** @type {Record<string, unknown>} */ (jsonLd).hasPart, [
  {
    '@type': 'WebPageElement',
    name: 'The Marram at a glance',
    text: 'Length: 24 metres; Passengers: 96 & 20 bicycles',
    cssSelector: '#marram-facts',
  },
])
assert.ok(text.endsWith('\n\nThe Marram at a glance\n  Length: 24 metres\n  Passengers: 96 & 20 bicycles'))

// Without its handler, the HTML renderer refuses the block instead of dropping it.
assert.throws(() => toHtml(article), {
  name: 'RenderError',
  message:
    'body[1]: Cannot render node `factBox` to html: no handler. Add one with `handlers: { "factBox": … }` or pass `unknownNode: \'skip\'`',
})
