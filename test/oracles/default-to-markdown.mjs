// The oracle for toMarkdown's bytes: mdast-util-to-markdown called the plain
// way, with its default handlers, on the tree toMdast builds, with the same
// extensions and options articlekit's toMarkdown passes. articlekit's own
// text handler (src/markdown/fast-text.ts) must give exactly what this gives
// (test/markdown/fast-text.test.ts); the markdown bench times both.
import { toMarkdownExtensions } from 'articlekit/markdown'
import { toMarkdown } from 'mdast-util-to-markdown'

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
 * extensions for the form.
 */
export function defaultCall(tree, options = {}) {
  return toMarkdown(tree, { ...serializerOptions, extensions: toMarkdownExtensions(options) })
}
