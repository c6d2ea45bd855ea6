// The page reader's metadata on shapes measured on real pages: headings
// without text beside the headline, microdata names written as links,
// bylines with the date or the job on the same line, Drupal's RDFa dates.
// Every page is small, written for the test, with the structure only.

import { describe, expect, it } from 'vitest'
import { MORE, PROSE, read } from './pages.js'

const body = `<p>${PROSE}</p><p>${MORE}</p>`

/** A page whose head holds `head` and whose body holds `top`, then the story. */
const page = (head: string, top: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${top}<article>${body}</article></body></html>`

/** The article of a whole page with `head` and `inner`, in `lang`, read at a page address. */
const doc = (head: string, inner: string, lang = 'en') =>
  read(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${inner}</body></html>`, {
    url: 'https://example.com/night-ferry',
  }).article

/** A JSON-LD script of a news article headlined "Night ferry returns", with `fields` added or replacing. */
const jsonLd = (fields: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Night ferry returns', ...fields })}</script>`

/** The names of an article's authors. */
const names = (article: { authors?: { name: string }[] }) => (article.authors ?? []).map((author) => author.name)

describe('headline', () => {
  it('reads the one <h1> with text when others are empty or only a logo', () => {
    for (const other of ['<h1></h1>', '<h1 id="site-name"><a href="/"><img src="/logo.png" alt="Gazette"></a></h1>']) {
      const { article } = read(
        page(
          '<title>Night ferry returns to the islands « Island Gazette</title>' +
            '<meta property="og:title" content="Night ferry returns to the islands - Island Gazette">',
          `${other}<div class="post"><h1 class="entry-title">Night ferry returns to the islands</h1></div>`,
        ),
      )
      expect(article.headline).toBe('Night ferry returns to the islands')
    }
  })
})

describe('authors', () => {
  it('reads a microdata name written on a link as the link text', () => {
    const { article } = read(
      page(
        '<title>Night ferry returns</title>',
        '<h1>Night ferry returns</h1><p class="byline">Par <span itemscope itemtype="http://schema.org/Person" itemprop="author"><a itemprop="name" href="#auteur">Lise Marchand</a></span>, <span itemscope itemtype="http://schema.org/Person" itemprop="author"><a itemprop="name" href="#auteur">Marc Vidal</a></span></p>',
      ),
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['Lise Marchand', 'Marc Vidal'])
  })

  it.each([
    [
      'by <a href="/people/ana-ruiz">Ana Ruiz</a> | <div class="field"><span class="date-display-single">Apr 19, 2026</span></div>',
    ],
    ['<div>by</div> <a href="/people/ana-ruiz">Ana Ruiz</a> <div>|</div> <div>Dec. 6, 2026</div>'],
    [
      'By <a class="author fn" href="/users/ana-ruiz">Ana Ruiz</a> <span class="publish">on June 29, 2026 08:08 pm</span>',
    ],
    ['By Ana Ruiz on June 29, 2026'],
    ['Ana Ruiz Senior Washington Correspondent'],
  ])('reads Ana Ruiz alone from the byline %s', (line) => {
    const { article } = read(
      page('<title>Night ferry returns</title>', `<h1>Night ferry returns</h1><div class="byline">${line}</div>`),
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['Ana Ruiz'])
  })

  it('reads two names before a plural role', () => {
    const { article } = read(
      page(
        '<title>Night ferry returns</title>',
        '<h1>Night ferry returns</h1><div class="author">Par <strong>LISE MARCHAND</strong>, <strong>MARC VIDAL</strong> Envoyés spéciaux à Toulon</div>',
      ),
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['Lise Marchand', 'Marc Vidal'])
  })
})

describe('dates', () => {
  it("reads Drupal's RDFa date", () => {
    const { article } = read(
      page(
        '<title>Night ferry returns</title>',
        '<h1>Night ferry returns</h1><div class="byline"><span class="date-display-single" property="dc:date dc:created" content="2026-04-19T06:53:03-05:00" datatype="xsd:dateTime">Apr 19, 2026</span></div>',
      ),
    )
    expect(article.datePublished).toBe('2026-04-19T06:53:03-05:00')
  })
})

describe('what the review found', () => {
  it("reads the story's date line, not the masthead's date of the day", () => {
    const { article } = read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body><div class="masthead"><span class="date">Monday, December 7, 2026</span></div><header class="site"><span class="date">Monday, December 7, 2026</span></header><article><h1>Night ferry returns</h1><div class="article-date">Published 3 March 2024</div>${body}</article></body></html>`,
    )
    expect(article.datePublished).toBe('2024-03-03')
  })

  it('reads an RDFa date after the <time>s, and never one of a comment or a list of other posts', () => {
    const time = read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body><div class="view"><span property="dc:date" content="2026-12-06T10:00:00+00:00"></span></div><article><h1>Night ferry returns</h1><time datetime="2024-03-03T10:00:00Z">3 March 2024</time>${body}</article></body></html>`,
    )
    expect(time.article.datePublished).toBe('2024-03-03T10:00:00Z')
    const comment = read(
      page(
        '<title>Night ferry returns</title>',
        '<h1>Night ferry returns</h1><div id="comments"><div class="comment"><span property="dc:date dc:created" content="2026-12-06T10:00:00+00:00"></span></div></div>',
      ),
    )
    expect(comment.article.datePublished).toBeUndefined()
  })

  it.each([
    '<p>By Monday evening, the water had reached the town hall.</p>',
    '<div>By The Numbers</div>',
    '<figure><img src="https://img.example/w.jpg" alt="The wall"><figcaption>The wall in January. <span>By Bo Sample</span></figcaption></figure>',
  ])('takes no author from %s', (markup) => {
    const { article } = read(page('<title>Night ferry returns</title>', `<h1>Night ferry returns</h1>${markup}`))
    expect(article.authors ?? []).toEqual([])
  })
})

describe('more bylines measured on real pages', () => {
  it("takes no author from a site's account menu", () => {
    const { article } = read(
      page(
        '<title>Night ferry returns</title>',
        '<div id="account"><div class="username"><ul><li><a href="#">Edit Profile</a></li><li><a href="#">Logout</a></li></ul></div></div><h1>Night ferry returns</h1>',
      ),
    )
    expect(article.authors ?? []).toEqual([])
  })

  it('reads a name beside its social handle, and before a date its lines skip', () => {
    for (const line of [
      'By <em><a href="/users/ana">Ana Ruiz</a></em> <a href="https://social.example/anaruiz" class="twitter">@anaruiz</a><br><span class="timestamp">on June 26, 2026</span>',
      'By <a class="author fn" href="/users/ana">Ana Ruiz</a> <span class="publish-date">on <time datetime="2026-06-29T20:08:00-04:00">June 29, 2026 08:08 pm</time></span>',
    ]) {
      const { article } = read(
        page('<title>Night ferry returns</title>', `<h1>Night ferry returns</h1><p class="byline">${line}</p>`),
      )
      expect(article.authors?.map((author) => author.name)).toEqual(['Ana Ruiz'])
    }
  })
})

describe('dates as real pages write them', () => {
  const dated = (top: string, head = '') =>
    read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title>${head}</head><body><article><header><h1>Night ferry returns</h1>${top}</header>${body}</article></body></html>`,
    ).article.datePublished

  it.each([
    // A zone written as US newspapers and RFC 5322 write it has its offset.
    ['<span class="date">August 12, 2026, 5:00PM EST</span>', '2026-08-12T17:00-05:00'],
    ['<span class="published_date">September 13, 2026, 8:50 PM EDT</span>', '2026-09-13T20:50-04:00'],
    ['<span class="post_time">Aug 18th 2026 7:30PM</span>', '2026-08-18T19:30'],
    ['<p class="common_date">26 Sep 2026</p>', '2026-09-26'],
    ['<span class="timestamp">on June 26, 2026 at 9:00a</span>', '2026-06-26T09:00'],
    // In a byline's paragraph whose markup's spaces make it as long as prose.
    [
      `<p class="byline">By <a href="/u/ana">Ana Ruiz</a>${' '.repeat(80)}<br><span class="timestamp">on June 26, 2026</span></p>`,
      '2026-06-26',
    ],
    ['<div class="post-time">posted on Saturday, August 15th, 2026</div>', '2026-08-15'],
    // "ET" does not say whether it is summer time: the time stays without an offset.
    ['<div class="date">August 13, 2026, 5:02 PM ET</div>', '2026-08-13T17:02'],
    ['<p class="publishedDate">9:39AM BST 05 Oct 2026</p>', '2026-10-05T09:39'],
    ['<span class="date">Publié le 29 octobre 2026 à 14h03</span>', '2026-10-29T14:03'],
    ['<p class="date">Veröffentlicht am 6. Dezember 2026</p>', '2026-12-06'],
    // Digits in the one order they allow; Drupal's date field.
    ['<span class="published">11/18/2026</span>', '2026-11-18'],
    ['<div class="field-name-field-date"><span class="date-display-single">Apr 19, 2026</span></div>', '2026-04-19'],
    // A <time> without `datetime` has its text as its value (HTML's rule).
    ['<time class="datestamp">August 18, 2026 3:21 PM PDT</time>', '2026-08-18T15:21-07:00'],
  ])('reads %s', (markup, expected) => {
    expect(dated(markup)).toBe(expected)
  })

  it('reads a date line no class marks that says it is the publication date', () => {
    const loose = (line: string) =>
      read(
        `<!doctype html><html lang="fr"><head><title>Le ferry de nuit revient</title></head><body><div id="story"><h1>Le ferry de nuit revient</h1><div class="infos"><div>${line}</div></div><p>${PROSE}</p></div></body></html>`,
      ).article.datePublished
    expect(loose('Publié le 29/10/2026<br><em>Mis à jour le 29/10/2026 à 14h03</em>')).toBe('2026-10-29')
    expect(loose('Published on 6 December 2026')).toBe('2026-12-06')
    // linkedom cuts a text at each character reference: the line is read whole.
    expect(loose('Publi&eacute; le 29/10/2026')).toBe('2026-10-29')
    expect(loose('Mis à jour le 29/10/2026')).toBeUndefined()
    // A line that is a date and no more, before the prose; not a sentence that names one.
    expect(loose('Le 29/10/2026')).toBe('2026-10-29')
    expect(loose('Le ferry repart le 29/10/2026')).toBeUndefined()
  })

  it("reads a date line on a page whose <body> class names boxes of the whole page's layout", () => {
    const { article } = read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body class="page no-sidebars"><div class="story"><h1>Night ferry returns</h1><div class="field-name-field-date">04/19/2026</div><p>${PROSE}</p></div></body></html>`,
    )
    expect(article.datePublished).toBe('2026-04-19')
  })

  it('reads a date tag in the forms old publishing systems write', () => {
    expect(dated('', '<meta name="publish_date" content="Sat, 09 Oct 2026 07:15:45 EST">')).toBe(
      '2026-10-09T07:15:45-05:00',
    )
    expect(dated('', '<meta name="pub_date" content="20260812">')).toBe('2026-08-12')
  })

  it.each([
    // An update, a reading time, or digits in an order a reader must guess give no publication date.
    '<span class="update-date">August 12, 2026</span>',
    '<span class="last-modified-date">August 12, 2026</span>',
    '<span class="reading-time">5 min read</span>',
    '<span class="date">06/12/2026</span>',
    '<span class="publish-time">8/17/26 11:04am</span>',
    '<time>Later this week</time>',
    '<span class="date">August 12, 2026, 5:00PM NOTAZONE</span>',
  ])('takes no date from %s', (markup) => {
    expect(dated(markup)).toBeUndefined()
  })
})

