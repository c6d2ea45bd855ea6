// readPageMetadata: what a page says about its article, from pages written for
// these tests and parsed with linkedom. Each source alone, the order between
// them, the site's name around titles, bylines, dates under several time
// zones, refused URLs, and hostile JSON-LD and markup.

import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { readPageMetadata } from '../../src/import/page-meta.js'
import { MAX_JSON_LD_NODES } from '../../src/import/page-meta-json-ld.js'
import { enterZone, restoreZoneAfterEach, ZONES } from '../fixtures/time-zones.js'

const PAGE = 'https://news.example.com/2026/03/harbour-reopens'

interface Warning {
  code: string
  path: (string | number)[]
  message: string
}

/** Read a page whose address and base are `base` (`null`: a page read without an address). */
function read(html: string, base: string | null = PAGE) {
  const { document } = parseHTML(html)
  const url = base ?? undefined
  const warnings: Warning[] = []
  const meta = readPageMetadata(document as unknown as Document, {
    url,
    base: url,
    warn: (code, path, message) => warnings.push({ code, path: [...path], message }),
  })
  return { meta, warnings, codes: warnings.map((warning) => `${warning.code}@${warning.path.join('.')}`) }
}

const page = (head: string, body = '', lang = '') =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`
const og = (property: string, content: string) => `<meta property="${property}" content="${content}">`
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`

