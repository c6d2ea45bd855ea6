// "Did you mean …?" for a mistyped option or command. The edit distance is
// the library's own (`closest`, the one validation uses for unknown keys and
// block types), taken by package name, never copied here.

import { closest } from 'articlekit'

/**
 * The candidate that `word` most likely means: the only one it starts
 * (`--out` for `--out-dir`), else the closest by edit distance when close
 * enough to be a typo (`--verbos` for `--verbose`); undefined when none is.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length >= 2) {
    const started = candidates.filter((candidate) => candidate.startsWith(word))
    if (started.length === 1) return started[0]
  }
  return closest(word, candidates)
}

/** `; did you mean `--name`?` for an unknown option (`--nmae` or `-n`) among `accepted` names, or nothing. */
export function optionHint(given: string, accepted: readonly string[]): string {
  const name = suggest(given.replace(/^-+/, ''), accepted)
  return name === undefined ? '' : `; did you mean \`--${name}\`?`
}
