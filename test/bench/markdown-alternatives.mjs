// What toMarkdown and fromMarkdown are measured against: the default
// mdast-util-to-markdown call on the same mdast tree (the same extensions and
// options articlekit passes, default handlers), @portabletext/markdown on the
// same content, and remark-parse alone.
import { portableTextToMarkdown } from '@portabletext/markdown'
import { directiveToMarkdown } from 'mdast-util-directive'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** The options articlekit's toMarkdown passes (kept in step by the oracle test in test/markdown). */
export const defaultCallOptions = {
  extensions: [
    gfmToMarkdown(),
    frontmatterToMarkdown(['yaml']),
    directiveToMarkdown({ quoteSmart: true }),
    {
      unsafe: [
        {
          character: ':',
          after: '(?:[^\\s\\p{P}\\p{S}]|[\\u{10000}-\\u{10FFFF}])',
          inConstruct: ['phrasing'],
          unicode: true,
        },
      ],
    },
  ],
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
}

/** mdast-util-to-markdown with its default handlers: the oracle for byte-identical output. */
export function defaultCall(tree) {
  return toMarkdown(tree, defaultCallOptions)
}

/** @portabletext/markdown on Portable Text blocks. */
export function renderPortableTextMarkdown(blocks) {
  return portableTextToMarkdown(blocks)
}

const remark = unified().use(remarkParse)

/** remark-parse alone: CommonMark to mdast, no extensions. */
export function remarkParseAlone(markdown) {
  return remark.parse(markdown)
}