describe('JSON-LD alone', () => {
  it('reads one article object: every field', () => {
    const { meta, warnings } = read(
      page(
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Harbour reopens after the storm',
          alternativeHeadline: 'Ferries run again',
          description: 'The port was shut for four days.',
          author: { '@type': 'Person', name: 'Jane Roe', url: '/people/jane-roe' },
          datePublished: '2026-03-14T09:30:00+01:00',
          dateModified: '2026-03-14T11:05:00+01:00',
          articleSection: 'Local',
          keywords: 'harbour, storm , ferries,Harbour',
          inLanguage: 'en-GB',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/harbour' },
          publisher: {
            '@type': 'NewsMediaOrganization',
            name: 'Harbour Gazette',
            url: 'https://news.example.com/',
            logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' },
          },
          image: {
            '@type': 'ImageObject',
            url: '/images/harbour.jpg',
            caption: 'Boats back at the quay',
            creditText: 'Photo: Ada Lens / Gazette',
            creator: { '@type': 'Person', name: 'Ada Lens', url: 'https://news.example.com/people/ada' },
            width: '1600',
            height: { '@type': 'QuantitativeValue', value: 900 },
          },
          isAccessibleForFree: 'False',
        }),
      ),
    )
    expect(warnings).toEqual([])
    expect(meta).toEqual({
      type: 'NewsArticle',
      headline: 'Harbour reopens after the storm',
      headlineSource: 'JSON-LD',
      alternativeHeadline: 'Ferries run again',
      description: 'The port was shut for four days.',
      authors: [{ name: 'Jane Roe', url: 'https://news.example.com/people/jane-roe' }],
      datePublished: '2026-03-14T09:30:00+01:00',
      dateModified: '2026-03-14T11:05:00+01:00',
      section: 'Local',
      keywords: ['harbour', 'storm', 'ferries'],
      language: 'en-GB',
      url: 'https://news.example.com/harbour',
      siteName: 'Harbour Gazette',
      publisher: {
        name: 'Harbour Gazette',
        url: 'https://news.example.com/',
        logo: { url: 'https://news.example.com/logo.png', alt: 'Harbour Gazette' },
      },
      image: {
        url: 'https://news.example.com/images/harbour.jpg',
        caption: 'Boats back at the quay',
        credit: 'Photo: Ada Lens / Gazette',
        creator: { name: 'Ada Lens', url: 'https://news.example.com/people/ada' },
        width: 1600,
        height: 900,
      },
      isAccessibleForFree: false,
    })
  })

  it('picks the article node in a @graph of WebPage, BreadcrumbList and Organization nodes, following @id references', () => {
    const { meta } = read(
      page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', '@id': `${PAGE}#page`, name: 'Harbour reopens | Harbour Gazette', url: PAGE },
            { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home' }] },
            {
              '@type': ['NewsArticle', 'ReportageNewsArticle'],
              headline: 'Harbour reopens',
              author: [{ '@id': '#jane' }, { '@type': 'Person', name: 'Omar Haddad' }, 'Li Wei'],
              publisher: { '@id': '#org' },
              image: { '@id': '#lead' },
              mainEntityOfPage: { '@id': `${PAGE}#page` },
              datePublished: '2026-03-14T09:30:00-05:00',
            },
            { '@type': 'Organization', '@id': '#org', name: 'Harbour Gazette', logo: 'https://news.example.com/l.png' },
            { '@type': 'Person', '@id': '#jane', name: 'Jane Roe', url: 'https://news.example.com/jane' },
            { '@type': 'ImageObject', '@id': '#lead', contentUrl: 'https://news.example.com/lead.jpg', width: 800 },
          ],
        }),
      ),
    )
    expect(meta.type).toBe('ReportageNewsArticle')
    expect(meta.headline).toBe('Harbour reopens')
    expect(meta.authors).toEqual([
      { name: 'Jane Roe', url: 'https://news.example.com/jane' },
      { name: 'Omar Haddad' },
      { name: 'Li Wei' },
    ])
    expect(meta.publisher).toEqual({
      name: 'Harbour Gazette',
      logo: { url: 'https://news.example.com/l.png', alt: 'Harbour Gazette' },
    })
    expect(meta.image).toEqual({ url: 'https://news.example.com/lead.jpg', width: 800 })
    expect(meta.url).toBe(PAGE)
    expect(meta.datePublished).toBe('2026-03-14T09:30:00-05:00')
  })

  it('reads a top-level array and a second script, and the article nested in a WebPage', () => {
    const { meta } = read(
      page(
        ld([{ '@type': 'Organization', name: 'Harbour Gazette' }]) +
          ld({
            '@type': 'WebPage',
            mainEntity: { '@type': 'BlogPosting', headline: 'Notes from the quay', keywords: ['boats', 'tides'] },
          }),
      ),
    )
    expect(meta.type).toBe('BlogPosting')
    expect(meta.headline).toBe('Notes from the quay')
    expect(meta.keywords).toEqual(['boats', 'tides'])
  })

  it('prefers the page’s own article to the articles it lists or cites', () => {
    const { meta } = read(
      page(
        ld({
          '@type': 'WebPage',
          hasPart: { '@type': 'NewsArticle', headline: 'An older story' },
          relatedLink: [{ '@type': 'Article', headline: 'A related story' }],
        }) +
          ld({
            '@type': 'ItemList',
            itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'Listed' } }],
          }) +
          ld({ '@type': 'OpinionNewsArticle', headline: 'The page’s own' }),
      ),
    )
    expect(meta).toMatchObject({ type: 'OpinionNewsArticle', headline: 'The page’s own' })
    const listed = read(
      page(ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Listed' }] })),
    )
    expect(listed.meta.headline).toBe('Listed')
  })

  it('takes an Organization author as an organization, and a string author as a byline', () => {
    const { meta } = read(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'H',
          author: [{ '@type': 'NewsMediaOrganization', name: 'Gazette Newsroom' }, 'By Ana Lima and Rui Costa'],
        }),
      ),
    )
    expect(meta.authors).toEqual([
      { type: 'Organization', name: 'Gazette Newsroom' },
      { name: 'Ana Lima' },
      { name: 'Rui Costa' },
    ])
  })

  it('reads isAccessibleForFree written as false, "false" and "False", and credit from copyrightHolder', () => {
    for (const value of [false, 'false', 'False']) {
      expect(
        read(page(ld({ '@type': 'Article', headline: 'H', isAccessibleForFree: value }))).meta.isAccessibleForFree,
      ).toBe(false)
    }
    const { meta } = read(
      page(
        ld({
          '@type': 'Article',
          headline: 'H',
          image: [
            { '@type': 'ImageObject', url: 'https://cdn.example.com/a.jpg', copyrightHolder: { name: 'Agency' } },
          ],
        }),
      ),
    )
    expect(meta.image).toEqual({ url: 'https://cdn.example.com/a.jpg', credit: 'Agency' })
  })

  it('leaves a type outside ARTICLE_TYPES out but still reads the node', () => {
    const { meta } = read(page(ld({ '@type': 'MedicalScholarlyArticle', headline: 'Tides and health' })))
    expect(meta.type).toBeUndefined()
    expect(meta.headline).toBe('Tides and health')
  })
})

