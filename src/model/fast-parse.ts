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

/** Counters of the parse in progress; reset by every call of a compiled parser. */
interface State {
  json: number
  blocks: number
  inlines: number
  containers: number
  /** Bits of the unnestable inline types (links, citations) we are inside. */
  inside: number
}
const state: State = { json: 0, blocks: 0, inlines: 0, containers: 0, inside: 0 }

/** Whether code may be generated here; strict CSP pages and some edge runtimes forbid it. Asked once. */
let evalAllowed: boolean | undefined
function canGenerateCode(): boolean {
  if (evalAllowed === undefined) {
    try {
      evalAllowed = new Function('return true')() === true
    } catch {
      evalAllowed = false
    }
  }
  return evalAllowed
}

/**
 * Compile a schema into a fast parser, or `undefined` if the schema uses
 * something the fast path does not understand (then only the full path runs).
 *
 * @param generateCode Generate object parsers as code (default: when the runtime allows it).
 * @internal
 */
export function compileFastParser(
  schema: Schema,
  generateCode: boolean = canGenerateCode(),
): ((input: unknown) => unknown) | undefined {
  const compiler = createCompiler(generateCode)
  const parse = compiler.compile(schema)
  if (compiler.unsupported) return undefined
  return (input) => {
    // `for…in` in the object parsers must see own keys only: leave it to the full path if anything
    // enumerable was added to Object.prototype.
    for (const _ in Object.prototype) return FAIL
    state.json = 0
    state.blocks = 0
    state.inlines = 0
    state.containers = 0
    state.inside = 0
    return parse(input)
  }
}

/** What the compilation of one schema shares. */
interface Compiler {
  /** The parser of a schema, made once: a schema met again (recursion) gets the same one. */
  compile: (node: Schema) => Parse
  generateCode: boolean
  /** Set when the schema uses something the fast path does not understand. */
  unsupported: boolean
}

/** A compiler with an empty cache. */
function createCompiler(generateCode: boolean): Compiler {
  const cache = new Map<Schema, Parse>()
  const compiler: Compiler = {
    generateCode,
    unsupported: false,
    compile(node) {
      const cached = cache.get(node)
      if (cached) return cached
      // Recursive schemas meet themselves: hand out a trampoline first.
      let target: Parse | undefined
      const trampoline: Parse = (value) => (target as Parse)(value)
      cache.set(node, trampoline)
      target = build(compiler, node)
      cache.set(node, target)
      return target
    },
  }
  return compiler
}

/** The parser of one schema, by the type of its definition; a type it does not know is left to zod. */
function build(c: Compiler, node: Schema): Parse {
  const def: Def = node._zod.def
  switch (def.type) {
    case 'object':
      return withChecks(def, objectParser(c, def))
    case 'array':
      return withChecks(def, arrayParser(c, def))
    case 'union':
      return withChecks(def, def.discriminator === undefined ? unionParser(c, def) : discriminatedParser(c, def))
    case 'lazy':
      // Resolved now, so everything below is checked for support; the cache breaks the cycle.
      return c.compile(def.getter())
    case 'pipe': {
      const input = c.compile(def.in)
      const output = c.compile(def.out)
      return (value) => {
        const first = input(value)
        return first === FAIL ? FAIL : output(first)
      }
    }
    case 'optional': {
      const inner = c.compile(def.innerType)
      return (value) => (value === undefined ? undefined : inner(value))
    }
    case 'default': {
      const inner = c.compile(def.innerType)
      return (value) => (value === undefined ? def.defaultValue : inner(value))
    }
    case 'nullable': {
      const inner = c.compile(def.innerType)
      return (value) => (value === null ? null : inner(value))
    }
    case 'string':
      if (def.coerce) return leaf(node, true)
      // A string past the length limit is left to the full path, which reports it.
      return withChecks(def, (value) =>
        typeof value === 'string' && value.length <= LIMITS.textLength ? normalizeText(value) : FAIL,
      )
    case 'boolean':
      if (def.coerce || def.checks?.length) return leaf(node, true)
      return (value) => (typeof value === 'boolean' ? value : FAIL)
    case 'literal':
      return oneOf(def.values)
    case 'enum':
      return oneOf(Object.values(def.entries))
    case 'transform':
      return leaf(node, false)
    default:
      if (def.type === 'promise' || def.type === 'custom' || def.type === 'catch') c.unsupported = true
      return leaf(node, true)
  }
}

/**
 * A literal or an enum: a hit on the raw value needs no normalization (the
 * allowed values are clean); otherwise the normalized string gets one more try.
 */
