// mdast → article: the tree-level half of `fromMarkdown`. Every construct is
// either mapped to a model node or reported as an issue with its position;
// nothing is dropped. The result is validated with the article model.

import type {
  Definition,
  FootnoteDefinition,
  ListItem as MdastListItem,
  Paragraph as MdastParagraph,
  Table as MdastTable,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import { formatPath } from '../core/path.js'
import { squash } from '../model/text.js'
import type { Article } from '../model/types.js'
import type { ArticleModel } from '../validate/define.js'
import { ArticleValidationError, type ValidationIssue } from '../validate/errors.js'
import { defaultModel } from '../validate/parse.js'
import type { DASH as WRITTEN_DASH } from './handlers/quote.js'
import { type MarkdownLimits, tooDeep } from './limits.js'
import type { DIRECTIVE as WRITTEN_DIRECTIVES } from './syntax.js'
import type { MarkdownIssue } from './types.js'

// The writer's directive names and attribution dash, as literals the compiler holds equal to the
// writer's own (a name it does not write, or another dash, fails to compile). Importing the values
// would put the writer's modules in the reader's build chunk, and with them the yaml package this
// file imports into every bundle of toMarkdown.
type Directive = (typeof WRITTEN_DIRECTIVES)[keyof typeof WRITTEN_DIRECTIVES]
const DASH: typeof WRITTEN_DASH = '— '

/** A path into the article being built. @internal */
export type Path = (string | number)[]
/** A node or field of the article input being built. @internal */
export type Json = Record<string, unknown>
/** A line and column in the Markdown source, both from 1. @internal */
export interface Point {
  line: number
  column: number
}

/** Options of `fromMdast` and `fromMarkdown`. */
export interface FromMarkdownOptions<C = never> {
  /**
   * The model that validates the result: pass one made with
   * `defineArticleSchema` to accept custom blocks (written as `::node{json}`).
   * (default: the built-in model)
   */
  model?: Pick<ArticleModel<C, unknown>, 'safeParse'>
  /**
   * Another Markdown dialect to read instead of articlekit's own, such as
   * `blog()` from `articlekit/import` for posts written for a static-site
   * generator. Only `fromMarkdown` reads it; `fromMdast` converts the tree it
   * is given. (default: articlekit's own dialect, which reports anything
   * outside the model as an error)
   */
  dialect?: MarkdownDialect
  /**
   * Name or path of the file the Markdown comes from. A dialect may read
   * from it what the file leaves out, such as a date in a Jekyll-style name
   * (`2025-01-27-some-title.md`). (default: none)
   */
  fileName?: string
  /**
   * Receives each problem the reader worked around, with its line and
   * column, when a dialect reads leniently (articlekit's own dialect has
   * none: what it cannot read is an error). (default: none; warnings are
   * not reported)
   */
  onWarning?: (warning: MarkdownIssue) => void
  /**
   * `fromMarkdown` only: how deep and how large the Markdown may be before
   * it is refused with a `too_deep` or `too_large` issue; each limit left
   * out keeps its default. (default: `defaultMarkdownLimits`)
   */
  limits?: Partial<MarkdownLimits>
}

/**
 * A way of reading Markdown that `fromMarkdown` hands its input to when
 * given as the `dialect` option. `blog()` from `articlekit/import` makes one.
 */
export interface MarkdownDialect {
  /** A short name for messages, such as `blog`. */
  readonly name: string
  /** Read one Markdown file into a validated article, as `fromMarkdown` does. */
  fromMarkdown<C = never>(markdown: string, options: FromMarkdownOptions<C>): Article<C>
}

/**
 * What a dialect reads differently: each hook sees a node before the default
 * conversion and returns what to use instead, or `undefined` for the default.
 *
 * @internal
 */
export interface ConvertHooks {
  /** One block of flow content: the blocks it becomes (none, one or several). */
  block?(node: RootContent, path: Path, context: Context): Json[] | undefined
  /** A whole run of phrasing content (a paragraph's, a heading's): its inline nodes. */
  inlines?(children: readonly PhrasingContent[], path: Path, context: Context): Json[] | undefined
  /** One phrasing node: the inline nodes it becomes. */
  inline?(node: PhrasingContent, path: Path, context: Context): Json[] | undefined
}

/** What a conversion collects besides the article. @internal */
export interface Context {
  issues: MarkdownIssue[]
  /** Where each converted node started, by formatted path. */
  positions: Map<string, Point>
  /** Link and image reference definitions, by normalized identifier. */
  definitions: Map<string, Definition>
  /** The source id of each footnote, by normalized identifier. */
  footnotes: Map<string, string>
  /** Where the front matter starts (its first YAML line), to place issues in it. */
  yaml: { counter: LineCounter; line: number; doc: ReturnType<typeof parseDocument> } | undefined
  /** The live blog's directive, when the live blog was read from one rather than from the front matter. */
  liveBlog: ContainerDirective | undefined
  /** A dialect's hooks. */
  hooks?: ConvertHooks
  /**
   * Read what articlekit would not write as plain content rather than as
   * something else: a quote's last line that is not a clean `— Name`, a
   * footnote without text.
   */
  lenient?: boolean
}

/** A fresh conversion context. @internal */
export function createContext(hooks?: ConvertHooks): Context {
  const context: Context = {
    issues: [],
    positions: new Map(),
    definitions: new Map(),
    footnotes: new Map(),
    yaml: undefined,
    liveBlog: undefined,
  }
  if (hooks) {
    context.hooks = hooks
    context.lenient = true
  }
  return context
}

/**
 * Turn an mdast tree (from remark, or `fromMarkdown`'s own parser) into a
 * validated article. The YAML front matter, if any, holds the metadata; a
 * leading `# Heading` is the headline when the front matter has none.
 *
 * @throws {ArticleValidationError} with {@link MarkdownIssue}s: paths into
 * the article, and the line and column of the construct that caused them.
 *
 * @example
 * import { unified } from 'unified'
 * import remarkParse from 'remark-parse'
 * import { fromMdast } from 'articlekit/markdown'
 *
 * const tree = unified().use(remarkParse).parse('# Ferry runs on time\n\nThe ferry left at dawn.')
 * fromMdast(tree).headline // 'Ferry runs on time'
 */
export function fromMdast<C = never>(tree: Root, options: FromMarkdownOptions<C> = {}): Article<C> {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const context = createContext()
  let input: Json
  try {
    input = toInput(tree, context)
  } catch (error) {
    // A tree from another parser may nest deeper than the converter's stack.
    throw tooDeep(error)
  }
  const model = options.model ?? (defaultModel() as unknown as Pick<ArticleModel<C, unknown>, 'safeParse'>)
  const result = model.safeParse(input)
  const issues: MarkdownIssue[] = [...context.issues]
  if (!result.success) for (const issue of result.error.issues) issues.push(place(issue, context))
  if (issues.length > 0) {
    // In the order of the source, so the first issue is the first thing to fix; those without a place last.
    const at = (issue: MarkdownIssue) => (issue.line ?? Number.MAX_SAFE_INTEGER) * 1e6 + (issue.column ?? 0)
    throw new ArticleValidationError(issues.sort((a, b) => at(a) - at(b)))
  }
  return (result as { data: Article<C> }).data
}

/** Build the article input from the tree, collecting issues. */
function toInput(tree: Root, context: Context): Json {
  const children = Array.isArray(tree?.children) ? tree.children : []
  let meta: Json = {}
  let start = 0
  const first = children[0]
  if (first?.type === 'yaml') {
    meta = readYaml(first.value, first.position?.start.line, context)
    start = 1
  }
  collectDefinitions(children, context, meta)
  if (meta.headline === undefined) {
    const heading = children[start]
    if (heading?.type === 'heading' && heading.depth === 1) {
      meta.headline = squash(plainText(heading))
      record(context, ['headline'], heading)
      start++
    }
  }
  // The live blog's directive, after the body (anywhere at the top level is read the same).
  const rest: RootContent[] = []
  for (const child of children.slice(start)) {
    if (child.type !== 'containerDirective' || child.name !== ('live-blog' satisfies Directive)) rest.push(child)
    else if (meta.liveBlog !== undefined) {
      const where = context.liveBlog === undefined ? 'in its front matter' : 'above'
      report(context, ['liveBlog'], child, 'invalid_markdown', `Expected one live blog; the article has one ${where}`)
    } else {
      context.liveBlog = child
      meta.liveBlog = liveBlog(child, context)
    }
  }
  const body = blocks(rest, ['body'], context)
  if (meta.body !== undefined) {
    report(
      context,
      ['body'],
      undefined,
      'invalid_frontmatter',
      'The body is the Markdown after the front matter, not a front-matter key',
    )
  }
  return { ...meta, body }
}

/** Parse the front matter: a YAML mapping of the article's fields. */
function readYaml(value: string, line: number | undefined, context: Context): Json {
  const counter = new LineCounter()
  const doc = parseDocument(value, { lineCounter: counter, prettyErrors: false })
  context.yaml = { counter, line: (line ?? 1) + 1, doc }
  const error = doc.errors[0]
  if (error) {
    const at = counter.linePos(error.pos[0])
    context.issues.push(
      issue([], 'invalid_frontmatter', `Invalid YAML front matter: ${error.message.split('\n')[0]}`, {
        line: context.yaml.line + at.line - 1,
        column: at.col,
      }),
    )
    return {}
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    // The yaml package refuses alias bombs (and other documents it cannot build) by throwing.
    context.issues.push(
      issue([], 'invalid_frontmatter', `Invalid YAML front matter: ${(error as Error).message}`, {
        line: context.yaml.line,
        column: 1,
      }),
    )
    return {}
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    context.issues.push(
      issue([], 'invalid_frontmatter', 'Expected the front matter to be a YAML mapping of article fields', {
        line: context.yaml.line,
        column: 1,
      }),
    )
    return {}
  }
  return data as Json
}

/** Collect reference definitions and footnote definitions, and give every footnote its source id. @internal */
export function collectDefinitions(children: RootContent[], context: Context, meta: Json): void {
  // Nodes come off the stack in reverse document order: each definition of a label overwrites the one
  // after it, so the first wins, as in CommonMark, and the footnotes are put in order once at the end.
  const stack: Nodes[] = [...children]
  const footnotes: FootnoteDefinition[] = []
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'definition') context.definitions.set(node.identifier, node)
    else if (node.type === 'footnoteDefinition') footnotes.push(node)
    else if (
      'children' in node &&
      (node.type === 'blockquote' ||
        node.type === 'list' ||
        node.type === 'listItem' ||
        node.type === 'containerDirective')
    ) {
      for (const child of node.children) stack.push(child)
    }
  }
  footnotes.reverse()
  const sources = Array.isArray(meta.sources) ? (meta.sources as Json[]) : undefined
  const added: Json[] = []
  for (const definition of footnotes) {
    if (context.footnotes.has(definition.identifier)) continue
    const only = definition.children.length === 1 ? definition.children[0] : undefined
    const directive =
      only?.type === 'paragraph' && only.children.length === 1 && only.children[0]?.type === 'textDirective'
        ? (only.children[0] as TextDirective)
        : undefined
    const id = directive?.name === ('source' satisfies Directive) ? sourceId(directive) : undefined
    if (id !== undefined) {
      context.footnotes.set(definition.identifier, id)
      continue
    }
    const label = definition.label ?? definition.identifier
    const numbered = /^[1-9]\d*$/.test(label) ? sources?.[Number(label) - 1] : undefined
    if (numbered && typeof numbered.id === 'string') {
      context.footnotes.set(definition.identifier, numbered.id)
      continue
    }
    // A footnote written by hand: it becomes a source with the footnote's text as its name.
    context.footnotes.set(definition.identifier, label)
    const name = squash(plainText(definition))
    added.push({ id: label, name: name === '' && context.lenient ? label : name })
  }
  if (added.length > 0) meta.sources = [...(sources ?? []), ...added]
}

