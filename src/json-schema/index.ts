/**
 * Generate JSON Schema from an article model, custom blocks included.
 *
 * The built-in model's schema is also prebuilt: `articleJsonSchema()` from
 * `articlekit` and the file `articlekit/schema.json` hold it without pulling
 * zod's JSON Schema generator into a bundle.
 *
 * @module articlekit/json-schema
 */
import * as z from 'zod/mini'
import { jsonSchemaOverrides, jsonSchemaRules } from '../model/json-schema-overrides.js'
import type { ArticleModel } from '../validate/define.js'

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>

/** Options of {@link toJsonSchema}. */
export interface ToJsonSchemaOptions {
  /**
   * The schema's `$id`, a URI naming it (so validators can cache it and
   * other schemas can `$ref` it). (default: none)
   */
  id?: string
  /** The schema's `title`. (default: `'articlekit article'`) */
  title?: string
}

/**
 * Generate the JSON Schema (draft 2020-12) of a model's input: what a valid
 * article looks like before parsing, shorthands included. It is the contract
 * for users outside TypeScript; rules JSON Schema cannot express (impossible
 * calendar dates, nesting limits, canonical language tags) are listed in
 * `docs/json-schema.md`.
 *
 * @param model A model from `defineArticleSchema`.
 *
 * @example
 * import { defineArticleSchema } from 'articlekit'
 * import { toJsonSchema } from 'articlekit/json-schema'
 *
 * const model = defineArticleSchema({ blocks: { poll: Poll } })
 * writeFileSync('article.schema.json', JSON.stringify(toJsonSchema(model), null, 2))
 */
export function toJsonSchema(
  model: Pick<ArticleModel<unknown, unknown>, 'schemas'>,
  options: ToJsonSchemaOptions = {},
): JsonSchema {
  const { schemas } = model
  const generated = z.toJSONSchema(schemas.article, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: schemas.names,
    cycles: 'ref',
    reused: 'inline',
    unrepresentable: 'any',
    override(context) {
      const rule = jsonSchemaRules.get(context.zodSchema)
      if (rule) Object.assign(context.jsonSchema, structuredClone(rule))
      const replacement = jsonSchemaOverrides.get(context.zodSchema)
      if (!replacement) return
      const target = context.jsonSchema as Record<string, unknown>
      for (const key of Object.keys(target)) if (key !== '$ref' && key !== 'id') delete target[key]
      Object.assign(target, structuredClone(replacement))
    },
  }) as JsonSchema
  return {
    $schema: generated.$schema,
    ...(options.id === undefined ? {} : { $id: options.id }),
    title: options.title ?? 'articlekit article',
    description: 'An article as articlekit accepts it (input form, shorthands included).',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  }
}
