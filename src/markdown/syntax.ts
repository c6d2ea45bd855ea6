// The Markdown dialect articlekit writes and reads: CommonMark, GFM tables,
// strikethrough and footnotes, YAML front matter, and generic directives for
// what neither has a construct for. Parsing leaves GFM's autolink literals
// and task list items out, so text that looks like a web address or a
// checkbox stays text.

import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'

/** Names of the directives articlekit writes. */
export const DIRECTIVE = {
  /** `::node{json="…"}` / `:node{json="…"}`: a node Markdown cannot express exactly, as JSON. */
  node: 'node',
  /** `::anchor{#id}`: the id of the block that follows. */
  anchor: 'anchor',
  /** `:::figure{…}`: an image with a caption, credit, size or id. */
  figure: 'figure',
  /** `:::table{…}`: a table with a caption or without a header row. */
  table: 'table',
  embed: 'embed',
  aside: 'aside',
  promo: 'promo',
  pullquote: 'pullquote',
  /** `:::related{label="…"}`: a "Read more" box. */
  related: 'related',
  /** `:cite[words][^1]`: cited words, followed by their footnote reference. */
  cite: 'cite',
  /** `:source{#id}`: in a footnote, a citation of an id no source has. */
  source: 'source',
} as const

/** The micromark extensions of articlekit's parser (no autolink literals, no task lists). */
export function micromarkExtensions() {
  return [frontmatter(['yaml']), gfmFootnote(), gfmStrikethrough(), gfmTable(), directive()]
}

/** The matching mdast-util-from-markdown extensions. */
export function fromMarkdownExtensions(): FromMarkdownExtension[] {
  return [
    frontmatterFromMarkdown(['yaml']),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    directiveFromMarkdown(),
  ]
}

/**
 * Escape rules added to mdast-util-to-markdown's own.
 *
 * A `:` before a letter starts a text directive. mdast-util-directive's rule
 * for it has a `before` condition, and mdast-util-to-markdown skips such an
 * escape when the character before is escaped itself (`\*:cite[x]` would be
 * read as `*` and a directive), so the same rule is registered without one.
 */
const UNSAFE = [
  // micromark reads a name start code unit by code unit, so astral symbols (emoji) start names too.
  {
    character: ':',
    after: '(?:[^\\s\\p{P}\\p{S}]|[\\u{10000}-\\u{10FFFF}])',
    inConstruct: ['phrasing'],
    unicode: true,
  },
] satisfies NonNullable<ToMarkdownOptions['unsafe']>

/**
 * The mdast-util-to-markdown extensions: all of GFM (its autolink-literal
 * `unsafe` rules keep text that looks like a URL from turning into raw HTML
 * in GFM viewers), front matter and directives.
 */
export function toMarkdownExtensions(): NonNullable<ToMarkdownOptions['extensions']> {
  // Made once: mdast-util-to-markdown caches each compiled `unsafe` pattern on the pattern object.
  toMarkdownCache ??= [
    gfmToMarkdown(),
    frontmatterToMarkdown(['yaml']),
    directiveToMarkdown({ quoteSmart: true }),
    { unsafe: UNSAFE },
  ]
  return toMarkdownCache
}

let toMarkdownCache: NonNullable<ToMarkdownOptions['extensions']> | undefined
