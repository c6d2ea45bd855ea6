import type { Article } from 'articlekit'
import { type HeadTag, type JsonLd, type JsonLdArticleNode, toJsonLd, toMetaTags } from 'articlekit/json-ld'
import type { Graph, WithContext } from 'schema-dts'
import { describe, expectTypeOf, it } from 'vitest'

declare const article: Article

describe('toJsonLd types', () => {
  it('returns a schema-dts Graph in graph mode and the article node otherwise', () => {
    expectTypeOf(toJsonLd(article, { mode: 'graph' })).toEqualTypeOf<Graph>()
    expectTypeOf(toJsonLd(article)).toEqualTypeOf<WithContext<JsonLdArticleNode>>()
    expectTypeOf(toJsonLd(article, { mode: 'flat' })).toEqualTypeOf<WithContext<JsonLdArticleNode>>()
    const mode = Math.random() > 0.5 ? ('flat' as const) : ('graph' as const)
    expectTypeOf(toJsonLd(article, { mode })).toEqualTypeOf<JsonLd>()
  })

  it('types NewsArticle subtypes as merged leaf types', () => {
    const node: JsonLdArticleNode = { '@type': ['OpinionNewsArticle', 'NewsArticle'], headline: 'H', dateline: 'KYIV' }
    expectTypeOf(node).toMatchTypeOf<JsonLdArticleNode>()
    // @ts-expect-error a subtype goes with NewsArticle, not with another subtype
    const wrong: JsonLdArticleNode = { '@type': ['OpinionNewsArticle', 'ReportageNewsArticle'], headline: 'H' }
    void wrong
  })

  it('returns head tags as data', () => {
    expectTypeOf(toMetaTags(article)).toEqualTypeOf<HeadTag[]>()
  })
})
