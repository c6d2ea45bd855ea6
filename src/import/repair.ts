// Repairing converted input the model refused: a node in the body becomes
// its text, a metadata value is left out, and each change is reported. Shared
// by the importers that read what they cannot fully control (blog posts, web
// pages).

import type { Json, Path, Point } from '../markdown/from-mdast.js'
import { INLINE_TYPES } from '../model/node-types.js'
import { squash } from '../model/text.js'
import type { ValidationIssue } from '../validate/errors.js'
import type { Warn } from './post-fields.js'

const INLINE: ReadonlySet<unknown> = new Set<unknown>(INLINE_TYPES)

/**
 * Make the input pass where the model refused it: a node in the body
 * becomes its text (an inline node a text, a block a paragraph), a metadata
 * value is left out. Each change is a warning, at the place `locate` finds
 * for the issue (posts have lines; pages have none). Returns whether
 * anything changed.
 */
export function repair(
  input: Json,
  issues: readonly ValidationIssue[],
  warn: Warn,
  locate?: (found: ValidationIssue) => Point | undefined,
): boolean {
  let changed = false
  for (const found of issues) {
    const path = found.path as Path
    const where = locate?.(found)
    if (path[0] === 'headline' || path.length === 0) return false
    if (path[0] !== 'body') {
      const key = path[0] as string
      const value = input[key]
      if (Array.isArray(value) && typeof path[1] === 'number' && value.length > 1) {
        value.splice(path[1], 1)
      } else delete input[key]
      warn('invalid_value', path, `${found.message}; \`${key}\` is left out`, where)
      changed = true
      continue
    }
    // The deepest node on the path, and the array that holds it.
    let holder: unknown[] | undefined
    let index = -1
    let node: Json | undefined
    let current: unknown = input
    for (const step of path) {
      if (current === null || typeof current !== 'object') break
      const next = (current as Record<string | number, unknown>)[step]
      if (Array.isArray(current) && typeof step === 'number' && next !== null && typeof next === 'object') {
        if (typeof (next as Json).type === 'string' || (next as Json).children !== undefined) {
          holder = current
          index = step
          node = next as Json
        }
      }
      current = next
    }
    if (!holder || !node) return false
    const words = textOf(node)
    const inline = INLINE.has(node.type)
    holder[index] = inline
      ? { type: 'text', value: words }
      : { type: 'paragraph', children: words === '' ? [] : [{ type: 'text', value: words }] }
    warn('invalid_value', path, `${found.message}; kept as ${inline ? 'text' : 'a paragraph of its text'}`, where)
    changed = true
  }
  return changed
}

/** The text values in a node of the input, without recursion. */
export function textOf(node: unknown): string {
  const parts: string[] = []
  someNode(node, (current) => {
    if (typeof current.value === 'string') parts.push(current.value)
    return false
  })
  return squash(parts.join(' '))
}

/** The fields of an input node that hold nodes, as the model's table names them. */
const NODE_FIELDS = ['children', 'items', 'rows', 'header', 'caption']

/**
 * Whether `test` holds for a node object in `node` (itself, or one in its arrays and node fields),
 * walked without recursion: a caption and a table's header before the rest, as `textOf` reads them.
 */
export function someNode(node: unknown, test: (node: Json) => boolean): boolean {
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push(current[index])
    } else if (current !== null && typeof current === 'object') {
      if (test(current as Json)) return true
      for (const key of NODE_FIELDS) {
        const child = (current as Json)[key]
        if (child !== undefined) stack.push(child)
      }
    }
  }
  return false
}
