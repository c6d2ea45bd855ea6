// The zod schemas of the article model, built by a factory so that custom
// block types can join the recursive block union wherever blocks may appear.
//
// Strings reach these schemas already normalized (see `read-input.ts`), so
// the schemas only check them; the only transforms are the input shorthands.

import * as z from 'zod/mini'
import { $constructor, $ZodObjectJIT } from 'zod/v4/core'
import { ARTICLE_TYPES } from './article-types.js'
import { CONTRIBUTOR_ROLES, IMAGE_CREATOR_ROLES } from './credits.js'
import { ISO_DATE_PATTERN, ISO_INSTANT_PATTERN, isIsoInstant, isValidIsoDate } from './date.js'
import { excerpt } from './excerpt.js'
import { withJsonSchema, withJsonSchemaRule } from './json-schema-overrides.js'
import { LIMITS } from './limits.js'
import { TRUST_POLICIES, type TrustPolicy } from './trust.js'
import type { Block, BlockInput, Inline, InlineInput } from './types.js'
import { checkUrl, URL_PROBLEM_MESSAGES } from './url.js'
import { ABSOLUTE_URL_PATTERN, URL_PATTERN } from './url-pattern.js'

/** A zod schema of any flavour (classic or mini): what custom blocks may be written with. */
export type AnySchema = z.core.$ZodType

/** A custom block schema: a zod object whose `type` field is a string literal. */
export type BlockSchema = z.core.$ZodObject & {
  _zod: { def: { shape: { type: z.core.$ZodLiteral<string> } } }
}

/** Custom block schemas keyed by their `type`. */
export type CustomBlocks = Record<string, BlockSchema>

// ---------------------------------------------------------------------------
// Leaf schemas
// ---------------------------------------------------------------------------

/**
 * Attach unknown-key suggestions to zod's `unrecognized_keys` issue. The
 * known keys come from the object that raised it, so the suggestion is
 * always one of that object's own fields.
 */
function unknownKeyError(issue: z.core.$ZodRawIssue): undefined {
  if (issue.code === 'unrecognized_keys') {
    const shape = (issue.inst as z.core.$ZodObject | undefined)?._zod.def.shape
    if (shape) (issue as { known?: string[] }).known = Object.keys(shape)
  }
  return undefined
}

/**
 * zod/mini's object type on the core's JIT object parser (the one classic
 * zod uses): about twice as fast, and it falls back to the plain parser by
 * itself where `new Function` is forbidden (strict CSP, some edge runtimes).
 */
// biome-ignore lint/suspicious/noExplicitAny: zod's constructor hooks are typed per class.
type Init = (inst: any, def: any) => void
const jitInit: Init = $ZodObjectJIT.init
const miniInit: Init = z.ZodMiniType.init
const JitObject: $constructor<z.ZodMiniObject> = /* @__PURE__ */ $constructor('ArticlekitObject', (inst, def) => {
  jitInit(inst, def)
  miniInit(inst, def)
})

/** A strict object: unknown keys are errors that name the key. */
function object<T extends z.core.$ZodLooseShape>(shape: T) {
  const schema = z.strictObject(shape, { error: unknownKeyError })
  return new JitObject(schema._zod.def) as unknown as typeof schema
}

function custom(code: string, message: string) {
  return { error: message, params: { code } }
}

/** Any text. */
const text = () => z.string()

/** Text without line breaks: names, titles, labels. */
const line = () =>
  withJsonSchema(
    z.string().check(
      z.refine((value: string) => /\S/.test(value), custom('empty_text', 'Expected non-empty text')),
      z.refine(
        (value: string) => !value.includes('\n'),
        custom('multiline', 'Expected one line of text, found a line break'),
      ),
    ),
    { type: 'string', pattern: '^[^\\n]*\\S[^\\n]*$' },
  )

/** A URL that passes the scheme allowlist. */
function url(absolute = false) {
  return withJsonSchema(
    z.string().check(
      z.superRefine((value: string, ctx) => {
        const problem = checkUrl(value, absolute)
        if (problem) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: value
              ? `${URL_PROBLEM_MESSAGES[problem]}: \`${excerpt(value, 80)}\``
              : URL_PROBLEM_MESSAGES[problem],
            params: { code: 'invalid_url', problem },
          })
        }
      }),
    ),
    { type: 'string', minLength: 1, pattern: absolute ? ABSOLUTE_URL_PATTERN : URL_PATTERN },
  )
}

