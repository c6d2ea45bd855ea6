import type { Citation } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { cls, sourceAnchor, sourceIndex, uniqueId } from '../util.js'

/**
 * A citation: the cited words (if any), then a numbered superscript link to
 * the source's entry in the sources list. A citation of an unknown source
 * keeps its words and drops the marker.
 */
export function citation(node: Citation, state: HtmlState): string {
  const words = state.join(node)
  const index = sourceIndex(state, node.sourceId)
  if (index === -1 || !state.options.sections.sources) return words
  const { scratch, labels } = state.options
  const number = String(index + 1)
  // Inside a link the marker cannot be a link too (HTML cannot nest <a>).
  if (scratch.inLink > 0) return `${words}<sup class="${cls(state, 'citation')}">[${number}]</sup>`
  const id = uniqueId(state, cls(state, `cite-${++scratch.citations}`))
  if (!scratch.firstCitation.has(index)) scratch.firstCitation.set(index, id)
  const marker = `<sup class="${cls(state, 'citation')}"><a${attribute('href', `#${sourceAnchor(state, index)}`)}${attribute('id', id)}${attribute('aria-label', labels.citation.replace('{n}', number))}>[${number}]</a></sup>`
  return words + marker
}