function oneOf(allowed: unknown[]): Parse {
  const values = new Set(allowed)
  return (value) => {
    if (values.has(value)) return value === 0 ? 0 : value
    if (typeof value !== 'string') return FAIL
    const normalized = normalizeText(value)
    return normalized !== value && values.has(normalized) ? normalized : FAIL
  }
}

/** Let zod parse a leaf; strings and `-0` are normalized first, as the full path does. */
function leaf(node: Schema, normalize: boolean): Parse {
  const zod = node._zod
  return (value) => {
    // Raw input that is an object (held by z.unknown(), a tuple, a record, a readonly array…) would reach
    // zod uncopied, its strings unnormalized: the full path copies and normalizes it first. A transform's
    // input was parsed here already.
    if (
      normalize &&
      (typeof value === 'function' || (typeof value === 'object' && value !== null && !(value instanceof Date)))
    )
      return FAIL
    if (typeof value === 'string' && value.length > LIMITS.textLength) return FAIL
    const payload = zod.run({ value: normalize ? normalizeScalar(value) : value, issues: [] }, CONTEXT)
    if (payload instanceof Promise) return FAIL
    return payload.issues.length > 0 ? FAIL : payload.value
  }
}

/** `parse`, then the schema's checks (refinements, overwrites) on what it returned. */
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
      // An async refinement cannot be awaited here: the full path handles it.
      if (check._zod.check(payload) instanceof Promise) return FAIL
      if (payload.issues.length > 0) return FAIL
    }
    // Overwriting checks (`.trim()`, `.overwrite()`) change the value, as they do on the full path.
    return payload.value
  }
}

/** A strict or stripping object, with what it counts against the nesting limits. */
function objectParser(c: Compiler, def: Def): Parse {
  const shape: Record<string, Schema> = def.shape
  const keys = Object.keys(shape)
  const parsers = keys.map((key) => c.compile(shape[key] as Schema))
  const catchall: Def = def.catchall?._zod.def
  // Strict objects fail on unknown keys; strip objects drop them; anything else is left to zod.
  const strict = catchall?.type === 'never'
  if (catchall && !strict) c.unsupported = true
  const typeDef: Def = shape.type?._zod.def
  const literal = typeDef?.type === 'literal' && typeDef.values.length === 1 ? typeDef.values[0] : undefined
  const kind: ObjectKind = {
    strict,
    block: typeof literal === 'string' && BLOCK_CONTAINERS.has(literal),
    inline: typeof literal === 'string' && INLINE_PARENTS.has(literal),
    bit: (typeof literal === 'string' && UNNESTABLE.get(literal)) || 0,
  }
  return (c.generateCode && generatedObjectParser(keys, parsers, kind)) || closureObjectParser(keys, parsers, kind)
}

/** An array, counted against the depth and container limits. */
function arrayParser(c: Compiler, def: Def): Parse {
  const element = c.compile(def.element)
  return (value) => {
    if (!Array.isArray(value)) return FAIL
    if (++state.json > LIMITS.jsonDepth || ++state.containers > LIMITS.containers) {
      state.json--
      return FAIL
    }
    const length = value.length
    if (length > LIMITS.items) {
      state.json--
      return FAIL
    }
    const output: unknown[] = []
    for (let index = 0; index < length; index++) {
      const result = element(value[index])
      if (result === FAIL) {
        state.json--
        return FAIL
      }
      output.push(result)
    }
    state.json--
    return output
  }
}

/** A plain union: the first option that takes the value. */
function unionParser(c: Compiler, def: Def): Parse {
  const options = (def.options as Schema[]).map(c.compile)
  return (value) => {
    for (const option of options) {
      const result = option(value)
      if (result !== FAIL) return result
    }
    return FAIL
  }
}

/** A discriminated union: the option is looked up by the discriminator's value. */
function discriminatedParser(c: Compiler, def: Def): Parse {
  const byValue = new Map<unknown, Parse>()
  for (const option of def.options as Schema[]) {
    const optionDef: Def = option._zod.def
    const values: unknown[] | undefined = optionDef.shape?.[def.discriminator]?._zod.def.values
    if (optionDef.type !== 'object' || !values) {
      c.unsupported = true
      continue
    }
    const parse = c.compile(option)
    for (const discriminant of values) byValue.set(discriminant, parse)
  }
  const key: string = def.discriminator
  return (value) => {
    if (typeof value !== 'object' || value === null) return FAIL
    const discriminant = (value as Record<string, unknown>)[key]
    // A clean `type` matches as it is; only a miss is worth normalizing.
    const parse =
      byValue.get(discriminant) ??
      (typeof discriminant === 'string' ? byValue.get(normalizeText(discriminant)) : undefined)
    return parse ? parse(value) : FAIL
  }
}

