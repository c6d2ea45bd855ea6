import { warn } from '../../core/problem.js'
// Inline content becomes plain text in structured data: captions, the
// standfirst as a description. Marks and links leave only their words.

import type { Break, InlineCode, Text } from '../../model/types.js'
import type { JsonLdState } from '../types.js'

/** Text: its value. */
export function text(node: Text): string {
  return typeof node.value === 'string' ? node.value : ''
}

/** Inline code: its value, as text. */
export function inlineCode(node: InlineCode): string {
  return typeof node.value === 'string' ? node.value : ''
}

/** A line break: a space. */
export function lineBreak(_node: Break): string {
  return ' '
}

/** Emphasis, strong, strikethrough, links and citations: the text of their children. */
export function words(node: object, state: JsonLdState): string {
  let result = ''
  for (const part of state.all(node)) if (typeof part === 'string') result += part
  return result
}

/**
 * What renders an inline node without a handler (the default `unknownNode`):
 * the text of its `children`, as the text renderer does, else its `value` if
 * it is a string. A node with neither renders nothing, and is reported
 * through `onWarning` (`node_without_text`).
 */
export function fallback(node: { type: string }, state: JsonLdState): string {
  const { children, value } = node as { children?: unknown; value?: unknown }
  if (Array.isArray(children)) return words(node, state)
  if (typeof value === 'string') return value
  const hint = `Add one with \`handlers: { ${JSON.stringify(node.type)}: … }\``
  warn(state, 'node_without_text', [], `Node \`${node.type}\` has no handler and no text; left out. ${hint}`)
  return ''
}