/** Stable ids of blocks and sources: no whitespace, at most 200 characters. */
const identifier = () =>
  withJsonSchema(
    z
      .string()
      .check(
        z.refine(
          (value: string) => /^\S{1,200}$/u.test(value),
          custom('invalid_id', 'Expected an id of 1 to 200 characters without whitespace'),
        ),
      ),
    { type: 'string', pattern: '^\\S{1,200}$' },
  )

/**
 * An ISO 8601 date string, or a `Date`, which becomes a UTC string. With
 * `instant`, only a date and time with `Z` or an offset: one moment the world
 * over, as an embargo must be.
 */
function date(instant = false) {
  return withJsonSchema(
    z.pipe(
      z.union([z.string(), z.date()]),
      z.transform((value: string | Date, ctx) => {
        if (typeof value === 'string') {
          if (!isValidIsoDate(value)) {
            ctx.issues.push({
              code: 'custom',
              input: value,
              message: `Expected an ISO 8601 date such as \`2026-03-14\` or \`2026-03-14T09:30:00+01:00\`, got \`${excerpt(value)}\``,
              params: { code: 'invalid_date' },
            })
          } else if (instant && !isIsoInstant(value)) {
            ctx.issues.push({
              code: 'custom',
              input: value,
              message: `Expected a date and time with an offset or \`Z\`, such as \`2026-03-14T06:00:00Z\`: without them it falls at a different moment in each time zone, got \`${excerpt(value)}\``,
              params: { code: 'invalid_date' },
            })
          }
          return value
        }
        const year = value.getUTCFullYear()
        if (!(year >= 0 && year <= 9999)) {
          // toISOString would write an expanded year (`+010000-…`), which ISO 8601 strings here never carry.
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: 'Expected a Date between the years 0000 and 9999',
            params: { code: 'invalid_date' },
          })
          return ''
        }
        return value.toISOString()
      }),
    ),
    { type: 'string', pattern: instant ? ISO_INSTANT_PATTERN : ISO_DATE_PATTERN },
  )
}

/** A BCP 47 language tag, canonicalized (`EN-gb` becomes `en-GB`). */
function language() {
  return withJsonSchema(
    z.pipe(
      z.string(),
      z.transform((value: string, ctx) => {
        try {
          const [canonical] = Intl.getCanonicalLocales(value)
          if (canonical) return canonical
        } catch {
          // reported below
        }
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `Expected a BCP 47 language tag such as \`en\` or \`pt-BR\`, got \`${excerpt(value)}\``,
          params: { code: 'invalid_language' },
        })
        return value
      }),
    ),
    { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' },
  )
}

const positiveInt = () => z.int().check(z.positive())

/** A media type such as `audio/mpeg`: a type, a slash and a subtype, without parameters. */
const mediaType = () =>
  withJsonSchema(
    z
      .string()
      .check(
        z.refine(
          (value: string) => MEDIA_TYPE.test(value),
          custom('invalid_format', 'Expected a media type such as `audio/mpeg`'),
        ),
      ),
    { type: 'string', pattern: MEDIA_TYPE.source },
  )

const MEDIA_TYPE = /^[a-z]+\/[a-z\d][\w.+-]{0,126}$/i

// ---------------------------------------------------------------------------
// The factory
// ---------------------------------------------------------------------------

/** Optional field whose key may be absent but never `undefined` in the output. */
const opt = z.exactOptional

/** Inline content: an array of inline nodes, or a string for one text node. */
function inlineContentOf(inlineNode: z.ZodMiniType<Inline, InlineInput>) {
  return z.pipe(
    z.union([z.array(inlineNode), z.string()]),
    z.transform((value: string | Inline[]): Inline[] =>
      typeof value === 'string' ? [{ type: 'text', value }] : value,
    ),
  )
}

/** A schema of inline content, made afresh for each field. */
type InlineContent = () => ReturnType<typeof inlineContentOf>

/** A block, or a string for a paragraph of one text node. */
function blockOrStringOf(blockNode: z.ZodMiniType<Block, Exclude<BlockInput, string>>) {
  return z.pipe(
    z.union([blockNode, z.string()]),
    z.transform(
      (value: string | Block): Block =>
        typeof value === 'string' ? { type: 'paragraph', children: [{ type: 'text', value }] } : value,
    ),
  )
}

/** A schema of a list of blocks, made afresh for each field. */
type Blocks = () => z.ZodMiniArray<ReturnType<typeof blockOrStringOf>>

/** The schema of one inline node. */
type InlineSchema = ReturnType<typeof inlineSchemas>[keyof ReturnType<typeof inlineSchemas>]

