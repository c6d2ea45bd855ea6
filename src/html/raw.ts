import { warn } from '../core/problem.js'
import { escapeText } from './escape.js'
import type { HtmlState } from './types.js'

/**
 * Markup from outside the model, for custom handlers: with
 * `allowDangerousHtml: true` it is written as it is; otherwise it is escaped
 * and shows as text, and an `raw_html_escaped` warning names the node. Use it
 * for content that arrives as HTML (a CMS's HTML block, an oEmbed snippet),
 * never for text, which handlers escape with `escapeText`.
 *
 * Raw markup is not checked in any way: only allow it for HTML you trust or
 * have sanitized.
 *
 * @example
 * import { rawHtml, toHtml } from 'articlekit/html'
 *
 * toHtml(article, {
 *   allowDangerousHtml: true,
 *   handlers: { htmlBlock: (node, state) => rawHtml(state, node.html) },
 * })
 */
export function rawHtml(state: HtmlState, html: string): string {
  if (state.options.allowDangerousHtml) return typeof html === 'string' ? html : ''
  warn(state, 'raw_html_escaped', [], 'Raw HTML written as text: set allowDangerousHtml to let it through')
  return escapeText(html)
}
