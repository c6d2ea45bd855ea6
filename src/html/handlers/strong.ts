import type { Strong } from '../../model/types.js'
import type { HtmlState } from '../types.js'

/** Strong importance: `<strong>`. */
export function strong(node: Strong, state: HtmlState): string {
  return `<strong>${state.join(node)}</strong>`
}
