// toMarkdown beside the default mdast-util-to-markdown call on the same tree
// (our own tree building must stay negligible) and beside
// @portabletext/markdown on the same content; fromMarkdown beside
// remark-parse alone.
import { fromMarkdown, toMarkdown, toMdast } from 'articlekit/markdown'
import { defaultCall } from '../../oracles/default-to-markdown.mjs'
import { probes, toPortableText } from '../html-alternatives.mjs'
import { remarkParseAlone, renderPortableTextMarkdown } from '../markdown-alternatives.mjs'

/** @param {Record<string, object>} articles */
export default function markdownSection(articles) {
  const cases = []
  for (const [size, article] of Object.entries(articles)) {
    const tree = toMdast(article)
    const blocks = toPortableText(article)
    const ours = { name: 'toMarkdown', fn: () => toMarkdown(article) }
    const own = ours.fn()
    // The default call on our tree is the oracle: same bytes, or the comparison means nothing.
    if (defaultCall(tree) !== own) throw new Error(`markdown bench (${size}): toMarkdown differs from the default call`)
    const portable = renderPortableTextMarkdown(blocks)
    const { words } = probes(article)
    for (const word of words) {
      if (!own.includes(word) || !portable.includes(word))
        throw new Error(`markdown bench (${size}): \`${word}\` missing`)
    }
    cases.push({ size, baseline: { name: 'mdast-util-to-markdown (default call)', fn: () => defaultCall(tree) }, ours })
    cases.push({
      size,
      baseline: { name: '@portabletext/markdown', fn: () => renderPortableTextMarkdown(blocks) },
      ours,
    })
    const markdown = toMarkdown(article, { frontmatter: true })
    cases.push({
      size,
      baseline: { name: 'remark-parse alone', fn: () => remarkParseAlone(markdown) },
      ours: { name: 'fromMarkdown', fn: () => fromMarkdown(markdown) },
    })
  }
  return {
    title:
      'toMarkdown vs the default mdast-util-to-markdown call and @portabletext/markdown; fromMarkdown vs remark-parse',
    goal: 'toMarkdown within 1.05x of the default call at every size; stretch: at most @portabletext/markdown',
    cases,
  }
}
