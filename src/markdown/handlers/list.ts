import type { ListItem as MdastListItem } from 'mdast'
import type { List, ListItem } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackBlock, flat, notCarried, withAnchor } from '../util.js'

/** The highest number an ordered list item may have in CommonMark (nine digits). */
const LAST_NUMBER = 999_999_999

/** A list: `-` items, or `1.` items from `start`. */
export function list(node: List, state: MarkdownState): MdastResult {
  const items = node.items
  const ordered = node.ordered === true
  let start = node.start
  if (!Array.isArray(items) || items.length === 0) return state.options.frontmatter ? fallbackBlock(state, node) : []
  const numbered =
    start === undefined || (ordered && Number.isInteger(start) && start >= 0 && start + items.length - 1 <= LAST_NUMBER)
  // `start: 1` is what a list without `start` reads back as.
  if (state.options.frontmatter && (!numbered || start === 1)) return fallbackBlock(state, node)
  if (!numbered) {
    notCarried(state, node, ['start'])
    start = undefined
  }
  const children = items.map((item, index) => state.handle('listItem', item, 'items', index)[0] as MdastListItem)
  return withAnchor(state, node, [
    { type: 'list', ordered, start: ordered ? (start ?? 1) : null, spread: false, children },
  ])
}

/**
 * A list item: its blocks. With more than one, they are kept apart by blank
 * lines: right under a quote, a line would continue the quote's paragraph.
 */
export function listItem(node: ListItem, state: MarkdownState): MdastResult {
  const children = flat(state, node) as MdastListItem['children']
  return [{ type: 'listItem', spread: children.length > 1, children }]
}
