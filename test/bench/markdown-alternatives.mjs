// What toMarkdown and fromMarkdown are measured against, besides the default
// mdast-util-to-markdown call (the test oracle, in test/oracles/):
// @portabletext/markdown on the same content, and remark-parse alone.
import { portableTextToMarkdown } from '@portabletext/markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** @portabletext/markdown on Portable Text blocks. */
export function renderPortableTextMarkdown(blocks) {
  return portableTextToMarkdown(blocks)
}

const remark = unified().use(remarkParse)

/** remark-parse alone: CommonMark to mdast, no extensions. */
export function remarkParseAlone(markdown) {
  return remark.parse(markdown)
}