describe('bylines of outlets and groups', () => {
  const authors = (top: string) =>
    read(page('<title>Night ferry returns</title>', `<h1>Night ferry returns</h1>${top}`)).article.authors?.map(
      (author) => author.name,
    )

  it('leaves out the outlet written in capitals after a name that is not', () => {
    expect(
      authors(
        '<div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"><a href="/staff/ana-ruiz">Ana Ruiz</a>, HARBOUR DAILY</span></div>',
      ),
    ).toEqual(['Ana Ruiz'])
    expect(authors('<p class="byline">By Ana Ruiz and Tom Lee, HARBOUR DAILY</p>')).toEqual(['Ana Ruiz', 'Tom Lee'])
  })

  it('keeps names all in capitals, in the case names are written, and a suffix in capitals', () => {
    expect(authors('<p class="byline">By ANA RUIZ, TOM LEE</p>')).toEqual(['Ana Ruiz', 'Tom Lee'])
    expect(authors('<p class="byline">By Tom Lee, JR.</p>')).toEqual(['Tom Lee JR.'])
  })

  it("keeps a group's name that ends with a plural role, and cuts one person's title", () => {
    expect(authors('<p class="byline">By <span class="fn">Gazette Editorial Writers</span></p>')).toEqual([
      'Gazette Editorial Writers',
    ])
    expect(authors('<p class="byline">By Ana Ruiz Senior Harbour Correspondent</p>')).toEqual(['Ana Ruiz'])
  })
})

describe('bylines without an <article> or a <main>', () => {
  /** A page with no <article> and no <main>: the story follows its <h1>. */
  const loose = (top: string, after: string) =>
    read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body>${top}<div class="story"><h1>Night ferry returns</h1>${after}<p>${PROSE}</p><p>${MORE}</p></div></body></html>`,
    ).article.authors?.map((author) => author.name) ?? []

  it('reads a "By" line after the <h1>, past an author\'s photo, in a <cite> or after "By:"', () => {
    expect(
      loose(
        '',
        '<span class="actions"><cite class="source"> <a href="/ana"><img src="/ana.jpg" alt="Ruiz"></a> By Ana Ruiz<br>Harbour.com<br><a href="/ana">Archive</a> | <a href="/ana/mail">Contact</a></cite></span>',
      ),
    ).toEqual(['Ana Ruiz'])
    expect(
      loose('', '<div><span>By: <a href="/ana">Ana Ruiz</a><br>Harbour Executive News Editor</span></div>'),
    ).toEqual(['Ana Ruiz'])
  })

  it("takes no author from before the <h1>, a quote's <cite> or a line that starts with another word", () => {
    expect(loose('<div class="promo"><span>By Tom Lee</span></div>', '')).toEqual([])
    expect(loose('', '<blockquote><p>We sail at dawn.</p><cite>By Ana Ruiz</cite></blockquote>')).toEqual([])
    expect(loose('', '<span><b>Ana</b> By Tom Lee</span>')).toEqual([])
  })
})

describe('what the review of the real-page dates and bylines found', () => {
  const inArticle = (inner: string, head = '') =>
    read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title>${head}</head><body><article><h1>Night ferry returns</h1>${inner}<p>${PROSE}</p><p>${MORE}</p></article></body></html>`,
    ).article

  it.each([
    // An update's <time>, in a byline or a header, with "Updated" before it in an element of its own or not.
    [
      '<p class="byline">By Ana Ruiz · Updated <time>December 7, 2026</time></p><p class="date">December 1, 2026</p>',
      '2026-12-01',
    ],
    [
      '<header><span class="updated-label">Updated</span> <time>December 7, 2026</time><p class="date">December 1, 2026</p></header>',
      '2026-12-01',
    ],
    // A plain <time> in a sentence is what the sentence is about.
    [
      '<p class="kicker">Vote on <time>December 9, 2026</time></p><p class="meta"><time datetime="2026-12-01" class="published">Dec 1</time></p>',
      '2026-12-01',
    ],
    // A card of another story inside the story, and an edit's date.
    [
      '<div><article><header><h3>Older</h3><time>November 2, 2026</time></header></article></div><p class="date">December 1, 2026</p>',
      '2026-12-01',
    ],
    ['<div class="changed-date">December 7, 2026</div><div class="date">December 1, 2026</div>', '2026-12-01'],
    // Lines that are not dates do not use up the lines read.
    [`${'<span class="video-time">1:20</span>'.repeat(6)}<p class="date">December 1, 2026</p>`, '2026-12-01'],
    // A byline's plain <time> after a separator, or after the byline's element, is its date.
    ['<p class="byline">By Ana Ruiz · <time>December 1, 2026</time></p>', '2026-12-01'],
    [
      '<div><span class="author">By <a href="/ana">Ana Ruiz</a></span> <time>December 1, 2026 3:21 PM PST</time></div>',
      '2026-12-01T15:21-08:00',
    ],
  ])('reads the publication date of %s', (inner, expected) => {
    expect(inArticle(inner).datePublished).toBe(expected)
  })

  it.each([
    '<p class="dek">Doors open <time>March 6, 2027 7:00 PM</time></p>',
    '<p class="event-date">March 6, 2027</p>',
    '<p class="kickoff-time">December 12, 2026 3:00 PM</p>',
    '<p class="birth-date">March 3, 1931</p>',
    '<p class="reviewed-date">December 3, 2026</p>',
    '<div class="related-links"><div>Published December 2, 2025</div></div>',
    '<div class="comments"><div>Posted December 5, 2026</div></div>',
    '<p class="date">Published 12/25/58</p>',
  ])('takes no publication date from %s', (inner) => {
    expect(inArticle(inner).datePublished).toBeUndefined()
  })

  it("takes no date from a site's date of the day, a copyright's or a list of posts", () => {
    const plain = (body: string) =>
      read(`<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body>${body}</body></html>`)
        .article.datePublished
    expect(
      plain(
        `<div class="top-bar"><span class="current-date">Monday, December 7, 2026</span></div><article><h1>Night ferry returns</h1><p>${PROSE}</p></article>`,
      ),
    ).toBeUndefined()
    expect(
      plain(`<h1>Night ferry returns</h1><p>${PROSE}</p><div class="copyright-date">December 1, 2020</div>`),
    ).toBeUndefined()
    expect(
      plain(
        `<header><h1><a href="/">Harbour Notes</a></h1></header><div class="list"><div class="item"><h2>Night ferry returns</h2><div>Posted December 2, 2024</div></div></div><p>${PROSE}</p>`,
      ),
    ).toBeUndefined()
  })

  it.each([
    ['<p><img src="https://img.example/wall.jpg" alt="Wall"> By Bo Sample</p><p>By Ana Ruiz</p>', ['Ana Ruiz']],
    ['<p class="epigraph"><em>"The sea keeps its own hours."</em> <cite>by Maria Lopez</cite></p>', []],
    ['<p><em>“The sea keeps its own hours.”</em> <cite>By Maria Lopez</cite></p>', []],
    ['<p class="byline">By Our Correspondents</p>', []],
    ['<p class="byline">By Ana Ruiz and Guest Contributors</p>', ['Ana Ruiz']],
    ['<div class="byline">Ana Ruiz, Senior Reporter<br>Bo Li, Staff Writer</div>', ['Ana Ruiz', 'Bo Li']],
    ['<p class="byline">Par Marie Dupont, J. LEROY</p>', ['Marie Dupont', 'J. LEROY']],
  ])('reads the authors of %s', (inner, expected) => {
    expect(inArticle(inner).authors?.map((author) => author.name) ?? []).toEqual(expected)
  })

  it('takes no author from the navigation, a widget or a comment of a page without <article>', () => {
    const plain = (body: string) =>
      read(`<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body>${body}</body></html>`)
        .article.authors ?? []
    expect(
      plain(
        `<h1 class="logo">Harbour</h1><div class="widget"><ul><li><span>By Bo Li</span></li></ul></div><h1>Night ferry returns</h1><p>${PROSE}</p>`,
      ),
    ).toEqual([])
    expect(plain(`<h1>Night ferry returns</h1><nav><div>Posted by Bo Li</div></nav><p>${PROSE}</p>`)).toEqual([])
    expect(
      plain(`<h1>Night ferry returns</h1><p>Short.</p><div class="comments"><div>Posted by Bo Li</div></div>`),
    ).toEqual([])
  })
})

