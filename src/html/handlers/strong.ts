import type { Strong } from '../../model/types.js'
import type { HtmlState } from '../types.js'
import { concat } from '../util.js'

/** Strong importance: `<strong>`. */
export function strong(node: Strong, state: HtmlState): string {
  return `<strong>${concat(state.all(node))}</strong>`
}
