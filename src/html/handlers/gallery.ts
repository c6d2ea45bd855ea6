import type { Gallery } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, ownId } from '../util.js'

/**
 * A gallery: a `<figure>` holding each image's own figure (caption and
 * credit included), then the gallery's caption in `<figcaption>`.
 */
export function gallery(node: Gallery, state: HtmlState): string {
  const caption = node.caption === undefined ? '' : `<figcaption>${state.join(node, 'caption')}</figcaption>`
  const id = blockId(state, node.id)
  return `<figure${attribute('id', id)} class="${cls(state, 'gallery')}"${hidden(state, { id: ownId(node.id, id) })}>${state.join(node)}${caption}</figure>`
}
