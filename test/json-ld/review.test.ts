// Cases from the review of the JSON-LD renderer: entities that share a URL,
// a publisher that is not the site, X card text cut inside a grapheme or a
// bidi override, graph mode without a canonical URL, a site without a name,
// and custom inline nodes without a handler.

import { type Article, type ArticleInput, parseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import { toHtmlDocument } from 'articlekit/html'
import {
  type JsonLdNode,
  type JsonLdOptions,
  type JsonLdWarning,
  toJsonLd,
  toMetaTags,
  X_CARD_LIMITS,
} from 'articlekit/json-ld'
import { describe, expect, it } from 'vitest'
import { clip } from '../../src/json-ld/meta-tags.js'
import { checkGoogleRules } from './google-rules.js'

function render(input: ArticleInput | Article, options: JsonLdOptions = {}) {
  const warnings: JsonLdWarning[] = []
  const article = parseArticle(input)
  const data = toJsonLd(article, { ...options, onWarning: (warning) => warnings.push(warning) })
  return {
    article,
    data: data as unknown as JsonLdNode,
    graph: (data as { '@graph'?: JsonLdNode[] })['@graph'],
    warnings,
  }
}

const courier = { name: 'The Courier', url: 'https://news.example.com/' }
const page = 'https://news.example.com/local/2026/07/01/harbour-wall'

describe('graph mode: one node per entity', () => {
  it('keeps two authors who share a URL apart, and warns', () => {
    const { article, data, graph, warnings } = render(
      {
        type: 'NewsArticle',
        url: page,
        headline: 'Harbour wall repaired',
        authors: [
          { name: 'Ada Quill', url: 'https://news.example.com/' },
          { name: 'Bo Li', url: 'https://news.example.com/' },
        ],
        body: [],
      },
      { mode: 'graph' },
    )
    const main = graph?.find((node) => node['@id'] === `${page}#article`)
    expect(main?.author).toEqual([
      { '@id': 'https://news.example.com/#person' },
      { '@type': 'Person', name: 'Bo Li', url: 'https://news.example.com/' },
    ])
    expect(graph?.filter((node) => node['@type'] === 'Person')).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://news.example.com/#person',
        name: 'Ada Quill',
        url: 'https://news.example.com/',
      },
    ])
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'id_conflict', path: ['authors', 1] }])
    expect(warnings[0]?.message).toBe(
      'authors[1] (`Bo Li`) would share the @id `https://news.example.com/#person` with `Ada Quill`, a different entity; written as its own node, without an @id',
    )
    expect(checkGoogleRules(data, article)).toEqual([])
  })

  it('keeps an author organization apart from a publisher of the same URL but another name', () => {
    const { article, data, graph, warnings } = render(
      {
        type: 'NewsArticle',
        url: page,
        headline: 'Harbour wall repaired',
        authors: [{ type: 'Organization', name: 'Courier Data Desk', url: 'https://news.example.com/' }],
        body: [],
      },
      { mode: 'graph', site: courier },
    )
    const main = graph?.find((node) => node['@id'] === `${page}#article`)
    expect(main?.publisher).toEqual({ '@id': 'https://news.example.com/#organization' })
    expect(main?.author).toEqual([
      { '@type': 'Organization', name: 'Courier Data Desk', url: 'https://news.example.com/' },
    ])
    expect(graph?.[0]).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://news.example.com/#organization',
      name: 'The Courier',
      url: 'https://news.example.com/',
    })
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'id_conflict', path: ['authors', 0] }])
    expect(checkGoogleRules(data, article)).toEqual([])
  })

  it('still merges the same organization as author and publisher', () => {
    const { graph, warnings } = render(
      {
        type: 'NewsArticle',
        url: page,
        headline: 'Harbour wall repaired',
        authors: [{ type: 'Organization', name: 'The Courier', url: 'https://news.example.com/' }],
        body: [],
      },
      { mode: 'graph', site: courier },
    )
    const main = graph?.find((node) => node['@id'] === `${page}#article`)
    expect(main?.author).toEqual([{ '@id': 'https://news.example.com/#organization' }])
    expect(graph?.filter((node) => node['@id'] === 'https://news.example.com/#organization').length).toBe(1)
    expect(warnings).toEqual([])
  })

  it('makes the checker fail a graph that merged two authors into one node', () => {
    const article = parseArticle({
      headline: 'H',
      authors: [{ name: 'Ada Quill' }, { name: 'Bo Li' }],
      body: [],
    })
    const merged = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          headline: 'H',
          author: [{ '@id': 'https://a.example/#person' }, { '@id': 'https://a.example/#person' }],
        },
        { '@type': 'Person', '@id': 'https://a.example/#person', name: 'Ada Quill' },
      ],
    }
    expect(checkGoogleRules(merged, article)).toEqual([
      '$.@graph[0].author: author names are ["Ada Quill","Ada Quill"], the article has ["Ada Quill","Bo Li"]',
    ])
  })
})

