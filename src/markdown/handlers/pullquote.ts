import type { RootContent } from 'mdast'
import type { Pullquote } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, paragraph, phrasing } from '../util.js'
import { attributed } from './quote.js'

/**
 * A pullquote. Reader form: a `>` quote of its words and a final `— Name`
 * line. Lossless form: `:::pullquote` holding the same.
 */
export function pullquote(node: Pullquote, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children)) return fallbackBlock(state, node)
  const children = attributed(state, paragraph(phrasing(state, node)), node.attribution)
  if (!state.options.frontmatter) return [{ type: 'blockquote', children: children as never }]
  return [
    {
      type: 'containerDirective',
      name: DIRECTIVE.pullquote,
      attributes: attrs({ id: node.id }),
      children,
    } as RootContent,
  ]
}
