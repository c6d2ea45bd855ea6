import type { Divider } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId } from '../util.js'

/** A thematic break: `<hr>`. */
export function divider(node: Divider, state: HtmlState): string {
  return `<hr${attribute('id', blockId(state, node.id))}>`
}
