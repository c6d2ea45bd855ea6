import { parseArticle } from 'articlekit'
import { toMetaTags, toMetaTagsHtml, X_CARD_LIMITS } from 'articlekit/json-ld'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { clip, locale } from '../../src/json-ld/meta-tags.js'
import { allFixtures, exampleArticle, paywalledOpinion } from './fixtures.js'

type Element = DefaultTreeAdapterMap['element']

const site = { name: 'The Westmere Courier', xHandle: 'westmerecourier' }
const meta = (key: 'name' | 'property', name: string, content: string) => ({
  tag: 'meta',
  attributes: { [key]: name, content },
})

describe('toMetaTags', () => {
  it('writes the example article as title, description, canonical, Open Graph and X card tags', () => {
    const headline = 'Porthcarrow opens tide-powered ferry line across the Carrow Estuary'
    const description =
      "Porthcarrow's tide-charged ferry Marram made its first crossing on Friday, linking the old harbour with Saltings Point in 12 minutes."
    const url = 'https://news.example.com/local/2026/06/12/porthcarrow-tide-powered-ferry-opens'
    const image = 'https://images.example.com/2026/06/marram-maiden-crossing-1600x900.jpg'
    const alt =
      'A white catamaran ferry with a low, flat roof crosses grey estuary water towards a harbour wall lined with spectators'
    expect(toMetaTags(exampleArticle(), { site })).toEqual([
      { tag: 'title', attributes: {}, text: headline },
      meta('name', 'description', description),
      { tag: 'link', attributes: { rel: 'canonical', href: url } },
      meta('property', 'og:type', 'article'),
      meta('property', 'og:title', headline),
      meta('property', 'og:description', description),
      meta('property', 'og:url', url),
      meta('property', 'og:site_name', 'The Westmere Courier'),
      meta('property', 'og:locale', 'en_GB'),
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', '1600'),
      meta('property', 'og:image:height', '900'),
      meta('property', 'og:image:alt', alt),
      meta('property', 'og:image:type', 'image/jpeg'),
      meta('property', 'article:published_time', '2026-06-12T07:45:00+01:00'),
      meta('property', 'article:modified_time', '2026-06-12T14:20:00+01:00'),
      meta('property', 'article:author', 'https://news.example.com/authors/elowen-tregarth'),
      meta('property', 'article:author', 'https://news.example.com/authors/dafydd-marlowe'),
      meta('property', 'article:author', 'https://news.example.com/authors/data-desk'),
      meta('property', 'article:section', 'Local'),
      ...['Porthcarrow', 'Carrow Estuary', 'ferries', 'tidal energy', 'public transport', 'fishing'].map((tag) =>
        meta('property', 'article:tag', tag),
      ),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:site', '@westmerecourier'),
      meta('name', 'twitter:title', headline),
      meta('name', 'twitter:description', description),
      meta('name', 'twitter:image', image),
      meta('name', 'twitter:image:alt', alt),
    ])
  })

  it('makes every URL absolute, and names an author without a profile by name', () => {
    const tags = toMetaTags(
      parseArticle({ ...paywalledOpinion, authors: [...paywalledOpinion.authors, { name: 'Bo Reyes' }] }),
    )
    const values = (name: string) =>
      tags
        .filter((tag) => tag.attributes.property === name || tag.attributes.name === name)
        .map((tag) => tag.attributes.content)
    expect(values('og:image')).toEqual(['https://news.example.com/images/2026/04/quay.jpg'])
    expect(values('twitter:image')).toEqual(['https://news.example.com/images/2026/04/quay.jpg'])
    expect(values('article:author')).toEqual(['https://news.example.com/authors/mara-venn', 'Bo Reyes'])
    expect(values('og:site_name')).toEqual(['Example News'])
    expect(values('og:locale')).toEqual(['en_US'])
    expect(values('description')).toEqual(['The crossing pays for itself in time, not tickets.'])
  })

  it('writes only absolute URLs, for every fixture', () => {
    const urlTags = new Set(['og:url', 'og:image', 'twitter:image'])
    for (const [name, article] of allFixtures()) {
      for (const tag of toMetaTags(article, { images: [{ url: '/crop.jpg' }] })) {
        const url =
          tag.tag === 'link'
            ? tag.attributes.href
            : urlTags.has(tag.attributes.property ?? tag.attributes.name ?? '')
              ? tag.attributes.content
              : undefined
        if (url !== undefined) expect(url, name).toMatch(/^https:\/\/[^/]/)
      }
    }
  })

  it('writes nothing the article lacks', () => {
    expect(toMetaTags(parseArticle({ headline: 'A headline', body: [] }))).toEqual([
      { tag: 'title', attributes: {}, text: 'A headline' },
      meta('property', 'og:type', 'article'),
      meta('property', 'og:title', 'A headline'),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:title', 'A headline'),
    ])
  })

  it("cuts X card text to X's limits at a word boundary", () => {
    const headline = `${'Ferry '.repeat(20)}end`
    const alt = 'word '.repeat(100)
    const tags = toMetaTags(
      parseArticle({
        url: 'https://a.example/',
        headline,
        description: 'd'.repeat(250),
        image: { url: '/a.png', alt },
        body: [],
      }),
    )
    const x = (name: string) => tags.find((tag) => tag.attributes.name === name)?.attributes.content ?? ''
    expect(x('twitter:title')).toBe(`${'Ferry '.repeat(11).trim()}…`)
    expect(x('twitter:title').length).toBeLessThanOrEqual(X_CARD_LIMITS.title)
    expect(x('twitter:description')).toBe(`${'d'.repeat(199)}…`)
    expect(x('twitter:image:alt').length).toBeLessThanOrEqual(X_CARD_LIMITS.imageAlt)
    expect(x('twitter:image:alt').endsWith('word…')).toBe(true)
    // Open Graph keeps the whole text.
    expect(tags.find((tag) => tag.attributes.property === 'og:title')?.attributes.content).toBe(headline)
    expect(tags.find((tag) => tag.attributes.property === 'og:image:type')?.attributes.content).toBe('image/png')
  })
})