describe('graph mode: the publisher and the site', () => {
  const syndicated = {
    type: 'NewsArticle',
    url: page,
    headline: 'Harbour wall repaired',
    publisher: { name: 'Syndicator Wire', url: 'https://wire.example.org/' },
    body: [],
  } satisfies ArticleInput

  it("gives another publisher an id from its own URL, never the site's", () => {
    const { article, data, graph } = render(syndicated, { mode: 'graph', site: courier })
    expect(graph?.slice(0, 2)).toEqual([
      {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://wire.example.org/#organization',
        name: 'Syndicator Wire',
        url: 'https://wire.example.org/',
      },
      // The WebSite's publisher is not the syndicator.
      {
        '@type': 'WebSite',
        '@id': 'https://news.example.com/#website',
        url: 'https://news.example.com/',
        name: 'The Courier',
      },
    ])
    expect(graph?.find((node) => node['@id'] === `${page}#article`)?.publisher).toEqual({
      '@id': 'https://wire.example.org/#organization',
    })
    expect(checkGoogleRules(data, article)).toEqual([])
  })

  it("uses the site's id for a publisher of the same origin and name", () => {
    const { graph } = render(
      { ...syndicated, publisher: { name: 'The Courier', url: 'https://news.example.com/about' } },
      { mode: 'graph', site: courier },
    )
    expect(graph?.[0]?.['@id']).toBe('https://news.example.com/#organization')
    expect(graph?.[1]?.publisher).toEqual({ '@id': 'https://news.example.com/#organization' })
  })

  it('writes no WebSite for a site without a name, and makes up no name', () => {
    const { article, data, graph } = render(
      { url: page, headline: 'Harbour wall repaired', body: [] },
      { mode: 'graph', site: { url: 'https://news.example.com/' } },
    )
    expect(graph?.map((node) => node['@type'])).toEqual(['WebPage', 'Article'])
    expect(graph?.[0]?.isPartOf).toBeUndefined()
    expect(checkGoogleRules(data, article)).toEqual([])
  })
})

describe('graph mode without a canonical URL', () => {
  it('keeps breadcrumbs and related links on a WebPage nested without an id', () => {
    const { data, warnings } = render(
      {
        headline: 'Harbour wall repaired',
        related: [{ title: 'The storm', url: 'https://news.example.com/storm' }],
        body: [],
      },
      { mode: 'graph', breadcrumbs: [{ name: 'Home', url: 'https://news.example.com/' }, { name: 'Story' }] },
    )
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          headline: 'Harbour wall repaired',
          mainEntityOfPage: {
            '@type': 'WebPage',
            breadcrumb: {
              '@type': 'BreadcrumbList',
              itemListElement: [
                { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.com/' },
                { '@type': 'ListItem', position: 2, name: 'Story' },
              ],
            },
            relatedLink: ['https://news.example.com/storm'],
          },
          wordCount: 0,
        },
      ],
    })
    expect(warnings).toEqual([])
  })
})

