import type { Code } from '../../model/types.js'
import type { MarkdownState, MdastResult } from '../types.js'
import { fallbackBlock, withAnchor } from '../util.js'

/** A code block, fenced, with its language in the info string (mdast-util-to-markdown encodes what it must there). */
export function code(node: Code, state: MarkdownState): MdastResult {
  if (typeof node.value !== 'string') return fallbackBlock(state, node)
  const language = typeof node.language === 'string' && node.language !== '' ? node.language : null
  return withAnchor(state, node, [{ type: 'code', lang: language, meta: null, value: node.value }])
}
