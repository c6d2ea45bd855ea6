// Read untrusted input exactly once into fresh plain objects, normalizing
// every string and checking nesting limits, all without recursion.

import { BLOCK_CONTAINERS, INLINE_PARENTS, LIMITS } from './limits.js'
import { normalizeText } from './text.js'

/** A problem found while reading input, before schema validation. */
export interface ReadIssue {
  path: (string | number)[]
  code: 'too_deep' | 'circular' | 'unreadable'
  message: string
}

type Holder = Record<string, unknown>

/**
 * Copy `input` into fresh objects and arrays: every property is read once
 * (getters and proxies cannot answer differently later), `undefined` values
 * are dropped as absent keys, strings are normalized, and `Date`s are kept.
 *
 * Containers wait on an explicit stack; for each one, parallel arrays record
 * its parent, key and depths, so a path is rebuilt only when there is an
 * error to report.
 *
 * @returns The copy, or the first problem that stopped reading.
 * @internal
 */
export function readInput(input: unknown): { value: unknown } | { issue: ReadIssue } {
  if (typeof input !== 'object' || input === null || input instanceof Date) {
    return { value: typeof input === 'string' ? normalizeText(input) : input }
  }
  // One entry per container met, never popped: source, parent entry, key, depths.
  const sources: object[] = [input]
  const copies: unknown[] = [Array.isArray(input) ? [] : {}]
  const parents: number[] = [-1]
  const keys: (string | number)[] = ['']
  const depths: number[] = [1]
  const blockDepths: number[] = [0]
  const inlineDepths: number[] = [0]
  const pending: number[] = [0]
  let entry = 0
  try {
    while (pending.length > 0) {
      entry = pending.pop() as number
      const source = sources[entry] as Holder
      const copy = copies[entry] as Holder
      const depth = depths[entry] as number
      let blocks = blockDepths[entry] as number
      let inlines = inlineDepths[entry] as number
      if (Array.isArray(source)) {
        const array = copy as unknown as unknown[]
        for (let index = 0; index < source.length; index++) {
          const value = source[index]
          array.push(
            typeof value === 'object' && value !== null && !(value instanceof Date)
              ? enqueue(value, entry, index, depth, blocks, inlines)
              : typeof value === 'string'
                ? normalizeText(value)
                : value,
          )
        }
        continue
      }
      const type = source.type
      if (typeof type === 'string') {
        if (BLOCK_CONTAINERS.has(type) && ++blocks > LIMITS.blockDepth) return { issue: tooDeep(entry, 'blockDepth') }
        if (INLINE_PARENTS.has(type) && ++inlines > LIMITS.inlineDepth) return { issue: tooDeep(entry, 'inlineDepth') }
        copy.type = normalizeText(type)
      }
      for (const key of Object.keys(source)) {
        if (key === 'type' && typeof type === 'string') continue
        const value = source[key]
        if (value === undefined) continue
        const result =
          typeof value === 'object' && value !== null && !(value instanceof Date)
            ? enqueue(value, entry, key, depth, blocks, inlines)
            : typeof value === 'string'
              ? normalizeText(value)
              : value
        if (key === '__proto__') {
          // Keep it as data, so validation reports it; never invoke the prototype setter.
          Object.defineProperty(copy, key, { value: result, enumerable: true, writable: true, configurable: true })
        } else {
          copy[key] = result
        }
      }
    }
  } catch (error) {
    if (error instanceof DepthError) return { issue: tooDeep(error.entry, 'jsonDepth') }
    return {
      issue: {
        path: pathOf(entry),
        code: 'unreadable',
        message: `Input could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    }
  }
  return { value: copies[0] }

  function enqueue(
    value: object,
    parent: number,
    key: string | number,
    depth: number,
    blocks: number,
    inlines: number,
  ): unknown {
    const index = sources.length
    sources.push(value)
    parents.push(parent)
    keys.push(key)
    depths.push(depth + 1)
    blockDepths.push(blocks)
    inlineDepths.push(inlines)
    if (depth + 1 > LIMITS.jsonDepth) throw new DepthError(index)
    const copy = Array.isArray(value) ? [] : {}
    copies.push(copy)
    pending.push(index)
    return copy
  }

  function pathOf(at: number): (string | number)[] {
    const path: (string | number)[] = []
    for (let current = at; current > 0; current = parents[current] as number)
      path.push(keys[current] as string | number)
    return path.reverse()
  }

  function tooDeep(at: number, limit: keyof typeof LIMITS): ReadIssue {
    const path = pathOf(at)
    for (let current = parents[at] as number; current >= 0; current = parents[current] as number) {
      if (sources[current] === sources[at])
        return { path, code: 'circular', message: 'Input contains a circular reference' }
    }
    const what =
      limit === 'blockDepth'
        ? `blocks nested more than ${LIMITS.blockDepth} deep`
        : limit === 'inlineDepth'
          ? `inline marks nested more than ${LIMITS.inlineDepth} deep`
          : `objects and arrays nested more than ${LIMITS.jsonDepth} deep`
    return { path, code: 'too_deep', message: `Input has ${what}` }
  }
}

class DepthError extends Error {
  constructor(readonly entry: number) {
    super('too deep')
  }
}
