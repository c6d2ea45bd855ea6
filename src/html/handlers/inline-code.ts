import type { InlineCode } from '../../model/types.js'
import { escapeText } from '../escape.js'

/** Code in a sentence: `<code>`. */
export function inlineCode(node: InlineCode): string {
  return `<code>${escapeText(node.value)}</code>`
}