/** The id of `:source{#id}` or `:source{json="…"}`. */
function sourceId(directive: TextDirective): string | undefined {
  const { id, json } = directive.attributes ?? {}
  if (typeof id === 'string') return id
  try {
    const value: unknown = JSON.parse(String(json))
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

/** Convert flow content; an `::anchor{#id}` gives its id to the block after it. @internal */
export function blocks(children: readonly RootContent[], path: Path, context: Context): Json[] {
  const out: Json[] = []
  let anchor: { id: string; node: LeafDirective } | undefined
  for (const child of children) {
    if (child.type === 'definition' || child.type === 'footnoteDefinition') continue
    if (child.type === 'leafDirective' && child.name === ('anchor' satisfies Directive)) {
      const id = child.attributes?.id
      if (anchor)
        report(
          context,
          [...path, out.length, 'id'],
          anchor.node,
          'invalid_markdown',
          'Two `::anchor` directives in a row; each names the block after it',
        )
      if (typeof id !== 'string')
        report(context, [...path, out.length, 'id'], child, 'invalid_markdown', 'Expected `::anchor{#id}` with an id')
      else anchor = { id, node: child }
      continue
    }
    const at = [...path, out.length]
    const made = toBlock(child, at, context)
    if (made === undefined) continue
    const block = Array.isArray(made) ? made[0] : made
    if (block === undefined) continue
    if (anchor) {
      if (block.id !== undefined)
        report(
          context,
          [...at, 'id'],
          anchor.node,
          'invalid_markdown',
          'The block after `::anchor` has an id of its own',
        )
      else block.id = anchor.id
      anchor = undefined
    }
    if (Array.isArray(made)) {
      for (const each of made) {
        record(context, [...path, out.length], child)
        out.push(each)
      }
      continue
    }
    record(context, at, child)
    out.push(block)
  }
  if (anchor)
    report(context, [...path, out.length], anchor.node, 'invalid_markdown', 'Expected a block after `::anchor`')
  return out
}

function toBlock(node: RootContent, path: Path, context: Context): Json | Json[] | undefined {
  return context.hooks?.block?.(node, path, context) ?? defaultBlock(node, path, context)
}

/** A block as articlekit's own dialect reads it; the children still go through the hooks. @internal */
export function defaultBlock(node: RootContent, path: Path, context: Context): Json | undefined {
  switch (node.type) {
    case 'paragraph': {
      const image = onlyImage(node, path, context)
      if (image) return { type: 'image', ...image }
      return { type: 'paragraph', children: inlines(node.children, [...path, 'children'], context) }
    }
    case 'heading': {
      if (node.depth === 1) {
        report(
          context,
          path,
          node,
          'unsupported_markdown',
          'A level-1 heading is the headline and may only open the document; use `##` for sections',
        )
        return undefined
      }
      return { type: 'heading', level: node.depth, children: inlines(node.children, [...path, 'children'], context) }
    }
    case 'thematicBreak':
      return { type: 'divider' }
    case 'blockquote': {
      const { children, attribution } = attributed(node.children, context)
      const quote: Json = { type: 'quote', children: blocks(children, [...path, 'children'], context) }
      if (attribution) quote.attribution = attribution
      return quote
    }
    case 'list': {
      const list: Json = { type: 'list', ordered: node.ordered === true }
      if (node.ordered && typeof node.start === 'number' && node.start !== 1) list.start = node.start
      list.items = node.children.map((item: MdastListItem, index) => {
        if (typeof item.checked === 'boolean') {
          report(
            context,
            [...path, 'items', index],
            item,
            'unsupported_markdown',
            'Task list checkboxes are not part of the model',
          )
        }
        return { children: blocks(item.children, [...path, 'items', index, 'children'], context) }
      })
      return list
    }
    case 'code': {
      const code: Json = { type: 'code', value: node.value }
      if (node.lang) code.language = node.meta ? `${node.lang} ${node.meta}` : node.lang
      return code
    }
    case 'table':
      return { type: 'table', ...table(node, path, context, true) }
    case 'containerDirective':
      return container(node, path, context)
    case 'leafDirective':
      if (node.name === ('node' satisfies Directive)) return fallback(node, path, context)
      report(context, path, node, 'unsupported_markdown', `Unknown directive \`::${node.name}\``)
      return undefined
    case 'html':
      report(
        context,
        path,
        node,
        'unsupported_markdown',
        'Raw HTML is not part of the model; write Markdown, or a directive for a custom block',
      )
      return undefined
    case 'yaml':
      report(context, path, node, 'unsupported_markdown', 'Front matter must open the document')
      return undefined
    default:
      report(
        context,
        path,
        node,
        'unsupported_markdown',
        `Markdown construct \`${node.type}\` is not part of the model`,
      )
      return undefined
  }
}

/** `::node{json="…"}`: a node kept as JSON. */
function fallback(node: LeafDirective | TextDirective, path: Path, context: Context): Json | undefined {
  try {
    const value: unknown = JSON.parse(String(node.attributes?.json))
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json
  } catch {
    // Reported below.
  }
  report(context, path, node, 'invalid_markdown', 'Expected the `node` directive to hold a JSON object in `json`')
  return undefined
}

/** A paragraph holding one image and nothing else: an image, which will sit at `path`. */
/** Whether a paragraph is one image and nothing else (what `onlyImage` reads, without reporting anything). */
function isImageParagraph(node: MdastParagraph): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  return only?.type === 'image' || only?.type === 'imageReference'
}

function onlyImage(node: MdastParagraph, path: Path, context: Context): Json | undefined {
  if (node.children.length !== 1) return undefined
  const child = node.children[0] as PhrasingContent
  let url: string | undefined
  let title: string | null | undefined
  if (child.type === 'image') {
    url = child.url
    title = child.title
  } else if (child.type === 'imageReference') {
    const definition = context.definitions.get(child.identifier)
    url = definition?.url
    title = definition?.title
  }
  if (url === undefined) return undefined
  if (title) {
    report(
      context,
      [...path, 'title'],
      child,
      'unsupported_markdown',
      'Image titles are not part of the model; use a caption',
    )
  }
  return { url, alt: (child as { alt?: string | null }).alt ?? '' }
}

/** Split a blockquote's or pullquote's final `— Name, title` line off its content. */
function attributed(
  children: readonly RootContent[],
  context: Context,
): { children: RootContent[]; attribution?: Json } {
  const last = children[children.length - 1]
  if (last?.type !== 'paragraph') return { children: [...children] }
  const attribution = readAttribution(last.children, context)
  if (!attribution || (context.lenient && !cleanAttribution(attribution))) return { children: [...children] }
  return { children: children.slice(0, -1), attribution }
}

function readAttribution(raw: PhrasingContent[], context: Context): Json | undefined {
  const line = withPlainText(raw)
  const [first, second, third] = line
  if (first?.type !== 'text' || !first.value.startsWith(DASH)) return undefined
  // `— Name, with comma:node{split}, title`: the marker ends a name that holds `, `.
  if (
    second?.type === 'textDirective' &&
    second.name === ('node' satisfies Directive) &&
    second.attributes?.split != null
  ) {
    const name = first.value.slice(DASH.length)
    if (line.length === 2) return { name }
    if (line.length !== 3 || third?.type !== 'text' || !third.value.startsWith(', ')) return undefined
    return { name, title: third.value.slice(2) }
  }
  if (line.length === 1) {
    const rest = first.value.slice(DASH.length)
    const comma = rest.indexOf(', ')
    return comma === -1 ? { name: rest } : { name: rest.slice(0, comma), title: rest.slice(comma + 2) }
  }
  const link = second ? resolveLink(second, context) : undefined
  if (first.value !== DASH || !link || line.length > 3) return undefined
  const out: Json = { name: plainText({ type: 'paragraph', children: link.children }), url: link.url }
  if (third) {
    if (third.type !== 'text' || !third.value.startsWith(', ')) return undefined
    out.title = third.value.slice(2)
  }
  return out
}

/** Whether an attribution's name and title are each one line of text. */
function cleanAttribution(attribution: Json): boolean {
  const oneLine = (value: unknown) =>
    value === undefined || (typeof value === 'string' && /^[^\n]*\S[^\n]*$/.test(value))
  return typeof attribution.name === 'string' && oneLine(attribution.name) && oneLine(attribution.title)
}

/** A GFM table's header, rows and alignment. */
function table(node: MdastTable, path: Path, context: Context, withHeader: boolean): Json {
  const rows = node.children.map((row, r) =>
    row.children.map((cell, c) => {
      const at = withHeader ? (r === 0 ? [...path, 'header', c] : [...path, 'rows', r - 1, c]) : [...path, 'rows', r, c]
      return inlines(cell.children, at, context)
    }),
  )
  const out: Json = {}
  if (withHeader) out.header = rows.shift() ?? []
  out.rows = rows
  if (Array.isArray(node.align) && node.align.some((value) => value !== null))
    out.align = node.align.map((v) => v ?? null)
  return out
}

/**
 * The image's creator from `:::figure`'s `creator`, `creatorType`,
 * `creatorUrl` and `creatorRole`; any of them makes a creator, so one
 * without a name is reported by validation rather than dropped.
 */
function figureCreator(attributes: Record<string, string | null | undefined>): Json | undefined {
  const out: Json = {}
  const keys = { creatorType: 'type', creator: 'name', creatorUrl: 'url', creatorRole: 'role' } as const
  for (const [attribute, key] of Object.entries(keys))
    if (attributes[attribute] != null) out[key] = attributes[attribute]
  return Object.keys(out).length > 0 ? out : undefined
}

/** The block directives articlekit writes. */
function container(node: ContainerDirective, path: Path, context: Context): Json | undefined {
  const attributes = node.attributes ?? {}
  const base: Json = {}
  if (typeof attributes.id === 'string') base.id = attributes.id
  const children = node.children
  const expect = (message: string) => {
    report(context, path, node, 'invalid_markdown', message)
    return undefined
  }
  switch (node.name) {
    case 'figure' satisfies Directive: {
      const [picture, caption, ...rest] = children
      const image = picture?.type === 'paragraph' ? onlyImage(picture, path, context) : undefined
      if (!image || rest.length > 0 || (caption && caption.type !== 'paragraph')) {
        return expect('Expected `:::figure` to hold an image, then at most a caption paragraph')
      }
      const out: Json = { type: 'image', ...base, ...image }
      for (const key of ['width', 'height'] as const) if (attributes[key] != null) out[key] = number(attributes[key])
      for (const key of ['credit', 'creditUrl', 'license'] as const)
        if (attributes[key] != null) out[key] = attributes[key]
      const creator = figureCreator(attributes)
      if (creator !== undefined) out.creator = creator
      if (caption?.type === 'paragraph') out.caption = inlines(caption.children, [...path, 'caption'], context)
      return out
    }
    case 'table' satisfies Directive: {
      const gfm = children[children.length - 1]
      const caption = children.length === 2 ? children[0] : undefined
      if (gfm?.type !== 'table' || children.length > 2 || (caption && caption.type !== 'paragraph')) {
        return expect('Expected `:::table` to hold a caption paragraph, then a table')
      }
      const out: Json = { type: 'table', ...base }
      if (caption?.type === 'paragraph') out.caption = inlines(caption.children, [...path, 'caption'], context)
      return { ...out, ...table(gfm, path, context, attributes.header !== 'none') }
    }
    case 'embed' satisfies Directive:
      return media(node, path, context, { type: 'embed', ...base }, ['kind', 'provider', 'title'])
    case 'gallery' satisfies Directive: {
      // The images, then at most a caption: a last paragraph that is not an image alone.
      const last = children[children.length - 1]
      const captioned = last?.type === 'paragraph' && !isImageParagraph(last)
      const images = captioned ? children.slice(0, -1) : children
      const out: Json = { type: 'gallery', ...base, children: blocks(images, [...path, 'children'], context) }
      if (captioned) out.caption = inlines(last.children, [...path, 'caption'], context)
      return out
    }
    case 'audio' satisfies Directive: {
      const out = media(node, path, context, { type: 'audio', ...base }, ['kind', 'title', 'mimeType', 'transcriptUrl'])
      if (out && attributes.duration != null) out.duration = number(attributes.duration)
      return out
    }
    case 'aside' satisfies Directive: {
      const out: Json = { type: 'aside', ...base }
      for (const key of ['tone', 'title'] as const) if (attributes[key] != null) out[key] = attributes[key]
      out.children = blocks(children, [...path, 'children'], context)
      return out
    }
    case 'promo' satisfies Directive: {
      const [words, ...rest] = children
      if (rest.length > 0 || (words && words.type !== 'paragraph'))
        return expect('Expected `:::promo` to hold one paragraph')
      const out: Json = { type: 'promo', ...base }
      for (const key of ['kind', 'url'] as const) if (attributes[key] != null) out[key] = attributes[key]
      out.children = words?.type === 'paragraph' ? inlines(words.children, [...path, 'children'], context) : []
      return out
    }
    case 'pullquote' satisfies Directive: {
      const split = attributed(children, context)
      const [words, ...rest] = split.children
      if (rest.length > 0 || (words && words.type !== 'paragraph')) {
        return expect('Expected `:::pullquote` to hold one paragraph, then at most a `— Name` line')
      }
      const out: Json = { type: 'pullquote', ...base }
      out.children = words?.type === 'paragraph' ? inlines(words.children, [...path, 'children'], context) : []
      if (split.attribution) out.attribution = split.attribution
      return out
    }
    case 'related' satisfies Directive: {
      const [list, ...rest] = children
      if (rest.length > 0 || (list && (list.type !== 'list' || list.ordered))) {
        return expect('Expected `:::related` to hold one bulleted list of links')
      }
      const out: Json = { type: 'relatedLinks', ...base }
      if (attributes.label != null) out.label = attributes.label
      out.links =
        list?.type === 'list'
          ? list.children.map((item, index) => relatedLink(item, [...path, 'links', index], context))
          : []
      return out
    }
    default:
      report(context, path, node, 'unsupported_markdown', `Unknown directive \`:::${node.name}\``)
      return undefined
  }
}

/**
 * `:::embed` and `:::audio`: a link to the media, then at most a caption
 * paragraph; `keys` are the attributes copied as they are.
 */
function media(
  node: ContainerDirective,
  path: Path,
  context: Context,
  out: Json,
  keys: readonly string[],
): Json | undefined {
  const [first, caption, ...rest] = node.children
  const link =
    first?.type === 'paragraph' && first.children.length === 1
      ? resolveLink(first.children[0] as PhrasingContent, context)
      : undefined
  if (!link || rest.length > 0 || (caption && caption.type !== 'paragraph')) {
    const message = `Expected \`:::${node.name}\` to hold a link to the media, then at most a caption paragraph`
    report(context, path, node, 'invalid_markdown', message)
    return undefined
  }
  out.url = link.url
  const attributes = node.attributes ?? {}
  for (const key of keys) if (attributes[key] != null) out[key] = attributes[key]
  if (caption?.type === 'paragraph') out.caption = inlines(caption.children, [...path, 'caption'], context)
  return out
}

/** A list item of a "Read more" box: a link, then optionally an image and a description. */
function relatedLink(item: MdastListItem, path: Path, context: Context): Json {
  const [head, ...rest] = item.children
  const link =
    head?.type === 'paragraph' && head.children.length === 1
      ? resolveLink(head.children[0] as PhrasingContent, context)
      : undefined
  if (!link) {
    report(context, path, item, 'invalid_markdown', 'Expected a related link to start with a link to the article')
    return {}
  }
  const out: Json = { title: plainText({ type: 'paragraph', children: link.children }), url: link.url }
  for (const part of rest) {
    const image = part.type === 'paragraph' ? onlyImage(part, [...path, 'image'], context) : undefined
    if (image && out.image === undefined && out.description === undefined) out.image = image
    else if (part.type === 'paragraph' && out.description === undefined) out.description = plainText(part)
    else
      report(
        context,
        path,
        part,
        'invalid_markdown',
        'Expected a related link to hold a link, an image and a description',
      )
  }
  return out
}

function number(value: unknown): unknown {
  // Any integer the model may hold (below 2^53) reads back; larger digit strings stay strings and fail validation.
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value)) return value
  const parsed = Number(value)
  return Number.isSafeInteger(parsed) ? parsed : value
}

