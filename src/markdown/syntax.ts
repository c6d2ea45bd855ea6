// The Markdown dialect articlekit writes: CommonMark, GFM tables,
// strikethrough and footnotes, YAML front matter, and generic directives for
// what neither has a construct for. The parser's extensions for the same
// dialect are in syntax-read.ts, so that nothing here is shared with the
// reading side: a bundle that only writes Markdown leaves the reader, and
// the yaml package it reads front matter with, out.

import { type Directives, directiveToMarkdown } from 'mdast-util-directive'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmAutolinkLiteralToMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import type { Handle, Options as ToMarkdownExtension, Unsafe } from 'mdast-util-to-markdown'

/** Names of the directives articlekit writes (from-mdast.ts keeps a copy the compiler checks). */
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

/**
 * Escape rules of both forms, added to mdast-util-to-markdown's own.
 *
 * A `:` right after a footnote reference (`[^1]: note`) would turn the line
 * into a footnote definition, in GFM viewers as in articlekit's parser, so it
 * is escaped there.
 */
const COMMON_UNSAFE = [
  { character: ':', before: '\\]', inConstruct: ['phrasing'] },
  // CommonMark allows `<` and `>` in a bare link destination, but marked reads them as raw HTML there.
  { character: '<', inConstruct: ['destinationRaw'] },
  { character: '>', inConstruct: ['destinationRaw'] },
  // Where a parser fails to read a link (marked, on some code spans in its text), the title shows as text.
  { character: '<', inConstruct: ['titleQuote', 'titleApostrophe'] },
  // mdast-util-to-markdown's own rules for list markers at the start of a line match the character
  // after the marker too, so `-\n- x` escapes the first dash and leaves the second to start a list
  // item. The same rules with that character in a lookahead find both.
  { atBreak: true, character: '*', after: '(?=[ \\t\\r\\n*])' },
  { atBreak: true, character: '+', after: '(?=[ \\t\\r\\n])' },
  { atBreak: true, character: '-', after: '(?=[ \\t\\r\\n-])' },
  { atBreak: true, before: '\\d+', character: '.', after: '(?=[ \\t\\r\\n]|$)' },
  // A row whose cells are all dashes (`| --- |`) reads as a table's delimiter row when a line of text
  // comes right before the table (the `:::table` line of the lossless form).
  { character: '-', before: '\\|', inConstruct: ['tableCell'] },
  { character: ':', before: '\\|', inConstruct: ['tableCell'] },
] satisfies Unsafe[]

/**
 * Escape rules only the lossless form needs.
 *
 * A `:` before a letter starts a text directive. mdast-util-directive's rule
 * for it has a `before` condition, and mdast-util-to-markdown skips such an
 * escape when the character before is escaped itself (`\*:cite[x]` would be
 * read as `*` and a directive), so the same rule is registered without one.
 *
 * GFM trims the spaces and tabs at the edges of a table cell; written as
 * character references there, they read back.
 */
const LOSSLESS_UNSAFE = [
  // micromark reads a name start code unit by code unit, so astral symbols (emoji) start names too,
  // and so does a tab. An image's alt text is a label, where a directive would lose its text.
  {
    character: ':',
    after: '(?:[^\\s\\p{P}\\p{S}]|[\\u{10000}-\\u{10FFFF}]|\\t)',
    inConstruct: ['phrasing', 'label'],
    unicode: true,
  },
  // GFM's own rules against autolink literals skip labels, where GFM has none. But marked reads
  // `:cite[words][^1]` as a reference link, finds autolink literals in its words, and lets one run
  // on over the backslash of an escaped `<` after it (`https://x/\<img…>` would be raw HTML).
  { character: ':', before: '[ps]', after: '\\/', inConstruct: ['textDirectiveLabel'] },
  { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: ['textDirectiveLabel'] },
  // mdast-util-gfm-table gives a cell's content a `|` on both sides, which is what these see.
  { character: ' ', before: '\\|', inConstruct: ['tableCell'] },
  { character: ' ', after: '\\|', inConstruct: ['tableCell'] },
  { character: '\t', before: '\\|', inConstruct: ['tableCell'] },
  { character: '\t', after: '\\|', inConstruct: ['tableCell'] },
] satisfies Unsafe[]

