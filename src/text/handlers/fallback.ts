import type { TextState } from '../types.js'
import { concat, fill, join, str } from '../util.js'

const INLINE: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'text',
  'emphasis',
  'strong',
  'strikethrough',
  'inlineCode',
  'link',
  'break',
  'citation',
])

/**
 * What renders a node without a handler (the text renderer's default
 * `unknownNode`): its text children, never silence. Inside inline content, the
 * text of its children; as a block, runs of inline children as wrapped
 * paragraphs and block children as blocks. A node without `children` renders
 * its `value` if it is a string, else nothing.
 */
export function fallback(node: { type: string }, state: TextState): string {
  const { children, value } = node as { children?: unknown; value?: unknown }
  if (!Array.isArray(children)) return str(state, value)
  const scratch = state.options.scratch
  if (scratch.inline) return concat(state.all(node))
  const parts: string[] = []
  let run = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as { type?: unknown } | null
    if (child !== null && typeof child === 'object' && INLINE.has(child.type)) {
      scratch.inline = true
      try {
        run += state.one(child, 'children', index)
      } finally {
        scratch.inline = false
      }
      continue
    }
    parts.push(fill(state, run), state.one(child, 'children', index))
    run = ''
  }
  parts.push(fill(state, run))
  return join(parts)
}