describe('what the second review found', () => {
  const whole = (body: string) =>
    read(`<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body>${body}</body></html>`)
      .article
  const inArticle = (inner: string) => whole(`<article><h1>Night ferry returns</h1>${inner}<p>${PROSE}</p></article>`)

  it.each([
    [
      'the story in a page-wide <article>',
      `<article class="page"><div><article class="post"><h1>Night ferry returns</h1><p class="date">December 1, 2026</p><p>${PROSE}</p></article></div></article>`,
      '2026-12-01',
    ],
    [
      "a date line outside the story, a list item's <time> after its prose",
      `<div class="post-head"><span class="date">December 1, 2026</span></div><article><h1>Night ferry returns</h1><p>${PROSE}</p><ul><li><time>December 9, 2026</time>: the vote</li></ul></article>`,
      '2026-12-01',
    ],
    [
      'a zone RFC 5322 does not name',
      `<article><h1>Night ferry returns</h1><p class="date">December 1, 2026 5:00 PM HST</p><p>${PROSE}</p></article>`,
      '2026-12-01T17:00',
    ],
    [
      "hAtom's date of a post never edited",
      `<article><h1>Night ferry returns</h1><p class="date updated">December 1, 2026</p><p>${PROSE}</p></article>`,
      '2026-12-01',
    ],
    [
      'a <time> after the byline on its line',
      `<article><h1>Night ferry returns</h1><p>By Ana Ruiz on <time>December 1, 2026</time></p><p>${PROSE}</p></article>`,
      '2026-12-01',
    ],
    [
      'a date line whose class names the post in its middle',
      `<article><h1>Night ferry returns</h1><p class="c-article-date">December 1, 2026</p><p>${PROSE}</p></article>`,
      '2026-12-01',
    ],
    [
      'a date line whose class is in camel case',
      `<article><h1>Night ferry returns</h1><p class="articlePublishDate">December 1, 2026</p><p>${PROSE}</p></article>`,
      '2026-12-01',
    ],
    [
      "a list item's <time> before the date line",
      `<main><h1>Night ferry returns</h1><ul><li>Council vote – <time>December 9, 2026</time></li></ul><p class="date">December 1, 2026</p><p>${PROSE}</p></main>`,
      '2026-12-01',
    ],
  ])('reads the date of %s', (_, body, expected) => {
    expect(whole(body).datePublished).toBe(expected)
  })

  it.each([
    `<h1>Night ferry returns</h1><p>${PROSE}</p><section class="responses"><h1>Three Responses</h1><p>Posted by Bo Li</p><p>Published December 5, 2026</p></section>`,
    `<h1>Night ferry returns</h1><p>${PROSE}</p><div class="widget"><h1>Recent Posts</h1><span>By Bo Li</span><p>Published December 5, 2026</p></div>`,
    `<article><h1>Night ferry returns</h1><p class="field-name-field-event-date">March 6, 2027</p><p>${PROSE}</p></article>`,
  ])('takes no author or date from %s', (body) => {
    const article = whole(body)
    expect(article.authors ?? []).toEqual([])
    expect(article.datePublished).toBeUndefined()
  })

  it.each([
    ['<p><img class="avatar" src="https://img.example/ana.jpg" alt=""> By Ana Ruiz</p>', ['Ana Ruiz']],
    ['<div class="pull"><p>“Hold the line.”</p><cite>By Mayor Tom Reed</cite></div>', []],
    ['<p class="byline">By Our Foreign Correspondents</p>', []],
  ])('reads the authors of %s', (inner, expected) => {
    expect(inArticle(inner).authors?.map((author) => author.name) ?? []).toEqual(expected)
  })

  it('reads a byline under a subheading, and none in the comments under a short post', () => {
    const names = (body: string) => whole(body).authors?.map((author) => author.name) ?? []
    expect(
      names(
        `<h1>Night ferry returns</h1><h3>The crossing is back after a winter of repairs</h3><div><cite>By Ana Ruiz</cite></div><p>${PROSE}</p>`,
      ),
    ).toEqual(['Ana Ruiz'])
    expect(
      names(
        '<h1>Night ferry returns</h1><p>Short.</p><h2>Comments</h2><div class="comments"><p>Posted by Bo Li</p></div>',
      ),
    ).toEqual([])
  })
})

describe('what the third review found', () => {
  const whole = (body: string) =>
    read(`<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body>${body}</body></html>`)
      .article
  const story = (inner: string, after = '') =>
    whole(`<article><h1>Night ferry returns</h1>${inner}<p>${PROSE}</p>${after}</article>`)

  it.each([
    [
      'an update before the date line',
      '<p>Updated <span class="date">December 7, 2026</span></p><p class="date">December 1, 2026</p>',
      '2026-12-01',
    ],
    [
      'a list of the byline and the date',
      '<ul class="meta"><li>By Ana Ruiz</li><li><time>December 1, 2026</time></li></ul>',
      '2026-12-01',
    ],
    [
      'video lengths before the date line',
      `${'<span class="meta-runtime">3:05</span>'.repeat(10)}<p class="post-date">December 1, 2026</p>`,
      '2026-12-01',
    ],
    ["a press release's date", '<p class="news-release-date">December 1, 2026</p>', '2026-12-01'],
    [
      'a zone and a place after the time',
      '<p class="date">December 1, 2026 5:00 PM EST NYC</p>',
      '2026-12-01T17:00-05:00',
    ],
  ])('reads the date of %s', (_, inner, expected) => {
    expect(story(inner).datePublished).toBe(expected)
  })

  it.each([
    [
      'a standfirst that opens with "By" and a date',
      '<p class="standfirst">By <time>March 6, 2027</time> the wall must rise.</p>',
      '',
    ],
    ['an event in a camel-case class', '<p class="postEventDate">March 6, 2027</p>', ''],
    ['a birth date', '<p class="metaBirthDate">March 6, 1950</p>', ''],
    ["another post's date", '<p class="recent-post-date">November 2, 2026</p>', ''],
    [
      "a story card's <time>, after the prose",
      '',
      '<article class="card"><h1>Older story</h1><time>November 2, 2026</time></article>',
    ],
  ])('takes no date from %s', (_, inner, after) => {
    expect(story(inner, after).datePublished).toBeUndefined()
  })

  it("takes no date from a masthead when the story's own date line comes after its prose", () => {
    expect(
      whole(
        `<div class="top"><span class="date">Monday, December 7, 2026</span></div><article><h1>Night ferry returns</h1><p>${PROSE}</p><p class="date">December 1, 2026</p></article>`,
      ).datePublished,
    ).toBeUndefined()
  })

  it.each([
    ['<p class="kicker">Harbours</p><h2>The crossing is back</h2><p>By Ana Ruiz</p>', ['Ana Ruiz']],
    ['<p class="byline">Par Marie Dupont, J.-P. LEROY</p>', ['Marie Dupont', 'J.-P. LEROY']],
    ['<div class="byline">By Ana Ruiz<br>Bo Li – Staff Writer</div>', ['Ana Ruiz', 'Bo Li']],
    ['<p><img class="profile-photo" src="https://img.example/wall.jpg" alt="The wall"> By Bo Sample</p>', []],
  ])('reads the authors of %s', (inner, expected) => {
    expect(story(inner).authors?.map((author) => author.name) ?? []).toEqual(expected)
  })
})

