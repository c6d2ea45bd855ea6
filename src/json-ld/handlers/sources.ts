import type { Correction, Source } from '../../model/types.js'
import type { JsonLdNode, JsonLdState } from '../types.js'
import { nonEmpty, put, stateUrl } from '../util.js'

/**
 * A source as a CreativeWork: its title as `headline`, its `url`, the outlet
 * as `publisher` (an Organization), its `author` as text and its date.
 * `undefined` for a source with neither a name nor a title.
 */
export function source(value: Source, state: JsonLdState): JsonLdNode | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const title = nonEmpty(value.title)
  const outlet = nonEmpty(value.name)
  if (title === undefined && outlet === undefined) return undefined
  const node: JsonLdNode = { '@type': 'CreativeWork' }
  put(node, 'headline', title)
  put(node, 'url', stateUrl(state, value.url, 'source', 'url'))
  if (outlet !== undefined) node.publisher = { '@type': 'Organization', name: outlet }
  put(node, 'author', nonEmpty(value.author))
  put(node, 'datePublished', nonEmpty(value.datePublished))
  return node
}

/** A correction as a CorrectionComment: its `text` and, as `datePublished`, its date. */
export function correction(value: Correction): JsonLdNode | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const text = nonEmpty(value.text)
  if (text === undefined) return undefined
  const node: JsonLdNode = { '@type': 'CorrectionComment', text }
  put(node, 'datePublished', nonEmpty(value.date))
  return node
}
