import { type Article, type ArticleInput, type ArticleType, parseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import {
  defaultHandlers,
  type JsonLdNode,
  type JsonLdOptions,
  type JsonLdWarning,
  serializeJsonLd,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
} from 'articlekit/json-ld'
import { describe, expect, it } from 'vitest'
import { storyText, wordCount } from '../../src/text/measures.js'
import { everyNode } from '../fixtures/valid.js'
import { allFixtures, exampleArticle, organizationBlog, paywalledOpinion, reportWithoutUrl } from './fixtures.js'
import { checkGoogleRules } from './google-rules.js'

/** Render as plain data (what a user would serialize), collecting warnings. */
function render(input: ArticleInput | Article, options: JsonLdOptions = {}) {
  const warnings: JsonLdWarning[] = []
  const data = toJsonLd(parseArticle(input), { ...options, onWarning: (warning) => warnings.push(warning) })
  return { data: data as unknown as JsonLdNode, warnings }
}

const site = { name: 'Carrow Ferries', url: 'https://blog.example.org', logo: '/logo.svg' }

describe('toJsonLd: flat mode', () => {
  it('maps a paywalled opinion piece, resolving relative URLs against the canonical URL', () => {
    const { data, warnings } = render(paywalledOpinion)
    const survey = {
      '@type': 'CreativeWork',
      headline: 'Who takes the ferry',
      url: 'https://survey.example.org/2026',
      publisher: { '@type': 'Organization', name: 'Harbour Survey' },
    }
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': ['OpinionNewsArticle', 'NewsArticle'],
      headline: 'Cheap ferry fares are worth the subsidy',
      description: 'The crossing pays for itself in time, not tickets.',
      url: 'https://news.example.com/opinion/2026/04/02/ferry-fares',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/opinion/2026/04/02/ferry-fares' },
      inLanguage: 'en-US',
      datePublished: '2026-04-02T06:00:00-05:00',
      dateModified: '2026-04-02T18:30:00-05:00',
      author: [
        {
          '@type': 'Person',
          name: 'Mara Venn',
          url: 'https://news.example.com/authors/mara-venn',
          sameAs: ['https://social.example.net/@mara'],
          jobTitle: 'Columnist',
          image: 'https://news.example.com/images/mara.png',
        },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Example News',
        url: 'https://news.example.com/',
        logo: {
          '@type': 'ImageObject',
          url: 'https://news.example.com/brand/logo.png',
          contentUrl: 'https://news.example.com/brand/logo.png',
          width: 600,
          height: 60,
        },
      },
      image: [
        {
          '@type': 'ImageObject',
          url: 'https://news.example.com/images/2026/04/quay.jpg',
          contentUrl: 'https://news.example.com/images/2026/04/quay.jpg',
          width: 1200,
          height: 675,
          caption: 'The morning queue at the quay.',
          creditText: 'Example Images',
          copyrightNotice: '©Example Images',
        },
      ],
      wordCount: 7,
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.ak-body' },
      citation: [
        survey,
        {
          '@type': 'CreativeWork',
          url: 'https://wire.example.com/ferry-fares',
          publisher: { '@type': 'Organization', name: 'Wire Service' },
        },
      ],
      isBasedOn: [survey],
    })
    expect(warnings).toEqual([])
    // Key order is part of the output people read: the @context and @type lead.
    expect(Object.keys(data).slice(0, 3)).toEqual(['@context', '@type', 'headline'])
  })

  it('gives each article type its @type; NewsArticle subtypes come with NewsArticle', () => {
    const types: [ArticleType, unknown][] = [
      ['Article', 'Article'],
      ['NewsArticle', 'NewsArticle'],
      ['BlogPosting', 'BlogPosting'],
      ['OpinionNewsArticle', ['OpinionNewsArticle', 'NewsArticle']],
      ['AnalysisNewsArticle', ['AnalysisNewsArticle', 'NewsArticle']],
      ['ReportageNewsArticle', ['ReportageNewsArticle', 'NewsArticle']],
      ['ReviewNewsArticle', ['ReviewNewsArticle', 'NewsArticle']],
      ['BackgroundNewsArticle', ['BackgroundNewsArticle', 'NewsArticle']],
      ['AskPublicNewsArticle', ['AskPublicNewsArticle', 'NewsArticle']],
      ['SatiricalArticle', 'SatiricalArticle'],
      ['TechArticle', 'TechArticle'],
      ['ScholarlyArticle', 'ScholarlyArticle'],
      ['Report', 'Report'],
    ]
    for (const [type, expected] of types) {
      expect(render({ type, headline: 'H', body: [] }).data['@type']).toEqual(expected)
    }
    // An unvalidated article with a type schema.org does not have is an Article.
    const odd = { ...parseArticle({ headline: 'H', body: [] }), type: 'Poll' } as unknown as Article
    expect((toJsonLd(odd) as unknown as JsonLdNode)['@type']).toBe('Article')
  })

  it('invents nothing: the smallest article gives its headline and word count only', () => {
    expect(render({ headline: 'A headline', body: [] }).data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'A headline',
      wordCount: 0,
    })
  })

  it('keeps dates exactly as written, offset included, never converted to UTC', () => {
    const { data } = render({
      headline: 'H',
      datePublished: '2026-03-14T23:30:00+05:45',
      dateModified: '2026-03-15T01:00:00.250-03:30',
      corrections: [{ date: '2026-03-16', text: 'Fixed a name.' }],
      sources: [{ name: 'Gazette', datePublished: '2026-03-01T00:00:00+14:00' }],
      body: [],
    })
    expect(data.datePublished).toBe('2026-03-14T23:30:00+05:45')
    expect(data.dateModified).toBe('2026-03-15T01:00:00.250-03:30')
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a name.', datePublished: '2026-03-16' },
    ])
    expect((data.citation as JsonLdNode[])[0]?.datePublished).toBe('2026-03-01T00:00:00+14:00')
  })

  it('prefers the explicit description, and reads the standfirst as text otherwise', () => {
    expect(
      render({ headline: 'H', description: 'Explicit.', standfirst: 'Standfirst.', body: [] }).data.description,
    ).toBe('Explicit.')
    const standfirst = [
      { type: 'text' as const, value: 'A  ' },
      { type: 'link' as const, url: '/x', children: [{ type: 'emphasis' as const, children: 'linked' }] },
      { type: 'break' as const },
      { type: 'inlineCode' as const, value: 'code' },
      { type: 'citation' as const, sourceId: 's' },
      { type: 'text' as const, value: ' end\n' },
    ]
    expect(render({ headline: 'H', standfirst, body: [] }).data.description).toBe('A linked code end')
  })

  it('writes one node per author, never merged, and leaves jobTitle off organizations', () => {
    const { data } = render({
      headline: 'H',
      authors: [
        { name: 'Ada Quill' },
        { name: 'Bo Reyes', jobTitle: 'Editor' },
        { type: 'Organization', name: 'Data Desk', jobTitle: 'Desk' },
      ],
      body: [],
    })
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Ada Quill' },
      { '@type': 'Person', name: 'Bo Reyes', jobTitle: 'Editor' },
      { '@type': 'Organization', name: 'Data Desk' },
    ])
  })

  it('takes the publisher from the site option when the article has none, typed by the article type', () => {
    const input = { headline: 'H', url: 'https://blog.example.org/a', body: [] }
    expect(render(input, { site }).data.publisher).toEqual({
      '@type': 'Organization',
      name: 'Carrow Ferries',
      url: 'https://blog.example.org',
      logo: {
        '@type': 'ImageObject',
        url: 'https://blog.example.org/logo.svg',
        contentUrl: 'https://blog.example.org/logo.svg',
      },
    })
    expect(render({ ...input, type: 'NewsArticle' }, { site: { name: 'Courier' } }).data.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'Courier',
    })
    const warnings: JsonLdWarning[] = []
    toJsonLd(parseArticle({ headline: 'H', body: [] }), {
      site: { name: 'Courier', logo: '/logo.png' },
      onWarning: (warning) => warnings.push(warning),
    })
    expect(warnings.map(({ path }) => path)).toEqual([['options', 'site', 'logo', 'url']])
    // Without a publisher or a site, no publisher: never the author, never a placeholder.
    expect(render(input).data.publisher).toBeUndefined()
  })

  it('adds the crops of the images option after the lead image', () => {
    const { data } = render(paywalledOpinion, {
      images: [
        { url: '/images/2026/04/quay-1x1.jpg', width: 1200, height: 1200 },
        { url: 'https://cdn.example.com/quay-4x3.jpg', width: 1200, height: 900 },
      ],
    })
    expect((data.image as JsonLdNode[]).map((image) => [image.url, image.width, image.height])).toEqual([
      ['https://news.example.com/images/2026/04/quay.jpg', 1200, 675],
      ['https://news.example.com/images/2026/04/quay-1x1.jpg', 1200, 1200],
      ['https://cdn.example.com/quay-4x3.jpg', 1200, 900],
    ])
  })

  it('puts breadcrumbs and related links on the WebPage, never on the article', () => {
    const { data } = render(organizationBlog, {
      breadcrumbs: [
        { name: 'Home', url: '/' },
        { name: 'News', url: 'https://blog.example.org/news/' },
        { name: 'Timetable' },
      ],
    })
    expect(data.relatedLink).toBeUndefined()
    expect(data.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': 'https://blog.example.org/2026/05/new-timetable',
      breadcrumb: {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://blog.example.org/' },
          { '@type': 'ListItem', position: 2, name: 'News', item: 'https://blog.example.org/news/' },
          { '@type': 'ListItem', position: 3, name: 'Timetable' },
        ],
      },
      // The related list first, then "Read more" boxes anywhere in the body (here in a list in an aside).
      relatedLink: ['https://blog.example.org/fares', 'https://blog.example.org/2025/11/winter-timetable'],
    })
  })

  it('emits articleBody only when asked: the story text, without furniture', () => {
    const article = parseArticle(everyNode)
    expect(render(article).data.articleBody).toBeUndefined()
    const body = render(article, { includeBody: true }).data.articleBody as string
    expect(body).toBe(storyText(article))
    expect(body).toContain('We will sail on time.')
    expect(body).not.toContain('Listen to our podcast')
    expect(body).not.toContain('On time, every time.')
    expect(body).not.toContain('Council approves ferry budget')
  })

  it('counts words as the text entry does, and can leave the count out', () => {
    for (const [name, article] of allFixtures()) {
      expect(render(article).data.wordCount, name).toBe(wordCount(article))
    }
    expect(render(exampleArticle()).data.wordCount).toBe(630)
    expect(render(exampleArticle(), { wordCount: false }).data.wordCount).toBeUndefined()
  })

  it('marks free articles, and paywalled ones with the selector given', () => {
    expect(render({ headline: 'H', isAccessibleForFree: true, body: [] }).data.isAccessibleForFree).toBe(true)
    const { data } = render({ headline: 'H', isAccessibleForFree: false, body: [] }, { paywallSelector: '.paywall' })
    expect([data.isAccessibleForFree, data.hasPart]).toEqual([
      false,
      { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
    ])
  })
})