describe('shapes of older publishing systems', () => {
  it('takes the <title> over an <h1> that names the section when a heading repeats the title', () => {
    const article = doc(
      '<title>Night ferry returns to the islands</title>',
      `<h1>Island Travel Centre</h1><div class="copy"><h2>Night ferry returns to the islands</h2><p>${PROSE}</p><p>${MORE}</p></div>`,
    )
    expect(article.headline).toBe('Night ferry returns to the islands')
  })

  it('keeps the <h1> over a differing <title> when no heading repeats the title', () => {
    const article = doc(
      '<title>Ferry news today</title>',
      `<h1>Night ferry returns to the islands</h1><div class="copy"><h2>What changes</h2><p>${PROSE}</p><p>${MORE}</p></div>`,
    )
    expect(article.headline).toBe('Night ferry returns to the islands')
  })

  it('reads a "By" line between the headline and an <article> that holds only the text', () => {
    const article = doc(
      '<title>Night ferry returns - Island Gazette</title>',
      '<div class="topper"><h1>Night ferry returns</h1></div><div class="article-body">' +
        '<div class="sig"><span class="pb-byline">By <a href="/people/ana-ruiz">Ana Ruiz</a></span>' +
        '<span class="tweet-authors"><a href="https://social.example/@anaruiz">Follow @anaruiz</a></span></div>' +
        `<article><p>${PROSE}</p><p>${MORE}</p></article></div>`,
    )
    expect(article.authors).toEqual([{ type: 'Person', name: 'Ana Ruiz', url: 'https://example.com/people/ana-ruiz' }])
  })

  it.each([['Follow @anaruiz'], ['Follow on Twitter @anaruiz']])('reads no name from a social link "%s"', (line) => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<h1>Night ferry returns</h1><span class="tweet-authors">${line}</span><article><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.authors ?? []).toEqual([])
  })

  it('reads Dublin Core creators written "Family, Given"', () => {
    const article = doc(
      '<title>Night ferry returns</title><meta name="DC.Creator" content="Marchand, L."><meta name="DC.Creator" content="Berg, Anke van den">',
      `<h1>Night ferry returns</h1><article><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['L. Marchand', 'Anke van den Berg'])
  })

  it.each([
    ['Lise Marchand (avec Marc Vidal et Anne Roy)', ['Lise Marchand', 'Marc Vidal', 'Anne Roy']],
    ['By Ana Ruiz (with Tom Lee)', ['Ana Ruiz', 'Tom Lee']],
  ])('reads the names of a byline "%s" with its helpers in brackets', (line, names) => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<h1>Night ferry returns</h1><article><p class="byline">${line}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.authors?.map((author) => author.name)).toEqual(names)
  })

  it('reads a Spanish byline marked .firma, not the photographer marked so in a caption', () => {
    const article = doc(
      '<title>Vuelve el ferry nocturno</title>',
      '<h1>Vuelve el ferry nocturno</h1><div class="foto"><img src="/ferry.jpg" alt="El ferry"><p class="figcaption">El ferry en el puerto. <span class="firma">MARTA GIL</span></p></div>' +
        `<div class="metadata"><p class="firma"><em>Lucía Ferrer</em> | Palma</p></div><p>${PROSE}</p><p>${MORE}</p>`,
      'es',
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['Lucía Ferrer'])
  })

  it('reads the byline after a quote whose speaker has the same class', () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<h1>Night ferry returns</h1><article><blockquote><p>We waited all winter.</p><span class="author">Mara Quay</span></blockquote><p class="author">By Ana Ruiz</p><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.authors?.map((author) => author.name)).toEqual(['Ana Ruiz'])
  })

  it('reads the machine time of a date line whose text has a two-digit year', () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<h1>Night ferry returns</h1><article><span class="publish-time" data-publishtime="1765008000000"><a href="/night-ferry">12/6/25 8:00am</a></span><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.datePublished).toBe('2025-12-06T08:00:00Z')
  })

  it.each([['data-publishtime="12345"'], ['data-publishtime="99999999999999"'], ['data-stamp="1765008000000"']])(
    'reads no date from %s',
    (attribute) => {
      const article = doc(
        '<title>Night ferry returns</title>',
        `<h1>Night ferry returns</h1><article><span class="publish-time" ${attribute}>12/6/25 8:00am</span><p>${PROSE}</p><p>${MORE}</p></article>`,
      )
      expect(article.datePublished).toBeUndefined()
    },
  )
})

describe('a post whose class says it has comments', () => {
  it.each([['commented'], ['commentary']])('reads the date line of an <article class="post %s">', (word) => {
    const { article } = read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body><article class="post ${word}"><h1>Night ferry returns</h1><p class="date">December 1, 2026</p><p>${PROSE}</p><p>${MORE}</p></article></body></html>`,
    )
    expect(article.datePublished).toBe('2026-12-01')
  })
})