describe('Open Graph alone', () => {
  it('reads og:* and article:*, article:author URLs are not names', () => {
    const { meta, warnings } = read(
      page(
        og('og:title', 'Harbour reopens | Harbour Gazette') +
          og('og:description', 'Ferries run again.') +
          og('og:url', 'https://news.example.com/harbour') +
          og('og:site_name', 'Harbour Gazette') +
          og('og:locale', 'en_GB') +
          og('og:image', '/lead.jpg') +
          og('og:image:alt', 'Ferries at the quay') +
          og('og:image:width', '1200') +
          og('og:image:height', '630') +
          og('article:published_time', '2026-03-14T09:30:00+05:30') +
          og('article:modified_time', '2026-03-15') +
          og('article:section', 'Local') +
          og('article:tag', 'harbour') +
          og('article:tag', 'ferries, storm') +
          og('article:author', 'https://social.example.com/janeroe') +
          og('article:author', 'Jane Roe') +
          og('article:content_tier', 'locked'),
      ),
    )
    expect(warnings).toEqual([])
    expect(meta).toEqual({
      headline: 'Harbour reopens',
      headlineSource: 'Open Graph',
      description: 'Ferries run again.',
      url: 'https://news.example.com/harbour',
      siteName: 'Harbour Gazette',
      publisher: { name: 'Harbour Gazette' },
      language: 'en-GB',
      image: { url: 'https://news.example.com/lead.jpg', alt: 'Ferries at the quay', width: 1200, height: 630 },
      datePublished: '2026-03-14T09:30:00+05:30',
      dateModified: '2026-03-15',
      section: 'Local',
      keywords: ['harbour', 'ferries', 'storm'],
      authors: [{ name: 'Jane Roe' }],
      isAccessibleForFree: false,
    })
  })
})

describe('<meta name> alone', () => {
  it('reads author, description, news_keywords before keywords, date, and twitter:*', () => {
    const { meta } = read(
      page(
        named('author', 'Jane Roe, John Doe') +
          named('description', 'Ferries run again.') +
          named('keywords', 'ignored, list') +
          named('news_keywords', 'harbour, ferries') +
          named('date', '2026-03-14T09:30:00-03:00') +
          named('twitter:title', 'Harbour reopens') +
          named('twitter:image', 'https://cdn.example.com/t.jpg') +
          named('twitter:image:alt', 'The quay') +
          '<meta http-equiv="content-language" content="pt-br">',
      ),
    )
    expect(meta).toEqual({
      headline: 'Harbour reopens',
      headlineSource: '<meta name>',
      description: 'Ferries run again.',
      authors: [{ name: 'Jane Roe' }, { name: 'John Doe' }],
      keywords: ['harbour', 'ferries'],
      datePublished: '2026-03-14T09:30:00-03:00',
      language: 'pt-BR',
      image: { url: 'https://cdn.example.com/t.jpg', alt: 'The quay' },
    })
  })

  it('reads parsely-*, sailthru.* and Dublin Core in either case', () => {
    const parsely = read(
      page(
        named('parsely-title', 'Tide tables') +
          named('parsely-author', 'Ana Lima') +
          named('parsely-author', 'Rui Costa') +
          named('parsely-pub-date', '2026-03-14T09:30:00Z') +
          named('parsely-section', 'Science') +
          named('parsely-tags', 'tides,moon'),
      ),
    ).meta
    expect(parsely).toEqual({
      headline: 'Tide tables',
      headlineSource: '<meta name>',
      authors: [{ name: 'Ana Lima' }, { name: 'Rui Costa' }],
      datePublished: '2026-03-14T09:30:00Z',
      section: 'Science',
      keywords: ['tides', 'moon'],
    })
    const sailthru = read(
      page(
        named('sailthru.author', 'Ana Lima') +
          named('sailthru.date', '2026-03-14 09:30:00 +0100') +
          named('sailthru.tags', 'a, b'),
      ),
    ).meta
    expect(sailthru).toEqual({
      authors: [{ name: 'Ana Lima' }],
      datePublished: '2026-03-14T09:30:00+01:00',
      keywords: ['a', 'b'],
    })
    const dublin = read(
      page(
        named('DC.title', 'Tide tables') +
          named('DC.creator', 'Ana Lima') +
          named('dc.date', '2026-03-14') +
          named('DC.language', 'de-AT') +
          named('DC.publisher', 'Harbour Gazette'),
      ),
    ).meta
    expect(dublin).toEqual({
      headline: 'Tide tables',
      headlineSource: '<meta name>',
      authors: [{ name: 'Ana Lima' }],
      datePublished: '2026-03-14',
      language: 'de-AT',
      publisher: { name: 'Harbour Gazette' },
    })
  })
})

