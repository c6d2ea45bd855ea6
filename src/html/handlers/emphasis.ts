import type { Emphasis } from '../../model/types.js'
import type { HtmlState } from '../types.js'

/** Emphasis: `<em>`. */
export function emphasis(node: Emphasis, state: HtmlState): string {
  return `<em>${state.join(node)}</em>`
}