/** The inline nodes, keyed by their `type`. */
function inlineSchemas(inlineContent: InlineContent) {
  const parentInline = <T extends string>(type: T) => object({ type: z.literal(type), children: inlineContent() })
  return {
    text: object({ type: z.literal('text'), value: text() }),
    emphasis: parentInline('emphasis'),
    strong: parentInline('strong'),
    strikethrough: parentInline('strikethrough'),
    inlineCode: object({ type: z.literal('inlineCode'), value: text() }),
    link: object({
      type: z.literal('link'),
      url: url(),
      title: opt(text()),
      children: inlineContent(),
    }),
    break: object({ type: z.literal('break') }),
    citation: object({
      type: z.literal('citation'),
      sourceId: identifier(),
      children: opt(inlineContent()),
    }),
  }
}

/** The fields of an image, shared by the image part and the image block. */
function imageShapeOf(inlineContent: InlineContent) {
  return {
    url: url(),
    alt: text(),
    width: opt(positiveInt()),
    height: opt(positiveInt()),
    caption: opt(inlineContent()),
    credit: opt(text()),
    creditUrl: opt(url()),
    creator: opt(
      object({
        type: personOrOrganization(),
        name: line(),
        url: opt(url()),
        role: opt(z.enum(IMAGE_CREATOR_ROLES)),
      }),
    ),
    license: opt(url()),
  }
}

/** `type` of a person or organization: `Person` unless given. */
const personOrOrganization = () => z._default(z.enum(['Person', 'Organization']), 'Person')

/**
 * A contributor: a person or organization with a role, and a `label` that
 * `role: 'other'` requires and every other role refuses, reported at the
 * label's path. The rule runs even when another field of the entry is wrong,
 * so every problem is listed at once.
 */
