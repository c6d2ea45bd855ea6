// Reading Markdown within the limits (`readWithin`), and the limits a
// pre-scan cannot decide, checked while parsing. What counts as one
// paragraph, heading or table cell is only known to micromark, so a
// micromark extension counts the inline markers of each, and the nesting of
// marks is measured on the tree before it is converted.

import type { Nodes, Root } from 'mdast'
import type { Code, Effects, Extension, State, TokenizeContext } from 'micromark-util-types'
import { ArticleValidationError } from '../validate/errors.js'
import { limitIssue, type MarkdownLimits, resolveLimits, scanMarkdownLimits, tooDeep } from './limits.js'
import { linearSetext } from './setext.js'

/**
 * Read Markdown within the limits, for `fromMarkdown` and the dialects: the
 * pre-scan first, then `parse` with the micromark extension that guards
 * inline content and makes setext headings linear, the tree's inline depth,
 * and `convert`. A stack overflow
 * anywhere becomes a `too_deep` issue; any other error propagates.
 * `frontMatter` says that `parse` reads YAML front matter, which the
 * pre-scan then skips.
 *
 * @internal
 */
export function readWithin<T>(
  source: string,
  limits: Partial<MarkdownLimits> | undefined,
  parse: (guard: Extension) => Root,
  convert: (tree: Root) => T,
  frontMatter = false,
): T {
  const resolved = resolveLimits(limits)
  const refused = scanMarkdownLimits(source, resolved, frontMatter)
  if (refused.length > 0) throw new ArticleValidationError(refused)
  try {
    const tree = parse({ ...inlineGuard(resolved), ...linearSetext })
    checkInlineDepth(tree, resolved)
    return convert(tree)
  } catch (error) {
    // Whatever the limits let through, nesting must never crash the caller.
    throw tooDeep(error)
  }
}

/**
 * A micromark extension that tries first at every run of `*` or `_` and
 * every `~`, `[`, `!` and `]` of inline content, counts it and always
 * declines, so the parse is unchanged. Past `inlineMarkers` in one paragraph, heading or table cell, or
 * past `inlineDepth` brackets open at once there, it stops the parser with
 * an `ArticleValidationError`.
 */
export function inlineGuard(limits: MarkdownLimits): Extension {
  // Per tokenizer (one run of inline content): markers met and `[` still open.
  const counts = new WeakMap<TokenizeContext, { markers: number; open: number }>()
  const construct = { name: 'articlekitLimits', add: 'before' as const, tokenize }
  return { text: { 33: construct, 42: construct, 91: construct, 93: construct, 95: construct, 126: construct } }

  function tokenize(this: TokenizeContext, effects: Effects, _ok: State, nok: State): State {
    const context = this
    const seen = counts.get(context) ?? { markers: 0, open: 0 }
    counts.set(context, seen)
    let first: Code = null
    let at = context.now()
    return start

    function start(code: Code): State | undefined {
      at = context.now()
      first = code
      // Each `~` counts on its own: strikethrough declines runs of three or more, which are then tried again from each `~`.
      if (code === 93 || code === 126) {
        mark()
        if (code === 93 && seen.open > 0) seen.open--
        return nok(code)
      }
      // Attention takes a whole run of `*` or `_`, so this is its start (or follows an escaped marker).
      effects.enter('data')
      effects.consume(code)
      return next
    }

    function next(code: Code): State | undefined {
      if (first === 33 || first === 91) {
        // `![` opens a label, and so does `[`, except a footnote call (`[^note]`), which takes its `]` along.
        if (first === 91 ? code !== 94 : code === 91) {
          if (++seen.open > limits.inlineDepth) stop('inlineDepth', seen.open)
        }
        if (first === 91 || code === 91) mark()
      } else {
        mark()
        if (code === first) {
          effects.consume(code)
          return next
        }
      }
      effects.exit('data')
      return nok(code)
    }

    function mark(): void {
      if (++seen.markers > limits.inlineMarkers) {
        stop('inlineMarkers', seen.markers)
      }
    }

    function stop(name: keyof MarkdownLimits, count: number): never {
      throw new ArticleValidationError([limitIssue(limits, name, count, at.line, at.column)])
    }
  }
}

/** Inline nodes that hold inline nodes, as the model's `inlineDepth` counts them. */
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective'])

/**
 * Refuse a tree whose inline marks nest deeper than `inlineDepth`, walking it
 * without recursion, so that nothing deeper reaches the converter.
 *
 * @throws {ArticleValidationError} at the first node too deep.
 */
export function checkInlineDepth(tree: Root, limits: MarkdownLimits): void {
  const nodes: Nodes[] = [tree]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes
    let depth = depths.pop() as number
    if (INLINE_PARENTS.has(node.type) && ++depth > limits.inlineDepth) {
      const start = node.position?.start
      throw new ArticleValidationError([limitIssue(limits, 'inlineDepth', depth, start?.line ?? 1, start?.column ?? 1)])
    }
    if ('children' in node) {
      for (const child of node.children) {
        nodes.push(child)
        depths.push(depth)
      }
    }
  }
}
