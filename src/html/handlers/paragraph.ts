import type { Paragraph } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId } from '../util.js'

/** A paragraph: `<p>`, with the block's `id`. */
export function paragraph(node: Paragraph, state: HtmlState): string {
  return `<p${attribute('id', blockId(state, node.id))}>${state.join(node)}</p>`
}
