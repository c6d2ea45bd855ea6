import type * as z from 'zod/mini'
import { formatPath, type IssuePath } from '../core/path.js'
import type { Problem } from '../core/problem.js'
import { excerpt } from '../model/excerpt.js'
import { LIMITS } from '../model/limits.js'
import { closest } from './suggest.js'

/**
 * One reason an input is not a valid article.
 *
 * `code` is a stable snake_case identifier (listed in `docs/validation.md`);
 * `message` is for people and may change between versions.
 */
export interface ValidationIssue extends Problem<ValidationCode> {
  /** Where the problem is: object keys and array indices from the article root. */
  readonly path: IssuePath
  /** Stable identifier of the problem, such as `unknown_key` or `invalid_url`. */
  readonly code: ValidationCode
  /** What is wrong, naming the offending value in backticks. */
  readonly message: string
}

/**
 * The codes of validation issues (the table in `docs/validation.md`), the
 * codes zod gives checks a custom block's schema may add, and those that
 * `fromMarkdown` adds for Markdown it cannot read.
 */
export type ValidationCode =
  | 'invalid_type'
  | 'required'
  | 'unknown_key'
  | 'unknown_type'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'invalid_url'
  | 'invalid_date'
  | 'invalid_language'
  | 'invalid_id'
  | 'empty_text'
  | 'multiline'
  | 'too_deep'
  | 'too_large'
  | 'circular'
  | 'unreadable'
  | 'nested_link'
  | 'nested_citation'
  | 'internal'
  | 'too_many_issues'
  | 'custom'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'invalid_key'
  | 'invalid_markdown'
  | 'unsupported_markdown'
  | 'invalid_frontmatter'
  | CustomIssueCode

/**
 * A code a custom block's refinement sets with `params: { code }`: any
 * snake_case string. It is written this way so that editors still offer the
 * built-in codes of {@link ValidationCode}.
 */
export type CustomIssueCode = string & {}

/** How many issues an error's `message` lists before summarizing the rest. */
const MESSAGE_ISSUE_LIMIT = 50

/**
 * Thrown by `parseArticle` when the input is not a valid article. Its
 * `message` lists every issue as `path: message`; `issues` holds them as data.
 *
 * @example
 * try {
 *   parseArticle(input)
 * } catch (error) {
 *   if (error instanceof ArticleValidationError) {
 *     for (const issue of error.issues) console.log(issue.path, issue.code)
 *   }
 * }
 */
export class ArticleValidationError extends Error {
  override readonly name = 'ArticleValidationError'
  /** Every problem found, in the order of the model's fields (unknown keys after the known ones). */
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[]) {
    const lines = issues.slice(0, MESSAGE_ISSUE_LIMIT).map((issue) => `  ${formatIssue(issue)}`)
    if (issues.length > MESSAGE_ISSUE_LIMIT) lines.push(`  …and ${issues.length - MESSAGE_ISSUE_LIMIT} more`)
    super(`Invalid article (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`)
    this.issues = Object.freeze(issues.slice())
  }
}

/**
 * Whether `value` is an {@link ArticleValidationError}, also across realms
 * (iframes, workers, duplicate installs), where `instanceof` fails.
 */
export function isArticleValidationError(value: unknown): value is ArticleValidationError {
  if (value instanceof ArticleValidationError) return true
  // An Error from another realm fails `instanceof Error`, so only the shape is checked.
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'ArticleValidationError' &&
    typeof (value as { message?: unknown }).message === 'string' &&
    Array.isArray((value as { issues?: unknown }).issues)
  )
}

/**
 * One issue as a line: `body[3].children[0].url: message`.
 *
 * @example
 * const result = safeParseArticle(input)
 * if (!result.success) for (const issue of result.error.issues) console.error(formatIssue(issue))
 */
export function formatIssue(issue: ValidationIssue): string {
  const where = formatPath(issue.path)
  return where ? `${where}: ${issue.message}` : issue.message
}

// ---------------------------------------------------------------------------
// From zod issues to ours
// ---------------------------------------------------------------------------

type RawIssue = z.core.$ZodIssue & { input?: unknown; known?: string[]; params?: { code?: string } }

