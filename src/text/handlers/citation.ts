import type { Citation } from '../../model/types.js'
import type { TextState } from '../types.js'
import { citationMarker } from '../util.js'

/**
 * A citation: its words, then a marker naming the source's number in the
 * sources list (`fares [Source 2]`), numbered as in every output. The marker
 * is left out in speech and when the sources list is not rendered.
 */
export function citation(node: Citation, state: TextState): string {
  const words = node.children === undefined ? '' : state.join(node)
  const marker = citationMarker(state, node.sourceId)
  return marker === '' ? words : words === '' ? marker : `${words} ${marker}`
}
