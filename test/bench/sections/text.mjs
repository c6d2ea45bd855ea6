// toText beside the simplest hand-written joiner of the same text (the
// limit) and beside the plain-text functions of Portable Text, Contentful and
// mdast, each fed the same article converted once, up front. toText renders
// the article as parseArticle returns it, as an application calls it, and
// tests its output for controls as it does for any article; one more row per
// size renders the same object unvalidated. Then wordCount beside a plain
// `split(/\s+/)` count of the same story text.
import { parseArticle } from 'articlekit'
import { storyText, toText, wordCount } from 'articlekit/text'
import {
  handWrittenText,
  renderContentfulPlain,
  renderMdastPlain,
  renderPortableTextPlain,
  toContentfulDocument,
  toMdast,
  toPortableText,
} from '../text-alternatives.mjs'

/**
 * Read one character of a string, which makes V8 flatten a string built by
 * `+=` into one piece. Every output is flattened inside the timed function,
 * as writing it anywhere would: otherwise a joiner that leaves a rope of a
 * hundred thousand pieces for later would be timed as nearly free.
 */
const flat = (text) => {
  text.charCodeAt(text.length >> 1)
  return text
}

/** @param {Record<string, object>} articles */
export default function textSection(articles) {
  const cases = []
  for (const [size, article] of Object.entries(articles)) {
    const portableText = toPortableText(article)
    const contentful = toContentfulDocument(article)
    const mdast = toMdast(article)
    const parsed = parseArticle(article)
    const ours = { name: 'toText', fn: () => flat(toText(parsed)) }
    const alternatives = [
      { name: 'hand-written joiner (the limit)', fn: () => flat(handWrittenText(article)) },
      { name: '@portabletext/toolkit toPlainText', fn: () => flat(renderPortableTextPlain(portableText)) },
      { name: '@contentful/…-plain-text-renderer', fn: () => flat(renderContentfulPlain(contentful)) },
      { name: 'mdast-util-to-string', fn: () => flat(renderMdastPlain(mdast)) },
    ]
    // A broken converter must not pass for a fast one: every output must hold
    // the first and last paragraph's opening words.
    const paragraphs = article.body.filter((block) => block.type === 'paragraph')
    const probes = [paragraphs[0], paragraphs.at(-1)].map((block) =>
      block.children[0].children
        ? block.children[0].children[0].value.slice(0, 30)
        : block.children[0].value.slice(0, 30),
    )
    for (const candidate of [ours, ...alternatives]) {
      const output = candidate.fn()
      for (const probe of probes)
        if (!output.includes(probe)) throw new Error(`${candidate.name} lost body text: ${JSON.stringify(probe)}`)
    }
    // The limit writes toText's text; if toText's layout moves on, say so.
    const own = ours.fn()
    const limit = alternatives[0].fn()
    if (limit !== own) {
      let at = 0
      while (at < own.length && limit[at] === own[at]) at++
      console.warn(
        `text bench (${size}): the hand-written joiner no longer writes toText's text; first difference at ${at}: ` +
          `toText ${JSON.stringify(own.slice(at, at + 60))}, joiner ${JSON.stringify(limit.slice(at, at + 60))}`,
      )
    }
    for (const baseline of alternatives) cases.push({ size, baseline, ours })
    cases.push({
      size,
      baseline: alternatives[0],
      ours: { name: 'toText, unvalidated', fn: () => flat(toText(article)) },
    })
  }

  // wordCount on the largest article, beside a whitespace split of the same story text.
  const largest = Object.entries(articles).at(-1)
  if (largest) {
    const [size, article] = largest
    const text = storyText(article)
    cases.push({
      size,
      baseline: { name: 'storyText + split(/\\s+/) count', fn: () => storyText(article).split(/\s+/).length },
      ours: { name: 'wordCount', fn: () => wordCount(article) },
    })
    cases.push({
      size,
      baseline: { name: 'split(/\\s+/) count (text ready)', fn: () => text.split(/\s+/).length },
      ours: { name: 'wordCount', fn: () => wordCount(article) },
    })
  }
  return {
    title: 'toText vs a hand-written joiner (the limit) and plain-text functions; wordCount vs split(/\\s+/)',
    goal: 'toText within 1.5x of the joiner at every size, linear in size; wordCount within 2x of split(/\\s+/) at 100k words',
    cases,
  }
}