describe('clip: X card text', () => {
  const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
  const flag = '\u{1F1EC}\u{1F1E7}'

  it('never splits a flag, a ZWJ family or a letter and its accent', () => {
    // The limit counts UTF-16 code units, the ellipsis included: a family is 8, a flag 4.
    expect(clip(`ab ${family}${family}`, 8)).toBe('ab…')
    expect(clip(`${family}${family}`, 12)).toBe(`${family}…`)
    expect(clip(`${flag}${flag}${flag}`, 9)).toBe(`${flag}${flag}…`)
    expect(clip(`${flag}${flag}${flag}`, 8)).toBe(`${flag}…`)
    expect(clip('e\u0301e\u0301e\u0301e\u0301', 4)).toBe('e\u0301…')
  })

  it('leaves no bidi override or isolate open at the cut', () => {
    expect(clip('Said \u202Eabcdefghij klmnop\u202C today', 20)).toBe('Said abcdefghij…')
    expect(clip('\u2067abc def ghi\u2069 x', 10)).toBe('abc def…')
    // A balanced pair before the cut stays.
    expect(clip('\u202Bab\u202C cdefgh ijkl', 12)).toBe('\u202Bab\u202C cdefgh…')
  })

  it('cuts the X card tags of a meta-tag render at grapheme boundaries', () => {
    const tags = toMetaTags(parseArticle({ headline: flag.repeat(40), body: [] }))
    const title = tags.find((tag) => tag.attributes.name === 'twitter:title')?.attributes.content
    expect(title).toBe(`${flag.repeat(17)}…`)
    expect(title?.length).toBeLessThanOrEqual(X_CARD_LIMITS.title)
  })
})

describe('custom inline nodes without a handler', () => {
  const base = parseArticle({
    url: 'https://a.example/story',
    headline: 'H',
    image: { url: '/a.jpg', alt: 'A' },
    body: [],
  })
  const mention = { type: 'mention', children: [{ type: 'text', value: '@ada' }] }
  const custom = {
    ...base,
    standfirst: [{ type: 'text', value: 'Talking to ' }, mention],
    image: { ...base.image, caption: [{ type: 'text', value: 'With ' }, mention] },
    body: [{ type: 'heading', level: 2, children: [{ type: 'text', value: 'Meet ' }, mention] }],
  } as unknown as Article

  it('render their text children by default', () => {
    const data = toJsonLd(custom) as unknown as JsonLdNode
    expect(data.description).toBe('Talking to @ada')
    expect((data.image as JsonLdNode[])[0]?.caption).toBe('With @ada')
    expect(data.wordCount).toBe(2)
  })

  it('render a string value, and report a node with no text through onWarning', () => {
    const warnings: JsonLdWarning[] = []
    const valued = { ...custom, standfirst: [{ type: 'emoji', value: ':ferry:' }] } as unknown as Article
    expect((toJsonLd(valued) as unknown as JsonLdNode).description).toBe(':ferry:')
    const bare = {
      ...custom,
      standfirst: [
        { type: 'text', value: 'To ' },
        { type: 'mention', handle: 'ada' },
      ],
    }
    const data = toJsonLd(bare as unknown as Article, { onWarning: (warning) => warnings.push(warning) })
    expect((data as unknown as JsonLdNode).description).toBe('To')
    expect(warnings).toEqual([
      {
        code: 'node_without_text',
        path: ['standfirst', 1],
        message: 'Node `mention` has no handler and no text; left out. Add one with `handlers: { "mention": … }`',
      },
    ])
  })

  it("still refuse them with unknownNode: 'error', and drop them with 'skip'", () => {
    expect(() => toJsonLd(custom, { unknownNode: 'error' })).toThrow(RenderError)
    expect(() => toJsonLd(custom, { unknownNode: 'error' })).toThrow(
      'standfirst[1]: Cannot render node `mention` to json-ld: no handler.',
    )
    expect((toJsonLd(custom, { unknownNode: 'skip' }) as unknown as JsonLdNode).description).toBe('Talking to')
  })

  it('do not break the head of a toHtmlDocument page that renders them with a handler', () => {
    const html = toHtmlDocument(custom, {
      handlers: { mention: () => '<a href="/people/ada">@ada</a>' },
    })
    expect(html).toContain('<meta name="description" content="Talking to @ada">')
    expect(html).toContain('"description":"Talking to @ada"')
  })
})
