// A fast path for valid input, derived from the zod schemas themselves (so the
// model is still defined once). It reads the input once, normalizes strings,
// checks nesting limits, validates and builds the output in a single pass,
// and gives up (returns FAIL) at the first doubt. The caller then runs the
// full path (`readInput` + zod), which reports precise issues. This is the
// same contract as zod's own `z.compile`: valid input takes the fast path,
// invalid input falls back, so error reporting never changes.
//
// Recursion here is bounded: every object and array entered counts against
// `LIMITS.jsonDepth` before anything below it is read, so hostile nesting
// stops at a fixed depth far below the stack limit.

import type * as z from 'zod/mini'
import { BLOCK_CONTAINERS, INLINE_PARENTS, LIMITS, UNNESTABLE } from './limits.js'
import { normalizeScalar, normalizeText } from './text.js'

/** Returned when the fast path cannot vouch for the input. */
export const FAIL: unique symbol = Symbol('fail')

type Parse = (value: unknown) => unknown
type Schema = z.core.$ZodType
// biome-ignore lint/suspicious/noExplicitAny: zod's definitions are walked structurally.
type Def = any

const CONTEXT = Object.freeze({ async: false })
/** Per-depth scratch arrays for object fields; see `objectParser`. */
const buffers: unknown[][] = []

// Counters of the parse in progress; reset by every call of a compiled parser.
let json = 0
let blocks = 0
let inlines = 0
let containers = 0
/** Bits of the unnestable inline types (links, citations) we are inside. */
let inside = 0

/**
 * Compile a schema into a fast parser, or `undefined` if the schema uses
 * something the fast path does not understand (then only the full path runs).
 *
 * @internal
 */