describe('toJsonLd: URLs', () => {
  it('leaves out relative URLs when there is no canonical URL, and says so', () => {
    const { data, warnings } = render(reportWithoutUrl, { images: [{ url: '/crop.jpg' }] })
    expect(data.image).toBeUndefined()
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'url_relative', path: ['image', 'url'] },
      { code: 'url_relative', path: ['options', 'images', 0, 'url'] },
    ])
    expect(warnings[0]?.message).toBe(
      'URL is relative and the article has no canonical `url` to resolve it against; left out: `/charts/traffic.png`',
    )
  })

  it('refuses what the URL policy refuses, and anything that is not http(s)', () => {
    const { data, warnings } = render(
      {
        url: 'https://news.example.com/a',
        headline: 'H',
        authors: [{ name: 'Ada', url: 'mailto:ada@example.com', sameAs: ['https://ok.example.net/ada'] }],
        image: { url: 'https://images.example.com/a.jpg', alt: 'A' },
        body: [],
      },
      { urlPolicy: (url, context) => (context === 'image' ? undefined : url) },
    )
    expect(data.image).toBeUndefined()
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Ada', sameAs: ['https://ok.example.net/ada'] }])
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'url_refused', path: ['authors', 0, 'url'] },
      { code: 'url_refused', path: ['image', 'url'] },
    ])
  })

  it('refuses a canonical URL the policy refuses, and then resolves nothing against it', () => {
    const article = {
      ...parseArticle({ headline: 'H', body: [] }),
      url: 'javascript:alert(1)',
      image: { url: '/a.jpg', alt: '' },
    }
    const warnings: JsonLdWarning[] = []
    const data = toJsonLd(article as Article, {
      onWarning: (warning) => warnings.push(warning),
    }) as unknown as JsonLdNode
    expect([data.url, data.image, data.mainEntityOfPage]).toEqual([undefined, undefined, undefined])
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'url_refused', path: ['url'] },
      { code: 'url_relative', path: ['image', 'url'] },
    ])
  })

  it('keeps absolute URLs exactly as written: no entities, no re-encoding', () => {
    const url = 'https://news.example.com/search?q=ferry&page=2&x=%41'
    const { data } = render({ url, headline: 'H', body: [] })
    expect(data.url).toBe(url)
    expect(toJsonLdScript(parseArticle({ url, headline: 'H', body: [] }))).toContain(
      '"url":"https://news.example.com/search?q=ferry\\u0026page=2\\u0026x=%41"',
    )
  })
})

