import type { Pullquote } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, ownId } from '../util.js'
import { attribution } from './quote.js'

/**
 * A pullquote: an `<aside>` set apart from the prose. It repeats words the
 * story already has, so it is `aria-hidden`: screen-reader users would
 * otherwise hear the sentence twice.
 */
export function pullquote(node: Pullquote, state: HtmlState): string {
  const caption = node.attribution
    ? `<p class="${cls(state, 'pullquote-attribution')}">${attribution(state, node.attribution, undefined)}</p>`
    : ''
  const id = blockId(state, node.id)
  // The attribution's URL is not linked from an aria-hidden box.
  const url = node.attribution?.url
  return `<aside${attribute('id', id)} class="${cls(state, 'pullquote')}" aria-hidden="true"${hidden(state, { id: ownId(node.id, id), attribution: url === undefined ? undefined : { url } })}><p>${state.join(node)}</p>${caption}</aside>`
}
