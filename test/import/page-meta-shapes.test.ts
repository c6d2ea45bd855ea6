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
    expect(article.authors?.map((author) => author.name)).toEqual(['LISE MARCHAND', 'MARC VIDAL'])
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
