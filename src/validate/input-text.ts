// Whether a custom block schema can only output text that came from the
// input, and so was normalized on the way in. A parse marks its article as
// free of controls (see model/clean-mark.ts) only when that holds for every
// custom block of the model.

import type * as z from 'zod/mini'
import { isCleanText } from '../model/text.js'

// biome-ignore lint/suspicious/noExplicitAny: zod's definitions are walked structurally.
type Def = any

/** A constant the schema itself supplies (a literal, an enum value, a default): clean if it is not text or is clean text. */
const cleanConstant = (value: unknown) => typeof value !== 'string' || isCleanText(value)

/**
 * `true` when every string `schema` can output is a string of the input
 * (which parsing normalizes) or a clean constant; `false` for anything that
 * makes text of its own: coercion, transforms, `catch`, `z.custom()`, and
 * record keys, which are not normalized. Unknown kinds count as `false`.
 *
 * @internal
 */
export function outputsOnlyInputText(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): boolean {
  if (seen.has(schema)) return true
  seen.add(schema)
  const def: Def = schema._zod.def
  const walk = (inner: z.core.$ZodType | undefined) => inner === undefined || outputsOnlyInputText(inner, seen)
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
      const value = def.defaultValue
      return (typeof value !== 'object' || value === null) && cleanConstant(value) && walk(def.innerType)
    }
    case 'lazy':
      return walk(def.getter())
    case 'pipe':
      return walk(def.in) && walk(def.out)
    default:
      return false
  }
}