describe('toJsonLd: graph mode', () => {
  it('links Organization, WebSite, WebPage, article and authors by @id', () => {
    const { data } = render(organizationBlog, { mode: 'graph', site })
    const organization = { '@id': 'https://blog.example.org/#organization' }
    const page = 'https://blog.example.org/2026/05/new-timetable'
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          '@id': 'https://blog.example.org/#organization',
          name: 'Carrow Ferries',
          url: 'https://blog.example.org',
          logo: {
            '@type': 'ImageObject',
            url: 'https://blog.example.org/logo.svg',
            contentUrl: 'https://blog.example.org/logo.svg',
          },
        },
        {
          '@type': 'WebSite',
          '@id': 'https://blog.example.org/#website',
          url: 'https://blog.example.org',
          name: 'Carrow Ferries',
          publisher: organization,
        },
        {
          '@type': 'WebPage',
          '@id': page,
          url: page,
          name: 'Our new summer timetable',
          isPartOf: { '@id': 'https://blog.example.org/#website' },
          relatedLink: ['https://blog.example.org/fares', 'https://blog.example.org/2025/11/winter-timetable'],
        },
        {
          '@type': 'BlogPosting',
          '@id': `${page}#article`,
          headline: 'Our new summer timetable',
          description: 'Sailings every 15 minutes from June.',
          url: page,
          mainEntityOfPage: { '@id': page },
          datePublished: '2026-05-20T08:00:00Z',
          // The organization that wrote it is the publisher: one node, referenced twice.
          author: [organization],
          publisher: organization,
          keywords: ['timetable'],
          wordCount: 8,
        },
      ],
    })
  })

  it('gives people ids from their profile URL, the same in every article', () => {
    const first = render(exampleArticle(), { mode: 'graph' }).data['@graph'] as JsonLdNode[]
    const second = render(paywalledOpinion, { mode: 'graph' }).data['@graph'] as JsonLdNode[]
    const people = (graph: JsonLdNode[]) =>
      graph.filter((node) => node['@type'] === 'Person').map((node) => node['@id'])
    expect(people(first)).toEqual([
      'https://news.example.com/authors/elowen-tregarth#person',
      'https://news.example.com/authors/dafydd-marlowe#person',
    ])
    expect(people(second)).toEqual(['https://news.example.com/authors/mara-venn#person'])
    const again = render({ ...paywalledOpinion, headline: 'Another column' }, { mode: 'graph' }).data[
      '@graph'
    ] as JsonLdNode[]
    expect(people(again)).toEqual(people(second))
  })

  it('makes the lead image and the breadcrumbs nodes of their own', () => {
    const graph = render(paywalledOpinion, {
      mode: 'graph',
      breadcrumbs: [{ name: 'Opinion', url: '/opinion/' }],
    }).data['@graph'] as JsonLdNode[]
    const page = 'https://news.example.com/opinion/2026/04/02/ferry-fares'
    expect(graph.map((node) => [node['@type'], node['@id']])).toEqual([
      ['NewsMediaOrganization', 'https://news.example.com/#organization'],
      ['WebPage', page],
      [['OpinionNewsArticle', 'NewsArticle'], `${page}#article`],
      ['Person', 'https://news.example.com/authors/mara-venn#person'],
      ['ImageObject', `${page}#primaryimage`],
      ['BreadcrumbList', `${page}#breadcrumb`],
    ])
    expect(graph[1]).toMatchObject({
      primaryImageOfPage: { '@id': `${page}#primaryimage` },
      breadcrumb: { '@id': `${page}#breadcrumb` },
    })
    expect(graph[2]?.image).toEqual([{ '@id': `${page}#primaryimage` }])
  })

  it('without a canonical URL, writes the article alone with its nodes nested', () => {
    expect(render(reportWithoutUrl, { mode: 'graph' }).data).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Report',
          headline: 'Harbour traffic in 2025',
          datePublished: '2026-01-15',
          author: [{ '@type': 'Person', name: 'Harbour Office' }],
          wordCount: 5,
        },
      ],
    })
  })
})

