// @ts-check
// docs/model.md, "The node table": a walk that knows no type by name. It
// reads each block's row to find the inline content and the blocks inside
// it, and prints every run of inline content with where it sits.
//
//   node examples/docs/node-table.mjs
import assert from 'node:assert/strict'
import { NODE_TABLE, parseArticle } from 'articlekit'

const article = parseArticle({
  headline: 'Harbour wall repaired',
  body: [
    'Work finished on Friday.',
    { type: 'aside', title: 'Costs', children: [{ type: 'list', items: ['Stone: £40,000', 'Labour: £25,000'] }] },
    { type: 'image', url: 'https://example.com/wall.jpg', alt: 'The new wall', caption: 'The wall at low tide.' },
  ],
})

/**
 * Every piece of inline content under `blocks`, as [path, text].
 * @param {readonly unknown[]} blocks
 * @param {string} at
 * @returns {[string, string][]}
 */
function inlineRuns(blocks, at) {
  /** @type {[string, string][]} */
  const runs = []
  blocks.forEach((block, index) => {
    const { type } = /** @type {{ type: string }} */ (block)
    const row = Object.hasOwn(NODE_TABLE, type) ? NODE_TABLE[/** @type {keyof typeof NODE_TABLE} */ (type)] : undefined
    const here = `${at}[${index}]`
    for (const [field, held] of Object.entries(row?.fields ?? {})) {
      const value = /** @type {Record<string, any>} */ (block)[field]
      if (held === 'inline' || held === 'caption') runs.push([`${here}.${field}`, textOf(value)])
      if (held === 'blocks') runs.push(...inlineRuns(value, `${here}.${field}`))
      if (held === 'items')
        value.forEach((/** @type {{ children: unknown[] }} */ item, /** @type {number} */ n) => {
          runs.push(...inlineRuns(item.children, `${here}.${field}[${n}].children`))
        })
    }
  })
  return runs
}

/**
 * @param {{ value?: string, children?: unknown[] }[]} nodes
 * @returns {string}
 */
function textOf(nodes) {
  return nodes.map((node) => node.value ?? textOf(/** @type {any} */ (node.children ?? []))).join('')
}

const runs = inlineRuns(article.body, 'body')
for (const [path, text] of runs) console.log(`${path}: ${text}`)
assert.equal(runs.length, 4)
