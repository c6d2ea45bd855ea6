// What the page reader's tests share: small pages written for them, and
// fromHtml read with its report or refused with its error.

import { type ArticleValidationError, isArticleValidationError } from 'articlekit'
import { fromHtml } from 'articlekit/import'
import type { MarkdownIssue } from 'articlekit/markdown'

export const PROSE =
  'The night ferry between the two islands sailed again on Monday after a winter of repairs in the harbour yard.'
export const MORE =
  'Passengers queued on the quay before dawn, and the crew handed out tea to the first hundred of them.'

/** Inline content of one text. */
export const t = (value: string) => [{ type: 'text', value }]
/** A paragraph of one text. */
export const p = (value: string) => ({ type: 'paragraph', children: t(value) })

/** A page with a clean title around `body`; `head` adds to its head. */
export const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Night ferry returns</title>${head}</head><body>${body}</body></html>`

/** A story's article element: a headline and two paragraphs of prose around `inner`. */
export const story = (inner: string) =>
  `<article><h1>Night ferry returns</h1><p>${PROSE}</p>${inner}<p>${MORE}</p></article>`

/** The article `fromHtml` reads, with its report and the report's codes. */
export function read(html: string, options: Parameters<typeof fromHtml>[1] = {}) {
  const warnings: MarkdownIssue[] = []
  const article = fromHtml(html, { ...options, onWarning: (warning) => warnings.push(warning) })
  return { article, warnings, codes: warnings.map((warning) => warning.code) }
}

/** The validation error `run` throws; anything else it throws, or nothing, fails the test. */
export function refused(run: () => unknown): ArticleValidationError {
  try {
    run()
  } catch (error) {
    if (isArticleValidationError(error)) return error
    throw error
  }
  throw new Error('expected an ArticleValidationError')
}
