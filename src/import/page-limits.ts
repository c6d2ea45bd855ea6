// The limits of the page reader, checked before any work: a page too long or
// nested too deep is refused with an `ArticleValidationError` that says which
// limit and how to raise it, in time linear in the page.

import { ArticleValidationError } from '../validate/errors.js'
import { nesting } from './html-content.js'

/** How much of a page `fromHtml` and `fromDocument` read. */
export interface PageLimits {
  /** The most characters of HTML (`fromHtml`) or of text (`fromDocument`) a page may have. (default: `5_000_000`) */
  length: number
  /** How deep elements may nest. (default: `256`) */
  depth: number
}

/** The default {@link PageLimits}: pages of 5 million characters, elements 256 deep. */
export const defaultPageLimits: Readonly<PageLimits> = Object.freeze({ length: 5_000_000, depth: 256 })

/** The limits in force: the defaults with the caller's over them, each checked. */
export function pageLimits(given: Partial<PageLimits> | undefined): PageLimits {
  const limits = { ...defaultPageLimits }
  for (const key of ['length', 'depth'] as const) {
    const value = given?.[key]
    if (value === undefined) continue
    if (!Number.isSafeInteger(value) || value < 1)
      throw new TypeError(`Expected \`limits.${key}\` to be a positive whole number, not \`${String(value)}\``)
    limits[key] = value
  }
  return limits
}

function refuse(code: string, message: string): never {
  throw new ArticleValidationError([{ path: [], code, message }])
}

/** Refuse HTML that is not a string, longer than `limits.length`, or nested deeper than `limits.depth`. */
export function checkPageHtml(html: unknown, limits: PageLimits): string {
  if (typeof html !== 'string') refuse('invalid_type', `Expected the page as a string of HTML, not \`${typeof html}\``)
  if (html.length > limits.length)
    refuse(
      'too_large',
      `The page is \`${html.length}\` characters long; at most ${limits.length} are read (\`limits.length\`)`,
    )
  const depth = nesting(html)
  if (depth > limits.depth)
    refuse(
      'too_deep',
      `The page's elements nest \`${depth}\` deep; at most ${limits.depth} are read (\`limits.depth\`)`,
    )
  return html
}

/**
 * Refuse a document that is not one, whose text is longer than
 * `limits.length`, or whose elements nest deeper than `limits.depth`; one
 * walk without recursion. `parsed`: the document was parsed from HTML that
 * `checkPageHtml` passed, whose text cannot be longer than the HTML, so the
 * text is not measured again.
 */
export function checkPageDocument(document: unknown, limits: PageLimits, parsed = false): Document {
  const root = (document as Document | null)?.documentElement
  if (typeof document !== 'object' || document === null || (document as Document).nodeType !== 9 || !root)
    refuse('invalid_type', 'Expected a DOM `Document` with a root element (from `DOMParser`, jsdom or linkedom)')
  const length = parsed ? 0 : (root.textContent?.length ?? 0)
  if (length > limits.length)
    refuse(
      'too_large',
      `The page's text is \`${length}\` characters long; at most ${limits.length} are read (\`limits.length\`)`,
    )
  const stack: [Element, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number]
    if (depth > limits.depth)
      refuse('too_deep', `The page's elements nest deeper than ${limits.depth} (\`limits.depth\`)`)
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1])
  }
  return document as Document
}
