// The first news-grade fields (issue 17): the kicker above the headline, the
// backstory, the publisher's Trust Project policy pages, and the lint rule
// that asks for opinion to be labelled. Each is checked from validation to
// every renderer.
import {
  ARTICLE_TYPES,
  articleJsonSchema,
  lintArticle,
  parseArticle,
  safeParseArticle,
  TRUST_POLICIES,
} from 'articlekit'
import { toHtml } from 'articlekit/html'
import { type JsonLdWarning, toJsonLd } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const policies = Object.fromEntries(TRUST_POLICIES.map((policy) => [policy, `/about/${policy}`]))
const input = {
  type: 'AnalysisNewsArticle',
  url: 'https://news.example.com/2026/ferry-fares',
  kicker: 'Analysis <b>',
  headline: 'What the ferry fares tell us',
  body: ['Fares rose twice.'],
  publisher: { name: 'The Courier', url: 'https://news.example.com/', ...policies },
  backstory: 'We read 40 council papers & asked the operator <twice>.',
} as const
const article = parseArticle(input)

describe('validation', () => {
  it('keeps the kicker to one line and the backstory as text, and names the path of each problem', () => {
    const result = safeParseArticle({
      headline: 'H',
      body: [],
      kicker: 'Two\nlines',
      backstory: 42,
      publisher: { name: 'P', ethicsPolicy: 'javascript:alert(1)', masthead: 'https://p.example/people' },
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['kicker'], 'multiline'],
      [['publisher', 'ethicsPolicy'], 'invalid_url'],
      [['backstory'], 'invalid_type'],
    ])
  })

  it('takes every article type from one list: the schema, the JSON Schema and JSON-LD', () => {
    expect(ARTICLE_TYPES).toContain('LiveBlogPosting')
    const schema = articleJsonSchema() as { $defs: { Article: { properties: { type: { enum: string[] } } } } }
    expect(schema.$defs.Article.properties.type.enum).toEqual([...ARTICLE_TYPES])
    for (const type of ARTICLE_TYPES) {
      const written = toJsonLd(parseArticle({ type, headline: 'A', body: [] }))['@type']
      // The news genres are NewsArticle's subtypes, and say so.
      const genre = type !== 'NewsArticle' && type.endsWith('NewsArticle')
      expect(written).toEqual(genre ? [type, 'NewsArticle'] : type)
    }
    expect(safeParseArticle({ type: 'Newsarticle', headline: 'A', body: [] }).success).toBe(false)
  })

  it('lists the nine policies by their schema.org names', () => {
    expect(TRUST_POLICIES).toEqual([
      'publishingPrinciples',
      'correctionsPolicy',
      'ethicsPolicy',
      'masthead',
      'diversityPolicy',
      'actionableFeedbackPolicy',
      'verificationFactCheckingPolicy',
      'unnamedSourcesPolicy',
      'noBylinesPolicy',
    ])
  })
})

describe('renderers', () => {
  it('HTML: the kicker above the headline, the backstory after the body, escaped', () => {
    const html = toHtml(article)
    expect(html).toContain(
      '<header class="ak-header"><p class="ak-kicker">Analysis &lt;b&gt;</p><h1 class="ak-headline">What the ferry fares tell us</h1>',
    )
    expect(html).toContain(
      '</div><section class="ak-backstory" aria-labelledby="ak-backstory"><h2 id="ak-backstory">Behind the story</h2><p>We read 40 council papers &amp; asked the operator &lt;twice&gt;.</p></section></article>',
    )
    expect(toHtml(article, { sections: { backstory: false } })).not.toContain('ak-backstory')
    expect(toHtml(article, { labels: { backstory: 'Hinter der Geschichte' } })).toContain('>Hinter der Geschichte</h2>')
  })

  it('Markdown for readers: the kicker in bold above the headline, the backstory under its heading', () => {
    const markdown = toMarkdown(article)
    expect(markdown.startsWith('**Analysis \\<b>**\n\n# What the ferry fares tell us\n')).toBe(true)
    expect(markdown).toContain('## Behind the story\n\nWe read 40 council papers & asked the operator \\<twice>.\n')
  })

  it('lossless Markdown reads every new field back', () => {
    expect(fromMarkdown(toMarkdown(article, { frontmatter: true }))).toEqual(article)
  })

  it('text: the kicker on the line above the headline, and "Behind the story:"', () => {
    expect(toText(article)).toBe(
      'Analysis <b>\nWhat the ferry fares tell us\n\nFares rose twice.\n\nBehind the story:\nWe read 40 council papers & asked the operator <twice>.',
    )
    expect(toText(article, { mode: 'speech' })).toBe(
      'Analysis <b>. What the ferry fares tell us.\n\nFares rose twice.\n\nBehind the story. We read 40 council papers & asked the operator <twice>.',
    )
  })

  it('JSON-LD: backstory on the article, every policy page on the publisher, absolute', () => {
    const data = toJsonLd(article) as Record<string, unknown>
    expect(data.backstory).toBe(input.backstory)
    const publisher = data.publisher as Record<string, unknown>
    for (const policy of TRUST_POLICIES) expect(publisher[policy]).toBe(`https://news.example.com/about/${policy}`)
    expect(publisher['@type']).toBe('NewsMediaOrganization')
  })

  it('JSON-LD: the site option carries policies too, and a refused one is reported at its path', () => {
    const warnings: JsonLdWarning[] = []
    const plain = parseArticle({ headline: 'H', body: [] })
    const data = toJsonLd(plain, {
      site: { name: 'The Courier', url: 'https://news.example.com/', masthead: 'https://news.example.com/people' },
      onWarning: (warning) => warnings.push(warning),
    }) as Record<string, unknown>
    expect((data.publisher as Record<string, unknown>).masthead).toBe('https://news.example.com/people')
    const unvalidated = { ...article, publisher: { name: 'P', ethicsPolicy: 'javascript:alert(1)' } }
    const refused = toJsonLd(unvalidated, { onWarning: (warning) => warnings.push(warning) }) as Record<string, unknown>
    expect((refused.publisher as Record<string, unknown>).ethicsPolicy).toBeUndefined()
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['url_refused', ['publisher', 'ethicsPolicy']],
    ])
  })
})

describe('lint', () => {
  const codes = (value: object) =>
    lintArticle(parseArticle({ headline: 'H', body: [], ...value }))
      .filter((diagnostic) => diagnostic.code === 'opinion_not_labelled')
      .map((diagnostic) => [diagnostic.path, diagnostic.message])

  it('asks for opinion to be typed as such when its section, kicker or keywords say so', () => {
    expect(codes({ section: 'Opinion' })).toEqual([
      [['type'], '`Opinion` marks this as opinion, but `type` is `Article`; use `OpinionNewsArticle`'],
    ])
    expect(codes({ type: 'NewsArticle', keywords: ['ferries', 'op-ed'] })).toHaveLength(1)
    expect(codes({ kicker: 'Comment' })).toHaveLength(1)
    expect(codes({ section: 'Local', keywords: ['ferries'] })).toEqual([])
    expect(codes({ section: 'Opinionated reviews' })).toEqual([])
  })

  it('asks an opinion piece for a kicker that tells readers', () => {
    expect(codes({ type: 'OpinionNewsArticle' })).toEqual([
      [['kicker'], 'An opinion piece has no `kicker`; label it for readers, such as `Opinion`'],
    ])
    expect(codes({ type: 'OpinionNewsArticle', kicker: 'Opinion' })).toEqual([])
  })
})
