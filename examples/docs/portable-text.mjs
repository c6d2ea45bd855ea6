// @ts-check
// docs/migrating.md: Portable Text blocks as the `body` of an article input.
// Converts the common cases and throws on anything else.

/** A Portable Text block, span or mark definition, as stored. @typedef {Record<string, any>} PortableText */
/** A node of the article input being built. @typedef {Record<string, any>} Node */

/** Decorators that have a node in the model. `code` is handled apart; `underline` has no node. */
const DECORATORS = { strong: 'strong', em: 'emphasis', 'strike-through': 'strikethrough' }
const HEADING_LEVELS = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }

/**
 * A span as inline nodes: its text, line feeds as breaks, inside its marks (the first mark outermost).
 * @param {PortableText} child
 * @param {PortableText[]} markDefs
 * @returns {Node[]}
 */
function span(child, markDefs) {
  if (child._type !== 'span') throw new Error(`No mapping for inline \`${child._type}\``)
  /** @type {string[]} */
  const marks = child.marks ?? []
  /** @type {Node[]} */
  let nodes = marks.includes('code')
    ? [{ type: 'inlineCode', value: child.text }]
    : child.text
        .split('\n')
        .flatMap((/** @type {string} */ text, /** @type {number} */ index) => [
          ...(index > 0 ? [{ type: 'break' }] : []),
          ...(text === '' ? [] : [{ type: 'text', value: text }]),
        ])
  for (const mark of [...marks].reverse()) {
    if (mark === 'code' || mark === 'underline') continue
    const link = markDefs.find((definition) => definition._key === mark && definition._type === 'link')
    if (link) nodes = [{ type: 'link', url: link.href, children: nodes }]
    else if (Object.hasOwn(DECORATORS, mark))
      nodes = [{ type: DECORATORS[/** @type {keyof DECORATORS} */ (mark)], children: nodes }]
    else throw new Error(`No mapping for mark \`${mark}\``)
  }
  return nodes
}

/** A text block's spans as inline content. @param {PortableText} block @returns {Node[]} */
const inline = (block) =>
  block.children.flatMap((/** @type {PortableText} */ child) => span(child, block.markDefs ?? []))

/**
 * A block that is not a list item.
 * @param {PortableText} node
 * @param {(image: PortableText) => string} imageUrl
 * @returns {Node}
 */
function block(node, imageUrl) {
  const id = node._key
  if (node._type === 'image') return { type: 'image', id, url: imageUrl(node), alt: node.alt ?? '' }
  if (node._type === 'code') return { type: 'code', id, value: node.code, language: node.language }
  if (node._type !== 'block') throw new Error(`No mapping for block \`${node._type}\``)
  const style = node.style ?? 'normal'
  if (style === 'normal') return { type: 'paragraph', id, children: inline(node) }
  if (style === 'blockquote') return { type: 'quote', id, children: [{ type: 'paragraph', children: inline(node) }] }
  if (Object.hasOwn(HEADING_LEVELS, style)) {
    return {
      type: 'heading',
      id,
      level: HEADING_LEVELS[/** @type {keyof HEADING_LEVELS} */ (style)],
      children: inline(node),
    }
  }
  throw new Error(`No mapping for style \`${style}\``)
}

/**
 * Portable Text blocks as the `body` of an article input.
 * @param {PortableText[]} blocks
 * @param {{ imageUrl: (image: PortableText) => string }} options
 * @returns {Node[]}
 */
export function fromPortableText(blocks, { imageUrl }) {
  /** @type {Node[]} */
  const body = []
  /** @type {Node[]} the open lists, outermost first: lists[level - 1] */
  let lists = []
  for (const node of blocks) {
    if (node._type !== 'block' || !node.listItem) {
      lists = []
      body.push(block(node, imageUrl))
      continue
    }
    const level = node.level ?? 1
    const ordered = node.listItem === 'number'
    lists.length = Math.min(lists.length, lists[level - 1]?.ordered === ordered ? level : level - 1)
    while (lists.length < level) {
      const list = { type: 'list', ordered, items: [] }
      const parent = lists.at(-1)?.items.at(-1)
      if (parent) parent.children.push(list)
      else body.push(list)
      lists.push(list)
    }
    lists[level - 1]?.items.push({ children: [{ type: 'paragraph', children: inline(node) }] })
  }
  return body
}