describe('<time datetime> alone', () => {
  it('takes a time with pubdate, then with itemprop, then the first in the article header', () => {
    const body = (times: string) => `<article><header>${times}</header><p>Text</p></article>`
    expect(
      read(
        page(
          '',
          body('<time datetime="2026-03-01">1 March</time><time pubdate datetime="2026-03-02T08:00:00+02:00"></time>'),
        ),
      ).meta.datePublished,
    ).toBe('2026-03-02T08:00:00+02:00')
    expect(
      read(
        page(
          '',
          body(
            '<time datetime="2026-03-01">1 March</time><time itemprop="datePublished" datetime="2026-03-03"></time><time itemprop="dateModified" datetime="2026-03-04T10:00:00-07:00"></time>',
          ),
        ),
      ).meta,
    ).toMatchObject({ datePublished: '2026-03-03', dateModified: '2026-03-04T10:00:00-07:00' })
    expect(read(page('', body('<time datetime="2026-03-01T06:00:00+09:00">1 March</time>'))).meta.datePublished).toBe(
      '2026-03-01T06:00:00+09:00',
    )
    expect(
      read(page('', '<footer><time datetime="2026-03-01">1 March</time></footer>')).meta.datePublished,
    ).toBeUndefined()
  })
})

describe('microdata alone', () => {
  it('reads the article item with nested author, publisher and image items, ignoring the nested names', () => {
    const { meta } = read(
      page(
        '',
        `<article itemscope itemtype="https://schema.org/AnalysisNewsArticle">
          <h1 itemprop="headline">Why the harbour flooded</h1>
          <span itemprop="author" itemscope itemtype="https://schema.org/Person">
            <a itemprop="url" href="/people/jane"><span itemprop="name">Jane Roe</span></a>
          </span>
          <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Tide Desk Team</span></span>
          <meta itemprop="datePublished" content="2026-03-14T09:30:00+01:00">
          <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
            <meta itemprop="name" content="Harbour Gazette">
            <div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="/logo.png"></div>
          </div>
          <img itemprop="image" src="/flood.jpg" alt="Water over the quay">
          <meta itemprop="keywords" content="flood, harbour">
          <p itemprop="articleBody">Text.</p>
        </article>`,
      ),
    )
    expect(meta).toEqual({
      type: 'AnalysisNewsArticle',
      headline: 'Why the harbour flooded',
      headlineSource: 'microdata',
      authors: [
        { name: 'Jane Roe', url: 'https://news.example.com/people/jane' },
        { name: 'Tide Desk Team', type: 'Organization' },
      ],
      datePublished: '2026-03-14T09:30:00+01:00',
      keywords: ['flood', 'harbour'],
      siteName: 'Harbour Gazette',
      publisher: {
        name: 'Harbour Gazette',
        logo: { url: 'https://news.example.com/logo.png', alt: 'Harbour Gazette' },
      },
      image: { url: 'https://news.example.com/flood.jpg', alt: 'Water over the quay' },
    })
  })
})