describe("what the review of the older systems' shapes found", () => {
  const title = '<title>Night ferry returns to the islands</title>'

  it.each([['most-commented'], ['more-commentary']])('keeps a box of %s stories out of the story', (box) => {
    const article = doc(
      title,
      `<div class="${box}"><ul><li><a href="/other">Harbour wall repaired</a> <span class="date">November 3, 2026</span></li></ul><p>By Tom Lee</p></div>` +
        `<h1>Night ferry returns to the islands</h1><div class="post"><p class="date">December 1, 2026</p><p>${PROSE}</p><p>${MORE}</p></div>`,
    )
    expect(article.datePublished).toBe('2026-12-01')
    expect(names(article)).toEqual([])
  })

  it('reads the <article> first: a standfirst between the headline and it does not hide its byline', () => {
    const article = doc(
      title,
      `<div class="topper"><h1>Night ferry returns to the islands</h1><p class="dek">${MORE}</p></div><article><p>By Ana Ruiz</p><p>${PROSE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it("reads the <article>'s byline before a promo's between the headline and it", () => {
    const article = doc(
      title,
      `<h1>Night ferry returns to the islands</h1><div class="newsletter-promo"><p>By Tom Lee</p></div><article><p>By Ana Ruiz</p><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it.each([
    ['a time stamp of an update', '<p class="timestamp" data-timestamp="1796560000">Updated 3 hours ago</p>'],
    [
      'a publication stamp on an update line',
      '<p class="timestamp" data-publishtime="1796560000">Updated 3 hours ago</p>',
    ],
    ['a stamp of zero', '<p class="timestamp" data-publishtime="0000000000">Today</p>'],
  ])('reads the date line, not %s', (_, line) => {
    const article = doc(
      title,
      `<article><h1>Night ferry returns to the islands</h1>${line}<p class="date">December 1, 2026</p><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(article.datePublished).toBe('2026-12-01')
  })

  it("reads no .firma of a related story's box, nor of a German page", () => {
    const related = doc(
      '<title>Vuelve el ferry nocturno</title>',
      `<article><h1>Vuelve el ferry nocturno</h1><p>${PROSE}</p><p>${MORE}</p></article><aside><p class="firma">Tomás León</p></aside>`,
      'es',
    )
    expect(names(related)).toEqual([])
    const german = doc(
      '<title>Die Nachtfähre fährt wieder</title>',
      `<article><h1>Die Nachtfähre fährt wieder</h1><div class="firma">Inselbote Verlag GmbH</div><p>${PROSE}</p><p>${MORE}</p></article>`,
      'de',
    )
    expect(names(german)).toEqual([])
  })

  it.each([
    ['a footer', '<footer><h2>Island Gazette Daily</h2></footer>', '<title>Island Gazette Daily</title>'],
    ['the navigation', '<nav><h2>Opinion and analysis</h2></nav>', '<title>Opinion and analysis</title>'],
    [
      'a title that is the site name',
      '<div class="widget"><h2>Island Gazette Daily</h2></div>',
      '<title>Island Gazette Daily</title><meta property="og:site_name" content="Island Gazette Daily">',
    ],
    ['two words', '<div class="widget"><h2>Island Gazette</h2></div>', '<title>Island Gazette</title>'],
  ])('keeps the <h1> when an <h2> in %s repeats the title', (_, box, head) => {
    const article = doc(
      head,
      `<h1>Night ferry returns to the islands</h1><article><p>${PROSE}</p><p>${MORE}</p></article>${box}`,
    )
    expect(article.headline).toBe('Night ferry returns to the islands')
  })

  it("takes an <h2> that repeats the title before the site's name", () => {
    const article = doc(
      '<title>Night ferry returns to the islands | Island Gazette</title><meta property="og:site_name" content="Island Gazette">',
      `<h1>Island Travel Centre</h1><div class="copy"><h2>Night ferry returns to the islands</h2><p>${PROSE}</p><p>${MORE}</p></div>`,
    )
    expect(article.headline).toBe('Night ferry returns to the islands')
  })

  it.each([
    ['By Ana Ruiz (MIT Media Lab)', ['Ana Ruiz']],
    ['By Ana Ruiz (Met Office)', ['Ana Ruiz']],
    ['By Ana Ruiz (With Video)', ['Ana Ruiz']],
    ['By Jane Follow @janefollow', ['Jane Follow']],
    ['By Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
  ])('reads the byline "%s" as %j', (line, expected) => {
    const article = doc(
      title,
      `<article><h1>Night ferry returns to the islands</h1><p class="byline">${line}</p><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(names(article)).toEqual(expected)
  })

  it('reads a Dublin Core creator before a byl tag, as it always did', () => {
    const article = doc(
      `${title}<meta name="DC.Creator" content="Ana Ruiz"><meta name="byl" content="By The Editorial Board">`,
      `<article><h1>Night ferry returns to the islands</h1><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it(".firma of another story's card in a related section is not the story's byline", () => {
    const article = doc(
      '<title>Vuelve el ferry nocturno</title>',
      `<article><h1>Vuelve el ferry nocturno</h1><p>Por Ana Ruiz</p><p>${PROSE}</p><p>${MORE}</p></article>` +
        '<section class="relacionadas"><article><h2><a href="/otra">El puerto reabre</a></h2><p class="firma">Tomás León</p></article></section>',
      'es',
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it.each([
    ['NPR, Ana Ruiz', ['NPR', 'Ana Ruiz']],
    ['Ruiz, Ana and Tom Lee', ['Ruiz', 'Ana', 'Tom Lee']],
  ])('reads the Dublin Core creator "%s" as written, not turned around', (creator, expected) => {
    const article = doc(
      `${title}<meta name="DC.Creator" content="${creator}">`,
      `<article><h1>Night ferry returns to the islands</h1><p>${PROSE}</p><p>${MORE}</p></article>`,
    )
    expect(names(article)).toEqual(expected)
  })
})

describe("what the second review of the older systems' shapes found", () => {
  const title = '<title>Night ferry returns to the islands</title>'
  const h1 = '<h1>Night ferry returns to the islands</h1>'
  const story = `<p>${PROSE}</p><p>${MORE}</p>`

  it.each([
    ['a promo', '<div class="newsletter-promo"><p>By Tom Lee</p></div>'],
    [
      'a list of the most read',
      '<div class="most-read"><ol><li><a href="/x">Council vote</a><p>By Tom Lee</p></li></ol></div>',
    ],
    ['the page body, outside any wrapper', '<div class="strip"><p>By Tom Lee</p></div>'],
  ])('reads no byline of %s between the headline and an unsigned <article>', (_, box) => {
    const wrapped = box.includes('strip')
      ? doc(title, `${h1}${box}<article>${story}</article>`)
      : doc(title, `${h1}<div class="wrap">${box}<article>${story}</article></div>`)
    expect(names(wrapped)).toEqual([])
  })

  it('reads no "Published" line of a most-read box between the headline and an undated <article>', () => {
    const article = doc(
      title,
      `${h1}<div class="wrap"><div class="most-read"><p>Published 3 November 2026</p></div><article>${story}</article></div>`,
    )
    expect(article.datePublished).toBeUndefined()
  })

  it("reads no byline past a gallery's long captions on a page without <article>", () => {
    const caption = `<figure><img src="/a.jpg" alt="Ferry"><figcaption><p>${PROSE}</p></figcaption></figure>`
    const article = doc(title, `${h1}${caption.repeat(3)}<div class="card"><p>By Tom Lee</p></div>`)
    expect(names(article)).toEqual([])
  })

  it.each([
    ['<div class="commentary">', 'a box of opinion pieces'],
    ['<div class="tab commented">', 'a tab of the most commented'],
  ])('takes %s for %s, not for the post', (open) => {
    const article = doc(
      title,
      `${open}<p><a href="/other">Harbour wall repaired</a></p><p class="date">November 3, 2026</p><p>By Tom Lee</p></div>${h1}<div class="post"><p class="date">December 1, 2026</p>${story}</div>`,
    )
    expect(article.datePublished).toBe('2026-12-01')
    expect(names(article)).toEqual([])
  })

  it.each([
    [
      'ten digits, which may be a date',
      '<article><span class="publish-time" data-publishtime="2026120110">12/1/26</span>',
    ],
    [
      'a card outside the story',
      '<div class="trending"><span class="publish-time" data-publishtime="1764590400000">2 hours ago</span></div><article>',
    ],
    [
      'a time past the moment it is read',
      '<article><span class="publish-time" data-publishtime="3786912000000">1/1/90</span>',
    ],
  ])('reads no data-publishtime of %s', (_, open) => {
    const article = doc(title, `${open}${h1}${story}</article>`)
    expect(article.datePublished).toBeUndefined()
  })

  it.each([
    [
      'es',
      '<div id="comentarios"><div class="comentario"><p>Bien.</p><div class="firma">Marco Blanco</div></div></div>',
      [],
    ],
    ['pt', '<div class="rodape"><p class="firma">Editora Ilha Lda.</p></div>', []],
    ['es_ES', '', ['Ana Ruiz']],
  ])('reads .firma on a page in %s only as the story shows it', (lang, box, expected) => {
    const own = lang === 'es_ES' ? '<p class="firma">Ana Ruiz</p>' : ''
    const article = doc(
      '<title>Vuelve el ferry nocturno</title>',
      `<article><h1>Vuelve el ferry nocturno</h1>${own}${story}</article>${box}`,
      lang,
    )
    expect(names(article)).toEqual(expected)
  })

  it("reads the story's .firma, not one outside the <article>", () => {
    const article = doc(
      '<title>Vuelve el ferry nocturno</title>',
      `<div class="lo-mas"><p class="firma">Tomás León</p></div><article><h1>Vuelve el ferry nocturno</h1><p class="firma">Ana Ruiz</p>${story}</article>`,
      'es',
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it.each([
    [
      'a widget, with no known site name',
      '<title>The Island Gazette</title>',
      '<div class="widget"><h2>The Island Gazette</h2><p>Links</p></div>',
    ],
    [
      'a section head above the story',
      '<title>Letters to the Editor</title>',
      '<div class="section-head"><h2>Letters to the Editor</h2></div>',
    ],
    [
      'a card of the most read',
      '<title>Ferry back after storms today</title>',
      '<div class="list"><div><h2>Ferry back after storms today</h2><p>Short teaser.</p></div></div>',
    ],
    [
      'the site before its tagline',
      '<title>The Island Gazette - News from the islands</title>',
      '<div class="widget"><h2>The Island Gazette</h2></div>',
    ],
  ])('keeps the <h1> when an <h2> of %s repeats the title', (_, head, box) => {
    const article = doc(head, `${box}${h1}<article>${story}</article>`)
    expect(article.headline).toBe('Night ferry returns to the islands')
  })

  it.each([
    ['Von Anna Schmidt (mit Material von dpa)', ['Anna Schmidt']],
    ['Von Anna Schmidt (mit Video)', ['Anna Schmidt']],
  ])('reads the byline "%s" without its note in brackets', (line, expected) => {
    const article = doc(
      '<title>Die Nachtfähre fährt wieder</title>',
      `<article><h1>Die Nachtfähre fährt wieder</h1><p class="byline">${line}</p>${story}</article>`,
      'de',
    )
    expect(names(article)).toEqual(expected)
  })

  it('does not turn a Dublin Core creator "Outlet, Given Family" into one name', () => {
    const article = doc(
      `${title}<meta name="DC.Creator" content="Gazette, Ana Ruiz">`,
      `<article>${h1}${story}</article>`,
    )
    expect(names(article)).not.toContain('Ana Ruiz Gazette')
  })
})

describe('dates in more languages, alone on their line, and below the story', () => {
  const title = '<title>Night ferry returns to the islands</title>'
  const h1 = '<h1>Night ferry returns to the islands</h1>'
  const story = `<p>${PROSE}</p><p>${MORE}</p>`
  const dated = (inner: string, lang = 'en', head = title) => doc(head, inner, lang).datePublished

  it.each([
    ['it', 'Pubblicato il 6 dicembre 2026 alle 10:30', '2026-12-06T10:30'],
    ['pt', 'Publicado em 6 de dezembro de 2026', '2026-12-06'],
    ['nl', 'Gepubliceerd op 6 mei 2026', '2026-05-06'],
    ['ar', 'نشر في ٦ ديسمبر ٢٠٢٦', '2026-12-06'],
    ['ar', 'نُشر في ٦ آب/أغسطس ٢٠٢٦', '2026-08-06'],
    ['ar', 'تاريخ النشر: 06 كانون الأول 2026 الساعة 10:30 م', '2026-12-06T22:30'],
  ])('reads a "Published" line in %s: %s', (lang, line, expected) => {
    expect(dated(`<div class="story">${h1}<div class="infos">${line}</div>${story}</div>`, lang)).toBe(expected)
  })

  it('reads a line right under the headline that is a date and no more, its update cut off', () => {
    const arabic = '<title>عودة عبّارة الليل إلى الجزر</title>'
    const inner = `<h1>عودة عبّارة الليل إلى الجزر</h1><div class="stamp"><div>الأحد، 06 كانون الأول/ديسمبر 2026، آخر تحديث 02:21 (GMT+0400)</div></div><p>${PROSE}</p>`
    expect(dated(inner, 'ar', arabic)).toBe('2026-12-06')
    expect(
      dated(`<article>${h1}<p class="byline">By Ana Ruiz</p><p>\u200fSunday, 6 December 2026</p>${story}</article>`),
    ).toBe('2026-12-06')
  })

  it('reads the date of a "Published:" line written in an element of its own', () => {
    const inner = `${h1}<div class="tools">Published:<span class="sub">Wednesday, 21 Oct 2026 | 4:35 PM ET</span></div>${story}`
    expect(dated(inner)).toBe('2026-10-21')
  })

  it('reads a "Published" line before a date alone above it that is an update or an event', () => {
    const update = '<div class="info"><span>Atualizado em</span> <span>7 de dezembro de 2026</span></div>'
    const published = '<p>Publicado em 6 de dezembro de 2026 às 10h30</p>'
    expect(dated(`<article>${h1}${update}${published}${story}</article>`, 'pt')).toBe('2026-12-06T10:30')
    const event = '<div class="event-info"><p>Harbour concert</p><p>14 March 2026</p></div>'
    expect(dated(`<article>${h1}${event}<p>Published 6 December 2026</p>${story}</article>`)).toBe('2026-12-06')
  })

  it.each([
    ['an update alone', '<div>Updated: December 3, 2026, 5:02 PM ET</div>'],
    ["an update's date in an element of its own", '<p>Updated <span>3 December 2026</span></p>'],
    ["an update's date in German", '<div>Aktualisiert am <span>3. Dezember 2026</span></div>'],
    ["an update's date in Italian", '<div><span>Ultimo aggiornamento:</span> <span>3 dicembre 2026</span></div>'],
    ["an update's date in Arabic", '<div><span>آخر تحديث:</span> <span>٣ ديسمبر ٢٠٢٦</span></div>'],
    ['a sentence', '<div>The ferry sails again on 6 December 2026</div>'],
    ['a date below the prose', `<p>${PROSE}</p><div>6 December 2026</div>`],
    ['a life, two years apart', '<p>12 March 1931 – 2 December 2026</p>'],
    ['a day in history', '<p>7 December 1941</p>'],
    ['a day to come', '<p>14 March 2099</p>'],
    ["a timeline's first entry", '<div class="timeline"><div><span>3 March 2020</span> The pier closes</div></div>'],
    [
      "a table's first cell",
      '<table><tr><td><span>Saturday 12 December 2026</span></td><td>Ferry v Bus</td></tr></table>',
    ],
    ["a photo's date", '<div class="photo"><img src="/a.jpg" alt=""><div>6 December 2019</div></div>'],
    [
      'an event three levels under its class',
      '<div class="event-date"><div><div><span>14 March 2026</span></div></div></div>',
    ],
    [
      'a list after prose written without paragraphs',
      `<div class="text">${PROSE}<br><br>${MORE}</div><div class="ultime"><div><a href="/x">Council vote</a></div><div>5 December 2026</div></div>`,
    ],
  ])('reads no date from %s under the headline', (_, lines) => {
    expect(dated(`${h1}${lines}${story}`)).toBeUndefined()
  })

  it("reads no date alone of a masthead's today inside <main>, above the headline", () => {
    const inner = `<main><div class="topbar"><span class="today">Monday, 7 December 2026</span></div>${h1}${story}</main>`
    expect(dated(inner)).toBeUndefined()
  })

  it('reads a "Published" line below the story, by the headline, written with a character reference', () => {
    const inner = `<div id="content"><h1>Le ferry de nuit revient</h1><p>${PROSE}</p><p>${MORE}</p><div id="topbar"><div>Publi&eacute; le 29/10/2026<br><em>Mis &agrave; jour le 30/10/2026</em></div></div></div>`
    expect(dated(inner, 'fr', '<title>Le ferry de nuit revient</title>')).toBe('2026-10-29')
  })

  it.each([
    ["a comment's", '<div class="comments"><div>Published 3 November 2026</div></div>'],
    ["a Dutch comment's", '<div id="reacties"><div><p>Gepubliceerd op 3 november 2026</p></div></div>'],
    [
      "another story's card, under its heading",
      '<div class="next"><h2>Council vote delayed</h2><p>Published 5 December 2026</p></div>',
    ],
    [
      'a card of more stories, under its link',
      '<div class="extra"><a href="/x">Pier reopens</a><p>Pubblicato il 2 dicembre 2026</p></div>',
    ],
    ["a cited report's", '<div class="sources"><p>Harbour Safety Report</p><p>Published 12 March 2019</p></div>'],
    ["a book's, still to come", '<div class="details"><p>The Quiet Harbour</p><p>Published: 5 March 2099</p></div>'],
  ])('reads no "Published" line below the story that is %s', (_, box) => {
    expect(dated(`<div id="content">${h1}${story}${box}</div>`)).toBeUndefined()
  })

  it.each([
    [
      "a card's above the headline",
      `<div id="content"><div class="top"><a href="/x">Pier reopens</a><p>Published 3 December 2026</p></div>${h1}${story}</div>`,
    ],
    [
      "a line outside the headline's element",
      `<div class="head">${h1}</div>${story}<div>Published 3 November 2026</div>`,
    ],
    ['the page body, holding the headline itself', `${h1}${story}<div>Published 3 November 2026</div>`],
    [
      "another story's, after its <h1>",
      `<div id="content">${h1}${story}<h1>Council vote delayed</h1><p>Published 5 December 2026</p></div>`,
    ],
  ])('reads no "Published" line that is %s', (_, inner) => {
    expect(dated(inner)).toBeUndefined()
  })
})

describe('bylines with an affiliation or a button after each name', () => {
  const byline = (line: string) =>
    names(
      doc(
        '<title>Night ferry returns</title>',
        `<article><h1>Night ferry returns</h1><p class="byline">${line}</p><p>${PROSE}</p></article>`,
      ),
    )

  it.each([
    ['By Ana Ruiz (Reuters) and Tom Lee (AP)', ['Ana Ruiz', 'Tom Lee']],
    ['By Ana Ruiz Follow @anaruiz', ['Ana Ruiz']],
    ['By Ana Ruiz <button>Follow</button>', ['Ana Ruiz']],
    ['Por Ana Ruiz <button>Seguir</button>', ['Ana Ruiz']],
    // A family name that is the word, its handle holding it too.
    ['By Jane Follow @janefollow', ['Jane Follow']],
    ['By Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
  ])('reads %s', (line, expected) => {
    expect(byline(line)).toEqual(expected)
  })
})

describe('a live page whose entries are <article>s', () => {
  const title = '<title>Storm live: latest updates - Island Gazette</title>'
  const h1 = '<h1>Storm live: latest updates</h1>'
  const entry = (who: string, kind = 'entry') => `<article class="${kind}"><p>By ${who}</p><p>${PROSE}</p></article>`

  it.each([
    ['side by side', `${h1}<p>By Ana Ruiz</p><div class="live">${entry('Tom Lee')}${entry('Bo Li')}</div>`],
    [
      'in a list in <main>',
      `<main>${h1}<p>By Ana Ruiz</p><ol><li>${entry('Tom Lee')}</li><li>${entry('Bo Li')}</li></ol></main>`,
    ],
  ])("reads the page's byline under the headline before the first entry's, entries %s", (_, inner) => {
    expect(names(doc(title, inner))).toEqual(['Ana Ruiz'])
  })

  it("reads the first entry's byline when the page shows none", () => {
    expect(names(doc(title, `${h1}<div class="live">${entry('Tom Lee')}${entry('Bo Li')}</div>`))).toEqual(['Tom Lee'])
  })

  it("reads a story's own byline before a strip's when cards of other stories follow it", () => {
    const inner = `${h1}<div class="strip"><p>By Tom Lee</p></div>${entry('Ana Ruiz', 'story')}${entry('Bo Li', 'card')}`
    expect(names(doc(title, inner))).toEqual(['Ana Ruiz'])
  })
})

describe('first names that are weekdays in other languages', () => {
  it.each(['Domenica Vitale', 'Sabato Ferri', 'Quinta Marlowe', 'Domingo Pérez'])(
    'reads the unmarked byline By %s',
    (name) => {
      const article = doc(
        '<title>Night ferry returns</title>',
        `<article><h1>Night ferry returns</h1><p>By ${name}</p><p>${PROSE}</p></article>`,
      )
      expect(names(article)).toEqual([name])
    },
  )

  it('still reads no byline from "By Monday evening" or "Von Montag an"', () => {
    const by = (line: string) =>
      names(
        doc(
          '<title>Night ferry returns</title>',
          `<article><h1>Night ferry returns</h1><p>${line}</p><p>${PROSE}</p></article>`,
        ),
      )
    expect(by('By Monday evening the pier was open again.')).toEqual([])
    expect(by('Von Montag an fährt die Fähre wieder.')).toEqual([])
  })
})

describe("shapes of today's publishing stacks", () => {
  const ld = (author: object) => jsonLd({ author })

  it.each([
    ['de', 'Von'],
    ['fr', 'Par'],
    ['es', 'Por'],
  ])('reads an unmarked byline in %s whose name is a link after "%s"', (lang, by) => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<article><h1>Night ferry returns</h1><p>${by} <a href="/authors/anna-berger">Anna Berger</a></p><p>${PROSE}</p></article>`,
      lang,
    )
    expect(names(article)).toEqual(['Anna Berger'])
  })

  it("reads a BEM block's author and date, after a standfirst in the story's header block", () => {
    const article = doc(
      '<title>Le marché face à la hausse</title>',
      `<main><section class="article__header"><h1>Le marché face à la hausse</h1><p class="article__desc">${PROSE}</p><div class="meta"><span class="meta__author">Par <a href="/s/cm">Claire Morel</a> (Lyon, correspondante)</span></div><span class="meta__date meta__date--header">Publié le 06 décembre 2026 à 10h30, modifié à 12h02</span></section><article class="article__content"><p>${MORE}</p></article></main>`,
      'fr',
    )
    expect(names(article)).toEqual(['Claire Morel'])
    expect(article.datePublished).toBe('2026-12-06T10:30')
  })

  const testid = `<div data-component="byline-block"><div data-testid="byline-new"><time datetime="2026-12-06T07:12:44Z">1 day ago</time><div><span class="sc-1x2y">Ana Ruiz</span><div class="sc-3z4w">GNN Wales</div></div></div></div>`

  it('reads a byline an app names in data-testid or data-component, without the desk below the name', () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<article><h1>Night ferry returns</h1>${testid}<p>${PROSE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it("takes the visible byline's people over JSON-LD that names the newsroom alone", () => {
    const newsroom = ld({ '@type': 'NewsMediaOrganization', name: 'GNN News' })
    const article = doc(
      `<title>Night ferry returns</title>${newsroom}`,
      `<article><h1>Night ferry returns</h1>${testid}<p>${PROSE}</p></article>`,
    )
    expect(article.authors).toEqual([{ type: 'Person', name: 'Ana Ruiz' }])
  })

  it.each([
    [
      'names a person',
      { '@type': 'Person', name: 'Tom Lee' },
      '<p class="byline">By Ana Ruiz</p>',
      [{ type: 'Person', name: 'Tom Lee' }],
    ],
    [
      'names the newsroom, and no byline shows',
      { '@type': 'Organization', name: 'GNN News' },
      '',
      [{ type: 'Organization', name: 'GNN News' }],
    ],
    [
      'names the newsroom, and the byline names an agency',
      { '@type': 'Organization', name: 'GNN News' },
      '<p class="byline">By Reuters</p>',
      [{ type: 'Organization', name: 'GNN News' }],
    ],
  ])('keeps the JSON-LD authors when it %s', (_, author, byline, expected) => {
    const article = doc(
      `<title>Night ferry returns</title>${ld(author)}`,
      `<article><h1>Night ferry returns</h1>${byline}<p>${PROSE}</p></article>`,
    )
    expect(article.authors).toEqual(expected)
  })
})

describe("what the review of today's stacks' bylines found", () => {
  const ld = jsonLd({ '@type': 'OpinionNewsArticle', author: { '@type': 'Organization', name: 'The Editorial Board' } })
  const title = `<title>Night ferry returns</title>${ld}`

  it.each([
    [
      'a sentence that opens with Von and a link',
      '<p>Von <a href="/p/ab">Angela Brandt</a> stammt der Satz, der den Hafen bis heute prägt.</p>',
      'de',
    ],
    [
      "a pull quote's author",
      '<blockquote class="pullquote"><p>We kept the lights on.</p><span class="pullquote__author">Mara Quist</span></blockquote>',
      'en',
    ],
    [
      "a comment's author",
      '<div class="comments"><div class="comment"><span class="comment__author">Joe Bloggs</span><p>Great news.</p></div></div>',
      'en',
    ],
  ])('keeps the JSON-LD organization over %s', (_, inner, lang) => {
    const article = doc(
      title,
      `<article><h1>Night ferry returns</h1><p>${PROSE}</p>${inner}<p>${MORE}</p></article>`,
      lang,
    )
    expect(article.authors).toEqual([{ type: 'Organization', name: 'The Editorial Board' }])
  })

  it("reads no byline of a card another story's data-testid names, outside the story", () => {
    const card = '<div class="promo"><a href="/x">Pier reopens</a><span data-testid="byline">By Tom Other</span></div>'
    const article = doc(
      '<title>Night ferry returns</title>',
      `${card}<article><h1>Night ferry returns</h1><span class="author">Ana Ruiz</span><p>${PROSE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz'])
  })

  it('reads a second author whose name opens with initials', () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<article><h1>Night ferry returns</h1><ul class="byline"><li>Ana Ruiz</li><li>AJ Mendez</li></ul><p>${PROSE}</p></article>`,
    )
    expect(names(article)).toEqual(['Ana Ruiz', 'AJ Mendez'])
  })

  it("reads no date from the story's text in a wrapper whose class says header", () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<article><div class="post has-header-image"><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p><p>The first ferry sailed on <time>June 3, 1953</time>.</p></div></article>`,
    )
    expect(article.datePublished).toBeUndefined()
  })

  it("takes no standfirst from another story's summary named by data-testid", () => {
    const { article } = read(
      `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body><article><h1>Night ferry returns</h1><div data-testid="related-summary"><p>The council will vote on the pier next week.</p></div><p>${PROSE}</p><p>${MORE}</p></article></body></html>`,
    )
    expect(article.standfirst).toBeUndefined()
  })
})

describe('bylines in capitals and in a feature credit line', () => {
  it.each([
    ['<p class="byline">BY INGRID MABUZA</p>', ['Ingrid Mabuza']],
    [
      '<div class="byline">By <a href="/by/jm">JANE MCADAM</a> and <a href="/by/po">PAT O\'NEIL-SMITH</a></div>',
      ['Jane McAdam', "Pat O'Neil-Smith"],
    ],
    ['<p>BY ANNA VAN DER BERG, ASSOCIATED PRESS</p>', ['Anna van der Berg']],
    ['<p class="byline">By J.R. DOE III</p>', ['J.R. Doe III']],
    // A byline with a lower-case name is as written, French family names in capitals among them.
    ['<p class="byline">Par Jean-Luc PERRAULT</p>', ['Jean-Luc PERRAULT']],
    ['<p class="byline">Par Marie Dupont, J. LEROY</p>', ['Marie Dupont', 'J. LEROY']],
  ])('reads %s in the case names are written', (line, want) => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<article><h1>Night ferry returns</h1>${line}<p>${PROSE}</p></article>`,
    )
    expect(names(article)).toEqual(want)
  })

  it('keeps an organization named in capitals as it is written', () => {
    const ld = jsonLd({ author: { '@type': 'Organization', name: 'HARBOUR DESK' } })
    const article = doc(
      `<title>Night ferry returns</title>${ld}`,
      `<article><h1>Night ferry returns</h1><p>${PROSE}</p></article>`,
    )
    expect(article.authors).toEqual([{ type: 'Organization', name: 'HARBOUR DESK' }])
  })

  it("reads a feature's writer credit line after a marked standfirst", () => {
    const article = doc(
      '<title>Night ferry returns</title>',
      `<main><h1>Night ferry returns</h1><p class="hero__dek">${PROSE}</p><div class="meta"><p class="meta__credit">Words and photographs by <a href="/c/ht">Hugo Tarrant</a></p></div><div class="body"><p>${PROSE}</p><p>${MORE}</p></div></main>`,
    )
    expect(names(article)).toEqual(['Hugo Tarrant'])
  })

  it("reads no byline from a photo's credit, in a figure or outside one", () => {
    for (const credit of [
      '<figure><img src="/a.jpg" alt=""><figcaption><span class="credit">Words and photographs by Tom Other</span></figcaption></figure>',
      '<p class="photo-credit">Photograph by Tom Other</p>',
    ]) {
      const article = doc(
        '<title>Night ferry returns</title>',
        `<main><h1>Night ferry returns</h1>${credit}<p>${PROSE}</p></main>`,
      )
      expect(names(article)).toEqual([])
    }
  })
})

describe('bylines the blind set of pages missed', () => {
  const ld = (author: unknown, more: Record<string, unknown> = {}) => jsonLd({ author, ...more })
  const story = (inner: string) =>
    `<article><h1>Night ferry returns</h1>${inner}<p>${PROSE}</p><p>${MORE}</p></article>`

  it('reads a class word that ends in -author, but not a comment author', () => {
    expect(
      names(
        doc(
          '<title>Night ferry returns</title>',
          story('<div class="caas-attr-item-author"><span>Jasmine Roe</span></div>'),
        ),
      ),
    ).toEqual(['Jasmine Roe'])
    expect(
      names(doc('<title>Night ferry returns</title>', story('<div class="comment-author">Joe Bloggs</div>'))),
    ).toEqual([])
  })

  it("reads no name from a byline box's share buttons", () => {
    const box =
      '<div class="Page-byline"><div class="Page-authors"><span>By </span><a href="/a/im">INGRID MABUZA</a></div><div class="Page-actions"><a href="https://www.facebook.com/sharer">Facebook</a><a href="https://twitter.com/intent/tweet">X</a><a href="mailto:?">Email</a></div></div>'
    expect(names(doc('<title>Night ferry returns</title>', story(box)))).toEqual(['Ingrid Mabuza'])
  })

  it("takes the visible byline's person over the syndicated outlet the JSON-LD names as author and provider", () => {
    const head = `<title>Night ferry returns</title>${ld({ '@type': 'Organization', name: 'HuffLine' }, { provider: { '@type': 'Organization', name: 'HuffLine' }, publisher: { '@type': 'Organization', name: 'Yonder News' } })}`
    expect(names(doc(head, story('<div class="byline">Jasmine Roe</div>')))).toEqual(['Jasmine Roe'])
  })

  it("gives a person's name in short when the metadata writes more after it", () => {
    const head = `<title>Night ferry returns</title>${ld({ '@type': 'Person', name: 'Lauren Pike Sentinel staff writer' })}`
    expect(names(doc(head, story('<div class="byline">By <a href="/users/lpike">Lauren Pike</a></div>')))).toEqual([
      'Lauren Pike',
    ])
  })

  it('reads an outlet after a comma that opens with The as where the person works', () => {
    const head = `<title>Night ferry returns</title>${ld({ '@type': 'Person', name: 'Mara Lindgren, The Associated Wire' })}`
    expect(names(doc(head, story('')))).toEqual(['Mara Lindgren'])
  })

  it("reads a Chinese page's 作者 line and its time over the newsroom its meta tag names", () => {
    const head =
      '<title>上海一社区试点共享厨房</title><meta name="author" content="华东时报"><meta property="og:site_name" content="华东时报网">'
    const article = doc(
      head,
      `<div class="article"><h1>上海一社区试点共享厨房</h1><div class="article_info"><span class="source">来源：华东时报</span>　<span class="author">作者：陈晓敏</span>　<span class="time">2026-12-06 17:04</span></div><div class="article_content"><p>${PROSE}</p><p>${MORE}</p></div></div>`,
      'zh-CN',
    )
    expect(names(article)).toEqual(['陈晓敏'])
    expect(article.datePublished).toBe('2026-12-06T17:04')
  })
})

describe('headlines the blind set of pages missed', () => {
  const body = (h1: string) => `<article><h1>${h1}</h1><p>${PROSE}</p><p>${MORE}</p></article>`

  it('takes the <h1> over a social title that cuts it at its colon, when the <title> holds it whole', () => {
    const h1 = 'Going IPv6-only on my home network: notes after six months'
    const head = `<title>${h1} | quiet packets</title><meta property="og:title" content="Going IPv6-only on my home network">`
    expect(doc(head, body(h1)).headline).toBe(h1)
  })

  it('keeps the social title when the <h1> only adds a kicker before it', () => {
    const head =
      '<title>LIVE Night ferry returns | Gazette</title><meta property="og:title" content="Night ferry returns">'
    expect(doc(head, body('LIVE Night ferry returns')).headline).toBe('Night ferry returns')
  })

  it("takes the <h1> over JSON-LD's headline that puts a section's label before it", () => {
    const h1 = 'The budget rule nobody in the statehouse wants to talk about'
    const ld = jsonLd({ '@type': 'OpinionNewsArticle', headline: `Opinion | ${h1}` })
    expect(doc(`<title>Opinion | ${h1} - Capitol Beat</title>${ld}`, body(h1)).headline).toBe(h1)
  })
})

describe("a Drupal node's Published field", () => {
  const node = (classes: string) =>
    `<main><div class="block-page-title"><h1 class="page-title">Night ferry returns</h1></div><div class="block-system-main-block"><article class="${classes}"><div class="node__meta"><div class="field field--name-field-published"><div class="field__label">Published</div><div class="field__item">6 December 2026</div></div><div class="field field--name-field-section field__item"><a href="/news/wendmoor">Wendmoor</a></div></div><div class="node__content"><p>${PROSE}</p><p>${MORE}</p></div></article></div></main>`

  it.each([['node node--type-article'], ['node node--type-article node--promoted node--view-mode-full']])(
    'reads the date after its label, in an <article class="%s">',
    (classes) => {
      expect(doc('<title>Night ferry returns</title>', node(classes)).datePublished).toBe('2026-12-06')
    },
  )
})

describe("what the review of this session's bylines found", () => {
  const ld = jsonLd({
    author: { '@type': 'Organization', name: 'Reuters' },
    provider: { '@type': 'Organization', name: 'Reuters' },
  })
  const head = `<title>Night ferry returns</title>${ld}`

  it.each([
    [
      'an author in a most-read list outside the story',
      `<main><article><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p></article></main><aside class="most-read"><ul><li><a href="/x">Pier reopens</a><span class="author">Jane Doe</span></li></ul></aside>`,
    ],
    [
      'an author class among the story paragraphs',
      `<article><h1>Night ferry returns</h1><p>${PROSE}</p><p class="author">Mayor Lena Ortiz</p><p>${MORE}</p></article>`,
    ],
  ])('keeps the provider as the author over %s', (_, inner) => {
    expect(doc(head, inner).authors).toEqual([{ type: 'Organization', name: 'Reuters' }])
  })

  it('keeps initials of two letters without a vowel in capitals, and reads no name from share buttons', () => {
    const story = (line: string) =>
      `<article><h1>Night ferry returns</h1>${line}<p>${PROSE}</p><p>${MORE}</p></article>`
    expect(names(doc('<title>Night ferry returns</title>', story('<p class="byline">BY DJ KOOL HERC</p>')))).toEqual([
      'DJ Kool Herc',
    ])
    expect(
      names(doc('<title>Night ferry returns</title>', story('<div class="byline">Share Tweet Email</div>'))),
    ).toEqual([])
  })
})

describe('bylines the blind fifth set of pages showed', () => {
  const story = (top: string, after = '') =>
    `<main><article><h1>Night ferry returns</h1>${top}<p>${PROSE}</p><p>${MORE}</p>${after}</article></main>`
  const publisher = (name: string) => ({ publisher: { '@type': 'Organization', name } })

  it("reads each name of a JSON-LD person's list of names", () => {
    const head = jsonLd({ author: { '@type': 'Person', name: ['Ana Ruiz', 'Tom Lee'] } })
    expect(names(doc(head, story('')))).toEqual(['Ana Ruiz', 'Tom Lee'])
  })

  it("takes the visible byline over an agency whose name holds the publisher's", () => {
    const head = jsonLd({
      author: { '@type': 'Organization', name: 'Harbour Gazette News Agency' },
      ...publisher('Harbour Gazette'),
    })
    const byline =
      '<div class="author-box"><span class="label">Reporter: </span><a href="/a/1" class="author-name">Ana Ruiz</a></div>'
    expect(names(doc(head, story(byline)))).toEqual(['Ana Ruiz'])
  })

  it('keeps the newsroom as the author when the visible byline names it too', () => {
    const head = jsonLd({
      author: { '@type': 'Organization', name: 'Redacción Diario Sur' },
      ...publisher('Diario Sur'),
    })
    const { authors } = doc(head, story('<p class="byline">Redacción Diario Sur</p>'))
    expect(authors).toEqual([{ type: 'Organization', name: 'Redacción Diario Sur' }])
  })

  it("reads no byline from a box of comments or of other stories inside the story's element", () => {
    const comments =
      '<section class="comments"><ol><li><div class="cm__author"><span>Harbourfan36</span></div><p>Good news at last.</p></li></ol></section>'
    const cards =
      '<div class="te-puede"><h3><a href="/other">Buses return</a></h3><span class="te-puede__byline">Daniela Ríos</span></div>'
    const head = jsonLd({
      author: { '@type': 'Organization', name: 'Harbour Gazette' },
      ...publisher('Harbour Gazette'),
    })
    const byline = '<span class="sc__author">POR ANA RUIZ</span>'
    expect(names(doc(head, story(byline, comments + cards)))).toEqual(['Ana Ruiz'])
    expect(names(doc(head, story('', cards + comments)))).toEqual(['Harbour Gazette'])
  })

  it('reads the byline after a summary whose wrapper marks it, over the publisher as author', () => {
    const head = jsonLd({
      author: { '@type': 'Organization', name: 'Carrow University' },
      ...publisher('Carrow University'),
    })
    const top = `<div class="field field--name-field-summary"><p>${PROSE}</p></div><div class="node__meta"><div class="field field--name-field-byline">By Miriam Adeyemi-Hart</div></div>`
    expect(names(doc(head, story(top)))).toEqual(['Miriam Adeyemi-Hart'])
  })

  it.each([
    ['POR MARIANA SOTO Y RAÚL ESCAMILLA', ['Mariana Soto', 'Raúl Escamilla']],
    ['BY JOHN Y SMITH', ['John Y Smith']],
  ])('splits %s at its one-letter "and" only between names of two words', (line, expected) => {
    expect(names(doc('', story(`<p class="byline">${line}</p>`)))).toEqual(expected)
  })

  it("takes a byline line that names the metadata's author and others, but no place or outlet after a comma", () => {
    const head = (name: string) => jsonLd({ author: { '@type': 'Person', name }, ...publisher('Harbour Gazette') })
    const line = (text: string) => story(`<p class="byline">${text}</p>`)
    expect(names(doc(head('Ana Ruiz'), line('By Ana Ruiz and Tom Lee')))).toEqual(['Ana Ruiz', 'Tom Lee'])
    expect(names(doc(head('Ana Ruiz'), line('By Ana Ruiz, Harbour Gazette')))).toEqual(['Ana Ruiz'])
    expect(names(doc(head('নিজস্ব প্রতিবেদক'), line('নিজস্ব প্রতিবেদক, রাজশাহী')))).toEqual(['নিজস্ব প্রতিবেদক'])
  })
})

describe('a date in UTC that the page states in local time', () => {
  const published = (jsonLdDate: string, metaDate: string) =>
    doc(
      `${jsonLd({ datePublished: jsonLdDate })}<meta property="article:published_time" content="${metaDate}">`,
      `<article><h1>Night ferry returns</h1><p>${PROSE}</p><p>${MORE}</p></article>`,
    ).datePublished

  it('takes the local time a later source states at the same clock time', () => {
    expect(published('2026-12-07T09:40:00Z', '2026-12-07T09:40:00-06:00')).toBe('2026-12-07T09:40:00-06:00')
  })

  it('keeps the UTC date when the other is another moment or also UTC', () => {
    expect(published('2026-12-07T15:40:00Z', '2026-12-07T09:40:00-06:00')).toBe('2026-12-07T15:40:00Z')
    expect(published('2026-12-07T09:40:00Z', '2026-12-07T09:40:00+00:00')).toBe('2026-12-07T09:40:00Z')
  })
})

describe("what the review of the fifth set's headline and byline rules found", () => {
  const stated = (headline: string) => jsonLd({ headline })
  const shown = (h1: string, head: string) =>
    doc(head, `<main><article>${h1}<p>${PROSE}</p><p>${MORE}</p></article></main>`).headline

  it.each([
    [
      'a name before its colon',
      '<h1><span class="name">Ana Ruiz</span>: Why I left the council</h1>',
      'Ana Ruiz: Why I left the council',
    ],
    [
      'a linked topic',
      '<h1><a href="/topic/ferries">Ferries</a> Timetables Will Stay Until Spring</h1>',
      'Ferries Timetables Will Stay Until Spring',
    ],
  ])('keeps %s in the headline', (_, h1, whole) => {
    expect(shown(h1, stated(whole.replace(' Timetables', ' - Timetables')))).toBe(whole)
  })

  it("reads an <h1> that links to another site's home page, and one whose class says correspondent", () => {
    const link = '<h1><a href="https://www.kickstarter.example/">Kickstarter launches a harbour fund</a></h1>'
    expect(shown(link, stated('Kickstarter'))).toBe('Kickstarter launches a harbour fund')
    const h1 = '<h1 class="headline headline--correspondent">Harbour plan approved after late vote</h1>'
    expect(shown(h1, stated('Harbour plan approved'))).toBe('Harbour plan approved after late vote')
  })

  it("reads the byline in the story's own aside of meta, and no desk as a person", () => {
    const aside = '<aside class="article-meta"><div class="byline">By Ana Ruiz</div></aside>'
    expect(
      names(doc('', `<article><h1>Night ferry returns</h1>${aside}<p>${PROSE}</p><p>${MORE}</p></article>`)),
    ).toEqual(['Ana Ruiz'])
    const head = jsonLd({ author: { '@type': 'Person', name: 'Ana Ruiz' } })
    const line = '<p class="byline">By Ana Ruiz and Lisbon Bureau</p>'
    expect(names(doc(head, `<article><h1>Night ferry returns</h1>${line}<p>${PROSE}</p></article>`))).toEqual([
      'Ana Ruiz',
    ])
  })

  it("reads a JSON-LD list of one person's names in two scripts as one author", () => {
    const head = jsonLd({ author: { '@type': 'Person', name: ['Олена Коваль', 'Olena Koval'] } })
    expect(names(doc(head, `<article><h1>Night ferry returns</h1><p>${PROSE}</p></article>`))).toEqual(['Олена Коваль'])
  })
})
