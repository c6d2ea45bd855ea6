// Limits on what `fromMarkdown` reads, and the linear pre-scan that checks
// the ones a scan of the source can decide. micromark and
// mdast-util-from-markdown do work that grows faster than the input with
// nesting depth, with the number of delimiters in one paragraph and with the
// lengths of unclosed backtick runs; bounding those keeps every input linear.
// The limits a pre-scan cannot decide are checked while parsing (parse-guard.ts).

import { ArticleValidationError } from '../validate/errors.js'
import type { MarkdownIssue } from './types.js'

/**
 * How much `fromMarkdown` reads before it refuses the input with a
 * `too_deep` or `too_large` issue. The defaults are far above real
 * articles and keep the time of the worst input linear in its length.
 * `Infinity` turns a limit off; a value that is not a number from 0 up
 * keeps the default.
 */
export interface MarkdownLimits {
  /**
   * How deep block quotes, list items, footnote definitions and container
   * directives nest. Counted from each line's start: every `>`, list marker
   * and `[^note]:`, every two columns of indentation before them, and every
   * `:::name` still open; the front matter is not counted. (default: `64`)
   */
  readonly depth: number
  /**
   * How deep emphasis, strong, strikethrough, links and text directives nest
   * inside each other, and how many `[` may be open at once in one
   * paragraph, heading or table cell. (default: `32`)
   */
  readonly inlineDepth: number
  /**
   * How many `*`, `_` and `~` delimiter characters, `[`, `![` and `]` one
   * paragraph, heading or table cell may hold. (default: `500`)
   */
  readonly inlineMarkers: number
  /**
   * How many different lengths of backtick runs the document may hold. From
   * each run, the parser reads ahead to the next run of the same length (or
   * the paragraph's end), so each length costs at most one slow reading of
   * the document. (default: `8`)
   */
  readonly backtickLengths: number
  /** How many footnote definitions (`[^note]: …`) the document may hold. (default: `1000`) */
  readonly footnotes: number
  /**
   * How many block quotes, lists, footnote definitions and container
   * directives the document may open. micromark moves the events of the
   * whole document when some of them close. Counted as the containers a line
   * with a marker has beyond the line before it, and each `:::name`; the
   * front matter is not counted. (default: `1000`)
   */
  readonly containers: number
}

/**
 * The limits `fromMarkdown` applies unless its `limits` option changes them.
 *
 * @example
 * fromMarkdown(markdown, { limits: { depth: defaultMarkdownLimits.depth * 2 } })
 */
export const defaultMarkdownLimits: MarkdownLimits = /* @__PURE__ */ Object.freeze({
  depth: 64,
  inlineDepth: 32,
  inlineMarkers: 500,
  backtickLengths: 8,
  footnotes: 1000,
  containers: 1000,
})

/** The default limits with those of `limits` over them; anything but a number from 0 up keeps the default. */
export function resolveLimits(limits: Partial<MarkdownLimits> | null | undefined): MarkdownLimits {
  const out: Record<string, unknown> = { ...defaultMarkdownLimits }
  for (const key in out) {
    const value = limits?.[key as keyof MarkdownLimits]
    if (typeof value === 'number' && value >= 0) out[key] = value
  }
  return out as unknown as MarkdownLimits
}

/** The issue for `count` past limit `name` at a place in the source: `too_deep` for the depths, else `too_large`. */
export function limitIssue(
  limits: MarkdownLimits,
  name: keyof MarkdownLimits,
  count: number,
  line: number,
  column: number,
): MarkdownIssue {
  return {
    path: [],
    code: /depth/i.test(name) ? 'too_deep' : 'too_large',
    message: `Markdown past the limit \`${name}\` of ${limits[name]}: \`${count}\` (line ${line}, column ${column})`,
    line,
    column,
  }
}

/**
 * One piece of a line's container prefix: a tab, a space, a `>` with its
 * space, a list marker (followed by a space, a tab or the line end) with its
 * spaces, or a footnote label with its colon and spaces.
 */
