import type { List, ListItem } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, hidden, ownId } from '../util.js'

/** A list: `<ol>` (with `start` when it is not 1) or `<ul>`; items go through the `listItem` handler. */
export function list(node: List, state: HtmlState): string {
  const tag = node.ordered === true ? 'ol' : 'ul'
  const start = node.ordered === true && typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
  let items = ''
  const all = Array.isArray(node.items) ? node.items : []
  for (let index = 0; index < all.length; index++) items += state.handle('listItem', all[index], 'items', index)
  const id = blockId(state, node.id)
  // `start: 1` is not written, nor a start on a list without numbers.
  const unshown = start === undefined && typeof node.start === 'number' ? node.start : undefined
  return `<${tag}${attribute('id', id)}${attribute('start', start)}${hidden(state, { id: ownId(node.id, id), start: unshown })}>${items}</${tag}>`
}

/** A list item: `<li>` holding its blocks. */
export function listItem(node: ListItem, state: HtmlState): string {
  return `<li>${state.join(node)}</li>`
}
