import type { Emphasis } from '../../model/types.js'
import type { HtmlState } from '../types.js'
import { concat } from '../util.js'

/** Emphasis: `<em>`. */
export function emphasis(node: Emphasis, state: HtmlState): string {
  return `<em>${concat(state.all(node))}</em>`
}