describe("Google's rules", () => {
  const optionSets: [string, JsonLdOptions][] = [
    ['defaults', {}],
    ['graph', { mode: 'graph' }],
    [
      'graph with everything',
      {
        mode: 'graph',
        site: { name: 'Example News', url: 'https://news.example.com/', logo: '/logo.png', language: 'en' },
        breadcrumbs: [{ name: 'Home', url: 'https://news.example.com/' }, { name: 'Story' }],
        includeBody: true,
        images: [{ url: 'https://images.example.com/crop-1x1.jpg', width: 1200, height: 1200 }],
      },
    ],
    ['flat with everything', { includeBody: true, site: { name: 'Example News', url: 'https://news.example.com/' } }],
  ]

  for (const [name, article] of allFixtures()) {
    for (const [label, options] of optionSets) {
      it(`hold for ${name} (${label})`, () => {
        expect(checkGoogleRules(toJsonLd(article, options), article)).toEqual([])
      })
    }
  }

  it('are really checked: the checker finds each broken rule', () => {
    const bad = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          '@id': 'https://a.example/#article',
          headline: 'Ferry <b>opens</b> &amp; more',
          author: [
            { '@type': 'Person', name: 'By Ada Quill' },
            { '@type': 'Person', name: 'Bo Reyes, Editor', jobTitle: 'Editor' },
            { '@type': 'Person', name: 'Ada Quill and Bo Reyes' },
            { '@id': 'https://a.example/#missing' },
            'Admin',
          ],
          image: ['/relative.jpg'],
          datePublished: '2026-03-14T09:30:00',
          dateModified: '2026-03-13T09:30:00Z',
          wordCount: 12.5,
          isAccessibleForFree: false,
          publisher: { '@type': 'Person', name: 'Ada' },
        },
        { '@type': 'ReportageNewsArticle', headline: 'Second' },
      ],
    }
    expect(checkGoogleRules(bad)).toEqual([
      '$: expected one article node, found 2',
      '$.@graph[0].headline: text holds an HTML tag: "Ferry <b>opens</b> &amp; more"',
      '$.@graph[0].headline: text holds a character reference: "Ferry <b>opens</b> &amp; more"',
      '$.@graph[0].author[3]: reference https://a.example/#missing does not resolve in the graph',
      '$.@graph[0].image[0]: URL is not absolute http(s): "/relative.jpg"',
      '$.@graph[0].datePublished: date is not ISO 8601 with an offset: "2026-03-14T09:30:00"',
      '$.@graph[1]: a NewsArticle subtype without NewsArticle beside it',
      '$.@graph[0].author[0]: author name starts with "By": By Ada Quill',
      '$.@graph[0].author[1]: author name holds the job title: Bo Reyes, Editor',
      '$.@graph[0].author[2]: one Person holds several names: Ada Quill and Bo Reyes',
      '$.@graph[0].author[3]: author is not a node',
      '$.@graph[0].author[4]: author is not a node',
      '$.@graph[0].image[0]: image without an absolute URL',
      '$.@graph[0].datePublished: not an ISO 8601 date or a date and time with an offset',
      '$.@graph[0].dateModified: dateModified is before datePublished',
      '$.@graph[0].wordCount: wordCount is not a non-negative integer',
      '$.@graph[0]: paywalled article without a WebPageElement in hasPart',
      '$.@graph[0].publisher: publisher is not an Organization',
    ])
    expect(checkGoogleRules({ '@context': 'https://schema.org', '@type': 'Article' })).toEqual([
      '$: article without a headline',
    ])
  })
})