describe('the visible byline', () => {
  const byline = (html: string) => read(page('', `<article>${html}<p>Text.</p></article>`)).meta.authors

  it('takes rel=author links as authors with their pages', () => {
    expect(
      byline(
        '<p>By <a rel="author" href="/p/jane">Jane Roe</a> and <a rel="author" href="/p/omar">Omar Haddad</a></p>',
      ),
    ).toEqual([
      { name: 'Jane Roe', url: 'https://news.example.com/p/jane' },
      { name: 'Omar Haddad', url: 'https://news.example.com/p/omar' },
    ])
  })

  it.each([
    ['By Jane Roe', ['Jane Roe']],
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['By Ana Lima, Rui Costa and Li Wei', ['Ana Lima', 'Rui Costa', 'Li Wei']],
    ['Von Anna Schmidt und Max Muster', ['Anna Schmidt', 'Max Muster']],
    ['By Jane Roe, Political Editor', ['Jane Roe']],
    ['By Jane Roe, Political Editor, and John Doe, Health Correspondent', ['Jane Roe', 'John Doe']],
    ['BY JANE ROE | Updated 14 March 2026', ['Jane Roe']],
    ['Jane Roe\n  Published 14 March 2026, 09:30', ['Jane Roe']],
    ['By Jane Roe &amp; Omar Haddad', ['Jane Roe', 'Omar Haddad']],
  ])('reads “%s”', (text, names) => {
    expect(byline(`<p class="byline">${text.replace(/\n/g, '<br>')}</p>`)).toEqual(names.map((name) => ({ name })))
  })

  it('reads .author and [itemprop=author] elements, and their name links', () => {
    expect(byline('<div class="author">Words by Li Wei</div>')).toEqual([{ name: 'Li Wei' }])
    expect(byline('<span itemprop="author">Jane Roe</span>')).toEqual([{ name: 'Jane Roe' }])
    expect(
      byline('<div class="byline">By <a href="/p/li">Li Wei</a> in Lisbon · <a href="/local">Local</a></div>'),
    ).toEqual([{ name: 'Li Wei', url: 'https://news.example.com/p/li' }])
    expect(byline('<div class="byline">Von Anna Schmidt aus Berlin</div>')).toEqual([{ name: 'Anna Schmidt' }])
  })
})

describe('precedence', () => {
  const sources = {
    jsonLd: ld({
      '@type': 'NewsArticle',
      headline: 'From JSON-LD',
      author: 'Ana JsonLd',
      datePublished: '2026-03-01T10:00:00+01:00',
      articleSection: 'LD',
      keywords: ['ld'],
      image: 'https://cdn.example.com/ld.jpg',
    }),
    og:
      og('og:title', 'From Open Graph') +
      og('article:author', 'Ana Graph') +
      og('article:published_time', '2026-03-02T10:00:00+01:00') +
      og('article:section', 'OG') +
      og('article:tag', 'og') +
      og('og:image', 'https://cdn.example.com/og.jpg'),
    named:
      named('twitter:title', 'From meta') +
      named('author', 'Ana Meta') +
      named('date', '2026-03-03T10:00:00+01:00') +
      named('parsely-section', 'Meta') +
      named('keywords', 'meta') +
      named('twitter:image', 'https://cdn.example.com/meta.jpg'),
    time: '<article><header><time datetime="2026-03-04T10:00:00+01:00">4 March</time></header></article>',
    microdata:
      '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">From microdata</span><span itemprop="author">Ana Micro</span><meta itemprop="datePublished" content="2026-03-05T10:00:00+01:00"><meta itemprop="articleSection" content="Micro"><meta itemprop="keywords" content="micro"><img itemprop="image" src="https://cdn.example.com/micro.jpg" alt=""></div>',
    byline: '<p class="byline">By Ana Byline</p>',
  }

  it('takes each field from the best source that states it', () => {
    const order = ['jsonLd', 'og', 'named', 'time', 'microdata', 'byline'] as const
    const expected = [
      ['From JSON-LD', 'Ana JsonLd', '2026-03-01T10:00:00+01:00', 'LD', 'ld', 'ld.jpg'],
      ['From Open Graph', 'Ana Graph', '2026-03-02T10:00:00+01:00', 'OG', 'og', 'og.jpg'],
      ['From meta', 'Ana Meta', '2026-03-03T10:00:00+01:00', 'Meta', 'meta', 'meta.jpg'],
      ['From microdata', 'Ana Micro', '2026-03-04T10:00:00+01:00', 'Micro', 'micro', 'micro.jpg'],
      ['From microdata', 'Ana Micro', '2026-03-05T10:00:00+01:00', 'Micro', 'micro', 'micro.jpg'],
      ['Only the title', 'Ana Byline', undefined, undefined, undefined, undefined],
    ]
    order.forEach((_, start) => {
      const used = order.slice(start)
      const head = used
        .filter((name) => name === 'jsonLd' || name === 'og' || name === 'named')
        .map((name) => sources[name])
      const body = used
        .filter((name) => name === 'time' || name === 'microdata' || name === 'byline')
        .map((name) => sources[name])
      const { meta } = read(page(`<title>Only the title</title>${head.join('')}`, body.join('')))
      const [headline, author, date, section, keyword, image] = expected[start] as (string | undefined)[]
      expect([
        meta.headline,
        meta.authors[0]?.name,
        meta.datePublished,
        meta.section,
        meta.keywords?.[0],
        meta.image?.url,
      ]).toEqual([
        headline,
        author,
        date,
        section,
        keyword,
        image === undefined ? undefined : `https://cdn.example.com/${image}`,
      ])
    })
  })

  it('merges the same author across sources: a later source gives the page of an author the first one names', () => {
    const { meta } = read(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'H',
          author: [{ name: 'Jane Roe' }, { name: 'jane roe' }, { name: 'Omar Haddad' }],
        }),
        '<p class="byline">By <a rel="author" href="/p/jane">Jane Roe</a></p>',
      ),
    )
    expect(meta.authors).toEqual([
      { name: 'Jane Roe', url: 'https://news.example.com/p/jane' },
      { name: 'Omar Haddad' },
    ])
  })

  it('takes an author named as the publisher or site as an organization', () => {
    const { meta } = read(page(og('og:site_name', 'The Harbour Gazette') + named('author', 'Harbour Gazette')))
    expect(meta.authors).toEqual([{ type: 'Organization', name: 'Harbour Gazette' }])
  })

  it('adds og:image:alt to the same image stated by JSON-LD', () => {
    const { meta } = read(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'H',
          image: { '@type': 'ImageObject', url: '/lead.jpg', caption: 'Quay' },
        }) +
          og('og:image', 'https://news.example.com/lead.jpg') +
          og('og:image:alt', 'Boats at the quay'),
      ),
    )
    expect(meta.image).toEqual({ url: 'https://news.example.com/lead.jpg', caption: 'Quay', alt: 'Boats at the quay' })
  })

  it('prefers <link rel=canonical> for the URL, and <html lang> before og:locale', () => {
    const { meta } = read(
      page(
        '<link rel="canonical" href="/canonical">' +
          og('og:url', 'https://news.example.com/og') +
          og('og:locale', 'en_US'),
        '',
        'en-GB',
      ),
    )
    expect(meta.url).toBe('https://news.example.com/canonical')
    expect(meta.language).toBe('en-GB')
  })
})

