import type { RootContent } from 'mdast'
import type { ArticleParts, RendererOptions, RenderState, UrlPolicy } from '../core/index.js'
import type { Problem } from '../core/problem.js'
import type { Article } from '../model/types.js'
import type { ValidationIssue } from '../validate/errors.js'
import type { MarkdownLabels } from './labels.js'

/**
 * What every Markdown handler returns: the mdast nodes the model node becomes
 * (none, one or several), flow content for blocks and phrasing content for
 * inline nodes.
 */
export type MdastResult = RootContent[]

/** A problem `toMdast`/`toMarkdown` worked around, reported through `onWarning`. */
export interface MarkdownWarning extends Problem<'url_refused' | 'not_carried' | 'fallback'> {
  /**
   * - `url_refused`: a URL failed the URL policy and was left out (its text is kept).
   * - `not_carried`: without `frontmatter: true`, a metadata field has no place in the output.
   * - `fallback`: a node Markdown cannot express exactly was written as a `::node{json}` directive.
   */
  code: 'url_refused' | 'not_carried' | 'fallback'
  /** Where, from the article root. */
  path: (string | number)[]
  message: string
}

/** The article's parts a Markdown handler can replace: those of every renderer, and the front matter. */
export interface MarkdownParts extends ArticleParts {
  /** The YAML front matter of the lossless form. */
  frontmatter: Article
}

/** Options of `toMdast` and `toMarkdown`. */
export interface MarkdownOptions extends RendererOptions<MdastResult, ResolvedMarkdownOptions, MarkdownParts> {
  /**
   * Write the metadata (every field but `body`) as YAML front matter, so that
   * `fromMarkdown` reads the article back exactly. Without it, the headline,
   * standfirst, byline, dates, lead image, sources and related articles are
   * written as Markdown for readers, and the other fields are reported as
   * `not_carried` warnings. (default: `false`)
   */
  frontmatter?: boolean
  /** Marker of unordered list items. (default: `'-'`) */
  bullet?: '-' | '*' | '+'
  /** Marker after the number of ordered list items. (default: `'.'`) */
  bulletOrdered?: '.' | ')'
  /** Marker of emphasis. (default: `'*'`) */
  emphasis?: '*' | '_'
  /** Marker of strong text. (default: `'*'`) */
  strong?: '*' | '_'
  /** Marker of code fences. (default: `` '`' ``) */
  fence?: '`' | '~'
  /** Whether code blocks are always fenced rather than indented. (default: `true`) */
  fences?: boolean
  /** Marker of thematic breaks (dividers). (default: `'-'`) */
  rule?: '*' | '-' | '_'
  /** How list item content is indented after its marker. (default: `'one'`) */
  listItemIndent?: 'one' | 'tab' | 'mixed'
  /**
   * Decides at render time whether each URL may be written; refused URLs are
   * left out and reported through `onWarning`. (default: `defaultUrlPolicy`,
   * the model's own scheme allowlist)
   */
  urlPolicy?: UrlPolicy
  /**
   * Resolve relative URLs against `article.url` before the URL policy sees
   * them, for Markdown read away from the site (a repository, an LLM
   * prompt), as `resolveUrl` of `toHtml` and `toText` does. Front matter keeps
   * its values as they are. (default: `false`)
   */
  resolveUrl?: boolean
  /** Words the renderer adds by itself; missing ones are English. (default: `englishLabels`) */
  labels?: Partial<MarkdownLabels>
  /**
   * Locale of the dates the reader form writes as words ("12 June 2026 at
   * 07:45"); front matter always keeps the ISO strings. (default:
   * `article.language`, else `'en'`)
   */
  locale?: string
  /** Receives each problem the renderer worked around. (default: none; problems are not reported) */
  onWarning?: (warning: MarkdownWarning) => void
}

/** What handlers find in `state.options`: every option resolved, plus the render's own bookkeeping. */
export interface ResolvedMarkdownOptions {
  frontmatter: boolean
  urlPolicy: UrlPolicy
  resolveUrl: boolean
  labels: MarkdownLabels
  locale: string
  /** The `onWarning` option, or `undefined` when warnings are not wanted. */
  onWarning: ((warning: MarkdownWarning) => void) | undefined
  /**
   * Bookkeeping of the built-in handlers for this render. Not part of the
   * API: it may change in any release. Keep data of your own in `state.data`.
   *
   * @internal
   */
  scratch: MarkdownScratch
}

/** Per-render bookkeeping: the footnote number of each cited source. */
export interface MarkdownScratch {
  /** Footnote label of each cited source id, in the order first cited. */
  footnotes: Map<string, string>
  /** Ids cited that no source has so far: they are labelled after the sources. */
  unknownSources: number
  /** How many strikethroughs we are inside: GFM cannot nest them. */
  strike: number
  /** How many links we are inside: a footnote reference inside a link text would end the link. */
  link: number
  /** How many emphasis and strong nodes we are inside: past two, their markers become ambiguous. */
  attention: number
  /** How many cited-word labels we are inside: a bracket in code there would end the label. */
  cite: number
  /** Set when cited words hold something that could end their label early; the citation is then kept as JSON. */
  citeRisk: boolean
  /** Types of the emphasis and strong nodes we are inside: the same mark inside itself is ambiguous. */
  marks: string[]
  /** Whether the inline node being rendered sits directly in an emphasis or strong node. */
  direct: boolean
  /** Set by emphasis and strong just before they render their children. */
  nextDirect: boolean
  /** Whether we are in a heading, where a hard line break cannot be written. */
  heading: boolean
  /** Whether we are in a table cell, where a hard line break cannot be written either. */
  cell: boolean
}

/** The state every Markdown handler receives. */
export type MarkdownState = RenderState<MdastResult, ResolvedMarkdownOptions>

/**
 * A problem `fromMarkdown` or `fromMdast` found: a validation issue whose
 * `path` points into the article (for metadata: the front-matter key), with
 * the Markdown line and column (1-based) where it was written, when known.
 */
export interface MarkdownIssue extends ValidationIssue {
  /** Line in the Markdown source, from 1. */
  readonly line?: number
  /** Column in the Markdown source, from 1. */
  readonly column?: number
}
