import type { List, ListItem } from '../../model/types.js'
import type { TextState } from '../types.js'
import { indented, join, sentence } from '../util.js'

/**
 * A list: one item a line, marked `-` or `1.`, with the item's further lines
 * and nested lists indented under its text. In speech, each item is a
 * sentence, without a marker.
 */
export function list(node: List, state: TextState): string {
  const items = Array.isArray(node.items) ? node.items : []
  const start = Number.isSafeInteger(node.start) ? (node.start as number) : 1
  const parts: string[] = []
  for (let index = 0; index < items.length; index++) {
    const render = () => state.handle('listItem', items[index], 'items', index)
    if (state.options.speech) parts.push(sentence(render()))
    else {
      const marker = node.ordered === true ? `${start + index}. ` : '- '
      parts.push(indented(state, marker, ' '.repeat(marker.length), render))
    }
  }
  return join(parts, '\n')
}

/** A list item: its blocks on consecutive lines; in speech, each block a sentence. */
export function listItem(item: ListItem, state: TextState): string {
  if (item === null || typeof item !== 'object') return ''
  const parts = state.all(item, 'children')
  return state.options.speech ? join(parts.map(sentence), ' ') : join(parts, '\n')
}
