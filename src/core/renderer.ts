// The renderer core: a map of handlers keyed by node type, a small state
// object handed to every handler, and one dispatch function that owns the
// unknown-node policy, path tracking and the nesting guard.

import { excerpt } from '../model/excerpt.js'
import type {
  Article,
  Aside,
  Audio,
  AudioFile,
  Author,
  Break,
  Citation,
  Code,
  Divider,
  Embed,
  Emphasis,
  Gallery,
  Heading,
  ImageBlock,
  InlineCode,
  LeadImage,
  Link,
  List,
  ListItem,
  LiveBlog,
  LiveUpdate,
  Paragraph,
  Promo,
  Pullquote,
  Quote,
  RelatedLinks,
  Strikethrough,
  Strong,
  Table,
  Text,
} from '../model/types.js'
import { formatPath } from './path.js'
import type { Problem } from './problem.js'

/**
 * Every node type a renderer may be asked to handle, keyed by `type`.
 * `article` is the whole article and `listItem` an item of a list.
 *
 * Augment it to type handlers for custom blocks:
 *
 * @example
 * declare module 'articlekit/core' {
 *   interface NodeMap {
 *     poll: { type: 'poll'; question: string; options: string[] }
 *   }
 * }
 */
export interface NodeMap {
  article: Article
  listItem: ListItem
  paragraph: Paragraph
  heading: Heading
  list: List
  quote: Quote
  pullquote: Pullquote
  image: ImageBlock
  embed: Embed
  code: Code
  table: Table
  relatedLinks: RelatedLinks
  divider: Divider
  aside: Aside
  promo: Promo
  gallery: Gallery
  audio: Audio
  text: Text
  emphasis: Emphasis
  strong: Strong
  strikethrough: Strikethrough
  inlineCode: InlineCode
  link: Link
  break: Break
  citation: Citation
}

/** A location in the article being rendered: keys and indices from the root. */
export type RenderPath = readonly (string | number)[]

/**
 * What every handler receives besides its node: the options, the article,
 * and the functions that render children.
 */
export interface RenderState<Result, Options = unknown> {
  /** The options the renderer was called with, defaults applied. */
  readonly options: Options
  /** The article being rendered. */
  readonly article: Article<unknown>
  /** Where the current node is (`['body', 3, 'children', 0]`). A live view; copy it to keep it. */
  readonly path: RenderPath
  /** Nesting depth of the current node: 0 for the article, 1 for a body block. */
  readonly depth: number
  /**
   * How deep nodes may nest (the `maxDepth` option): a handler that walks
   * nodes itself, rather than through `one`, `all` or `join`, throws a
   * `too_deep` {@link RenderError} past it, as the core does.
   */
  readonly maxDepth: number
  /**
   * Data handlers share for this render only, such as counters or what a
   * later part needs from an earlier one. Use keys of your own (a symbol
   * is safest): the built-in renderers keep theirs here too.
   */
  readonly data: Map<unknown, unknown>
  /**
   * Render one node with the handler for its `type`.
   * @param at Path segments from the current node to `node` (`'children', 2`).
   */
  one(node: unknown, ...at: (string | number)[]): Result
  /** Render every node in `parent[field]` (default `children`), in order. Absent fields render nothing. */
  all(parent: object, field?: string): Result[]
  /**
   * Render every node in `parent[field]` (default `children`) and join the
   * results with the renderer's `join` (string renderers concatenate), with
   * no array in between: the same as joining `all(parent, field)`, faster.
   * Absent fields render `empty`. Throws for a renderer defined without `join`.
   */
  join(parent: object, field?: string): Result
  /**
   * Render `value` with the handler named `name`, for parts that have no `type`
   * of their own (`listItem`, or a renderer's own parts such as `byline`).
   */
  handle(name: string, value: unknown, ...at: (string | number)[]): Result
}

/**
 * The parts of an article a renderer's `sections` option turns on and off,
 * the same names in every renderer: the header (kicker, headline,
 * standfirst, byline, dates), the lead image, the body, then the live
 * blog's updates, the backstory, corrections, sources and related articles
 * after it.
 */
export type ArticleSection =
  | 'header'
  | 'leadImage'
  | 'body'
  | 'liveBlog'
  | 'backstory'
  | 'corrections'
  | 'sources'
  | 'related'

/**
 * The parts of an article every built-in renderer has a handler for, beside
 * the node types, and the value each handler receives. A renderer's own
 * parts type (`HtmlParts`, …) extends it with the parts only it has.
 */
