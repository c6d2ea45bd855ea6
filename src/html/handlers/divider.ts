import type { Divider } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, hidden, ownId } from '../util.js'

/** A thematic break: `<hr>`. */
export function divider(node: Divider, state: HtmlState): string {
  const id = blockId(state, node.id)
  return `<hr${attribute('id', id)}${hidden(state, { id: ownId(node.id, id) })}>`
}
