import type { Strikethrough } from '../../model/types.js'
import type { HtmlState } from '../types.js'
import { concat } from '../util.js'

/** Text no longer accurate: `<s>` (not `<del>`, which marks an edit to the document). */
export function strikethrough(node: Strikethrough, state: HtmlState): string {
  return `<s>${concat(state.all(node))}</s>`
}