export interface ArticleParts {
  /** Kicker, headline, standfirst, byline, credit lines and dates. */
  header: Article
  /** The authors; the byline adds the article's contributors credited with additional reporting. */
  byline: Author[]
  /** The article as audio, in the header. */
  listen: AudioFile
  /** The credit lines of the article's other contributors (editors, translators, …). */
  credits: Article
  /** The lead image. */
  leadImage: LeadImage
  /** The body blocks. */
  body: Article
  /** The live blog's updates, after the body. */
  liveBlog: LiveBlog
  /** One update of the live blog. */
  update: LiveUpdate
  /** How the story was reported. */
  backstory: Article
  /** The corrections. */
  corrections: Article
  /** The sources list. */
  sources: Article
  /** The related articles. */
  related: Article
}

/** Renders one node. `parent` is the node whose handler asked for this one. */
export type Handler<Node, Result, Options = unknown> = (
  node: Node,
  state: RenderState<Result, Options>,
  parent: unknown,
) => Result

/**
 * A map of handlers. Known node types are typed by {@link NodeMap}, and a
 * renderer's own parts by `Parts` (for HTML, `HtmlParts`: `byline` receives
 * the authors, and so on); any other key is a handler for a custom node type.
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is "no parts", which a renderer without parts of its own has.
export type Handlers<Result, Options = unknown, Parts extends object = {}> = {
  [Type in keyof NodeMap]?: Handler<NodeMap[Type], Result, Options> | undefined
} & {
  [Part in keyof Parts]?: Handler<Parts[Part], Result, Options> | undefined
} & {
  // biome-ignore lint/suspicious/noExplicitAny: a custom node's shape is the user's.
  [type: string]: Handler<any, Result, Options> | undefined
}

/**
 * What to do with a node that has no handler: `'error'` throws
 * {@link RenderError} naming its type and path, `'skip'` renders nothing,
 * or a handler renders it.
 */
export type UnknownNodePolicy<Result, Options = unknown> = 'error' | 'skip' | Handler<{ type: string }, Result, Options>

/**
 * How an article's `embargo` is checked: against what time, and whether at
 * all. Every renderer takes these options (see {@link assertNotEmbargoed}).
 */
export interface EmbargoOptions {
  /**
   * The time to check the embargo against: a `Date`, an ISO 8601 string or
   * milliseconds since the epoch. Pass the time the output goes public when
   * a build runs ahead of it. (default: the current time)
   */
  now?: Date | string | number
  /**
   * Render an embargoed article anyway: for previews and proofs that stay
   * private. (default: `false`)
   */
  ignoreEmbargo?: boolean
}

/** Options every renderer built on the core accepts; `Parts` types the renderer's own parts (see {@link Handlers}). */
// biome-ignore lint/complexity/noBannedTypes: `{}` is "no parts".
export interface RendererOptions<Result, Options = unknown, Parts extends object = {}> extends EmbargoOptions {
  /**
   * Handlers merged over the renderer's defaults: override how a node type
   * or a part renders, or add one for a custom block type. An `undefined`
   * handler keeps the default. (default: `{}`)
   */
  handlers?: Handlers<Result, Options, Parts>
  /**
   * What to do with a node that has no handler.
   * (default: `'error'`)
   */
  unknownNode?: UnknownNodePolicy<Result, Options>
  /**
   * How deep nodes may nest before rendering stops with a {@link RenderError}.
   * Validated articles stay far below it; it protects against unvalidated input.
   * (default: `64`)
   */
  maxDepth?: number
}

/**
 * How a renderer is defined: see {@link createRenderer}. `Options` is what
 * handlers find in `state.options`; `Input` is what callers pass (by default,
 * any part of `Options`), which `defaults` turns into `Options`.
 */
export interface RendererDefinition<Result, Options, Input = Partial<Options>> {
  /** Name of the output format, used in error messages (`'html'`). */
  format: string
  /** The default handlers. Must include `article`, which renders the whole article. */
  handlers: Handlers<Result, Options> & { article: Handler<Article, Result, Options> }
  /** What a skipped node renders as (`''` for text, `[]` for trees). */
  empty: Result
  /** Join two results, for `state.join` (string renderers: `(a, b) => a + b`). */
  join?: (joined: Result, next: Result) => Result
  /** Fill in option defaults before rendering. */
  defaults?: (options: Input & RendererOptions<Result, Options>, article: Article<unknown>) => Options
  /**
   * Node types whose default handlers are leaves: they render the node from
   * its own fields and never render other nodes through `state` (`text`, say).
   * While a render keeps such a default, the core calls it straight from
   * `state.all` and `state.join`, skipping the bookkeeping that only nodes
   * with children need; `path`, `depth`, `parent` and `maxDepth` hold as for
   * any node. A handler that replaces a default is never treated as a leaf.
   * (default: none)
   */
  leaves?: readonly string[]
}

