import type { Divider } from '../../model/types.js'
import { attributes } from '../escape.js'

/** A thematic break: `<hr>`. */
export function divider(node: Divider): string {
  return `<hr${attributes({ id: node.id })}>`
}
