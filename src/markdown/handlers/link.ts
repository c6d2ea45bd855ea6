import type { PhrasingContent } from 'mdast'
import type { Link } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { phrasing, safeUrl } from '../util.js'

/** A link: `[text](url "title")`; a link whose URL the policy refuses keeps its text. */
export function link(node: Link, state: MarkdownState): MdastResult {
  const { scratch } = state.options
  scratch.link++
  let children: PhrasingContent[]
  try {
    children = phrasing(state, node)
  } finally {
    scratch.link--
  }
  const url = safeUrl(state, node.url, 'link', 'url')
  if (url === undefined) return children
  // Only the reader form gets here with these (the lossless form keeps such links as JSON): show the URL.
  if (children.length === 0) children = [{ type: 'text', value: url }]
  const title = typeof node.title === 'string' && node.title !== '' ? node.title : null
  return [{ type: 'link', url, title, children }]
}