// ---------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------

/** Convert phrasing content. @internal */
export function inlines(raw: readonly PhrasingContent[], path: Path, context: Context): Json[] {
  const hooked = context.hooks?.inlines?.(raw, path, context)
  if (hooked) return hooked
  const children = withPlainText(raw)
  const out: Json[] = []
  // A lenient dialect joins a text to the text before it (a hook may make texts next to each other), here,
  // before the position of what follows is recorded.
  const add = (node: Json, child: Nodes) => {
    const last = out[out.length - 1]
    if (context.lenient && node.type === 'text' && last?.type === 'text') {
      last.value = `${last.value as string}${node.value as string}`
      return
    }
    record(context, [...path, out.length], child)
    out.push(node)
  }
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent
    const at = [...path, out.length]
    const made = context.hooks?.inline?.(child, at, context)
    if (made) {
      for (const each of made) add(each, child)
      continue
    }
    if (child.type === 'textDirective' && child.name === ('cite' satisfies Directive)) {
      const next = children[index + 1]
      if (next?.type !== 'footnoteReference') {
        report(
          context,
          at,
          child,
          'invalid_markdown',
          'Expected `:cite[…]` to be followed by a footnote reference (`[^1]`)',
        )
        continue
      }
      index++
      out.push({
        type: 'citation',
        sourceId: sourceOf(next.identifier, context),
        children: inlines(child.children, [...at, 'children'], context),
      })
      record(context, at, child)
      continue
    }
    const node = inline(child, at, context)
    if (node !== undefined) add(node, child)
  }
  return out
}

