// The page reader's metadata on more shapes real sites ship (issue 18, part 1):
// a story card's <h1> beside the page's own, bylines with name suffixes,
// Catalan middle dots, wire agencies, job titles after a dash and editing
// credits, the bylines of common CMSs, and `<meta>` names and dates the
// reader did not know. Small pages written for these tests.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, read } from './pages.js'

/** A page titled `title` (the headline with a site's name), `head` added to its head. */
const site = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Harbour reopens after the long storm | The Gazette</title>${head}</head><body>${body}</body></html>`
/** A story element: its headline, `inner` under it, two paragraphs of prose. */
const story = (inner = '', h1 = 'Harbour reopens after the long storm') =>
  `<article><h1>${h1}</h1>${inner}<p>${PROSE}</p><p>${MORE}</p></article>`
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
const named = (name: string, content: string) => `<meta name="${name}" content='${content}'>`

/** The authors read from `html`, an organization marked `ORG:`. */
const authors = (html: string) =>
  read(html).article.authors.map((author) => (author.type === 'Organization' ? `ORG:${author.name}` : author.name))
/** The authors of a story whose byline element holds `line`. */
const byline = (line: string, lang?: string) => authors(site(story(`<div class="byline">${line}</div>`), '', lang))

describe('the headline beside a story card', () => {
  const header = '<header class="story-header"><h1>Harbour reopens after the long storm</h1></header>'

  it.each([
    [
      'a card whose <h1> links to another story',
      '<article class="card"><h1><a href="/other-story">Gulls return to the pier</a></h1></article>',
    ],
    [
      'a card in a related box',
      '<div class="related"><article><h1>Gulls return to the pier</h1><p>Short teaser.</p></article></div>',
    ],
    ['a short card with a link', '<article><h1>Gulls return to the pier</h1><a href="/gulls">Read</a></article>'],
  ])('takes the <h1> of the body-level header, not %s', (_, card) => {
    const html = site(
      `${header}<main><p>${PROSE}</p><p>${MORE}</p>${card}</main>`,
      '<meta property="og:title" content="Harbour reopens after the long storm">',
    )
    expect(read(html).article.headline).toBe('Harbour reopens after the long storm')
  })

  it('takes the <h1> of a header above the story when the <title> holds it, over a social og:title', () => {
    const html = site(
      `${header}<main><p>${PROSE}</p><p>${MORE}</p></main>`,
      '<meta property="og:title" content="Watch: the harbour opens">',
    )
    expect(read(html).article.headline).toBe('Harbour reopens after the long storm')
  })

  it("takes no header <h1> the <title> does not hold, nor a header's logo", () => {
    const other = '<header><h1>Gulls return to the pier today</h1></header>'
    const og = '<meta property="og:title" content="Watch: the harbour opens">'
    expect(read(site(`${other}<main><p>${PROSE}</p></main>`, og)).article.headline).toBe('Watch: the harbour opens')
    const logo = '<header><h1>The Gazette</h1></header>'
    expect(read(site(`${logo}<main><p>${PROSE}</p></main>`, og)).article.headline).toBe('Watch: the harbour opens')
  })

  it("still takes an article's own <h1> that links to the story's own address", () => {
    const own = story('', '<a href="https://news.example/harbour">The harbour reopens today</a>')
    const html = site(own, '<meta property="og:title" content="Harbour reopens after the long storm">')
    expect(read(html, { url: 'https://news.example/harbour' }).article.headline).toBe('The harbour reopens today')
  })
})

describe('names in a byline', () => {
  it.each([
    ['By Martin Luther King Jr.', ['Martin Luther King Jr.']],
    ['By Ana Ruiz Sr. and Tom Lee III', ['Ana Ruiz Sr.', 'Tom Lee III']],
    ['By Tom Lee II', ['Tom Lee II']],
    ['By Ana Ruiz.', ['Ana Ruiz']],
  ])('keeps the suffix of `%s`', (line, expected) => {
    expect(byline(line)).toEqual(expected)
  })

  it.each([
    ['Pau Mas·sana i Joan Col·lell', ['Pau Mas·sana', 'Joan Col·lell']],
    ['Pau Massana · 6 de desembre', ['Pau Massana']],
    ['Pau Massana ·Barcelona', ['Pau Massana']],
  ])('reads a middle dot between two letters as part of the word: `%s`', (line, expected) => {
    expect(byline(line, 'ca')).toEqual(expected)
  })

  it('drops a Catalan "Per" on a Catalan page, and keeps it as a first name on others', () => {
    expect(byline('Per Pau Mas·sana', 'ca')).toEqual(['Pau Mas·sana'])
    expect(byline('per Pau Massana')).toEqual(['Pau Massana'])
    expect(byline('Per Olsen')).toEqual(['Per Olsen'])
  })

  it.each([
    ['By Ana Ruiz, Reuters', ['Ana Ruiz']],
    ['Ana Ruiz and Tom Lee, Associated Press', ['Ana Ruiz', 'Tom Lee']],
    ['By Ana Ruiz, AFP', ['Ana Ruiz']],
    ['By Reuters', ['ORG:Reuters']],
    ['AFP', ['ORG:AFP']],
    ['By the Associated Press', ['ORG:Associated Press']],
    ['Europa Press', ['ORG:Europa Press']],
  ])('reads a wire agency in `%s` as no person; alone, as the organization that wrote it', (line, expected) => {
    expect(byline(line)).toEqual(expected)
  })

  it('types an agency a JSON-LD author names as a person as an organization', () => {
    const html = site(story(), ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Reuters' }] }))
    expect(authors(html)).toEqual(['ORG:Reuters'])
  })

  it.each([
    ['By Ana Ruiz - Staff writer'],
    ['Ana Ruiz — Senior Reporter'],
    ['Ana Ruiz – Correspondent'],
    ['Ana Ruiz | Correspondent'],
  ])('drops the job title after a dash or bar in `%s`', (line) => {
    expect(byline(line)).toEqual(['Ana Ruiz'])
  })

  it('keeps a hyphen inside a name', () => {
    expect(byline('By Ana Ruiz-Lee - Staff writer')).toEqual(['Ana Ruiz-Lee'])
  })

  it.each([
    ['Reporting by Ana Ruiz; Editing by Tom Lee', ['Ana Ruiz']],
    ['Reporting by Ana Ruiz and Bo Chen; Edited by Tom Lee', ['Ana Ruiz', 'Bo Chen']],
    ['By Ana Ruiz. Additional reporting by Bo Chen', ['Ana Ruiz']],
  ])('takes the reporters of a wire credit line, not its editors: `%s`', (line, expected) => {
    expect(byline(line)).toEqual(expected)
  })

  it('reads no name from a line that says who published the page', () => {
    expect(byline('Published by Harbour Press')).toEqual([])
  })

  it.each([
    ['Posted by Ana Ruiz on December 6, 2026'],
    ['Submitted by Ana Ruiz on Tue, 12/06/2026 - 10:00'],
    ['Texto: Ana Ruiz'],
    ['Text: Ana Ruiz'],
    ['Door Ana Ruiz'],
  ])('drops the words around the name in `%s`', (line) => {
    expect(byline(line)).toEqual(['Ana Ruiz'])
  })
})

describe('bylines of common CMSs', () => {
  it.each([
    [
      'Drupal .submitted with .username',
      '<div class="submitted">Submitted by <span class="username">Ana Ruiz</span> on Tue, 12/06/2026 - 10:00</div>',
    ],
    [
      'Drupal footer.node__meta',
      '<footer class="node__meta"><div class="node__submitted">By <span class="field--name-uid"><a href="/user/3">Ana Ruiz</a></span>, 6 December 2026</div></footer>',
    ],
    [
      'WordPress .entry-meta .author.vcard',
      '<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/ana">Ana Ruiz</a></span></div>',
    ],
    ['a rel=author link', '<p>Posted by <a rel="author" href="/ana">Ana Ruiz</a></p>'],
    [
      'Ghost .article-byline',
      '<div class="article-byline"><h4 class="author-name"><a href="/author/ana/">Ana Ruiz</a></h4><div class="byline-meta-content"><time datetime="2026-12-06">6 Dec 2026</time> • 3 min read</div></div>',
    ],
    [
      'Substack .byline-wrapper',
      '<div class="post-header"><div class="byline-wrapper"><div class="pencraft pc-display-flex"><div class="pencraft pc-reset"><a href="https://ana.substack.example/" class="pencraft pc-reset">Ana Ruiz</a></div><div class="pencraft pc-reset">Dec 06, 2026</div></div></div></div>',
    ],
    ['Arc XP .byline__names', '<div class="byline__names"><a href="/people/ana">Ana Ruiz</a></div>'],
    ['.ts-byline', '<div class="ts-byline"><span>By </span><a href="/people/ana">Ana Ruiz</a></div>'],
  ])('reads %s', (_, markup) => {
    expect(authors(site(story(markup)))).toEqual(['Ana Ruiz'])
  })

  it('reads an unmarked "By" line before the prose, and not a sentence in the prose', () => {
    expect(authors(site(story('<p class="meta">Posted by Ana Ruiz</p>')))).toEqual(['Ana Ruiz'])
    const later = `<article><h1>Harbour reopens</h1><p>${PROSE}</p><p>By Monday, Tom Lee</p></article>`
    expect(authors(site(later))).toEqual([])
  })
})

describe('metadata sources of real sites', () => {
  const graph = (author: unknown) =>
    ld({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': 'https://news.example/a/#article',
          isPartOf: { '@id': 'https://news.example/a/' },
          author,
          headline: 'Harbour reopens after the long storm',
          mainEntityOfPage: { '@id': 'https://news.example/a/' },
        },
        {
          '@type': 'WebPage',
          '@id': 'https://news.example/a/',
          name: 'Harbour reopens after the long storm - The Gazette',
          datePublished: '2026-12-06T10:00:00+00:00',
        },
        { '@type': 'Person', '@id': 'https://news.example/#/schema/person/1', name: 'Ana Ruiz' },
      ],
    })

  it.each([
    ['a reference', { '@id': 'https://news.example/#/schema/person/1' }],
    ['a reference with a name', { '@id': 'https://news.example/#/schema/person/1', name: 'Ana Ruiz' }],
  ])('reads a Yoast @graph: the author as %s, the date from the WebPage node', (_, author) => {
    const { article } = read(site(story(), graph(author)))
    expect(article.authors.map((a) => a.name)).toEqual(['Ana Ruiz'])
    expect(article.datePublished).toBe('2026-12-06T10:00:00+00:00')
    expect(article.headline).toBe('Harbour reopens after the long storm')
  })

  it('reads an article nested as a WebPage mainEntity', () => {
    const html = site(
      story(),
      ld({
        '@type': 'WebPage',
        mainEntity: {
          '@type': 'NewsArticle',
          headline: 'Harbour reopens',
          datePublished: '2026-12-06T10:00:00Z',
          author: { name: 'Ana Ruiz' },
        },
      }),
    )
    expect(read(html).article.datePublished).toBe('2026-12-06T10:00:00Z')
    expect(authors(html)).toEqual(['Ana Ruiz'])
  })

  it.each([
    ['parsely-pub-date', '2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z'],
    ['sailthru.date', '2026-12-06 10:00:00', '2026-12-06T10:00:00'],
    ['dc.date', '2026-12-06', '2026-12-06'],
    ['DC.date.issued', '2026-12-06', '2026-12-06'],
    ['dcterms.created', '2026-12-06', '2026-12-06'],
    ['citation_publication_date', '2026/12/06', '2026-12-06'],
    ['date', '2026-12-06', '2026-12-06'],
    ['pubdate', '2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z'],
    ['publishdate', '2026-12-06', '2026-12-06'],
    ['article.published', '2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z'],
  ])('reads the date of <meta name=%s>', (name, content, expected) => {
    expect(read(site(story(), named(name, content))).article.datePublished).toBe(expected)
  })

  it('reads og:article:published_time and a <meta itemprop=datePublished>', () => {
    const og = '<meta property="og:article:published_time" content="2026-12-06T10:00:00Z">'
    expect(read(site(story(), og)).article.datePublished).toBe('2026-12-06T10:00:00Z')
    const item = '<meta itemprop="datePublished" content="2026-12-06T10:00:00Z">'
    expect(read(site(story(), item)).article.datePublished).toBe('2026-12-06T10:00:00Z')
  })

  it.each([
    ['parsely-author', ['Ana Ruiz', 'Tom Lee']],
    ['sailthru.author', ['Ana Ruiz', 'Tom Lee']],
    ['dc.creator', ['Ana Ruiz', 'Tom Lee']],
  ])('reads every <meta name=%s>', (name, expected) => {
    expect(authors(site(story(), named(name, 'Ana Ruiz') + named(name, 'Tom Lee')))).toEqual(expected)
  })

  it('reads citation_author written "Family, Given" as the name a reader sees', () => {
    const head = named('citation_author', 'Ruiz, Ana') + named('citation_author', 'Tom Lee')
    expect(authors(site(story(), head))).toEqual(['Ana Ruiz', 'Tom Lee'])
  })

  it("reads parsely-page's JSON: title, pub_date and author", () => {
    const json = JSON.stringify({
      title: 'Harbour reopens after the long storm',
      pub_date: '2026-12-06T10:00:00Z',
      author: 'Ana Ruiz',
    })
    const { article } = read(site(story(), named('parsely-page', json)))
    expect(article.datePublished).toBe('2026-12-06T10:00:00Z')
    expect(article.authors.map((a) => a.name)).toEqual(['Ana Ruiz'])
  })

  it('reads no parsely-page that is not JSON, and no hostile one', () => {
    const { article } = read(site(story(), named('parsely-page', '{"pub_date": "2026-12-06"')))
    expect(article.datePublished).toBeUndefined()
    const proto = JSON.stringify({ __proto__: { author: 'Mallory' }, pub_date: ['x'] })
    expect(read(site(story(), named('parsely-page', proto))).article.authors).toEqual([])
  })
})

describe('dates as sites write them in meta tags', () => {
  const og = (value: string) => site(story(), `<meta property="article:published_time" content="${value}">`)

  it.each([
    ['2026-12-06T10:00:00', '2026-12-06T10:00:00'],
    ['2026-12-06 10:00:00', '2026-12-06T10:00:00'],
    ['2026-12-06T10:00:00.000+0100', '2026-12-06T10:00:00.000+01:00'],
    ['Sun, 06 Dec 2026 10:00:00 +0100', '2026-12-06T10:00:00+01:00'],
  ])('reads `%s` exactly, a time without a zone kept without one', (value, expected) => {
    expect(read(og(value)).article.datePublished).toBe(expected)
  })
})

describe('a visible date line with no <time>', () => {
  it.each([
    ['<p class="date">Published 6 December 2026</p>', '2026-12-06'],
    ['<p class="date">Dec. 6, 2026</p>', '2026-12-06'],
    ['<span class="published">6 December 2026, 10:30</span>', '2026-12-06T10:30'],
  ])('reads %s before the prose', (line, expected) => {
    expect(read(site(story(line))).article.datePublished).toBe(expected)
  })

  it.each([
    ['an update', '<p class="date">Updated 7 December 2026</p>'],
    ['a day and month that could be either', '<p class="date">06/12/2026</p>'],
    ['a date after the prose', ''],
  ])('reads no date from %s', (_, line) => {
    const html = site(
      line === ''
        ? `<article><h1>Harbour reopens</h1><p>${PROSE}</p><p class="date">6 December 2026</p></article>`
        : story(line),
    )
    expect(read(html).article.datePublished).toBeUndefined()
  })
})

describe('hostile pages for the new readers', () => {
  it('reads only the first few unmarked "By" candidates, however many nest', () => {
    const deep = `${'<div>By the '.repeat(200)}${'x '.repeat(50_000)}${'</div>'.repeat(200)}`
    const started = performance.now()
    const { article } = read(site(story(deep)))
    expect(article.authors).toEqual([])
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('reads a bounded part of nested story cards and date lines', () => {
    const cards = `${'<article><h1><a href="/x">Card</a></h1>'.repeat(200)}${'x '.repeat(50_000)}${'</article>'.repeat(200)}`
    const dates = `${'<div class="date">'.repeat(200)}${'y '.repeat(50_000)}${'</div>'.repeat(200)}`
    const started = performance.now()
    const { article } = read(site(`<header><h1>Harbour reopens after the long storm</h1></header>${dates}${cards}`))
    expect(article.headline).toBe('Harbour reopens after the long storm')
    expect(article.datePublished).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
