// Whether a custom block schema can only output text that came from the
// input, and so was normalized on the way in. A parse marks its article as
// free of controls (see model/clean-mark.ts) only when that holds for every
// custom block of the model.

import type * as z from 'zod/mini'
import { isCleanText } from '../model/text.js'

// biome-ignore lint/suspicious/noExplicitAny: zod's definitions are walked structurally.
type Def = any

/** A constant the schema itself supplies (a literal, an enum value): clean if it is not text or is clean text. */
const cleanConstant = (value: unknown) => typeof value !== 'string' || isCleanText(value)

/**
 * `true` when every string `schema` can output is a string of the input
 * (which parsing normalizes) or a clean constant; `false` for anything that
 * makes text of its own: coercion, transforms, codecs, overwriting checks,
 * `catch`, `z.custom()`, defaults that are text, and record keys, which are
 * not normalized. Unknown kinds count as `false`.
 *
 * @internal
 */
export function outputsOnlyInputText(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): boolean {
  if (seen.has(schema)) return true
  seen.add(schema)
  const def: Def = schema._zod.def
  const walk = (inner: z.core.$ZodType | null | undefined) => inner == null || outputsOnlyInputText(inner, seen)
  // An overwriting check (`.trim()`, `.overwrite(fn)`) runs after normalization and may write anything.
  if ((def.checks as Def[] | undefined)?.some((check) => check._zod.def.check === 'overwrite')) return false
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return def.coerce !== true
    case 'date':
    case 'null':
    case 'undefined':
    case 'nan':
    case 'never':
    case 'unknown':
    case 'any':
      return true
    case 'literal':
      return (def.values as unknown[]).every(cleanConstant)
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>).every(cleanConstant)
    case 'object':
      return Object.values(def.shape as Record<string, z.core.$ZodType>).every(walk) && walk(def.catchall)
    case 'array':
      return walk(def.element)
    case 'tuple':
      return (def.items as z.core.$ZodType[]).every(walk) && walk(def.rest)
    case 'union':
      return (def.options as z.core.$ZodType[]).every(walk)
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType)
    case 'default':
    case 'prefault': {
      // zod reads a default through a getter that may call a function each time, so a default that is
      // text (or holds text) cannot be vouched for once and for all; numbers, booleans and null can.
      const value = def.defaultValue
      return (typeof value !== 'object' || value === null) && typeof value !== 'string' && walk(def.innerType)
    }
    case 'lazy':
      return walk(def.getter())
    case 'pipe':
      // A codec is a pipe with a transform of its own.
      return def.transform === undefined && walk(def.in) && walk(def.out)
    default:
      return false
  }
}