describe('the headline without the site name', () => {
  const headlineOf = (title: string, head = '', body = '') =>
    read(page(`<title>${title}</title>${head}`, body)).meta.headline
  const site = og('og:site_name', 'Harbour Gazette')

  it.each([
    'Harbour reopens | Harbour Gazette',
    'Harbour reopens - Harbour Gazette',
    'Harbour reopens — Harbour Gazette',
    'Harbour reopens – The Harbour Gazette',
    'Harbour Gazette: Harbour reopens',
    'Harbour Gazette | Harbour reopens',
  ])('cuts the site name known from og:site_name: “%s”', (title) => {
    expect(headlineOf(title, site)).toBe('Harbour reopens')
  })

  it('cuts the site name known from the JSON-LD publisher', () => {
    const head =
      ld({ '@type': 'WebPage', name: 'x' }) + ld([{ '@type': 'Article', publisher: { name: 'Harbour Gazette' } }])
    expect(headlineOf('Harbour reopens - Harbour Gazette', head)).toBe('Harbour reopens')
  })

  it('cuts a section between the headline and the site name by the <h1>', () => {
    expect(headlineOf('Harbour reopens | Local news | Harbour Gazette', site, '<h1>Harbour reopens</h1>')).toBe(
      'Harbour reopens',
    )
  })

  it('uses the <h1> when the site name is not known', () => {
    expect(headlineOf('Harbour reopens - Gazette Online', '', '<h1>Harbour reopens</h1>')).toBe('Harbour reopens')
    expect(headlineOf('Gazette Online: Harbour reopens', '', '<h1>Harbour reopens</h1>')).toBe('Harbour reopens')
  })

  it('never cuts a dash that belongs to the headline', () => {
    expect(headlineOf('Storm - what happens next - Harbour Gazette', site)).toBe('Storm - what happens next')
    expect(headlineOf('Storm - what happens next', site)).toBe('Storm - what happens next')
    expect(headlineOf('Storm - what happens next')).toBe('Storm - what happens next')
    expect(headlineOf('Storm - what happens next - Gazette', '', '<h1>Storm - what happens next</h1>')).toBe(
      'Storm - what happens next',
    )
    expect(headlineOf('Storm — the night the sea came in', '', '<h1>Storm — the night the sea came in</h1>')).toBe(
      'Storm — the night the sea came in',
    )
  })

  it('cuts a “| Site” suffix when neither the site nor the <h1> is known, and only the site suffix from a JSON-LD headline', () => {
    expect(headlineOf('Harbour reopens | Gazette')).toBe('Harbour reopens')
    expect(
      read(page(site + ld({ '@type': 'Article', headline: 'Harbour reopens | Harbour Gazette' }))).meta.headline,
    ).toBe('Harbour reopens')
    expect(read(page(site + ld({ '@type': 'Article', headline: 'Harbour Gazette: 150 years' }))).meta.headline).toBe(
      'Harbour Gazette: 150 years',
    )
  })
})

