// toHtml beside the simplest hand-written renderer of the same content (the
// practical limit: string building with correct escaping, nothing else) and
// beside the libraries a user would pick instead, each fed the same article
// converted once, up front, into its own format. Only renders are timed.
import { toHast, toHtml } from 'articlekit/html'
import {
  assertRendersContent,
  handWrittenHtml,
  probes,
  renderContentful,
  renderMdast,
  renderPortableText,
  toContentfulDocument,
  toMdast,
  toPortableText,
} from '../html-alternatives.mjs'

/** @param {Record<string, object>} articles */
export default function htmlSection(articles) {
  const cases = []
  for (const [size, article] of Object.entries(articles)) {
    const portableText = toPortableText(article)
    const contentful = toContentfulDocument(article)
    const mdast = toMdast(article)
    const alternatives = [
      { name: 'hand-written (the limit)', fn: () => handWrittenHtml(article) },
      { name: '@portabletext/to-html', fn: () => renderPortableText(portableText) },
      { name: '@contentful/rich-text-html-renderer', fn: () => renderContentful(contentful) },
      { name: 'mdast-util-to-hast + hast-util-to-html', fn: () => renderMdast(mdast) },
    ]
    const ours = { name: 'toHtml', fn: () => toHtml(article) }

    // A broken converter must not pass for a fast one: every render has to
    // hold the article's body text before anything is timed.
    const expected = probes(article)
    const own = ours.fn()
    assertRendersContent('toHtml', own, expected)
    for (const alternative of alternatives) assertRendersContent(alternative.name, alternative.fn(), expected)
    // The limit writes toHtml's markup; if toHtml's markup moves on, say so
    // (the timing stays meaningful, the comparison is just less exact).
    const limit = alternatives[0].fn()
    if (limit !== own) {
      let at = 0
      while (at < own.length && limit[at] === own[at]) at++
      console.warn(
        `html bench (${size}): the hand-written limit no longer writes toHtml's markup; first difference at ${at}: ` +
          `toHtml ${JSON.stringify(own.slice(at, at + 60))}, limit ${JSON.stringify(limit.slice(at, at + 60))}`,
      )
    }

    for (const baseline of alternatives) cases.push({ size, baseline, ours })
    // toHast may be slower (it reads toHtml's markup back into a tree); reported beside the limit and mdast->hast->html.
    const hast = { name: 'toHast', fn: () => toHast(article) }
    cases.push({ size, baseline: alternatives[0], ours: hast }, { size, baseline: alternatives[3], ours: hast })
  }
  return {
    title: 'toHtml vs a hand-written renderer (the limit) and the libraries a user would pick',
    goal: 'toHtml within 1.5x of the hand-written limit at every size',
    cases,
  }
}