/**
 * A renderer made by {@link createRenderer}. `Defaults` is the type of its
 * default handler map; `Input` the type of the options callers pass.
 */
export interface Renderer<
  Result,
  Options,
  Defaults extends Handlers<Result, Options> = Handlers<Result, Options>,
  Input = Partial<Options>,
> {
  /** Render a whole article. */
  (article: Article<unknown>, options?: Input & RendererOptions<Result, Options>): Result
  /** The renderer's default handlers, to call from an override. */
  readonly defaultHandlers: Readonly<Defaults>
  /** Name of the output format. */
  readonly format: string
}

/** Codes of {@link RenderError}. */
export type RenderErrorCode = 'unknown_node' | 'invalid_node' | 'too_deep' | 'embargoed' | 'invalid_option'

/**
 * Thrown when an article cannot be rendered: a node without a handler, a
 * malformed node in input that skipped validation, nesting past `maxDepth`,
 * an embargo that has not lifted (`embargoed`), or an option a render
 * cannot use (`invalid_option`: a feed's channel without a `link`, say; the
 * path then starts with the option's name).
 */
export class RenderError extends Error implements Problem<RenderErrorCode> {
  override readonly name = 'RenderError'
  /** What went wrong. */
  readonly code: RenderErrorCode
  /** Where: keys and indices from the article root. */
  readonly path: readonly (string | number)[]

  constructor(code: RenderErrorCode, path: readonly (string | number)[], message: string) {
    const where = formatPath(path)
    super(where ? `${where}: ${message}` : message)
    this.code = code
    this.path = Object.freeze(path.slice())
  }
}

/**
 * Build a renderer from a map of handlers. Every articlekit renderer is built
 * with it, and a new output format (AMP, Apple News Format, e-mail HTML) can
 * be too, with the same handler contract and custom blocks included.
 *
 * @example
 * import { createRenderer } from 'articlekit/core'
 *
 * const toOutline = createRenderer<string, {}>({
 *   format: 'outline',
 *   empty: '',
 *   handlers: {
 *     article: (article, state) => [article.headline, ...state.all(article, 'body')].join('\n'),
 *     heading: (node, state) => `- ${state.all(node).join('')}`,
 *     paragraph: () => '',
 *     text: (node) => node.value,
 *   },
 *   unknownNode: 'skip',
 * })
 */
export function createRenderer<
  Result,
  Options = Record<never, never>,
  Defaults extends RendererDefinition<Result, Options>['handlers'] = RendererDefinition<Result, Options>['handlers'],
  Input = Partial<Options>,
