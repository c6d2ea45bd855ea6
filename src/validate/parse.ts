import schema from '../model/article.schema.json'
import { createSchemas } from '../model/schemas.js'
import type { Article } from '../model/types.js'
import { type ArticleModel, createModel, type SafeParseResult } from './define.js'

let builtIn: ArticleModel | undefined

/**
 * The built-in article model, created on first use so that importing
 * articlekit costs nothing until something is parsed.
 *
 * @internal
 */
export function defaultModel(): ArticleModel {
  builtIn ??= createModel(createSchemas())
  return builtIn
}

/**
 * Validate untrusted input and return the normalized article: shorthands
 * expanded, defaults filled, text normalized, dates checked.
 *
 * @param input Anything: parsed JSON, a CMS record, an object built in code.
 * @returns A fresh article; the input is never mutated.
 * @throws {ArticleValidationError} naming every problem with its path.
 *
 * @example
 * import { parseArticle } from 'articlekit'
 *
 * const article = parseArticle({
 *   headline: 'Tram line opens ahead of schedule',
 *   datePublished: '2026-03-14T09:30:00+01:00',
 *   body: ['The first tram left the depot at dawn.'],
 * })
 * article.body[0] // { type: 'paragraph', children: [{ type: 'text', value: 'The first tram…' }] }
 */
export function parseArticle(input: unknown): Article {
  return defaultModel().parse(input)
}

/**
 * Like {@link parseArticle}, but returns `{ success, data }` or
 * `{ success, error }` instead of throwing. It never throws, for any input,
 * cyclic objects, throwing getters and revoked proxies included.
 *
 * @example
 * const result = safeParseArticle(JSON.parse(text))
 * if (!result.success) console.error(result.error.message)
 */
export function safeParseArticle(input: unknown): SafeParseResult<Article> {
  return defaultModel().safeParse(input)
}

/**
 * The JSON Schema (draft 2020-12) of the built-in article model's input, the
 * same document as the package file `articlekit/schema.json`. It is prebuilt,
 * so calling it costs no schema generation. For a model with custom blocks,
 * use `toJsonSchema` from `articlekit/json-schema`.
 *
 * @returns A fresh copy, safe to modify.
 *
 * @example
 * import Ajv from 'ajv/dist/2020.js'
 * import { articleJsonSchema } from 'articlekit'
 *
 * const validate = new Ajv().compile(articleJsonSchema())
 * validate(JSON.parse(text)) // true or false, with validate.errors
 */
export function articleJsonSchema(): Record<string, unknown> {
  return structuredClone(schema) as Record<string, unknown>
}
