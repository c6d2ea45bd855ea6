import type { Text } from '../../model/types.js'
import { escapeText } from '../escape.js'

/** Text: escaped. */
export function text(node: Text): string {
  return escapeText(node.value)
}