>(
  definition: RendererDefinition<Result, Options, Input> & {
    handlers: Defaults
    unknownNode?: UnknownNodePolicy<Result, Options>
  },
): Renderer<Result, Options, Defaults, Input> {
  type Table = Record<string, Handler<unknown, Result, Options> | undefined>
  // Lookup tables without a prototype, so `constructor` or `__proto__` is never a handler. The
  // defaults' table is built once; a render with its own handlers gets a table of its own.
  const defaults: Table = Object.assign(Object.create(null), definition.handlers)
  const join = definition.join
  const defaultLeaves = leafTable(definition.leaves, defaults, defaults)
  // long: one closure per call keeps `path`, `current` and `depth` as locals of the state and `dispatch`.
  const render = (
    article: Article<unknown>,
    options: Input & RendererOptions<Result, Options> = {} as Input & RendererOptions<Result, Options>,
  ) => {
    // Option defaults read the article's fields: anything but an object fails here, by name.
    assertArticle(article)
    assertNotEmbargoed(article, options)
    const handlers: Table = options.handlers
      ? Object.assign(Object.assign(Object.create(null), defaults), ownEntries(options.handlers))
      : defaults
    const unknownNode = options.unknownNode ?? definition.unknownNode ?? 'error'
    const maxDepth = options.maxDepth ?? 64
    const resolved = (definition.defaults ? definition.defaults(options, article) : options) as Options
    // The leaves this render may call directly: those whose default nothing replaced.
    const leaves = handlers === defaults ? defaultLeaves : leafTable(definition.leaves, defaults, handlers)
    const path: (string | number)[] = []
    // The node whose handler is running (the `parent` of what it renders), and its depth; the
    // article's depth is 0. `state.depth` mirrors `depth`, which alone the nesting guard trusts.
    let current: unknown
    let depth = -1

    // `depth` is a plain property that dispatch keeps current: a getter in an object literal would
    // make building the state slow. `one` and `handle` push their path segments onto the path, and
    // dispatch takes them off again.
    const state: { -readonly [Key in keyof RenderState<Result, Options>]: RenderState<Result, Options>[Key] } = {
      options: resolved,
      article,
      path,
      depth: -1,
      maxDepth,
      data: new Map(),
      one(node, ...at) {
        for (let index = 0; index < at.length; index++) path.push(at[index] as string | number)
        if (node !== null && typeof node === 'object' && typeof (node as { type?: unknown }).type === 'string') {
          return dispatch((node as { type: string }).type, node, true, at.length)
        }
        throw notANode(node, at.length)
      },
      all(parent, field = 'children') {
        const children = (parent as Record<string, unknown>)[field]
        if (children === undefined) return []
        if (!Array.isArray(children)) {
          throw new RenderError('invalid_node', [...path, field], `Expected an array, got ${describe(children)}`)
        }
        const results: Result[] = []
        // The hot loop: one field and one index per child, no arrays made for them.
        path.push(field, 0)
        const at = path.length - 1
        try {
          for (let index = 0; index < children.length; index++) {
            path[at] = index
            results.push(renderChild(children[index]))
          }
        } finally {
          path.pop()
          path.pop()
          state.depth = depth
        }
        return results
      },
      join(parent, field = 'children') {
        const children = (parent as Record<string, unknown>)[field]
        if (join === undefined) throw new Error(`The ${definition.format} renderer has no \`join\``)
        if (children === undefined) return definition.empty
        if (!Array.isArray(children)) {
          throw new RenderError('invalid_node', [...path, field], `Expected an array, got ${describe(children)}`)
        }
        let joined = definition.empty
        path.push(field, 0)
        const at = path.length - 1
        try {
          for (let index = 0; index < children.length; index++) {
            path[at] = index
            joined = join(joined, renderChild(children[index]))
          }
        } finally {
          path.pop()
          path.pop()
          state.depth = depth
        }
        return joined
      },
      handle(name, value, ...at) {
        for (let index = 0; index < at.length; index++) path.push(at[index] as string | number)
        return dispatch(name, value, false, at.length)
      },
    }

    /** A child of `all` or `join`, whose field and index are already on the path. */
    function renderChild(node: unknown): Result {
      const type = node !== null && typeof node === 'object' ? (node as { type?: unknown }).type : undefined
      if (typeof type !== 'string') throw notANode(node, 0)
      const leaf = leaves?.[type]
      // A leaf renders no other node, so there is nothing to undo after it: only the nesting guard
      // and `state.depth` to keep (`all` and `join` set it back when they are done).
      if (leaf === undefined || depth >= maxDepth) return dispatch(type, node, true, 0)
      state.depth = depth + 1
      return leaf(node, state, current)
    }

    /** The error for something that is not a node; takes the `pushed` segments off the path again. */
    function notANode(node: unknown, pushed: number): RenderError {
      const error = new RenderError('invalid_node', path, notANodeMessage(node))
      path.length -= pushed
      return error
    }

    /**
     * Render `node` with the handler for `type`. The caller has pushed `pushed` path segments for
     * it; they come off again here, whatever happens.
     */
    function dispatch(type: string, node: unknown, isNode: boolean, pushed: number): Result {
      if (depth >= maxDepth) {
        const error = new RenderError('too_deep', path, `Nodes nest more than ${maxDepth} deep`)
        path.length -= pushed
        throw error
      }
      const handler = handlers[type]
      const parent = current
      current = node
      state.depth = ++depth
      try {
        if (handler) return handler(node, state, parent)
        if (!isNode || unknownNode === 'error') {
          throw new RenderError(
            'unknown_node',
            path,
            `Cannot render ${isNode ? 'node' : 'part'} \`${type}\` to ${definition.format}: no handler. Add one with \`handlers: { ${JSON.stringify(type)}: … }\`${isNode ? " or pass `unknownNode: 'skip'`" : ''}`,
          )
        }
        if (unknownNode === 'skip') return definition.empty
        return unknownNode(node as { type: string }, state, parent)
      } finally {
        current = parent
        state.depth = --depth
        // Setting an array's length is not free: children of `all` and `join` push nothing here.
        if (pushed) path.length -= pushed
      }
    }

    return dispatch('article', article, false, 0)
  }
  return Object.assign(render, { defaultHandlers: definition.handlers, format: definition.format })
}

/**
 * The leaf types' handlers in `table` that are still the defaults, or
 * `undefined` when there are none.
 */