const PREFIX = /(\t)|( )|> ?|(?:[-+*]|\d{1,9}[.)])(?=[ \t\r\n]|$) {0,4}|(\[\^[^\]\r\n]*\]:) {0,4}/y
const RUN = /`+/y
const FENCE = /:{3,}/y
/**
 * YAML front matter as micromark's front-matter extension reads it: `---`
 * (then spaces or tabs) as the document's first line, up to the next such
 * line. Anchored, so the lazy run is tried from one place only: linear.
 */
const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)(?:[\s\S]*?(?:\r\n?|\n))??---[ \t]*(?:\r\n?|\n|$)/

/**
 * Check the limits a single pass over the source can decide: block nesting
 * and containers, backtick runs and footnote definitions. The scan never
 * underestimates what micromark will build, so it may refuse a little early
 * (indented code counts as nesting), never late.
 *
 * @returns The issue of the first limit crossed, or none.
 */
export function scanMarkdownLimits(
  source: string,
  limits: MarkdownLimits = defaultMarkdownLimits,
  frontMatter = false,
): MarkdownIssue[] {
  const size = source.length
  // YAML front matter is one literal block to micromark, whatever its lines look like.
  const skipped = frontMatter ? (FRONT_MATTER.exec(source)?.[0].length ?? 0) : 0
  // Open container directives: the length of their fence and the nesting level of their line.
  const fences: number[] = []
  const levels: number[] = []
  // Backtick run lengths met so far.
  const lengths = new Set<number>()
  let footnotes = 0
  // Containers opened, and how many the line before had (0 for a line without markers).
  let opened = 0
  let before = 0
  // The next backtick at or after the line being read, found once for all lines.
  let tick = source.indexOf('`')
  let line = skipped && source.slice(0, skipped).split(/\r\n?|\n/).length - 1
  for (let start = skipped, end = 0; start <= size; start = end + (source.startsWith('\r\n', end) ? 2 : 1)) {
    line++
    end = start
    while (end < size && source[end] !== '\n' && source[end] !== '\r') end++
    // Each `>`, list marker and footnote label of the prefix, and each two columns of indentation, may open a container.
    let at = start
    let units = 0
    let spaces = 0
    PREFIX.lastIndex = start
    for (let piece = PREFIX.exec(source); piece && at < end; piece = PREFIX.exec(source)) {
      at = PREFIX.lastIndex
      // A tab counts as four columns, the most it can be.
      if (piece[1] || piece[2]) spaces += piece[1] ? 4 : 1
      else units++
      if (piece[3]) footnotes++
    }
    const level = units + (spaces >> 1)
    const marked = units > 0 ? level : 0
    opened += Math.max(0, marked - before)
    before = marked
    // Container directives nest without indentation: count the `:::name` still open.
    FENCE.lastIndex = at
    const fence = FENCE.exec(source)?.[0].length ?? 0
    const rest = source.slice(at + fence, end)
    if (fence > 0 && /^[a-z]/i.test(rest)) {
      fences.push(fence)
      levels.push(level)
      opened++
    } else if (fence >= (fences.at(-1) ?? Number.POSITIVE_INFINITY) && level === levels.at(-1) && !rest.trim()) {
      // A closing fence closes the directive only in the same container as its opening.
      fences.pop()
      levels.pop()
    }
    if (level + fences.length > limits.depth)
      return [limitIssue(limits, 'depth', level + fences.length, line, at + 1 - start)]
    if (footnotes > limits.footnotes) return [limitIssue(limits, 'footnotes', footnotes, line, 1)]
    if (opened > limits.containers) return [limitIssue(limits, 'containers', opened, line, 1)]
    if (tick !== -1 && tick < at) tick = source.indexOf('`', at)
    for (; tick !== -1 && tick < end; tick = source.indexOf('`', tick)) {
      RUN.lastIndex = tick
      const run = (RUN.exec(source) as RegExpExecArray)[0].length
      lengths.add(run)
      // After a backslash, the run that can open a code span is one shorter.
      if (run > 1 && source[tick - 1] === '\\') lengths.add(run - 1)
      if (lengths.size > limits.backtickLengths)
        return [limitIssue(limits, 'backtickLengths', lengths.size, line, tick + 1 - start)]
      tick += run
    }
  }
  return []
}

/**
 * A stack overflow (V8 and JavaScriptCore say "Maximum call stack size
 * exceeded", SpiderMonkey "too much recursion") as the `too_deep` error,
 * any other error as it is: nesting must never crash the caller.
 */
export function tooDeep(error: unknown): unknown {
  if (error instanceof Error && /call stack size|too much recursion/.test(error.message)) {
    return new ArticleValidationError([{ path: [], code: 'too_deep', message: 'Markdown nests too deep to read' }])
  }
  return error
}