/**
 * Phrasing content with bare `:name` directives turned back into the text
 * they are (`10:30`, `a:b`), merged with the text around them.
 */
function withPlainText(children: readonly PhrasingContent[]): PhrasingContent[] {
  if (!children.some(isBareDirective)) return children as PhrasingContent[]
  const out: PhrasingContent[] = []
  let merging = false
  for (const child of children) {
    const bare = isBareDirective(child)
    if (child.type !== 'text' && !bare) {
      out.push(child)
      merging = false
      continue
    }
    const value = bare ? `:${child.name}` : (child as { value: string }).value
    if (merging) (out[out.length - 1] as { value: string }).value += value
    else out.push({ type: 'text', value, ...(child.position ? { position: child.position } : {}) })
    merging = true
  }
  return out
}

/** A text directive written as `:name` alone, with neither label nor attributes. */
function isBareDirective(node: PhrasingContent): node is TextDirective {
  if (node.type !== 'textDirective') return false
  const { start, end } = node.position ?? {}
  return (
    start?.offset !== undefined &&
    end?.offset !== undefined &&
    end.offset - start.offset === node.name.length + 1 &&
    node.name !== ('cite' satisfies Directive) &&
    node.name !== ('node' satisfies Directive)
  )
}

function inline(node: PhrasingContent, path: Path, context: Context): Json | undefined {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: node.value }
    case 'emphasis':
      return { type: 'emphasis', children: inlines(node.children, [...path, 'children'], context) }
    case 'strong':
      return { type: 'strong', children: inlines(node.children, [...path, 'children'], context) }
    case 'delete':
      return { type: 'strikethrough', children: inlines(node.children, [...path, 'children'], context) }
    case 'inlineCode':
      return { type: 'inlineCode', value: node.value }
    case 'break':
      return { type: 'break' }
    case 'link':
    case 'linkReference': {
      const link = resolveLink(node, context)
      if (!link) {
        report(context, path, node, 'invalid_markdown', 'Link reference without a definition')
        return undefined
      }
      const out: Json = { type: 'link', url: link.url }
      if (typeof link.title === 'string') out.title = link.title
      out.children = inlines(link.children, [...path, 'children'], context)
      return out
    }
    case 'footnoteReference':
      return { type: 'citation', sourceId: sourceOf(node.identifier, context) }
    case 'textDirective':
      // `:node{split}` only keeps the texts around it apart.
      if (node.name === ('node' satisfies Directive) && node.attributes?.split != null && node.attributes.json == null)
        return undefined
      if (node.name === ('node' satisfies Directive)) return fallback(node, path, context)
      report(context, path, node, 'unsupported_markdown', `Unknown directive \`:${node.name}\``)
      return undefined
    case 'image':
    case 'imageReference':
      report(
        context,
        path,
        node,
        'unsupported_markdown',
        'Images inside text are not part of the model; put the image in a paragraph of its own',
      )
      return undefined
    case 'html':
      report(context, path, node, 'unsupported_markdown', 'Raw HTML is not part of the model')
      return undefined
    default:
      report(
        context,
        path,
        node as Nodes,
        'unsupported_markdown',
        `Markdown construct \`${(node as Nodes).type}\` is not part of the model`,
      )
      return undefined
  }
}