function leafTable<Leaf>(
  types: readonly string[] | undefined,
  defaults: Record<string, Leaf | undefined>,
  table: Record<string, Leaf | undefined>,
): Record<string, Leaf> | undefined {
  if (types === undefined) return undefined
  let leaves: Record<string, Leaf> | undefined
  for (const type of types) {
    const handler = table[type]
    if (handler !== undefined && handler === defaults[type]) {
      leaves ??= Object.create(null) as Record<string, Leaf>
      leaves[type] = handler
    }
  }
  return leaves
}

/**
 * Copy own enumerable handlers only, so inherited keys never become handlers;
 * an `undefined` handler keeps the default.
 */
function ownEntries<T extends object>(value: T): T {
  const copy = {} as Record<string, unknown>
  for (const key of Object.keys(value)) {
    const handler = (value as Record<string, unknown>)[key]
    if (key !== '__proto__' && handler !== undefined) copy[key] = handler
  }
  return copy as T
}

/**
 * Fail with a `RenderError` (`invalid_node`, path `[]`) unless `article` is
 * an object, so that no render or measure meets `null` or an array with a
 * `TypeError`. Every renderer and measure calls it first.
 *
 * @internal
 */
export function assertArticle(article: unknown): asserts article is object {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    throw new RenderError('invalid_node', [], `Expected an article object, got ${describe(article)}`)
  }
  // Shorthand input (a string for a block) fails here in every renderer, also in those that never
  // render the body node by node (JSON-LD, the head tags).
  const body = (article as { body?: unknown }).body
  if (Array.isArray(body)) {
    for (let index = 0; index < body.length; index++) {
      const block = body[index]
      if (block === null || typeof block !== 'object' || typeof (block as { type?: unknown }).type !== 'string')
        throw new RenderError('invalid_node', ['body', index], notANodeMessage(block))
    }
  }
}

/**
 * Fail with a `RenderError` (`embargoed`, path `['embargo']`) when the
 * article's `embargo` is later than `options.now` (default: the current
 * time), unless `options.ignoreEmbargo` is `true`. An embargo that is not a
 * date and time with an offset (input that skipped validation), or a `now`
 * that is no time, fails the same way: the check fails closed. Every
 * renderer calls it before it writes anything; call it too in an output of
 * your own that publishes the article.
 *
 * @example
 * import { assertNotEmbargoed } from 'articlekit/core'
 *
 * assertNotEmbargoed(article, { now: '2026-03-14T07:00:00Z' }) // throws while the embargo holds
 */
export function assertNotEmbargoed(article: unknown, options?: EmbargoOptions | null): void {
  const embargo =
    article !== null && typeof article === 'object' ? (article as { embargo?: unknown }).embargo : undefined
  if (embargo === undefined || options?.ignoreEmbargo === true) return
  // An instant by its shape (`isIsoInstant` checks it in full: validation's job), read by Date.parse.
  const lifts = typeof embargo === 'string' && INSTANT.test(embargo) ? Date.parse(embargo) : Number.NaN
  const given: unknown = options?.now ?? Date.now()
  const now = new Date(
    typeof given === 'string'
      ? Date.parse(given)
      : given instanceof Date || typeof given === 'number'
        ? +given
        : Number.NaN,
  )
  // A comparison with NaN is false: an embargo or a `now` that is no time goes on to the error.
  if (lifts <= now.getTime()) return
  throw new RenderError(
    'embargoed',
    ['embargo'],
    `${
      Number.isNaN(lifts)
        ? `The embargo ${shown(embargo)} is not a date and time with an offset`
        : `The article is under embargo until ${shown(embargo)} (${Number.isNaN(now.getTime()) ? `\`now\` is no time: ${shown(given)}` : `it is now \`${now.toISOString()}\``})`
    }; it is not rendered: pass \`now\` with the time the output goes public, or \`ignoreEmbargo: true\` for a private preview`,
  )
}

/** A date and time, seconds and fraction optional, with `Z` or an offset: the shape of an instant. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/

/** A value for a message: a string cut short in backticks, anything else described. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `\`${excerpt(value)}\`` : describe(value)
}

/** Why `value` cannot be rendered as a node; a string gets the hint that shorthand input needs `parseArticle`. */
function notANodeMessage(value: unknown): string {
  const message = `Expected a node with a string \`type\`, got ${describe(value)}`
  return typeof value === 'string' ? `${message}; shorthand input needs \`parseArticle\`` : message
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object without a string `type`'
  if (typeof value === 'string') return `a string`
  return `\`${String(value)}\``
}
