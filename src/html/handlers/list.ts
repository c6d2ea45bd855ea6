import type { List, ListItem } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId } from '../util.js'

/** A list: `<ol>` (with `start` when it is not 1) or `<ul>`; items go through the `listItem` handler. */
export function list(node: List, state: HtmlState): string {
  const tag = node.ordered === true ? 'ol' : 'ul'
  const start = node.ordered === true && typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
  let items = ''
  const all = Array.isArray(node.items) ? node.items : []
  for (let index = 0; index < all.length; index++) items += state.handle('listItem', all[index], 'items', index)
  return `<${tag}${attribute('id', blockId(state, node.id))}${attribute('start', start)}>${items}</${tag}>`
}

/** A list item: `<li>` holding its blocks. */
export function listItem(node: ListItem, state: HtmlState): string {
  return `<li>${state.join(node)}</li>`
}