describe('toJsonLd: handlers', () => {
  it('lets a handler replace a part, calling the default', () => {
    const data = toJsonLd(parseArticle(paywalledOpinion), {
      handlers: {
        author: (author, state) => {
          const node = defaultHandlers.author(author, state) as JsonLdNode
          return { ...node, knowsAbout: 'Ferries' }
        },
        articleNode: (article, state) => ({ ...defaultHandlers.articleNode(article, state), genre: 'Opinion' }),
      },
    }) as unknown as JsonLdNode
    expect((data.author as JsonLdNode[])[0]?.knowsAbout).toBe('Ferries')
    expect(data.genre).toBe('Opinion')
  })

  it('lets a handler leave a part out by returning undefined', () => {
    const data = toJsonLd(exampleArticle(), { handlers: { source: () => undefined, correction: () => undefined } })
    expect(data).not.toHaveProperty('citation')
    expect(data).not.toHaveProperty('correction')
  })

  it("renders custom inline nodes in captions with a handler, and refuses them with unknownNode: 'error'", () => {
    const article = parseArticle({ headline: 'H', url: 'https://a.example/', standfirst: 'S', body: [] })
    const custom = {
      ...article,
      description: undefined,
      standfirst: [{ type: 'mention', handle: 'ada' }],
    } as unknown as Article
    // By default a node without text is left out (and reported, see review.test.ts).
    expect((toJsonLd(custom) as unknown as JsonLdNode).description).toBeUndefined()
    expect(() => toJsonLd(custom, { unknownNode: 'error' })).toThrow(RenderError)
    expect(() => toJsonLd(custom, { unknownNode: 'error' })).toThrow(
      'standfirst[0]: Cannot render node `mention` to json-ld: no handler.',
    )
    const data = toJsonLd(custom, { handlers: { mention: (node: { handle: string }) => `@${node.handle}` } })
    expect((data as unknown as JsonLdNode).description).toBe('@ada')
  })
})

