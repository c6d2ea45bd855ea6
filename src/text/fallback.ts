import { warn } from '../core/problem.js'
import { stringFields } from './fields.js'
import { INLINE } from './inline-types.js'
import type { TextState } from './types.js'
import { fill, join, printable, sentence, withScratch } from './util.js'

/**
 * What renders a node without a handler (the text renderer's default
 * `unknownNode`): its text children, never silence. Inside inline content, the
 * text of its children; as a block, runs of inline children as wrapped
 * paragraphs and block children as blocks. A node without `children` renders
 * its `value` if it is a string. A node with neither renders its other string
 * fields (see below) and is reported through `onWarning` as
 * `node_without_text`.
 */
export function fallback(node: { type: string }, state: TextState): string {
  const { children, value } = node as { children?: unknown; value?: unknown }
  if (!Array.isArray(children)) return typeof value === 'string' ? printable(state, value) : fields(node, state)
  if (state.options.scratch.inline) return state.join(node)
  const parts: string[] = []
  let run = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as { type?: unknown } | null
    if (child !== null && typeof child === 'object' && INLINE.has(child.type)) {
      run += withScratch(state, 'inline', true, () => state.one(child, 'children', index))
      continue
    }
    parts.push(fill(state, run), state.one(child, 'children', index))
    run = ''
  }
  parts.push(fill(state, run))
  return join(parts)
}

/**
 * A node with neither `children` nor a string `value`: its string fields
 * (each own string, and each string in an own array, but `type`, `id`, `key`,
 * URL fields and URLs), one a line; in a sentence each in speech; separated
 * by spaces inside inline content. Reported through `onWarning`.
 */
function fields(node: { type: string }, state: TextState): string {
  const { speech, scratch } = state.options
  const found = stringFields(node).map((value) => printable(state, value))
  const type = typeof node.type === 'string' ? JSON.stringify(node.type.slice(0, 40)).slice(1, -1) : ''
  warn(
    state,
    'node_without_text',
    [],
    found.length > 0
      ? `Node \`${type}\` has no handler and no \`children\` or \`value\`: its string fields were written instead. Add a handler for it.`
      : `Node \`${type}\` has no handler and no \`children\`, \`value\` or string field: nothing was written. Add a handler for it.`,
  )
  if (scratch.inline) return found.join(' ')
  if (speech) return join(found.map(sentence), ' ')
  return join(
    found.map((value) => fill(state, value)),
    '\n',
  )
}
