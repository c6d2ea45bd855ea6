import type { RootContent } from 'mdast'
import type { Gallery } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { attrs, fallbackBlock, flat, notCarried, paragraph, phrasing } from '../util.js'

/**
 * A gallery. Reader form: each image as an image block writes it, then the
 * gallery's caption as a paragraph. Lossless form: `:::gallery{#id}` holding
 * the images, then the caption paragraph.
 */
export function gallery(node: Gallery, state: MarkdownState): MdastResult {
  // An empty caption has no Markdown that reads back as it.
  if (state.options.frontmatter && Array.isArray(node.caption) && node.caption.length === 0) {
    return fallbackBlock(state, node)
  }
  const children: RootContent[] = [...flat(state, node)]
  if (node.caption !== undefined) children.push(...paragraph(phrasing(state, node, 'caption')))
  if (!state.options.frontmatter) {
    notCarried(state, node, ['id'])
    return children
  }
  return [
    {
      type: 'containerDirective',
      name: DIRECTIVE.gallery,
      attributes: attrs({ id: node.id }),
      children,
    } as RootContent,
  ]
}