describe('toJsonLd: robustness', () => {
  it('survives an unvalidated article with fields of the wrong type', () => {
    const broken = {
      headline: 42,
      type: null,
      url: ['x'],
      authors: 'Ada',
      publisher: 'Example',
      image: 5,
      sources: [null, 'x', { name: 7 }],
      corrections: [{ text: null }],
      keywords: 'ferry',
      related: [null, { url: 7 }],
      body: [
        { type: 'quote', children: 'x' },
        { type: 'list', items: [null] },
      ],
      copyrightYear: -1,
      isAccessibleForFree: 'no',
    } as unknown as Article
    const warnings: JsonLdWarning[] = []
    expect(toJsonLd(broken, { onWarning: (warning) => warnings.push(warning) })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      wordCount: 0,
    })
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'url_refused', path: ['url'] },
      { code: 'url_refused', path: ['related', 1, 'url'] },
    ])
    expect(() => toJsonLd(null as unknown as Article)).toThrow(RenderError)
  })

  it('refuses a body in the shorthand input form as the other renderers do, pointing at parseArticle', () => {
    const input = { headline: 'H', body: ['The ferry left at dawn.'] } as unknown as Article
    for (const render of [() => toJsonLd(input), () => toJsonLdScript(input), () => toMetaTags(input)]) {
      expect(render).toThrow(
        new RenderError(
          'invalid_node',
          ['body', 0],
          'Expected a node with a string `type`, got a string; shorthand input needs `parseArticle`',
        ),
      )
    }
    expect(() => toJsonLd({ headline: 'H', body: [null] } as unknown as Article)).toThrow('body[0]: Expected a node')
  })

  it('ends on a body that contains itself', () => {
    const article = parseArticle({ headline: 'H', url: 'https://a.example/', body: [] })
    const loop: Record<string, unknown> = { type: 'aside', children: [] }
    ;(loop.children as unknown[]).push(loop, { type: 'relatedLinks', links: [{ title: 'T', url: '/t' }] })
    const looped = { ...article, body: [loop] } as unknown as Article
    // The word count walks the whole story and stops at the nesting limit; the related links walk ends by itself.
    expect(() => toJsonLd(looped)).toThrow(RenderError)
    const data = toJsonLd(looped, { wordCount: false }) as unknown as JsonLdNode
    expect(data.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': 'https://a.example/',
      relatedLink: ['https://a.example/t'],
    })
  })

  it('does not change the article', () => {
    const article = parseArticle(everyNode)
    const copy = structuredClone(article)
    toJsonLd(article, { mode: 'graph', includeBody: true, site })
    toJsonLd(article, { includeBody: true, site })
    expect(article).toEqual(copy)
  })
})

describe('serializeJsonLd and toJsonLdScript', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes, never as entities', () => {
    expect(serializeJsonLd({ a: '</script><!--&amp;\u2028\u2029' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026amp;\\u2028\\u2029"}',
    )
    expect(JSON.parse(serializeJsonLd({ a: '</script><!--&amp;\u2028\u2029' }))).toEqual({
      a: '</script><!--&amp;\u2028\u2029',
    })
    expect(serializeJsonLd('\ud800')).toBe('"\\ud800"')
    expect(serializeJsonLd([1, null, true])).toBe('[1,null,true]')
    expect(() => serializeJsonLd(undefined)).toThrow('Cannot serialize `undefined` as JSON-LD: expected a JSON value')
  })

  it('wraps the data in one script element', () => {
    const article = parseArticle({ headline: 'Fish & <chips>', body: [] })
    expect(toJsonLdScript(article)).toBe(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Fish \\u0026 \\u003cchips\\u003e","wordCount":0}</script>',
    )
  })
})