/** A link or a link reference with its definition: its URL, title and text. @internal */
export function resolveLink(
  node: PhrasingContent,
  context: Context,
): { url: string; title: string | null | undefined; children: PhrasingContent[] } | undefined {
  if (node.type === 'link') return { url: node.url, title: node.title, children: node.children }
  if (node.type === 'linkReference') {
    const definition = context.definitions.get(node.identifier)
    if (definition) return { url: definition.url, title: definition.title, children: node.children }
  }
  return undefined
}

function sourceOf(identifier: string, context: Context): string {
  return context.footnotes.get(identifier) ?? identifier
}

/** The text of a node and its descendants, without markup. @internal */
export function plainText(node: Nodes): string {
  let out = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if ('value' in current && typeof current.value === 'string' && current.type !== 'html') out += current.value
    else if (current.type === 'break') out += '\n'
    else if (isBareDirective(current as PhrasingContent)) out += `:${(current as TextDirective).name}`
    else if ('children' in current)
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
  }
  return out
}

// ---------------------------------------------------------------------------
// Positions and issues
// ---------------------------------------------------------------------------

/** Remember where the node at `path` came from, to place model issues. */
function record(context: Context, path: Path, node: Nodes): void {
  const start = node.position?.start
  if (start) context.positions.set(formatPath(path), { line: start.line, column: start.column })
}

