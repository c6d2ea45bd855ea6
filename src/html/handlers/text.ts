import type { Text } from '../../model/types.js'
import { escapeText } from '../escape.js'
import { TEXT_MARK } from '../util.js'

/** Text: escaped. An empty text is an empty `<span data-ak-text>`, so that it reads back. */
export function text(node: Text): string {
  const html = escapeText(node.value)
  return html === '' && node.value === '' ? `${TEXT_MARK}</span>` : html
}
