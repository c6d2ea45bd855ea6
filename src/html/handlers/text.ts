import type { Text } from '../../model/types.js'
import { escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { TEXT_MARK } from '../util.js'

/**
 * Text: escaped. A text right after another text, or an empty one, goes in `<span data-ak-text>`:
 * the page would read the two as one, or the empty one as nothing. The model says which, so no
 * string already written is read back (which would copy it, every time).
 */
export function text(node: Text, state: HtmlState, parent?: unknown): string {
  const html = escapeText(node.value)
  if (html === '') return node.value === '' ? `${TEXT_MARK}</span>` : html
  const { path } = state
  const index = path[path.length - 1]
  if (typeof index !== 'number' || index === 0 || parent === null || typeof parent !== 'object') return html
  const siblings = (parent as Record<string, unknown>)[path[path.length - 2] as string]
  if (!Array.isArray(siblings) || siblings[index] !== node) return html
  const before = siblings[index - 1] as { type?: unknown } | null | undefined
  return before?.type === 'text' ? `${TEXT_MARK}${html}</span>` : html
}
