// The sitemaps against XML Schema: the protocol's own urlset schema (shipped by the npm package
// `sitemap`), and schemas of our own in schemas/ for what it lacks (Google's image and news
// extensions, the sitemap index). The validator is libxml2's xmllint built to WebAssembly
// (`xmllint-wasm`): it runs wherever `npm ci` ran, with no system package, and reads schemas only
// from the files handed to it, so no import can reach the network.

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Article, parseArticle, safeParseArticle } from 'articlekit'
import { type Sitemap, toNewsSitemap, toSitemap } from 'articlekit/feed'
import { describe, expect, it } from 'vitest'
import { x } from 'xastscript'
import { validateXML } from 'xmllint-wasm'
import { hostileStrings } from '../fixtures/hostile.js'
import { ferry } from './articles.js'

const here = dirname(fileURLToPath(import.meta.url))
const sitemapPackage = dirname(createRequire(import.meta.url).resolve('sitemap/package.json'))

/** A schema file by the name the others import it under. */
const file = (fileName: string, path: string) => ({ fileName, contents: readFileSync(path, 'utf8') })
const urlsetSchema = file('urlset.xsd', join(here, 'schemas/urlset.xsd'))
const indexSchema = file('sitemapindex.xsd', join(here, 'schemas/sitemapindex.xsd'))
const imported = [
  file('sitemap.xsd', join(sitemapPackage, 'schema/sitemap.xsd')),
  file('sitemap-image.xsd', join(here, 'schemas/sitemap-image.xsd')),
  file('sitemap-news.xsd', join(here, 'schemas/sitemap-news.xsd')),
]

/** A sitemap file: its name and XML. */
interface NamedXml {
  name: string
  xml: string
}

/**
 * The validator's complaints about `files` (none when all are valid), each `<urlset>` against the
 * urlset schema and each `<sitemapindex>` against the index schema: one validator run per kind,
 * since each run starts a worker.
 */
async function problems(files: readonly NamedXml[]): Promise<string[]> {
  const found: string[] = []
  for (const [schema, kind] of [
    [urlsetSchema, false],
    [indexSchema, true],
  ] as const) {
    const xml = files
      .filter((entry) => entry.xml.includes('<sitemapindex') === kind)
      .map((entry) => ({ fileName: entry.name, contents: entry.xml }))
    if (xml.length === 0) continue
    const result = await validateXML({ xml, schema: [schema], preload: imported })
    if (!result.valid) found.push(...result.errors.map((error) => error.rawMessage))
  }
  return found
}

/** The complaints about every file of a sitemap. */
const allProblems = (sitemap: Sitemap): Promise<string[]> => problems(sitemap.files)

/** `count` articles with URLs and lead images, one a minute from 2026-06-12T00:00:00+02:00. */
function many(count: number): Article[] {
  return Array.from({ length: count }, (_, index) =>
    parseArticle({
      url: `https://news.example.com/a/${index}`,
      headline: `Article ${index}`,
      language: 'cy',
      datePublished: `2026-06-12T00:${String(index).padStart(2, '0')}:00+02:00`,
      image: { url: `/img/${index}.jpg`, alt: 'A picture', caption: 'A caption' },
      body: [],
    }),
  )
}

/** Validated articles with a hostile string as headline, image caption and credit. */
function hostileArticles(): Article[] {
  const articles: Article[] = []
  hostileStrings.forEach((hostile, index) => {
    const parsed = safeParseArticle({
      url: `https://news.example.com/h/${index}`,
      headline: hostile.value,
      language: 'en',
      datePublished: '2026-06-12T07:45:00+01:00',
      image: {
        url: 'https://news.example.com/img/h.jpg',
        alt: hostile.value,
        caption: hostile.value,
        credit: hostile.value,
      },
      body: [],
    })
    if (parsed.success) articles.push(parsed.data)
  })
  return articles
}

describe('sitemaps against XML Schema', () => {
  it('validates a sitemap with images', async () => {
    const sitemap = toSitemap([ferry, ...many(3)])
    expect(sitemap.files[0]?.xml).toContain('<image:image>')
    expect(await allProblems(sitemap)).toEqual([])
  })

  it('validates a sitemap split into files and its index, indented too', async () => {
    for (const indent of [false, true]) {
      const sitemap = toSitemap(many(5), { maxUrls: 2, base: 'https://news.example.com/sitemaps/', indent })
      expect(sitemap.files.map((entry) => entry.name)).toEqual([
        'sitemap.xml',
        'sitemap-1.xml',
        'sitemap-2.xml',
        'sitemap-3.xml',
      ])
      expect(sitemap.index?.xml).toContain('<sitemapindex')
      expect(await allProblems(sitemap)).toEqual([])
    }
  })

  it('validates a news sitemap, split into files and its index too', async () => {
    const one = toNewsSitemap([ferry, ...many(2)], { name: 'The Westmere Courier' })
    expect(one.files[0]?.xml).toContain('<news:news>')
    expect(await allProblems(one)).toEqual([])
    const split = toNewsSitemap(
      many(3),
      { name: 'Y Glannau', language: 'cy' },
      {
        maxUrls: 1,
        base: 'https://news.example.com/news/',
      },
    )
    expect(split.files).toHaveLength(4)
    expect(await allProblems(split)).toEqual([])
  })

  it('validates both with hostile text in headlines, captions, credits and the publication name', async () => {
    const articles = hostileArticles()
    expect(articles.length).toBeGreaterThan(hostileStrings.length / 2)
    expect(await allProblems(toSitemap(articles))).toEqual([])
    expect(await allProblems(toNewsSitemap(articles, { name: 'The Westmere Courier' }))).toEqual([])
    // Each hostile publication name in a file of its own, named after it.
    const files = hostileStrings.flatMap((hostile, index) =>
      toNewsSitemap(articles.slice(0, 3), { name: `N${hostile.value}` }).files.map((entry) => ({
        name: `news-${index}.xml`,
        xml: entry.xml,
      })),
    )
    expect(files.length).toBe(hostileStrings.length)
    expect(await problems(files)).toEqual([])
  })

  it('rejects what breaks the schemas: the validator runs', async () => {
    // An image without its loc, written by a handler override.
    const noLoc = toSitemap([ferry], { handlers: { image: () => [x('image:image', [x('image:title', 'A ferry')])] } })
    expect((await allProblems(noLoc)).join('\n')).toMatch(/sitemap-image\/1\.1\}title': This element is not expected/)
    // An element of a namespace no schema declares: the urlset schema checks other namespaces strictly.
    const stray = toSitemap([ferry], {
      namespaces: { stray: 'https://stray.example.com/ns' },
      handlers: { image: () => [x('stray:note', 'hello')] },
    })
    expect((await allProblems(stray)).join('\n')).toMatch(/\}note': .*demanded by the strict wildcard/)
    // A news entry without its title, and an index entry without its loc.
    const broken = toNewsSitemap([ferry], { name: 'X' }).files[0]?.xml.replace(/<news:title>.*<\/news:title>/, '')
    expect((await problems([{ name: 'news.xml', xml: broken as string }])).join('\n')).toMatch(
      /Missing child element\(s\)\. Expected is \( \{http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9\}title \)/,
    )
    const index =
      '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-06-12</lastmod></sitemap></sitemapindex>'
    expect((await problems([{ name: 'index.xml', xml: index }])).join('\n')).toMatch(
      /\}lastmod': This element is not expected/,
    )
  })
})
