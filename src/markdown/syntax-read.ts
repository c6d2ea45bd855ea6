// The parser's side of the dialect in syntax.ts: GFM tables, strikethrough
// and footnotes, YAML front matter and directives, but no GFM autolink
// literals (text that looks like a web address stays text) and no task list
// items (nor a checkbox). Apart from syntax.ts, so that the reading side and
// the writing side share no module: a bundle that only writes Markdown
// leaves the reader, and the yaml package it reads front matter with, out.

import { directiveFromMarkdown } from 'mdast-util-directive'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'

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
