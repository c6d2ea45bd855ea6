// @ts-check
// A tiny renderer built on `articlekit/core`: the headline, then headings
// indented by level, then list items as bullets. Everything else is left
// out. It is the worked example of docs/renderer-core.md.
//
// Run `npm run build` first (the package imports itself from dist/), then
// `node examples/outline-renderer.mjs`. It checks its own output and exits
// with an error if the output differs from the one in the guide.
import assert from 'node:assert/strict'
import { parseArticle } from 'articlekit'
import { createRenderer, RenderError } from 'articlekit/core'

/** @typedef {{ indent: string, bullet: string }} OutlineOptions */

/**
 * Render a node's inline children as plain text.
 * @param {object} node
 * @param {import('articlekit/core').RenderState<string, OutlineOptions>} state
 */
const inline = (node, state) => state.all(node).join('')
/** Blocks an outline leaves out. */
const nothing = () => ''

const toOutline = createRenderer({
  format: 'outline',
  empty: '',
  defaults: (/** @type {Partial<OutlineOptions>} */ options) => ({
    indent: options.indent ?? '  ',
    bullet: options.bullet ?? '- ',
  }),
  handlers: {
    article(article, state) {
      const blocks = state.all(article, 'body').filter((lines) => lines !== '')
      return [article.headline, ...blocks].join('\n')
    },
    heading: (node, state) => state.options.indent.repeat(node.level - 1) + inline(node, state),
    list: (node, state) => node.items.map((item, index) => state.handle('listItem', item, 'items', index)).join('\n'),
    listItem(item, state) {
      const { indent, bullet } = state.options
      // One step deeper than a level-2 heading, and one more per enclosing list.
      const level = state.path.filter((key) => key === 'items').length + 1
      /** @type {string[]} */
      const words = []
      /** @type {string[]} */
      const nested = []
      item.children.forEach((child, index) => {
        if (child.type === 'paragraph') words.push(state.handle('label', child, 'children', index))
        else nested.push(state.one(child, 'children', index))
      })
      return [indent.repeat(level) + bullet + words.join(' '), ...nested.filter((lines) => lines !== '')].join('\n')
    },
    // A part of this renderer's own, with no `type`: a list item's paragraph as a bullet's text.
    label: inline,
    paragraph: nothing,
    quote: nothing,
    pullquote: nothing,
    image: nothing,
    embed: nothing,
    code: nothing,
    table: nothing,
    relatedLinks: nothing,
    divider: nothing,
    aside: nothing,
    promo: nothing,
    text: (node) => node.value,
    emphasis: inline,
    strong: inline,
    strikethrough: inline,
    inlineCode: (node) => node.value,
    link: inline,
    break: () => ' ',
    citation: inline,
  },
})

const article = parseArticle({
  headline: 'Porthcarrow ferry returns',
  body: [
    'The tide-powered ferry made its first crossing on Friday.',
    { type: 'heading', level: 2, children: 'What changed' },
    {
      type: 'list',
      items: [
        { children: ['Hourly sailings on weekdays', { type: 'list', items: ['First crossing at 07:00'] }] },
        {
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: 'Every two hours at ' },
                { type: 'emphasis', children: 'weekends' },
              ],
            },
          ],
        },
      ],
    },
    { type: 'heading', level: 3, children: 'Fares' },
    'A single crossing costs £2.',
    { type: 'heading', level: 2, children: 'What happens next' },
    { type: 'quote', children: ['We will add a late sailing in summer.'] },
  ],
})

const expected = `Porthcarrow ferry returns
  What changed
    - Hourly sailings on weekdays
      - First crossing at 07:00
    - Every two hours at weekends
    Fares
  What happens next`

const output = toOutline(article)
console.log(output)
assert.equal(output, expected)

// A custom block has no handler, so rendering stops and says what to do.
const withPoll = { ...article, body: [...article.body, { type: 'poll', question: 'Will you take the ferry?' }] }
try {
  toOutline(withPoll)
  assert.fail('Expected a RenderError')
} catch (error) {
  if (!(error instanceof RenderError)) throw error
  console.log(`\n${error.message}`)
  assert.equal(error.code, 'unknown_node')
  assert.deepEqual(error.path, ['body', 7])
  assert.equal(
    error.message,
    'body[7]: Cannot render node `poll` to outline: no handler. Add one with `handlers: { "poll": … }` or pass `unknownNode: \'skip\'`',
  )
}

// A handler passed in the options renders it.
const withHandler = toOutline(withPoll, {
  handlers: { poll: (node, state) => `${state.options.indent}Poll: ${node.question}` },
})
console.log(`\n${withHandler}`)
assert.equal(withHandler, `${expected}\n  Poll: Will you take the ferry?`)
