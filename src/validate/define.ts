import * as z from 'zod/mini'
import { compileFastParser, FAIL } from '../model/fast-parse.js'
import { BLOCK_TYPES } from '../model/node-types.js'
import { readInput } from '../model/read-input.js'
import { type BlockSchema, type CustomBlocks, createSchemas, type ModelSchemas } from '../model/schemas.js'
import type { Article, ArticleInput } from '../model/types.js'
import { ArticleValidationError, fromZodIssues, type ValidationIssue } from './errors.js'

/** The result of a safe parse: zod's convention. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: ArticleValidationError }

/** The output type of a custom block schema. */
export type CustomBlockOf<B extends CustomBlocks> = { [K in keyof B]: z.output<B[K]> }[keyof B]
/** The input type of a custom block schema. */
export type CustomBlockInputOf<B extends CustomBlocks> = { [K in keyof B]: z.input<B[K]> }[keyof B]

/** What {@link defineArticleSchema} returns: parsers and schemas for one article model. */
export interface ArticleModel<C = never, CI = never> {
  /**
   * Validate and normalize untrusted input.
   * @throws {ArticleValidationError} listing every issue.
   */
  parse(input: unknown): Article<C>
  /** Like {@link ArticleModel.parse}, but returns the error instead of throwing. Never throws, for any input. */
  safeParse(input: unknown): SafeParseResult<Article<C>>
  /** The zod schemas of this model: the article, the block and inline unions, each node and part. */
  readonly schemas: ModelSchemas
  /** @internal Type carrier for the input shape. */
  readonly _input?: ArticleInput<CI>
}

/** Options of {@link defineArticleSchema}. */
export interface DefineArticleSchemaOptions<B extends CustomBlocks> {
  /**
   * Custom block types keyed by their `type`. Each schema is a zod object
   * (classic `zod` or `zod/mini`) with `type: z.literal(key)`. Custom blocks
   * may appear wherever blocks may: the body, list items, quotes, asides.
   */
  blocks?: B
}

/**
 * Define an article model with custom block types. The returned `parse` and
 * `safeParse` accept the custom blocks as first-class members of `body`, and
 * their types include them.
 *
 * @example
 * import * as z from 'zod'
 * import { defineArticleSchema } from 'articlekit'
 *
 * const Poll = z.object({
 *   type: z.literal('poll'),
 *   question: z.string(),
 *   options: z.array(z.string()).min(2),
 * })
 * const model = defineArticleSchema({ blocks: { poll: Poll } })
 * const article = model.parse(input) // article.body may hold { type: 'poll', ... }
 */
export function defineArticleSchema<B extends CustomBlocks = Record<never, never>>(
  options: DefineArticleSchemaOptions<B> = {},
): ArticleModel<CustomBlockOf<B>, CustomBlockInputOf<B>> {
  const blocks = options.blocks ?? ({} as B)
  for (const [type, schema] of Object.entries(blocks)) checkCustomBlock(type, schema)
  const schemas = createSchemas(blocks)
  return createModel(schemas) as ArticleModel<CustomBlockOf<B>, CustomBlockInputOf<B>>
}

function checkCustomBlock(type: string, schema: BlockSchema): void {
  if ((BLOCK_TYPES as readonly string[]).includes(type)) {
    throw new TypeError(`Custom block type \`${type}\` is a built-in block type; choose another name`)
  }
  const def = (schema as Partial<BlockSchema> | undefined)?._zod?.def
  if (def?.type !== 'object') {
    throw new TypeError(`Custom block \`${type}\` must be a zod object schema`)
  }
  const literal = def.shape.type?._zod.def
  if (literal?.type !== 'literal' || literal.values.length !== 1 || literal.values[0] !== type) {
    throw new TypeError(`Custom block \`${type}\` must have \`type: z.literal('${type}')\` in its shape`)
  }
}

/**
 * @param fastPath Try the single-pass parser first (tests turn it off to compare both paths).
 * @internal
 */
export function createModel(schemas: ModelSchemas, fastPath = true): ArticleModel {
  const schema = schemas.article
  const fast = fastPath ? compileFastParser(schema) : undefined
  const safeParse = (input: unknown): SafeParseResult<Article> => {
    if (fast) {
      // Valid input takes the fast path; anything it doubts gets the full one, with its precise issues.
      try {
        const data = fast(input)
        if (data !== FAIL) return { success: true, data: data as Article }
      } catch {
        // A throwing getter or a revoked proxy: the full path reports it.
      }
    }
    try {
      const read = readInput(input)
      if ('issue' in read) return failure([read.issue])
      const result = z.safeParse(schema, read.value, { reportInput: true })
      if (result.success) return { success: true, data: result.data as Article }
      return failure(fromZodIssues(result.error.issues))
    } catch (error) {
      // Custom block schemas are user code; anything they throw becomes an issue.
      const message = error instanceof Error ? error.message : String(error)
      return failure([{ path: [], code: 'internal', message: `Validation failed unexpectedly: ${message}` }])
    }
  }
  return {
    schemas,
    safeParse,
    parse(input) {
      const result = safeParse(input)
      if (result.success) return result.data
      throw result.error
    },
  }
}

function failure(issues: ValidationIssue[]): { success: false; error: ArticleValidationError } {
  return { success: false, error: new ArticleValidationError(issues) }
}
