// Every output is valid JSON-LD: a real processor (the `jsonld` package)
// expands it, and the expanded data still holds the headline, every author,
// every source and every image. The schema.org context comes from a local
// copy (schema-org-context.json), served by our own document loader: no
// network. No npm package ships schema.org's context file, so the copy is a
// minimal one written for the terms we emit: `@vocab` plus `@id` typing for
// the properties whose values are URLs.

import { readFileSync } from 'node:fs'
import type { Article } from 'articlekit'
import { type JsonLdOptions, toJsonLd } from 'articlekit/json-ld'
import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import { allFixtures } from './fixtures.js'

const SCHEMA = 'https://schema.org/'
const context = JSON.parse(readFileSync(new URL('./schema-org-context.json', import.meta.url), 'utf8'))
const CONTEXT_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'])

const documentLoader = async (url: string) => {
  if (!CONTEXT_URLS.has(url)) throw new Error(`No network in tests: refused to load ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: context }
}

type Expanded = Record<string, unknown>

/** Every node object of an expanded document, nested ones included. */
function nodes(value: unknown, found: Expanded[] = []): Expanded[] {
  if (Array.isArray(value)) for (const item of value) nodes(item, found)
  else if (value !== null && typeof value === 'object') {
    const object = value as Expanded
    if (!('@value' in object)) found.push(object)
    for (const child of Object.values(object)) nodes(child, found)
  }
  return found
}

const typesOf = (node: Expanded) => (Array.isArray(node['@type']) ? (node['@type'] as string[]) : [])
/** The plain values of a property: `@value`s and `@id`s. */
function values(node: Expanded, property: string): unknown[] {
  const entries = node[SCHEMA + property]
  return Array.isArray(entries) ? entries.map((entry) => entry['@value'] ?? entry['@id']) : []
}

/** Where an article URL ends up: absolute ones as written, relative ones resolved against the canonical URL. */
function absolute(url: string, base: string | undefined): string | undefined {
  if (/^https?:\/\//i.test(url)) return url
  return base === undefined ? undefined : new URL(url, base).href
}

async function expand(article: Article, options: JsonLdOptions) {
  return nodes(await jsonld.expand(toJsonLd(article, options) as never, { documentLoader: documentLoader as never }))
}

describe('JSON-LD expansion', () => {
  const optionSets: [string, JsonLdOptions][] = [
    ['flat', {}],
    ['graph', { mode: 'graph', site: { name: 'Example News', url: 'https://news.example.com/' } }],
  ]
  for (const [name, article] of allFixtures()) {
    for (const [label, options] of optionSets) {
      it(`keeps the headline, authors, sources and images of ${name} (${label})`, async () => {
        const all = await expand(article, options)
        const named = (type: string, name: string) =>
          all.some((node) => typesOf(node).includes(SCHEMA + type) && values(node, 'name').includes(name))

        const articles = all.filter((node) => values(node, 'headline').includes(article.headline))
        expect(articles.length).toBe(1)
        expect(typesOf(articles[0] as Expanded)).toContain(SCHEMA + article.type)

        for (const author of article.authors) expect(named(author.type, author.name), author.name).toBe(true)

        for (const source of article.sources ?? []) {
          const works = all.filter((node) => typesOf(node).includes(`${SCHEMA}CreativeWork`))
          const found = works.some(
            (work) =>
              (source.title === undefined || values(work, 'headline').includes(source.title)) &&
              (source.url === undefined || values(work, 'url').includes(source.url)),
          )
          expect(found, source.name).toBe(true)
          expect(named('Organization', source.name), source.name).toBe(true)
        }

        const images = all.filter((node) => typesOf(node).includes(`${SCHEMA}ImageObject`))
        const imageUrls = images.flatMap((image) => values(image, 'url'))
        const lead = article.image ? absolute(article.image.url, article.url) : undefined
        if (lead !== undefined) expect(imageUrls).toContain(lead)
        else expect(values(articles[0] as Expanded, 'image')).toEqual([])
        const logo = article.publisher?.logo ? absolute(article.publisher.logo.url, article.url) : undefined
        if (logo !== undefined) expect(imageUrls).toContain(logo)
      })
    }
  }

  it('expands URLs as IRIs and dates as the strings written', async () => {
    const [, article] = allFixtures().find(([name]) => name === 'paywalledOpinion') as [string, Article]
    const all = await expand(article, {})
    const main = all.find((node) => values(node, 'headline').length > 0) as Expanded
    expect(main[`${SCHEMA}url`]).toEqual([{ '@id': 'https://news.example.com/opinion/2026/04/02/ferry-fares' }])
    expect(main[`${SCHEMA}datePublished`]).toEqual([{ '@value': '2026-04-02T06:00:00-05:00' }])
    expect(main['@type']).toEqual([`${SCHEMA}OpinionNewsArticle`, `${SCHEMA}NewsArticle`])
  })
})