describe('dates keep the page’s offset in every time zone', () => {
  restoreZoneAfterEach()
  const html = page(
    og('article:published_time', '2026-01-01T00:30:00+14:00') +
      og('article:modified_time', '2026-12-31T23:59:59.250-11:00') +
      named('date', '1 January 2026'),
  )

  it.each(ZONES)('in %s', (zone) => {
    enterZone(zone)
    const { meta } = read(html)
    expect([meta.datePublished, meta.dateModified]).toEqual([
      '2026-01-01T00:30:00+14:00',
      '2026-12-31T23:59:59.250-11:00',
    ])
  })

  it('reports a date the model cannot take and takes the next source', () => {
    const { meta, warnings } = read(
      page(og('article:published_time', 'yesterday at noon') + named('date', '2026-02-30')),
    )
    expect(meta.datePublished).toBeUndefined()
    expect(warnings.map((warning) => [warning.code, warning.path, warning.message])).toEqual([
      [
        'invalid_value',
        ['datePublished'],
        '`datePublished` from Open Graph is left out: `yesterday at noon` is not an ISO 8601 date the model accepts',
      ],
      [
        'invalid_value',
        ['datePublished'],
        '`datePublished` from <meta name> is left out: `2026-02-30` is not an ISO 8601 date the model accepts',
      ],
    ])
    expect(
      read(page(og('article:published_time', 'soon') + named('date', '2026-03-14 10:00 +0200'))).meta.datePublished,
    ).toBe('2026-03-14T10:00+02:00')
  })

  it('reports a language that is not a BCP 47 tag', () => {
    const { meta, codes } = read(page(og('og:locale', 'not a language!'), '', 'en'))
    expect(meta.language).toBe('en')
    expect(read(page(og('og:locale', 'not a language!'))).codes).toEqual(['invalid_value@language'])
    expect(codes).toEqual([])
  })
})

describe('URLs', () => {
  it('refuses what the URL rule refuses, reports it, and takes the next source', () => {
    const { meta, warnings } = read(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'H',
          url: 'javascript:alert(1)',
          image: 'javascript:alert(1)',
          author: { name: 'Jane Roe', url: 'data:text/html,<script>alert(1)</script>' },
          publisher: { name: 'Gazette', logo: 'vbscript:msgbox' },
        }) +
          og('og:url', 'https://news.example.com/ok') +
          og('og:image', 'https://cdn.example.com/ok.jpg'),
      ),
    )
    expect(meta.url).toBe('https://news.example.com/ok')
    expect(meta.image).toEqual({ url: 'https://cdn.example.com/ok.jpg' })
    expect(meta.authors).toEqual([{ name: 'Jane Roe' }])
    expect(meta.publisher).toEqual({ name: 'Gazette' })
    expect(warnings.map((warning) => `${warning.code}@${warning.path.join('.')}`).sort()).toEqual([
      'url_refused@authors.0.url',
      'url_refused@image.url',
      'url_refused@publisher.logo.url',
      'url_refused@url',
    ])
    expect(warnings.find((warning) => warning.path[0] === 'image')?.message).toBe(
      'The lead image from JSON-LD is left out: `javascript:alert(1)`: the URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL',
    )
  })

  it('resolves against the base, and refuses a relative canonical URL without one', () => {
    const html = page(`<link rel="canonical" href="/harbour">${og('og:image', 'img/a.jpg')}`)
    expect(read(html, 'https://static.example.com/news/').meta).toMatchObject({
      url: 'https://static.example.com/harbour',
      image: { url: 'https://static.example.com/news/img/a.jpg' },
    })
    const { meta, codes } = read(html, null)
    expect(meta.url).toBeUndefined()
    expect(meta.image).toEqual({ url: 'img/a.jpg' })
    expect(codes).toEqual(['url_refused@url'])
  })
})

