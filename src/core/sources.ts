// One numbering of an article's sources for every output, so that a
// citation reads `[2]` in HTML, `[^2]` in Markdown (which GitHub shows as 2)
// and `[Source 2]` in text, and the sources lists agree.

import type { Article } from '../model/types.js'

/** How every renderer numbers an article's sources. */
export interface SourceNumbering {
  /** Positions in `article.sources`, in numbered order: source number `n` is `sources[order[n - 1]]`. */
  readonly order: readonly number[]
  /** The number (from 1) of each source id; ids no source has are not in it. */
  readonly numbers: ReadonlyMap<unknown, number>
}

const KEY = Symbol('sources')

/**
 * The numbering of the sources, worked out once per render: sources are
 * numbered in the order the article first cites them (the standfirst, the
 * lead image's caption, then the body in reading order, as GitHub numbers
 * footnotes), then the sources it never cites, in the order of the list. A
 * source whose id an earlier source already has keeps its place but is
 * never cited. The numbering belongs to the article, so it is the same
 * whichever parts an output leaves out.
 *
 * @example
 * // sources [a, b, c]; the body cites b, then a
 * numberSources(state).order // [1, 0, 2]
 * numberSources(state).numbers.get('b') // 1
 */
export function numberSources(state: {
  readonly article: Article<unknown>
  readonly data: Map<unknown, unknown>
}): SourceNumbering {
  let numbering = state.data.get(KEY) as SourceNumbering | undefined
  if (numbering === undefined) {
    numbering = numberOf(state.article)
    state.data.set(KEY, numbering)
  }
  return numbering
}

function numberOf(article: Article<unknown>): SourceNumbering {
  const sources: unknown[] = Array.isArray(article.sources) ? article.sources : []
  // The position of the first source with each id; input that skipped validation may hold anything.
  const first = new Map<unknown, number>()
  sources.forEach((source, index) => {
    const id = isObject(source) ? source.id : first
    if (!first.has(id)) first.set(id, index)
  })
  const numbers = new Map<unknown, number>()
  citations(article, (id) => first.has(id) && !numbers.has(id) && numbers.set(id, numbers.size + 1))
  const order = [...numbers.keys()].map((id) => first.get(id) as number)
  sources.forEach((source, index) => {
    if (!isObject(source)) return
    const own = first.get(source.id) === index
    if (own && numbers.has(source.id)) return
    order.push(index)
    if (own) numbers.set(source.id, order.length)
  })
  return { order, numbers }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object'
}

/**
 * Call `found` with the `sourceId` of every citation, in reading order: the
 * standfirst, the lead image's caption, then the body. It looks at every
 * field, not at the node table, so that a renderer that numbers sources
 * carries no table; each object is looked at once, so shared or cyclic
 * input that skipped validation ends too.
 */
function citations(article: Article<unknown>, found: (sourceId: unknown) => void): void {
  const root = article as unknown as Record<string, unknown>
  const lead = root.image as Record<string, unknown> | null | undefined
  const stack: unknown[] = [
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