function contributorSchema() {
  const isOther = (value: unknown) => (value as { role?: unknown } | null)?.role === 'other'
  const hasLabel = (value: unknown) => (value as { label?: unknown } | null)?.label !== undefined
  const role = (value: unknown) => (value as { role?: unknown } | null)?.role
  const entry = object({
    type: personOrOrganization(),
    name: line(),
    url: opt(url()),
    role: z.enum(CONTRIBUTOR_ROLES),
    label: opt(line()),
  }).check(
    z.refine((value) => !isOther(value) || hasLabel(value), {
      ...custom(
        'required',
        'Required with `role: other`: a `label` saying what the contributor did, such as `Graphics`',
      ),
      path: ['label'],
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    }),
    z.refine((value) => isOther(value) || !hasLabel(value) || !CONTRIBUTOR_ROLES.includes(role(value) as 'other'), {
      error: (issue) =>
        `A \`label\` is only for \`role: other\`; the role \`${String(role(issue.input))}\` has its own words in each renderer`,
      params: { code: 'invalid_value' },
      path: ['label'],
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    }),
  )
  // JSON Schema: the same rule, beside the properties zod writes.
  return withJsonSchemaRule(entry, {
    if: { properties: { role: { const: 'other' } }, required: ['role'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword.
    then: { properties: { label: true }, required: ['label'] },
    else: { properties: { label: false } },
  })
}

/** The parts of an article that are not nodes: images, people, sources, links, corrections. */
function partSchemas(imageShape: ReturnType<typeof imageShapeOf>) {
  const image = object(imageShape)
  const imageCrop = object({ url: url(), width: positiveInt(), height: positiveInt() })
  const relatedLink = object({
    title: line(),
    url: url(),
    description: opt(text()),
    image: opt(image),
  })
  return {
    image,
    imageCrop,
    leadImage: object({ ...imageShape, crops: opt(z.array(imageCrop).check(z.maxLength(LIMITS.crops))) }),
    attribution: object({ name: line(), title: opt(line()), url: opt(url()) }),
    author: object({
      type: personOrOrganization(),
      name: line(),
      url: opt(url()),
      image: opt(url()),
      jobTitle: opt(line()),
      sameAs: opt(z.array(url())),
    }),
    publisher: object({
      name: line(),
      url: opt(url()),
      logo: opt(image),
      ...(Object.fromEntries(TRUST_POLICIES.map((policy) => [policy, opt(url())])) as Record<
        TrustPolicy,
        ReturnType<typeof opt<ReturnType<typeof url>>>
      >),
    }),
    source: object({
      id: opt(identifier()),
      name: line(),
      title: opt(line()),
      url: opt(url()),
      author: opt(line()),
      datePublished: opt(date()),
      basedOn: opt(z.boolean()),
    }),
    relatedLink,
    contributor: contributorSchema(),
    correction: object({ date: date(), text: text() }),
    audioFile: object(audioShape()),
  }
}

/** The fields of an audio file, shared by the audio block and the article's `audio`. */
function audioShape() {
  return {
    url: url(),
    title: opt(line()),
    duration: opt(positiveInt()),
    mimeType: opt(mediaType()),
    transcriptUrl: opt(url()),
  }
}

type Parts = ReturnType<typeof partSchemas>

/** The built-in blocks, keyed by their `type`. */
function blockSchemas(
  inlineContent: InlineContent,
  blocks: Blocks,
  imageShape: ReturnType<typeof imageShapeOf>,
  parts: Parts,
) {
  const id = opt(identifier())
  const image = object({ type: z.literal('image'), id, ...imageShape })
  const listItem = z.pipe(
    z.union([object({ children: blocks() }), z.string()]),
    z.transform((value: string | { children: Block[] }) =>
      typeof value === 'string'
        ? { children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] }
        : value,
    ),
  )
  return {
    paragraph: object({ type: z.literal('paragraph'), id, children: inlineContent() }),
    heading: object({
      type: z.literal('heading'),
      id,
      level: z.literal([2, 3, 4, 5, 6]),
      children: inlineContent(),
    }),
    list: object({
      type: z.literal('list'),
      id,
      ordered: z._default(z.boolean(), false),
      start: opt(z.int().check(z.nonnegative())),
      items: z.array(listItem),
    }),
    quote: object({ type: z.literal('quote'), id, children: blocks(), attribution: opt(parts.attribution) }),
    pullquote: object({
      type: z.literal('pullquote'),
      id,
      children: inlineContent(),
      attribution: opt(parts.attribution),
    }),
    image,
    embed: object({
      type: z.literal('embed'),
      id,
      url: url(),
      kind: opt(z.enum(['video', 'audio', 'podcast', 'social', 'map', 'other'])),
      provider: opt(line()),
      title: opt(line()),
      caption: opt(inlineContent()),
    }),
    code: object({ type: z.literal('code'), id, value: text(), language: opt(line()) }),
    table: object({
      type: z.literal('table'),
      id,
      caption: opt(inlineContent()),
      header: opt(z.array(inlineContent())),
      rows: z.array(z.array(inlineContent())),
      align: opt(z.array(z.nullable(z.enum(['left', 'right', 'center'])))),
    }),
    relatedLinks: object({
      type: z.literal('relatedLinks'),
      id,
      label: opt(line()),
      links: z.array(parts.relatedLink).check(z.minLength(1)),
    }),
    divider: object({ type: z.literal('divider'), id }),
    aside: object({
      type: z.literal('aside'),
      id,
      title: opt(line()),
      tone: opt(z.enum(['note', 'info', 'warning', 'factbox', 'disclosure'])),
      children: blocks(),
    }),
    promo: object({
      type: z.literal('promo'),
      id,
      children: inlineContent(),
      url: opt(url()),
      kind: opt(z.enum(['podcast', 'newsletter', 'subscription', 'event', 'app', 'other'])),
    }),
    gallery: object({
      type: z.literal('gallery'),
      id,
      children: z.array(image).check(z.minLength(1)),
      caption: opt(inlineContent()),
    }),
    audio: object({
      type: z.literal('audio'),
      id,
      ...audioShape(),
      kind: opt(z.enum(['podcast', 'clip', 'readAloud'])),
      caption: opt(inlineContent()),
    }),
  }
}

/** The article itself. */
function articleSchema(inlineContent: InlineContent, blocks: Blocks, parts: Parts) {
  return object({
    schemaVersion: z._default(z.literal(1), 1),
    type: z._default(z.enum(ARTICLE_TYPES), 'Article'),
    id: opt(line()),
    url: opt(url(true)),
    language: opt(language()),
    kicker: opt(line()),
    headline: line(),
    alternativeHeadline: opt(line()),
    standfirst: opt(inlineContent()),
    description: opt(text()),
    authors: z._default(z.array(parts.author), () => []),
    contributors: opt(z.array(parts.contributor)),
    publisher: opt(parts.publisher),
    datePublished: opt(date()),
    dateModified: opt(date()),
    embargo: opt(date(true)),
    dateline: opt(line()),
    section: opt(line()),
    keywords: opt(z.array(line())),
    image: opt(parts.leadImage),
    body: blocks(),
    sources: opt(z.array(parts.source)),
    related: opt(z.array(parts.relatedLink)),
    license: opt(url()),
    copyrightHolder: opt(line()),
    copyrightYear: opt(z.int().check(z.gte(0), z.lte(9999))),
    isAccessibleForFree: opt(z.boolean()),
    corrections: opt(z.array(parts.correction)),
    backstory: opt(text()),
    audio: opt(parts.audioFile),
    liveBlog: opt(liveBlogSchema(blocks, parts)),
  })
}

/** A live blog: its updates, in the order it declares, each with a unique id. */
function liveBlogSchema(blocks: Blocks, parts: Parts) {
  const update = object({
    id: identifier(),
    date: date(),
    headline: opt(line()),
    authors: opt(z.array(parts.author)),
    body: blocks(),
  })
  return object({
    order: z._default(z.enum(['newestFirst', 'oldestFirst']), 'newestFirst'),
    coverageStart: opt(date()),
    coverageEnd: opt(date()),
    updates: z.array(update),
  }).check(
    z.superRefine((live, ctx) => {
      const seen = new Map<string, number>()
      let before = Number.NaN
      live.updates.forEach((entry, index) => {
        const first = seen.get(entry.id)
        if (first === undefined) seen.set(entry.id, index)
        else
          ctx.issues.push({
            code: 'custom',
            input: entry.id,
            path: ['updates', index, 'id'],
            message: `Expected a unique id: \`${excerpt(entry.id)}\` is also the id of updates[${first}]`,
            params: { code: 'invalid_id' },
          })
        if (!entry.date.includes('T')) {
          ctx.issues.push({
            code: 'custom',
            input: entry.date,
            path: ['updates', index, 'date'],
            message: 'Expected a date and time with its offset, such as `2026-03-14T09:30:00+01:00`, for an update',
            params: { code: 'invalid_date' },
          })
          return
        }
        const time = Date.parse(entry.date)
        const wrong = live.order === 'newestFirst' ? time > before : time < before
        if (wrong)
          ctx.issues.push({
            code: 'custom',
            input: entry.date,
            path: ['updates', index, 'date'],
            message: `Expected updates ${live.order === 'newestFirst' ? 'newest' : 'oldest'} first, as \`order\` says: this one is ${live.order === 'newestFirst' ? 'newer' : 'older'} than the update before it`,
            params: { code: 'invalid_value' },
          })
        if (!Number.isNaN(time)) before = time
      })
    }),
  )
}

/**
 * Build every schema of the model. Called once for the built-in model and once
 * per {@link defineArticleSchema} call.
 *
 * @internal
 */
export function createSchemas(customBlocks: CustomBlocks = {}) {
  // Recursive unions are referenced lazily.
  const inlineNode: z.ZodMiniType<Inline, InlineInput> = z.lazy(() => inlineUnion)
  const blockNode: z.ZodMiniType<Block, Exclude<BlockInput, string>> = z.lazy(() => blockUnion)
  const inlineContent = () => inlineContentOf(inlineNode)
  const blockOrString = blockOrStringOf(blockNode)
  const blocks = () => z.array(blockOrString)

  const inline = inlineSchemas(inlineContent)
  const inlineUnion = z.discriminatedUnion('type', Object.values(inline) as [InlineSchema])
  const imageShape = imageShapeOf(inlineContent)
  const parts = partSchemas(imageShape)
  const builtInBlocks = blockSchemas(inlineContent, blocks, imageShape, parts)
  const blockUnion = z.discriminatedUnion('type', [
    ...Object.values(builtInBlocks),
    ...Object.values(customBlocks),
  ] as unknown as [typeof builtInBlocks.paragraph])
  const article = articleSchema(inlineContent, blocks, parts)

  // Names for the JSON Schema's `$defs`: every part and node by its key, capitalized, but the
  // image block, which is `ImageBlock` beside the `Image` part.
  const names = z.registry<{ id: string }>()
  names.add(article, { id: 'Article' })
  names.add(blockNode, { id: 'Block' })
  names.add(blockOrString, { id: 'BodyItem' })
  names.add(inlineNode, { id: 'Inline' })
  for (const [key, schema] of [...Object.entries(parts), ...Object.entries(inline), ...Object.entries(builtInBlocks)]) {
    const id = schema === builtInBlocks.image ? 'ImageBlock' : key.charAt(0).toUpperCase() + key.slice(1)
    names.add(schema, { id })
  }

  return {
    article,
    names,
    block: blockNode,
    inline: inlineNode,
    nodes: { ...inline, ...builtInBlocks },
    parts,
  }
}

/** The zod schemas of one article model: the article, the block and inline unions, every node and shared part. */
export type ModelSchemas = ReturnType<typeof createSchemas>
