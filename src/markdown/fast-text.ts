// A `text` handler for mdast-util-to-markdown that returns the text as it is
// when no escape could apply to it, and calls the default escaping (`safe`)
// (the default handler) otherwise. It relies on how `safe` works: it only ever changes the text at
// an occurrence of some unsafe pattern's `character` (or a backslash), so a
// text holding none of them comes out unchanged. The output is byte-identical
// to the default handler's; test/markdown/fast-text.test.ts checks it.

import type { Text } from 'mdast'
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown'

/** Constructs text nodes are never written in (code fence info strings and autolinks are written by `safe` directly). */
const NOT_TEXT = new Set(['codeFencedLangGraveAccent', 'codeFencedLangTilde', 'autolink'])

const cache = new WeakMap<readonly Unsafe[], RegExp>()

/**
 * A test that finds every character `safe` could escape in a text node:
 * each pattern's `character`, the backslash, and spaces or tabs where a
 * pattern could apply to them (at the edges of the text, next to a line
 * ending, which is itself a pattern character; anywhere, if some pattern
 * about spaces has another shape).
 */
function riskyCharacters(unsafe: readonly Unsafe[]): RegExp {
  let test = cache.get(unsafe)
  if (test) return test
  const characters = new Set<string>(['\\'])
  let spaceAnywhere = false
  for (const pattern of unsafe) {
    if (pattern.character === ' ' || pattern.character === '\t') {
      const constructs = pattern.inConstruct === undefined ? undefined : [pattern.inConstruct].flat()
      const atLineEnding = pattern.before === '[\\r\\n]' || pattern.after === '[\\r\\n]'
      const elsewhere = constructs?.every((name) => typeof name === 'string' && NOT_TEXT.has(name)) === true
      if (!atLineEnding && !elsewhere) spaceAnywhere = true
      continue
    }
    characters.add(pattern.character)
  }
  const set = [...characters].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
  test = new RegExp(spaceAnywhere ? `[${set} \\t]` : `[${set}]|^[ \\t]|[ \\t]$`)
  cache.set(unsafe, test)
  return test
}

/** The `text` handler: the value itself when nothing in it could need escaping, else the default handler. */
export const fastText: Handle = (node: Text, parent, state: State, info) => {
  const value = node.value
  return riskyCharacters(state.unsafe).test(value) ? defaultHandlers.text(node, parent, state, info) : value
}