/** What an object parser must track besides its fields. */
interface ObjectKind {
  strict: boolean
  /** A block whose children are blocks (counts against `LIMITS.blockDepth`). */
  block: boolean
  /** An inline node whose children are inline (counts against `LIMITS.inlineDepth`). */
  inline: boolean
  /** Its bit if it cannot contain itself (links, citations), else 0. */
  bit: number
}

/**
 * An object parser generated as code, with every key a literal, so the engine
 * can cache each property access (the technique of zod's own JIT objects).
 * `undefined` when the shape does not fit the generator (more than 30 keys).
 */
function generatedObjectParser(keys: string[], parsers: Parse[], kind: ObjectKind): Parse | undefined {
  if (keys.length > 30) return undefined
  const name = (index: number) => JSON.stringify(keys[index])
  const cases = keys.map((_, index) => `case ${name(index)}: seen |= ${1 << index}; break;`).join('\n')
  const fields = keys
    .map(
      (_, index) => `
      parsed = p${index}(seen & ${1 << index} ? value[${name(index)}] : undefined);
      if (parsed === FAIL) break check;
      if (parsed !== undefined) output[${name(index)}] = parsed;`,
    )
    .join('')
  const source = `
    return function parseObject(value) {
      if (typeof value !== 'object' || value === null) return FAIL;
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return FAIL;
      if (state.inside & ${kind.bit}) return FAIL;
      const outside = state.inside;
      state.inside = outside | ${kind.bit};
      state.json++;${kind.block ? ' state.blocks++;' : ''}${kind.inline ? ' state.inlines++;' : ''}
      let result = FAIL;
      check: {
        if (state.json > ${LIMITS.jsonDepth} || state.blocks > ${LIMITS.blockDepth} ||
          state.inlines > ${LIMITS.inlineDepth} || ++state.containers > ${LIMITS.containers}) break check;
        let seen = 0;
        for (const key in value) {
          switch (key) {
            ${cases}
            default: ${kind.strict ? 'if (value[key] !== undefined) break check;' : ''}
          }
        }
        const output = {};
        let parsed;${fields}
        result = output;
      }
      state.json--;${kind.block ? ' state.blocks--;' : ''}${kind.inline ? ' state.inlines--;' : ''}
      state.inside = outside;
      return result;
    }`
  try {
    const names = parsers.map((_, index) => `p${index}`)
    return new Function('FAIL', 'state', ...names, source)(FAIL, state, ...parsers) as Parse
  } catch {
    return undefined
  }
}

/** Per-depth scratch arrays for {@link closureObjectParser}'s field values. */
const buffers: unknown[][] = []

/** The object parser where code cannot be generated: the same logic, with keys looked up at run time. */
function closureObjectParser(keys: string[], parsers: Parse[], kind: ObjectKind): Parse {
  const count = keys.length
  const { strict, block, inline, bit } = kind

  /** Read and parse the fields of one object, or FAIL. */
  function fields(input: Record<string, unknown>): unknown {
    // One object per depth is in progress at a time, so each depth reuses one buffer.
    let values = buffers[state.json]
    if (!values) {
      values = []
      buffers[state.json] = values
    }
    values.fill(undefined, 0, count)
    // Own enumerable keys only (the prototype is plain and checked unpolluted), each read once.
    for (const key in input) {
      const index = keys.indexOf(key)
      if (index !== -1) values[index] = input[key]
      else if (strict && input[key] !== undefined) return FAIL
    }
    const output: Record<string, unknown> = {}
    for (let index = 0; index < count; index++) {
      const raw = values[index]
      values[index] = undefined // keep no reference to the caller's data
      const parsed = (parsers[index] as Parse)(raw)
      if (parsed === FAIL) {
        values.fill(undefined, index, count)
        return FAIL
      }
      if (parsed !== undefined) output[keys[index] as string] = parsed
    }
    return output
  }

  return (value) => {
    if (typeof value !== 'object' || value === null) return FAIL
    const prototype = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) return FAIL
    if (state.inside & bit) return FAIL
    const outside = state.inside
    state.inside |= bit
    state.json++
    if (block) state.blocks++
    if (inline) state.inlines++
    const result =
      state.json > LIMITS.jsonDepth ||
      state.blocks > LIMITS.blockDepth ||
      state.inlines > LIMITS.inlineDepth ||
      ++state.containers > LIMITS.containers
        ? FAIL
        : fields(value as Record<string, unknown>)
    state.json--
    if (block) state.blocks--
    if (inline) state.inlines--
    state.inside = outside
    return result
  }
}
