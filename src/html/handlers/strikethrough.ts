import type { Strikethrough } from '../../model/types.js'
import type { HtmlState } from '../types.js'

/** Text no longer accurate: `<s>` (not `<del>`, which marks an edit to the document). */
export function strikethrough(node: Strikethrough, state: HtmlState): string {
  return `<s>${state.join(node)}</s>`
}