function report(context: Context, path: Path, node: Nodes | undefined, code: string, message: string): void {
  const start = node?.position?.start
  context.issues.push(issue(path, code, message, start ? { line: start.line, column: start.column } : undefined))
}

/** An issue with its place, the place also at the end of its message. @internal */
export function issue(path: Path, code: string, message: string, at: Point | undefined): MarkdownIssue {
  if (!at) return { path, code, message }
  return { path, code, message: `${message} (line ${at.line}, column ${at.column})`, line: at.line, column: at.column }
}

/**
 * `::::live-blog{order coverageStart coverageEnd}` holding `:::update{#id
 * date headline authors}` directives, each holding the update's blocks; the
 * authors are JSON. What the directives cannot be is reported; the model
 * checks the values.
 */
function liveBlog(node: ContainerDirective, context: Context): Json {
  const path: Path = ['liveBlog']
  record(context, path, node)
  const { order, coverageStart, coverageEnd } = node.attributes ?? {}
  const out: Json = { ...attributesOf({ order, coverageStart, coverageEnd }) }
  const updates: Json[] = []
  for (const child of node.children) {
    const at: Path = [...path, 'updates', updates.length]
    if (child.type !== 'containerDirective' || child.name !== ('update' satisfies Directive)) {
      report(context, at, child, 'invalid_markdown', 'Expected only `:::update` directives in a live blog')
      continue
    }
    record(context, at, child)
    const { id, date, headline, authors } = child.attributes ?? {}
    const update: Json = attributesOf({ id, date, headline })
    if (typeof authors === 'string') {
      try {
        update.authors = JSON.parse(authors)
      } catch {
        report(context, [...at, 'authors'], child, 'invalid_markdown', "Expected the update's `authors` as JSON")
      }
    }
    update.body = blocks(child.children, [...at, 'body'], context)
    updates.push(update)
  }
  out.updates = updates
  return out
}