/**
 * Turn zod's issues into articlekit's: our own codes and messages, one issue
 * per unknown key, and unions resolved to the branch the input meant.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], base: IssuePath = []): ValidationIssue[] {
  const result: ValidationIssue[] = []
  for (let index = 0; index < issues.length; index++) {
    if (result.length >= LIMITS.issues) {
      // A list nobody reads to the end costs time and memory: stop, and say so.
      result.length = LIMITS.issues
      result.push({
        path: [...base],
        code: 'too_many_issues',
        message: `More than ${LIMITS.issues} issues; the first ${LIMITS.issues} are listed`,
      })
      break
    }
    convert(issues[index] as RawIssue, base, result)
  }
  return result
}

function convert(issue: RawIssue, base: IssuePath, out: ValidationIssue[]): void {
  const path = [...base, ...(issue.path as (string | number)[])]
  switch (issue.code) {
    case 'unrecognized_keys': {
      for (const key of issue.keys) {
        const suggestion = issue.known ? closest(key, issue.known) : undefined
        out.push({
          path: [...path, key],
          code: 'unknown_key',
          message: `Unknown key \`${excerpt(key)}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        })
      }
      return
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        out.push(unknownType(issue, path))
        return
      }
      // Pick the branch the input was aimed at: the one that failed below its own top level.
      const deep = issue.errors.filter(
        (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      )
      if (deep.length === 1) {
        for (const inner of deep[0] as RawIssue[]) convert(inner, path, out)
        return
      }
      if (issue.input instanceof Date) {
        out.push(invalidDate(path))
        return
      }
      const expected = new Set<string>()
      for (const branch of issue.errors) {
        for (const inner of branch) if (inner.code === 'invalid_type') expected.add(describeExpected(inner.expected))
      }
      out.push({
        path,
        code: issue.input === undefined ? 'required' : 'invalid_type',
        message:
          issue.input === undefined
            ? `Required: expected ${[...expected].join(' or ')}`
            : `Expected ${[...expected].join(' or ')}, got ${describeValue(issue.input)}`,
      })
      return
    }
    case 'invalid_type': {
      if (issue.input instanceof Date) {
        out.push(invalidDate(path))
        return
      }
      const expected = describeExpected(issue.expected)
      out.push(
        issue.input === undefined
          ? { path, code: 'required', message: `Required: expected ${expected}` }
          : { path, code: 'invalid_type', message: `Expected ${expected}, got ${describeValue(issue.input)}` },
      )
      return
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => `\`${String(value)}\``)
      out.push({
        path,
        code: 'invalid_value',
        message: `Expected ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}, got ${describeValue(issue.input)}`,
      })
      return
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small'
      const bound = String(small ? issue.minimum : issue.maximum)
      const inclusive = issue.inclusive !== false
      const relation = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'
      const what =
        issue.origin === 'array'
          ? `${relation} ${bound} ${bound === '1' ? 'item' : 'items'}`
          : issue.origin === 'string'
            ? `text of ${relation} ${bound} ${bound === '1' ? 'character' : 'characters'}`
            : `a number ${relation} ${bound}`
      out.push({ path, code: issue.code, message: `Expected ${what}, got ${describeValue(issue.input)}` })
      return
    }
    case 'custom': {
      out.push({ path, code: issue.params?.code ?? 'custom', message: issue.message })
      return
    }
    default: {
      out.push({ path, code: issue.code, message: issue.message })
    }
  }
}

function invalidDate(path: IssuePath): ValidationIssue {
  return { path, code: 'invalid_date', message: 'Expected a valid date, got an Invalid Date' }
}

function unknownType(issue: RawIssue & { options?: unknown[] }, path: IssuePath): ValidationIssue {
  const options = (issue.options ?? []).map(String)
  const kind = options.includes('paragraph') ? 'block' : options.includes('text') ? 'inline' : 'node'
  // zod reports the object that failed to match; its `type` is what we describe.
  const input = issue.input
  const value = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : input
  if (typeof value !== 'string') {
    return {
      path,
      code: value === undefined ? 'required' : 'invalid_type',
      message: `Expected ${kind === 'inline' ? 'an' : 'a'} ${kind} \`type\` (one of ${options.map((o) => `\`${o}\``).join(', ')}), got ${describeValue(value)}`,
    }
  }
  const hint = kind === 'inline' && value === 'code' ? 'inlineCode' : closest(value, options)
  return {
    path,
    code: 'unknown_type',
    message: `Unknown ${kind} type \`${excerpt(value)}\`${hint ? `; did you mean \`${hint}\`?` : `; expected one of ${options.map((o) => `\`${o}\``).join(', ')}`}`,
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a string'
    case 'number':
      return 'a number'
    case 'int':
      return 'an integer'
    case 'boolean':
      return 'a boolean'
    case 'array':
      return 'an array'
    case 'object':
      return 'an object'
    case 'date':
      return 'a Date'
    default:
      return expected
  }
}

/** Describe a received value briefly, never echoing more than a short excerpt. */
function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return `\`${excerpt(value)}\``
    case 'number':
    case 'boolean':
    case 'bigint':
      return `\`${String(value)}\``
    case 'undefined':
      return 'nothing'
    case 'object':
      return value instanceof Date ? 'a Date' : 'an object'
    default:
      return `a ${typeof value}`
  }
}