describe('hostile pages', () => {
  it('reports invalid JSON-LD and reads the next script', () => {
    const { meta, warnings } = read(
      page(
        '<script type="application/ld+json">{"@type": "NewsArticle", headline: </script>' +
          ld({ '@type': 'Article', headline: 'Still read' }),
      ),
    )
    expect(meta.headline).toBe('Still read')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ code: 'invalid_json_ld', path: [] })
    expect(warnings[0]?.message).toMatch(/^JSON-LD script 1 is not valid JSON \(.+\); skipped$/)
  })

  it('stops at the depth and node limits, reports it, and never throws', () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`
    const nested = read(
      page(`<script type="application/ld+json">${deep}</script>${ld({ '@type': 'Article', headline: 'After' })}`),
    )
    expect(nested.codes).toEqual(['too_large@'])
    const huge = {
      '@type': 'NewsArticle',
      headline: 'Huge',
      author: Array.from({ length: 200_000 }, (_, index) => ({
        name: `Person ${String.fromCharCode(65 + (index % 26))}x`,
      })),
      keywords: Array.from({ length: 200_000 }, (_, index) => `k${index}`),
    }
    const wide = read(page(ld(huge) + ld(Array.from({ length: MAX_JSON_LD_NODES * 3 }, () => ({ '@type': 'Thing' })))))
    expect(wide.meta.headline).toBe('Huge')
    expect(wide.meta.authors.length).toBeLessThanOrEqual(26)
    expect(wide.meta.keywords?.length).toBe(100)
    expect(wide.codes).toEqual(['too_large@', 'too_large@keywords'])
  })

  it('is not polluted by __proto__ or constructor keys', () => {
    const json = `{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":"yes","headline":"no"},"author":{"__proto__":{"name":"Evil"}},"constructor":{"prototype":{"polluted":"yes"}}}`
    const { meta } = read(page(`<script type="application/ld+json">${json}</script>`))
    expect(meta.headline).toBe('H')
    expect(meta.authors).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('normalizes text as the model does and keeps markup as text', () => {
    const { meta } = read(
      page(
        ld({ '@type': 'Article', headline: 'Cafe\u0301\r\n  <b>menu</b>\u0007', description: '  two\n\nlines ' }),
        '<p class="byline">By Jane\u0000 Roe</p>',
      ),
    )
    expect(meta.headline).toBe('Café <b>menu</b>')
    expect(meta.description).toBe('two lines')
    expect(meta.authors).toEqual([{ name: 'Jane Roe' }])
  })

  it('reads empty and odd documents without throwing', () => {
    for (const html of [
      '',
      '<html></html>',
      '<title></title>',
      '<meta property="og:image" content="">',
      '<script type="application/ld+json"></script>',
      '<script type="application/ld+json">null</script><script type="application/ld+json">"text"</script>',
    ]) {
      expect(read(html).meta.authors).toEqual([])
    }
  })

  // Its time is measured by the bench (hostile pages), never asserted here.
  it('reads a page of many nested items, deep markup and long bylines', () => {
    const items = '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">N</span>'.repeat(3000)
    const deep = `${'<div>'.repeat(20_000)}${'<span itemprop="headline">Deep</span><time datetime="2026-03-14">x</time>'.repeat(2000)}${'</div>'.repeat(20_000)}`
    const html = page(
      '',
      `<article itemscope itemtype="https://schema.org/NewsArticle">${items}${'</div>'.repeat(3000)}${deep}<p class="byline">${'By A and B, '.repeat(20_000)}</p></article>`,
    )
    const { document } = parseHTML(html)
    const meta = readPageMetadata(document as unknown as Document, { url: undefined, base: undefined, warn: () => {} })
    expect(meta.headline).toBe('Deep')
    expect(meta.authors).toEqual([{ name: 'A' }, { name: 'B' }])
  })
})
