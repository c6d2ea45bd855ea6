// What toMarkdown and fromMarkdown are measured against: the default
// mdast-util-to-markdown call on the same mdast tree (the same extensions and
// options articlekit passes, default handlers), @portabletext/markdown on the
// same content, and remark-parse alone.
import { portableTextToMarkdown } from '@portabletext/markdown'
import { toMarkdownExtensions } from 'articlekit/markdown'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** The serializer options articlekit's toMarkdown passes besides the extensions. */
const serializerOptions = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
}

/**
 * mdast-util-to-markdown with its default handlers and articlekit's
 * extensions for the form: the oracle for byte-identical output.
 */
export function defaultCall(tree, options = {}) {
  return toMarkdown(tree, { ...serializerOptions, extensions: toMarkdownExtensions(options) })
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
