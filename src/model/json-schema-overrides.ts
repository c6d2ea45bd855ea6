// The JSON Schema of the model's schemas whose rule lives in a check or a
// transform, which zod cannot translate by itself. A file of its own, so that
// `articlekit/json-schema`, which reads it, does not load the schemas.

import type * as z from 'zod/mini'

/**
 * JSON Schema for schemas whose rule lives in a check or a transform, keyed
 * by schema. Read by `toJsonSchema` (`articlekit/json-schema`).
 */
export const jsonSchemaOverrides: WeakMap<z.core.$ZodType, Record<string, unknown>> = /* @__PURE__ */ new WeakMap()

/**
 * JSON Schema keywords added to what zod writes for a schema (a rule across
 * its fields, such as `if`/`then`), keyed by schema. Read by `toJsonSchema`.
 */
export const jsonSchemaRules: WeakMap<z.core.$ZodType, Record<string, unknown>> = /* @__PURE__ */ new WeakMap()

/** `schema`, with `json` added to the JSON Schema zod writes for it. */
export function withJsonSchemaRule<T extends z.core.$ZodType>(schema: T, json: Record<string, unknown>): T {
  jsonSchemaRules.set(schema, json)
  return schema
}

/** `schema`, with `json` recorded as its JSON Schema. */
export function withJsonSchema<T extends z.core.$ZodType>(schema: T, json: Record<string, unknown>): T {
  jsonSchemaOverrides.set(schema, json)
  return schema
}
