import type { RootContent } from 'mdast'
import type { Aside } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, flat, notCarried } from '../util.js'

/**
 * An aside. Reader form: a `>` quote that opens with the title in bold.
 * Lossless form: `:::aside{tone title}` holding its blocks.
 */
export function aside(node: Aside, state: MarkdownState): MdastResult {
  const children = flat(state, node)
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id', 'tone'])
    if (typeof node.title === 'string') children.unshift(boldLine(node.title))
    return children.length === 0 ? [] : [{ type: 'blockquote', children: children as never }]
  }
  const attributes = attrs({ id: node.id, tone: node.tone, title: node.title })
  return [{ type: 'containerDirective', name: DIRECTIVE.aside, attributes, children } as RootContent]
}

/** A paragraph of one bold text. */
export function boldLine(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }
}
