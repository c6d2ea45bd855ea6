// The fast text handler must give exactly the bytes of the default call of
// mdast-util-to-markdown (the oracle) on the same tree: on every fixture, on
// generated articles, on the hostile corpus, and on random articles.

import { type Article, parseArticle, safeParseArticle } from 'articlekit'
import { toMarkdown, toMdast } from 'articlekit/markdown'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'
import { defaultCall } from '../oracles/default-to-markdown.mjs'
import { articleInput, inlineContent } from './arbitrary.js'
import { markdownHostile } from './hostile-corpus.js'

const SEED = Number(process.env.FC_SEED ?? 20260314)

/** Both forms of an article through toMarkdown and through the default call. */
function same(article: Article): void {
  for (const frontmatter of [false, true]) {
    const ours = toMarkdown(article, { frontmatter })
    expect(ours).toBe(defaultCall(toMdast(article, { frontmatter }), { frontmatter }))
  }
}

describe('the fast text handler', () => {
  it('writes the fixtures byte for byte as the default call does', () => {
    for (const input of [everyNode, minimal, shorthands.input]) same(parseArticle(input))
  })

  it('writes generated articles byte for byte as the default call does', () => {
    for (const words of [600, 10_000]) same(parseArticle(generateArticle(words, words)))
  }, 30_000)

  it('writes the hostile corpus byte for byte as the default call does', () => {
    for (const value of [...markdownHostile, ...hostileStrings.map((entry) => entry.value)]) {
      same(
        parseArticle({
          headline: 'H',
          body: [
            { type: 'paragraph', children: [{ type: 'text', value }] },
            { type: 'list', items: [value] },
          ],
        }),
      )
    }
  })

  it('writes random articles and inline content byte for byte as the default call does', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const parsed = safeParseArticle(input)
        fc.pre(parsed.success)
        same((parsed as { data: Article }).data)
      }),
      { seed: SEED, numRuns: 500 },
    )
    fc.assert(
      fc.property(inlineContent, (children) => {
        const parsed = safeParseArticle({
          headline: 'H',
          body: [
            { type: 'paragraph', children },
            { type: 'heading', level: 2, children },
          ],
        })
        fc.pre(parsed.success)
        same((parsed as { data: Article }).data)
      }),
      { seed: SEED, numRuns: 1000 },
    )
  }, 120_000)
})
