import type { FootnoteReference, PhrasingContent } from 'mdast'
import { warn } from '../../core/problem.js'
import { citeSource, sourcePosition } from '../../core/sources.js'
import type { Citation } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackInline, phrasing } from '../util.js'

/**
 * A citation: a GFM footnote reference (`[^1]`) labelled as `footnoteLabel`
 * says. Cited words come first, as `:cite[words]`, so that
 * they read back as the citation's children.
 */
export function citation(node: Citation, state: MarkdownState): MdastResult {
  const { scratch, frontmatter } = state.options
  if (!frontmatter && scratch.link > 0) {
    // A footnote reference cannot sit inside a link's text; the lossless form keeps such a citation as JSON.
    warn(state, 'not_carried', ['sourceId'], 'A citation in a link is written without its footnote')
    return Array.isArray(node.children) ? phrasing(state, node) : []
  }
  const label = footnoteLabel(state, node.sourceId)
  const reference: FootnoteReference = { type: 'footnoteReference', identifier: label, label }
  if (!Array.isArray(node.children)) return [reference]
  if (!frontmatter) {
    // The reader form writes the cited words as plain text before the footnote reference.
    warn(state, 'not_carried', ['children'], 'Which words a citation covers is only written with `frontmatter: true`')
    return [...phrasing(state, node), reference]
  }
  scratch.cite++
  scratch.citeRisk = false
  let children: PhrasingContent[]
  try {
    children = phrasing(state, node)
  } finally {
    scratch.cite--
  }
  if (scratch.citeRisk) {
    scratch.citeRisk = false
    return fallbackInline(state, node)
  }
  const words: PhrasingContent = { type: 'textDirective', name: DIRECTIVE.cite, attributes: {}, children }
  return [words, reference]
}

/**
 * The footnote label of a source id. For readers, the source's number (see
 * `numberSources`), which is also the number GitHub shows, as it numbers
 * footnotes by first reference. In the lossless form, its position in
 * `sources`, which reads back without the numbering. For an id no source
 * has, the next number after the sources.
 */
export function footnoteLabel(state: MarkdownState, sourceId: unknown): string {
  const { frontmatter, scratch } = state.options
  const id = String(sourceId)
  let label = scratch.footnotes.get(id)
  if (label === undefined) {
    // The reader form renders the header, the lead image and the body in reading order.
    const number = frontmatter ? sourcePosition(state, sourceId) : citeSource(state, sourceId, true)
    if (number === undefined) {
      const sources = Array.isArray(state.article.sources) ? state.article.sources : []
      label = String(sources.length + ++scratch.unknownSources)
    } else label = String(frontmatter ? number + 1 : number)
    scratch.footnotes.set(id, label)
  }
  return label
}
