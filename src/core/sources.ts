// One numbering of an article's sources for every output, so that a
// citation reads `[2]` in HTML, `[^2]` in Markdown (which GitHub shows as 2)
// and `[Source 2]` in text, and the sources lists agree.

import type { Article } from '../model/types.js'
import type { RenderState } from './renderer.js'

/** How every renderer numbers an article's sources. */
export interface SourceNumbering {
  /** Positions in `article.sources`, in numbered order: source number `n` is `sources[order[n - 1]]`. */
  readonly order: readonly number[]
  /** The number (from 1) of each source id; ids no source has are not in it. */
  readonly numbers: ReadonlyMap<unknown, number>
}

const KEY = Symbol('sources')

/** The numbering as a render builds it; `done` once the uncited sources are numbered too. */
interface Numbering {
  /** The position of the first source with each id. */
  position: Map<unknown, number>
  order: number[]
  numbers: Map<unknown, number>
  done: boolean
}

/**
 * The numbering of the sources, worked out once per render: sources are
 * numbered in the order the article first cites them (the standfirst, the
 * lead image's caption, then the body in reading order, as GitHub numbers
 * footnotes), then the sources it never cites, in the order of the list. A
 * source whose id an earlier source already has keeps its place but is
 * never cited. The numbering belongs to the article, so it is the same
 * whichever parts an output leaves out.
 *
 * A renderer that renders the standfirst, the lead image and the body, in
 * that order, before it asks for the whole numbering passes
 * `inReadingOrder: true` and numbers each citation with {@link citeSource}
 * as it renders it: the same numbers, without a walk of the article first.
 * Any other renderer (and any call with `false`, the default) has the
 * article walked once, so its numbers are right whatever it renders.
 *
 * @example
 * // sources [a, b, c]; the body cites b, then a
 * numberSources(state).order // [1, 0, 2]
 * numberSources(state).numbers.get('b') // 1
 */
export function numberSources(
  state: Pick<RenderState<unknown>, 'article' | 'data'>,
  inReadingOrder = false,
): SourceNumbering {
  const numbering = numberingOf(state, inReadingOrder)
  if (!numbering.done) {
    numbering.done = true
    // The sources never cited, in list order; a repeated id keeps its place under the first one's number.
    const { position, order, numbers } = numbering
    const sources: unknown[] = Array.isArray(state.article.sources) ? state.article.sources : []
    sources.forEach((source, index) => {
      if (!isObject(source)) return
      const own = position.get(source.id) === index
      if (own && numbers.has(source.id)) return
      order.push(index)
      if (own) numbers.set(source.id, order.length)
    })
  }
  return numbering
}

/**
 * The number of the source a citation points at, or `undefined` for an id
 * no source has. With `inReadingOrder` (see {@link numberSources}), a
 * source's first citation gives it the next number.
 */
export function citeSource(
  state: Pick<RenderState<unknown>, 'article' | 'data'>,
  sourceId: unknown,
  inReadingOrder = false,
): number | undefined {
  const numbering = numberingOf(state, inReadingOrder)
  return numbering.numbers.get(sourceId) ?? number(numbering, sourceId)
}

/**
 * Whether an output with these `sections` renders the standfirst, the lead
 * image and the body, in reading order, so that it may number sources as it
 * meets citations (`inReadingOrder` of {@link numberSources}).
 */
export function inReadingOrder(sections: {
  readonly header: boolean
  readonly leadImage: boolean
  readonly body: boolean
  readonly liveBlog?: boolean
}): boolean {
  return sections.header && sections.leadImage && sections.body && sections.liveBlog !== false
}

/** The position in `article.sources` of the first source with this id, or `undefined`. */
export function sourcePosition(
  state: Pick<RenderState<unknown>, 'article' | 'data'>,
  sourceId: unknown,
): number | undefined {
  return numberingOf(state, true).position.get(sourceId)
}

function numberingOf(state: Pick<RenderState<unknown>, 'article' | 'data'>, inReadingOrder: boolean): Numbering {
  let numbering = state.data.get(KEY) as Numbering | undefined
  if (numbering === undefined) {
    const position = new Map<unknown, number>()
    const sources: unknown[] = Array.isArray(state.article.sources) ? state.article.sources : []
    sources.forEach((source, index) => {
      const id = isObject(source) ? source.id : position
      if (!position.has(id)) position.set(id, index)
    })
    numbering = { position, order: [], numbers: new Map(), done: false }
    state.data.set(KEY, numbering)
    const all = numbering
    if (!inReadingOrder && position.size > 0) citations(state.article, (id) => number(all, id))
  }
  return numbering
}

/** Give a cited source the next number, unless the uncited are numbered already. */
function number(numbering: Numbering, sourceId: unknown): number | undefined {
  const index = numbering.position.get(sourceId)
  if (index === undefined || numbering.done || numbering.numbers.has(sourceId)) return numbering.numbers.get(sourceId)
  const next = numbering.order.push(index)
  numbering.numbers.set(sourceId, next)
  return next
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object'
}

/**
 * Call `found` with the `sourceId` of every citation, in reading order: the
 * standfirst, the lead image's caption, the body, then the live blog's
 * updates. It looks at every
 * field, not at the node table, so that a renderer that numbers sources
 * carries no table; each object is looked at once, so shared or cyclic
 * input that skipped validation ends too.
 */
function citations(article: Article<unknown>, found: (sourceId: unknown) => void): void {
  const root = article as unknown as Record<string, unknown>
  const lead = root.image as Record<string, unknown> | null | undefined
  const stack: unknown[] = [
    root.liveBlog,
    root.body,
    typeof lead === 'object' && lead !== null ? lead.caption : undefined,
    root.standfirst,
  ]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    const node = value as Record<string, unknown>
    if (node.type === 'citation') found(node.sourceId)
    const inside = Array.isArray(value) ? value : Object.values(value)
    for (let index = inside.length - 1; index >= 0; index--) stack.push(inside[index])
  }
}
