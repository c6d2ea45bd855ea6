import type { Citation } from '../../model/types.js'
import { attribute } from '../escape.js'
import type { HtmlState } from '../types.js'
import { cls, hidden, sourceAnchor, sourceNumber, uniqueId } from '../util.js'

/**
 * A citation: the cited words (if any), then a superscript link to the
 * source's entry in the sources list, numbered as in every output (see
 * `numberSources`). A citation of an unknown source keeps its words and
 * drops the marker.
 */
export function citation(node: Citation, state: HtmlState): string {
  const words = state.join(node)
  // The cited words and the marker go in one span that names the source: the reader needs both.
  const open = `<span class="${cls(state, 'cite')}"${hidden(state, { sourceId: node.sourceId, children: words === '' ? node.children : undefined })}>`
  if (!state.options.sections.sources) return `${open}${words}</span>`
  const number = sourceNumber(state, node.sourceId)
  if (number === 0) return `${open}${words}</span>`
  const { scratch, labels } = state.options
  // Inside a link the marker cannot be a link too (HTML cannot nest <a>).
  if (scratch.inLink > 0) return `${open}${words}<sup class="${cls(state, 'citation')}">[${number}]</sup></span>`
  const id = uniqueId(state, cls(state, `cite-${++scratch.citations}`))
  if (!scratch.firstCitation.has(number)) scratch.firstCitation.set(number, id)
  const marker = `<sup class="${cls(state, 'citation')}"><a${attribute('href', `#${sourceAnchor(state, number)}`)}${attribute('id', id)}${attribute('aria-label', labels.citation.replace('{n}', String(number)))}>[${number}]</a></sup>`
  return `${open}${words}${marker}</span>`
}