/**
 * `<`, `[`, `]`, `` ` `` and `|` are written as character references inside
 * directive attributes, and why. A viewer that does not know directives shows `{…}` as Markdown
 * text, where these would start raw HTML (`<`), a link or image (`[`, `]`),
 * a code span that swallows what follows (`` ` ``), or a table cell (`|`).
 * micromark decodes character references in attribute values, so they read
 * back as the characters themselves.
 */
const inert = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`

/**
 * mdast-util-directive's handlers, with the attributes made inert for
 * viewers that do not know directives (see `inert`). articlekit's
 * directives never have both a label and attributes, so the attributes are
 * the `{…}` right after the name.
 */
function inertDirectives(): ToMarkdownExtension {
  const extension = directiveToMarkdown({ quoteSmart: true })
  const handlers: Record<string, Handle> = {}
  for (const [type, handle] of Object.entries(extension.handlers ?? {})) {
    const wrapped = ((node: Directives, parent, state, info) => {
      let value = handle(node, parent, state, info)
      const start = value.indexOf(node.name) + node.name.length
      // Attribute values hold no raw line ending (they are written as references), so the first line ends them.
      const newline = node.type === 'containerDirective' ? value.indexOf('\n', start) : -1
      const end = newline === -1 ? value.length : newline
      if (value[start] === '{') {
        let attributes = value.slice(start, end)
        // A reference cannot go in the `#id` shortcut (its `#` would start another id): quote such an id.
        const shortcut = /^\{#([^\t\n\r "#'.<=>`}]+)/.exec(attributes)
        if (shortcut && /[[\]|]/.test(shortcut[1] as string)) {
          attributes = `{id="${shortcut[1]}"${attributes.slice(shortcut[0].length)}`
        }
        value = value.slice(0, start) + attributes.replace(/[<[\]`|]/g, inert) + value.slice(end)
      }
      // Blank lines around a container's content, so that to viewers that do not know directives its
      // fences are paragraphs of their own: the opening one cannot become the text of a setext heading
      // or a table's header row, nor the closing one a table row or part of a list item.
      if (node.type !== 'containerDirective') return value
      const opening = value.indexOf('\n')
      const closing = value.lastIndexOf('\n')
      if (opening === closing) return value
      return `${value.slice(0, opening)}\n${value.slice(opening, closing)}\n${value.slice(closing)}`
    }) as Handle
    // `peek` (what the handler writes first) is a property mdast-util-to-markdown reads but does not type.
    ;(wrapped as { peek?: unknown }).peek = (handle as { peek?: unknown }).peek
    handlers[type] = wrapped
  }
  return { ...extension, handlers }
}

/**
 * GFM's serializer extensions but task list items (the model has none):
 * their autolink-literal `unsafe` rules keep text that looks like a URL from
 * turning into raw HTML in GFM viewers.
 */
function gfm(): ToMarkdownExtension[] {
  return [gfmAutolinkLiteralToMarkdown(), gfmFootnoteToMarkdown(), gfmStrikethroughToMarkdown(), gfmTableToMarkdown()]
}

/**
 * The mdast-util-to-markdown extensions `toMarkdown` uses, for writing a tree
 * from `toMdast` with mdast-util-to-markdown yourself. Both forms have GFM's
 * (but task list items). The reader form is plain CommonMark and GFM; with
 * `frontmatter: true` (the lossless form) they add front matter and
 * directives.
 *
 * @example
 * import { toMarkdown } from 'mdast-util-to-markdown'
 * import { toMarkdownExtensions, toMdast } from 'articlekit/markdown'
 *
 * const tree = toMdast(article)
 * // …change the tree…
 * const markdown = toMarkdown(tree, { extensions: toMarkdownExtensions() })
 */
export function toMarkdownExtensions(options: { frontmatter?: boolean } = {}): ToMarkdownExtension[] {
  // Made once: mdast-util-to-markdown caches each compiled `unsafe` pattern on the pattern object.
  if (options?.frontmatter === true) {
    losslessCache ??= [
      ...gfm(),
      frontmatterToMarkdown(['yaml']),
      inertDirectives(),
      { unsafe: [...COMMON_UNSAFE, ...LOSSLESS_UNSAFE] },
    ]
    return losslessCache
  }
  readerCache ??= [...gfm(), { unsafe: COMMON_UNSAFE }]
  return readerCache
}

let losslessCache: ToMarkdownExtension[] | undefined
let readerCache: ToMarkdownExtension[] | undefined
