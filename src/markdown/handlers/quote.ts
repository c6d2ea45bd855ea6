import type { PhrasingContent, RootContent } from 'mdast'
import type { Attribution, Quote } from '../../model/types.js'
import { DIRECTIVE } from '../syntax.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackBlock, flat, safeUrl, str, withAnchor } from '../util.js'

/** A quote: `>` with its blocks, and the attribution as a final `> — Name, title` line. */
export function quote(node: Quote, state: MarkdownState): MdastResult {
  if (!Array.isArray(node.children)) return fallbackBlock(state, node)
  const content = attributed(state, flat(state, node), node.attribution)
  return withAnchor(state, node, [{ type: 'blockquote', children: content as never }])
}

/** The dash and space that start an attribution line. */
export const DASH = '— '

/**
 * Blocks followed by their attribution line. In the lossless form, a last
 * paragraph that would read back as an attribution line (it starts with the
 * dash) is opened with an empty `:node{split}` directive instead.
 */
export function attributed(state: MarkdownState, content: RootContent[], attribution: Attribution | undefined) {
  if (attribution !== undefined && attribution !== null) {
    content.push({ type: 'paragraph', children: attributionLine(state, attribution) })
  } else if (state.options.frontmatter) {
    const last = content[content.length - 1]
    const first = last?.type === 'paragraph' ? last.children[0] : undefined
    if (first?.type === 'text' && first.value.startsWith(DASH))
      (last as { children: PhrasingContent[] }).children.unshift(split())
  }
  return content
}

/** The `:node{split}` directive, which reads back as nothing. */
function split(): PhrasingContent {
  return { type: 'textDirective', name: DIRECTIVE.node, attributes: { split: '' }, children: [] } as PhrasingContent
}

/**
 * `— Name, title`, the name linked to the attribution's URL. In the lossless
 * form, a name with `, ` and no link is followed by `:node{split}`, so that
 * its comma does not read back as the start of the title.
 */
export function attributionLine(state: MarkdownState, attribution: Attribution): PhrasingContent[] {
  const name = str(attribution.name)
  const title = typeof attribution.title === 'string' ? `, ${attribution.title}` : ''
  const url = attribution.url === undefined ? undefined : safeUrl(state, attribution.url, 'link', 'attribution', 'url')
  if (url === undefined) {
    if (!state.options.frontmatter || !name.includes(', ')) return [{ type: 'text', value: DASH + name + title }]
    const line: PhrasingContent[] = [{ type: 'text', value: DASH + name }, split()]
    if (title) line.push({ type: 'text', value: title })
    return line
  }
  const line: PhrasingContent[] = [
    { type: 'text', value: DASH },
    { type: 'link', url, title: null, children: [{ type: 'text', value: name }] },
  ]
  if (title) line.push({ type: 'text', value: title })
  return line
}