export function compileFastParser(schema: Schema): ((input: unknown) => unknown) | undefined {
  const cache = new Map<Schema, Parse>()
  let unsupported = false

  function compile(node: Schema): Parse {
    const cached = cache.get(node)
    if (cached) return cached
    // Recursive schemas meet themselves: hand out a trampoline first.
    let target: Parse | undefined
    const trampoline: Parse = (value) => (target as Parse)(value)
    cache.set(node, trampoline)
    target = build(node)
    cache.set(node, target)
    return target
  }

  function build(node: Schema): Parse {
    const def: Def = node._zod.def
    switch (def.type) {
      case 'object':
        return withChecks(def, objectParser(def))
      case 'array':
        return withChecks(def, arrayParser(def))
      case 'union':
        return withChecks(def, def.discriminator === undefined ? unionParser(def) : discriminatedParser(def))
      case 'lazy':
        // Resolved now, so everything below is checked for support; the cache breaks the cycle.
        return compile(def.getter())
      case 'pipe': {
        const input = compile(def.in)
        const output = compile(def.out)
        return (value) => {
          const first = input(value)
          return first === FAIL ? FAIL : output(first)
        }
      }
      case 'optional': {
        const inner = compile(def.innerType)
        return (value) => (value === undefined ? undefined : inner(value))
      }
      case 'default': {
        const inner = compile(def.innerType)
        return (value) => (value === undefined ? def.defaultValue : inner(value))
      }
      case 'nullable': {
        const inner = compile(def.innerType)
        return (value) => (value === null ? null : inner(value))
      }
      case 'string':
        if (!def.checks?.length) return (value) => (typeof value === 'string' ? normalizeText(value) : FAIL)
        return leaf(node, true)
      case 'transform':
        return leaf(node, false)
      default:
        if (def.type === 'promise' || def.type === 'custom' || def.type === 'catch') unsupported = true
        return leaf(node, true)
    }
  }

  /** Let zod parse a leaf; strings and `-0` are normalized first, as the full path does. */
  function leaf(node: Schema, normalize: boolean): Parse {
    const zod = node._zod
    return (value) => {
      const payload = zod.run({ value: normalize ? normalizeScalar(value) : value, issues: [] }, CONTEXT)
      if (payload instanceof Promise) return FAIL
      return payload.issues.length > 0 ? FAIL : payload.value
    }
  }

  function withChecks(def: Def, parse: Parse): Parse {
    const checks: Def[] = def.checks ?? []
    if (checks.length === 0) return parse
    return (value) => {
      const result = parse(value)
      if (result === FAIL) return FAIL
      const payload = { value: result, issues: [] as unknown[] }
      for (const check of checks) {
        // The payload is never aborted here, so a check runs unless its own `when` says otherwise.
        const when = check._zod.def.when
        if (when && !when(payload)) continue
        check._zod.check(payload)
        if (payload.issues.length > 0) return FAIL
      }
      return result
    }
  }

  function objectParser(def: Def): Parse {
    const shape: Record<string, Schema> = def.shape
    const keys = Object.keys(shape)
    const parsers = keys.map((key) => compile(shape[key] as Schema))
    const catchall: Def = def.catchall?._zod.def
    // Strict objects fail on unknown keys; strip objects drop them; anything else is left to zod.
    const strict = catchall?.type === 'never'
    if (catchall && !strict) unsupported = true
    const typeDef: Def = shape.type?._zod.def
    const literal = typeDef?.type === 'literal' && typeDef.values.length === 1 ? typeDef.values[0] : undefined
    const block = typeof literal === 'string' && BLOCK_CONTAINERS.has(literal)
    const inline = typeof literal === 'string' && INLINE_PARENTS.has(literal)
    const bit = (typeof literal === 'string' && UNNESTABLE.get(literal)) || 0
    const count = keys.length
    return (value) => {
      if (typeof value !== 'object' || value === null) return FAIL
      const prototype = Object.getPrototypeOf(value)
      if (prototype !== Object.prototype && prototype !== null) return FAIL
      const input = value as Record<string, unknown>
      if (inside & bit) return FAIL
      const outside = inside
      inside |= bit
      json++
      if (block) blocks++
      if (inline) inlines++
      if (
        json > LIMITS.jsonDepth ||
        blocks > LIMITS.blockDepth ||
        inlines > LIMITS.inlineDepth ||
        ++containers > LIMITS.containers
      ) {
        return exit(FAIL, outside)
      }
      // One object per depth is in progress at a time, so each depth reuses one buffer.
      let values = buffers[json]
      if (!values) {
        values = []
        buffers[json] = values
      }
      for (let index = 0; index < count; index++) values[index] = undefined
      // Own enumerable keys only (the prototype is plain and checked unpolluted), each read once.
      for (const key in input) {
        const index = keys.indexOf(key)
        const raw = input[key]
        if (index !== -1) values[index] = raw
        else if (strict && raw !== undefined) {
          values.fill(undefined, 0, count)
          return exit(FAIL, outside)
        }
      }
      const output: Record<string, unknown> = {}
      let result: unknown = output
      for (let index = 0; index < count; index++) {
        const raw = values[index]
        values[index] = undefined // keep no reference to the caller's data
        const parsed = (parsers[index] as Parse)(raw)
        if (parsed === FAIL) {
          result = FAIL
          values.fill(undefined, index, count)
          break
        }
        if (parsed !== undefined) output[keys[index] as string] = parsed
      }
      return exit(result, outside)
    }

    /** Leave this object: undo the counts it added. */
    function exit(result: unknown, outside: number): unknown {
      json--
      if (block) blocks--
      if (inline) inlines--
      inside = outside
      return result
    }
  }

  function arrayParser(def: Def): Parse {
    const element = compile(def.element)
    return (value) => {
      if (!Array.isArray(value)) return FAIL
      if (++json > LIMITS.jsonDepth || ++containers > LIMITS.containers) {
        json--
        return FAIL
      }
      const length = value.length
      const output: unknown[] = []
      for (let index = 0; index < length; index++) {
        const result = element(value[index])
        if (result === FAIL) {
          json--
          return FAIL
        }
        output.push(result)
      }
      json--
      return output
    }
  }

  function unionParser(def: Def): Parse {
    const options = (def.options as Schema[]).map(compile)
    return (value) => {
      for (const option of options) {
        const result = option(value)
        if (result !== FAIL) return result
      }
      return FAIL
    }
  }

  function discriminatedParser(def: Def): Parse {
    const byValue = new Map<unknown, Parse>()
    for (const option of def.options as Schema[]) {
      const optionDef: Def = option._zod.def
      const values: unknown[] | undefined = optionDef.shape?.[def.discriminator]?._zod.def.values
      if (optionDef.type !== 'object' || !values) {
        unsupported = true
        continue
      }
      const parse = compile(option)
      for (const discriminant of values) byValue.set(discriminant, parse)
    }
    const key: string = def.discriminator
    return (value) => {
      if (typeof value !== 'object' || value === null) return FAIL
      let discriminant = (value as Record<string, unknown>)[key]
      if (typeof discriminant === 'string') discriminant = normalizeText(discriminant)
      const parse = byValue.get(discriminant)
      return parse ? parse(value) : FAIL
    }
  }

  const parse = compile(schema)
  if (unsupported) return undefined
  return (input) => {
    // `for…in` above must see own keys only: leave it to the full path if anything enumerable was added to Object.prototype.
    for (const _ in Object.prototype) return FAIL
    json = 0
    blocks = 0
    inlines = 0
    containers = 0
    inside = 0
    return parse(input)
  }
}
