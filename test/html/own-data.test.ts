// The data-ak walk: its depth is the model's, and input that skipped validation cannot make it throw.

import { type Article, LIMITS } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { HIDDEN_DEPTH } from '../../src/html/util.js'

describe('data-ak', () => {
  it('nests as deep as the model allows JSON to', () => {
    expect(HIDDEN_DEPTH).toBe(LIMITS.jsonDepth)
  })

  it('writes cyclic, shared and non-JSON values of unvalidated input without throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'Ada' }
    cyclic.self = cyclic
    let shared: Record<string, unknown> = { leaf: 1 }
    for (let level = 0; level < 40; level++) shared = { a: shared, b: shared }
    const article = {
      type: 'Article',
      headline: 'H',
      body: [],
      publisher: cyclic,
      keywords: [1n, () => 1, Symbol('x'), Number.NaN, 'kept'],
    } as unknown as Article
    expect(toHtml(article)).toContain('"keywords":["kept"]')
    // Two to the 40th paths through one object: the walk stops at a budget of values.
    const wide = toHtml({ type: 'Article', headline: 'H', body: [], section: shared } as unknown as Article)
    expect(wide.length).toBeLessThan(5_000_000)
  })

  it("is single-quoted: the JSON's quotes as they are, an apostrophe, & and < as references, and a parser reads the JSON back", () => {
    const article = {
      type: 'Article',
      headline: 'H',
      body: [],
      section: `O'Neill "quoted" & <b>`,
    } as unknown as Article
    const html = toHtml(article)
    expect(html).toContain(`data-ak='{"type":"Article","section":"O&#39;Neill \\"quoted\\" &amp; &lt;b&gt;"}'>`)
    const root = fromHtml(html, { fragment: true }).children[0]
    expect(root?.type === 'element' ? JSON.parse(String(root.properties.dataAk)) : undefined).toEqual({
      type: 'Article',
      section: `O'Neill "quoted" & <b>`,
    })
  })
})
