// Read untrusted input exactly once into fresh plain objects, normalizing
// every string and checking nesting limits, all without recursion.

import { BLOCK_CONTAINERS, INLINE_PARENTS, LIMITS, UNNESTABLE } from './limits.js'
import { normalizeScalar, normalizeText } from './text.js'

/** A problem found while reading input, before schema validation. */
export interface ReadIssue {
  path: (string | number)[]
  code: 'too_deep' | 'too_large' | 'circular' | 'unreadable' | 'nested_link' | 'nested_citation'
  message: string
}

type Holder = Record<string, unknown>

const enumerable = Object.prototype.propertyIsEnumerable

/** Thrown inside the loop to stop reading with an issue. */
class Stop {
  constructor(readonly issue: ReadIssue) {}
}

/**
 * Copy `input` into fresh objects and arrays: every property is read once
 * (getters and proxies cannot answer differently later), `undefined` values
 * are dropped as absent keys, strings are normalized, `-0` becomes `0`, and
 * `Date`s are kept.
 *
 * Containers wait on an explicit stack; for each one, parallel arrays record
 * its parent, key and depths, so a path is rebuilt only when there is an
 * error to report.
 *
 * @returns The copy, or the first problem that stopped reading.
 * @internal
 */
// long: the loop and `take` share the per-entry arrays as locals of one closure, on the path of all
// input the fast path doubts; the error paths are functions of their own, below.
export function readInput(input: unknown): { value: unknown } | { issue: ReadIssue } {
  // One entry per container met, never popped: source, parent entry, key, depths.
  const sources: object[] = []
  const copies: unknown[] = []
  const parents: number[] = []
  const keys: (string | number)[] = []
  const depths: number[] = []
  const blockDepths: number[] = []
  const inlineDepths: number[] = []
  /** Bit 1: inside a link; bit 2: inside a citation. */
  const inside: number[] = []
  const pending: number[] = []
  // What is being read right now, for the path of an `unreadable` issue.
  let readingEntry = -1
  let readingKey: string | number | undefined
  const pathOf = (at: number) => pathTo(parents, keys, at)
  const tooDeep = (at: number, limit: DepthLimit) => tooDeepIssue(sources, parents, keys, at, limit)
  const nested = (at: number, kind: string) => nestedIssue(pathOf(at), kind)

  try {
    if (typeof input !== 'object' || input === null || input instanceof Date) {
      if (typeof input === 'string' && input.length > LIMITS.textLength) return { issue: tooLong([]) }
      return { value: normalizeScalar(input) }
    }
    take(input, -1, '', 0, 0, 0, 0)
    while (pending.length > 0) {
      const entry = pending.pop() as number
      readingEntry = entry
      readingKey = undefined
      const source = sources[entry] as Holder
      const copy = copies[entry] as Holder
      const depth = depths[entry] as number
      let blocks = blockDepths[entry] as number
      let inlines = inlineDepths[entry] as number
      let flags = inside[entry] as number
      if (Array.isArray(source)) {
        const array = copy as unknown as unknown[]
        // Before anything proportional to it: a sparse array or a proxy can claim any length.
        const length = source.length
        if (length > LIMITS.items) {
          throw new Stop({
            path: pathOf(entry),
            code: 'too_large',
            message: `An array has ${length} items, more than ${LIMITS.items}`,
          })
        }
        for (let index = 0; index < length; index++) {
          readingKey = index
          array.push(take(source[index], entry, index, depth, blocks, inlines, flags))
        }
        continue
      }
      // Only an own, enumerable `type` counts, as for every other key.
      readingKey = 'type'
      const hasType = enumerable.call(source, 'type')
      const type = hasType ? source.type : undefined
      if (typeof type === 'string') {
        const kind = normalizeText(type)
        if (BLOCK_CONTAINERS.has(kind) && ++blocks > LIMITS.blockDepth) throw new Stop(tooDeep(entry, 'blockDepth'))
        if (INLINE_PARENTS.has(kind) && ++inlines > LIMITS.inlineDepth) throw new Stop(tooDeep(entry, 'inlineDepth'))
        const bit = UNNESTABLE.get(kind)
        if (bit !== undefined) {
          if (flags & bit) throw new Stop(nested(entry, kind))
          flags |= bit
        }
        copy.type = kind
      } else if (hasType && type !== undefined) {
        copy.type = take(type, entry, 'type', depth, blocks, inlines, flags)
      }
      readingKey = undefined
      for (const key of Object.keys(source)) {
        // `type` was read above, once; a getter must not get a second say.
        if (key === 'type' && hasType) continue
        readingKey = key
        const value = source[key]
        if (value === undefined) continue
        const result = take(value, entry, key, depth, blocks, inlines, flags)
        if (key === '__proto__') {
          // Keep it as data, so validation reports it; never invoke the prototype setter.
          Object.defineProperty(copy, key, { value: result, enumerable: true, writable: true, configurable: true })
        } else {
          copy[key] = result
        }
      }
    }
  } catch (error) {
    if (error instanceof Stop) return { issue: error.issue }
    const path = readingEntry < 0 ? [] : pathOf(readingEntry)
    if (readingKey !== undefined) path.push(readingKey)
    return {
      issue: {
        path,
        code: 'unreadable',
        message: `Input could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    }
  }
  return { value: copies[0] }

  /** Copy a scalar, or queue a container and return its (still empty) copy. */
  function take(
    value: unknown,
    parent: number,
    key: string | number,
    depth: number,
    blocks: number,
    inlines: number,
    flags: number,
  ): unknown {
    if (typeof value !== 'object' || value === null || value instanceof Date) {
      if (typeof value === 'string' && value.length > LIMITS.textLength)
        throw new Stop(tooLong([...pathOf(parent), key]))
      return normalizeScalar(value)
    }
    const index = sources.length
    sources.push(value)
    parents.push(parent)
    keys.push(key)
    depths.push(depth + 1)
    blockDepths.push(blocks)
    inlineDepths.push(inlines)
    inside.push(flags)
    if (depth + 1 > LIMITS.jsonDepth) throw new Stop(tooDeep(index, 'jsonDepth'))
    if (index >= LIMITS.containers) {
      throw new Stop({
        path: pathOf(index),
        code: 'too_large',
        message: `Input has more than ${LIMITS.containers} objects and arrays`,
      })
    }
    const copy = Array.isArray(value) ? [] : {}
    copies.push(copy)
    pending.push(index)
    return copy
  }
}

type DepthLimit = 'blockDepth' | 'inlineDepth' | 'jsonDepth'

/** The path of entry `at`, from the parent and key each entry records. */
function pathTo(parents: number[], keys: (string | number)[], at: number): (string | number)[] {
  const path: (string | number)[] = []
  for (let current = at; current > 0; current = parents[current] as number) path.push(keys[current] as string | number)
  return path.reverse()
}

/** Entry `at` is past a depth limit: a `too_deep` issue, or `circular` when the cause is a cycle. */
function tooDeepIssue(
  sources: object[],
  parents: number[],
  keys: (string | number)[],
  at: number,
  limit: DepthLimit,
): ReadIssue {
  // A cycle also looks like endless depth: report the first place where an object meets itself again.
  const chain: number[] = []
  for (let current = at; current >= 0; current = parents[current] as number) chain.push(current)
  chain.reverse()
  const firstSeen = new Map<object, number>()
  for (const current of chain) {
    const source = sources[current] as object
    if (firstSeen.has(source)) {
      return { path: pathTo(parents, keys, current), code: 'circular', message: 'Input contains a circular reference' }
    }
    firstSeen.set(source, current)
  }
  const what =
    limit === 'blockDepth'
      ? `blocks nested more than ${LIMITS.blockDepth} deep`
      : limit === 'inlineDepth'
        ? `inline marks nested more than ${LIMITS.inlineDepth} deep`
        : `objects and arrays nested more than ${LIMITS.jsonDepth} deep`
  return { path: pathTo(parents, keys, at), code: 'too_deep', message: `Input has ${what}` }
}

/** A link inside a link, or a citation inside a citation. */
function nestedIssue(path: (string | number)[], kind: string): ReadIssue {
  return kind === 'link'
    ? { path, code: 'nested_link', message: 'A link cannot contain another link' }
    : { path, code: 'nested_citation', message: 'A citation cannot contain another citation' }
}

/** The issue of a string too long to read. */
function tooLong(path: (string | number)[]): ReadIssue {
  return { path, code: 'too_large', message: `A string is longer than ${LIMITS.textLength} characters` }
}
