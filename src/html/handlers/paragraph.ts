import type { Paragraph } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, hidden, ownId } from '../util.js'

/** A paragraph: `<p>`, with the block's `id`. */
export function paragraph(node: Paragraph, state: HtmlState): string {
  const id = blockId(state, node.id)
  return `<p${attribute('id', id)}${hidden(state, { id: ownId(node.id, id) })}>${state.join(node)}</p>`
}