/** The attributes that are present, as they are. */
function attributesOf(values: Record<string, string | null | undefined>): Json {
  const out: Json = {}
  for (const key of Object.keys(values)) if (typeof values[key] === 'string') out[key] = values[key]
  return out
}

/** Give a model issue the position of the front-matter key or Markdown node it is about. @internal */
export function place(found: ValidationIssue, context: Context): MarkdownIssue {
  const path = found.path
  if (path[0] !== 'body' && !(path[0] === 'liveBlog' && context.liveBlog) && context.yaml) {
    const at = yamlPosition(path, context)
    return issue(path, found.code, found.message, at)
  }
  for (let length = path.length; length > 0; length--) {
    const at = context.positions.get(formatPath(path.slice(0, length)))
    if (at) return issue(path, found.code, found.message, at)
  }
  return issue(path, found.code, found.message, undefined)
}

function yamlPosition(path: Path, context: Context): Point | undefined {
  const yaml = context.yaml
  if (!yaml) return undefined
  for (let length = path.length; length > 0; length--) {
    const node = yaml.doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined
    const holder = length > 1 ? (yaml.doc.getIn(path.slice(0, length - 1), true) as unknown) : yaml.doc.contents
    let offset = node?.range?.[0]
    // Point at the key rather than the value when the value's parent is a mapping.
    if (isMap(holder)) {
      const pair = holder.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[length - 1])
      const key = pair?.key as { range?: [number, number, number] } | undefined
      if (key?.range) offset = key.range[0]
    } else if (!isSeq(holder) && offset === undefined) continue
    if (offset !== undefined) {
      const at = yaml.counter.linePos(offset)
      return { line: yaml.line + at.line - 1, column: at.col }
    }
  }
  return undefined
}