describe('clip and locale', () => {
  it('clip leaves short text alone and cuts long text at a word, counting UTF-16 code units', () => {
    expect(clip('Ferry line opens', 16)).toBe('Ferry line opens')
    expect(clip('Ferry line opens today', 16)).toBe('Ferry line…')
    expect(clip('Ferry, line opens', 10)).toBe('Ferry…')
    expect(clip('🚢🚢🚢🚢 ferry', 6)).toBe('🚢🚢…')
    expect(clip('abcdefghij', 5)).toBe('abcd…')
  })

  it('locale writes a language tag the Open Graph way', () => {
    expect(locale('en-GB')).toBe('en_GB')
    expect(locale('de')).toBe('de')
    expect(locale('zh-Hant-TW')).toBe('zh_TW')
    expect(locale('es-419')).toBe('es_419')
    expect(locale('x')).toBeUndefined()
    expect(locale(7)).toBeUndefined()
  })
})

describe('toMetaTagsHtml', () => {
  it('escapes values so that they decode back to the text', () => {
    const article = parseArticle({
      url: 'https://a.example/?q=1&r=2',
      headline: 'Fish & <chips> "fresh"',
      description: "It's 'good' & <cheap>",
      body: [],
    })
    const html = toMetaTagsHtml(article)
    expect(html.split('\n').slice(0, 3)).toEqual([
      '<title>Fish &amp; &lt;chips&gt; "fresh"</title>',
      '<meta name="description" content="It\'s \'good\' &amp; &lt;cheap&gt;">',
      '<link rel="canonical" href="https://a.example/?q=1&amp;r=2">',
    ])
    const document = parse(`<!doctype html><html><head>${html}</head></html>`)
    const head = (document.childNodes[1] as Element).childNodes[0] as Element
    const elements = head.childNodes.filter((node): node is Element => 'tagName' in node)
    const title = elements[0]?.childNodes[0]
    expect(title && 'value' in title ? title.value : '').toBe('Fish & <chips> "fresh"')
    expect(elements[1]?.attrs).toEqual([
      { name: 'name', value: 'description' },
      { name: 'content', value: "It's 'good' & <cheap>" },
    ])
    expect(elements[2]?.attrs).toEqual([
      { name: 'rel', value: 'canonical' },
      { name: 'href', value: 'https://a.example/?q=1&r=2' },
    ])
  })
})
