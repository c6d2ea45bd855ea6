// A `text` handler for mdast-util-to-markdown that returns the text as it is
// when escaping provably cannot change it, and calls the default handler
// (its `safe`) otherwise. The output is byte-identical to the default
// handler's; test/markdown/fast-text.test.ts checks it against the default
// call on fixtures, generated and random articles and the hostile corpus.
//
// Why it is exact. `safe` escapes only at a position inside the text where
// one of the `unsafe` patterns in scope (by the construct stack) matches its
// character, with the pattern's `before` and `after` conditions met by the
// text and the characters around it; with no such position it returns the
// text with backslashes escaped before punctuation. So the text comes back
// unchanged when it holds no backslash (nor does the character after it) and
// no in-scope pattern has its character at a position inside the text. The
// check below finds every such position (its lookarounds see more than
// `safe`'s non-overlapping scan, never less), so a text it lets through is
// one `safe` would leave alone. Patterns tied to a sibling node
// (`beforeNode`, `afterNode`) can only apply to the text's first or last
// character, which is checked directly.

import type { Text } from 'mdast'
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown'

/** What decides, for one construct stack, whether a text may need escaping. */
interface Scope {
  /** Finds every character some in-scope pattern (without a sibling condition) is about. */
  characters: RegExp | undefined
  /**
   * The same for patterns that can match away from a line ending: a text with
   * no line ending in or around it needs only these (most prose).
   */
  inLine: RegExp | undefined
  /**
   * For each such character, its patterns as sticky expressions matching the
   * character itself, the pattern's conditions as lookarounds.
   */
  patterns: Map<string, RegExp[]>
  /** Characters that need a look when they start the text (patterns with `beforeNode`). */
  first: string
  /** Characters that need a look when they end the text (patterns with `afterNode`). */
  last: string
}

/** Scopes by construct stack, with the pattern list they were made from (one per toMarkdown call's state). */
const scopes = new Map<string, { unsafe: readonly Unsafe[]; scope: Scope }>()
const checked = new WeakMap<State, Map<string, Scope>>()

function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  const listed = (list: Unsafe['inConstruct'], none: boolean) => {
    if (list === undefined || list === null) return none
    const names = typeof list === 'string' ? [list] : list
    return names.length === 0 ? none : names.some((name) => stack.includes(name))
  }
  return listed(pattern.inConstruct, true) && !listed(pattern.notInConstruct, false)
}

function makeScope(state: State): Scope {
  const patterns = new Map<string, RegExp[]>()
  const inLine = new Set<string>()
  let first = ''
  let last = ''
  for (const pattern of state.unsafe) {
    if (!inScope(state.stack, pattern)) continue
    if (pattern.beforeNode) first += pattern.character
    else if (pattern.afterNode) last += pattern.character
    else {
      const list = patterns.get(pattern.character) ?? []
      list.push(new RegExp(lookaround(pattern), pattern.unicode ? 'yu' : 'y'))
      patterns.set(pattern.character, list)
      if (!needsLineEnding(pattern)) inLine.add(pattern.character)
    }
  }
  return { characters: anyOf(patterns.keys()), inLine: anyOf(inLine), patterns, first, last }
}

/** An expression finding any of the characters, or `undefined` for none. */
function anyOf(characters: Iterable<string>): RegExp | undefined {
  let set = ''
  for (const character of characters) set += `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  return set ? new RegExp(`[${set}]`, 'g') : undefined
}

/** Whether a pattern applies only next to a line ending: at a break, or with a line ending as its whole `before` or `after`. */
function needsLineEnding(pattern: Unsafe): boolean {
  return pattern.atBreak === true || pattern.before === '[\\r\\n]' || pattern.after === '[\\r\\n]'
}

/** A pattern as an expression matching its character alone: `before` (and a break) behind it, `after` ahead. */
function lookaround(pattern: Unsafe): string {
  const before = (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '')
  const character = /[$()*+.?[\\\]^{|}]/.test(pattern.character) ? `\\${pattern.character}` : pattern.character
  return `${before ? `(?<=${before})` : ''}${character}${pattern.after ? `(?=${pattern.after})` : ''}`
}

/** The scope for the state's current stack: made once per stack and pattern list, checked once per call. */
function scopeOf(state: State): Scope {
  const key = state.stack.join(' ')
  let byStack = checked.get(state)
  if (byStack === undefined) {
    byStack = new Map()
    checked.set(state, byStack)
  }
  let scope = byStack.get(key)
  if (scope !== undefined) return scope
  const known = scopes.get(key)
  const unsafe = state.unsafe
  if (
    known &&
    known.unsafe.length === unsafe.length &&
    known.unsafe.every((pattern, index) => pattern === unsafe[index])
  ) {
    scope = known.scope
  } else {
    scope = makeScope(state)
    // Option sets come from code, not input, but keep the cache bounded anyway.
    if (scopes.size >= 256) scopes.clear()
    scopes.set(key, { unsafe: [...unsafe], scope })
  }
  byStack.set(key, scope)
  return scope
}

/** The `text` handler: the value itself when escaping cannot change it, else the default handler. */
export const fastText: Handle = (node: Text, parent, state: State, info) => {
  const value = node.value
  const after = info.after
  if (value.includes('\\') || after.includes('\\')) return defaultHandlers.text(node, parent, state, info)
  const scope = scopeOf(state)
  if (value.length > 0 && (scope.first.includes(value[0] as string) || scope.last.includes(value.at(-1) as string))) {
    return defaultHandlers.text(node, parent, state, info)
  }
  const subject = info.before + value + after
  const characters = subject.includes('\n') || subject.includes('\r') ? scope.characters : scope.inLine
  if (characters === undefined) return value
  const end = info.before.length + value.length
  // Each character some pattern is about, inside the text; then that character's patterns, at that position.
  characters.lastIndex = info.before.length
  for (let found = characters.exec(subject); found !== null && found.index < end; found = characters.exec(subject)) {
    for (const pattern of scope.patterns.get(found[0]) as RegExp[]) {
      pattern.lastIndex = found.index
      if (pattern.test(subject)) return defaultHandlers.text(node, parent, state, info)
    }
  }
  return value
}
