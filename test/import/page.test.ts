// fromHtml and fromDocument: small pages written for these tests, one
// construct each, read through the whole pipeline (limits, parse, metadata,
// the furniture pass, Readability, the mapping, the merge, validation). The
// metadata reader is another module's: pages here have clean `<title>`s, and
// the merge of metadata with the body is tested on its own below.

import { isArticleValidationError } from 'articlekit'
import { toHtml } from 'articlekit/html'
import { fromDocument, fromHtml } from 'articlekit/import'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { escapeAttribute } from '../../src/html/escape.js'
import { mergePage } from '../../src/import/page-merge.js'
import { hostileStrings } from '../fixtures/hostile.js'
import { MORE, PROSE, p, page, read, refused, story, t } from './pages.js'

describe('the article', () => {
  it('takes the headline from the title and leaves the repeated <h1> out of the body', () => {
    const { article, codes } = read(page(story('')))
    expect(article.headline).toBe('Night ferry returns')
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(codes).toContain('headline')
  })

  it('falls back to the <h1> when the page has no title', () => {
    const html = `<html><head></head><body><article><h1>Harbour reopens</h1><p>${PROSE}</p><p>${MORE}</p></article></body></html>`
    const { article } = read(html)
    expect(article.headline).toBe('Harbour reopens')
    expect(article.body.some((block) => block.type === 'heading')).toBe(false)
  })

  it('splits the visible byline into people and leaves it out of the body', () => {
    const { article, codes } = read(
      page(story('').replace('</h1>', '</h1><p class="byline">By Ann Example and Ben Sample</p>')),
    )
    expect(article.authors).toEqual([
      { type: 'Person', name: 'Ann Example' },
      { type: 'Person', name: 'Ben Sample' },
    ])
    expect(JSON.stringify(article.body)).not.toContain('Ann Example')
    expect(codes).toContain('authors')
  })

  it('takes the marked standfirst out of the body, with its emphasis', () => {
    const html = page(
      story('').replace(
        '</h1>',
        '</h1><p class="standfirst">After the winter, the <em>night</em> crossing is back.</p>',
      ),
    )
    const { article } = read(html)
    expect(article.standfirst).toEqual([
      { type: 'text', value: 'After the winter, the ' },
      { type: 'emphasis', children: t('night') },
      { type: 'text', value: ' crossing is back.' },
    ])
    expect(JSON.stringify(article.body)).not.toContain('crossing is back')
  })

  it('leaves the date line of the header out', () => {
    const html = page(
      story('').replace('</h1>', '</h1><p>Published <time datetime="2026-03-02">2 March 2026</time></p>'),
    )
    expect(JSON.stringify(read(html).article.body)).not.toContain('March 2026')
    // A `<time>` standing alone between the blocks is a date line too.
    const bare = page(story('').replace('</h1>', '</h1><time datetime="2026-03-02">2 March 2026</time>'))
    expect(JSON.stringify(read(bare).article.body)).not.toContain('March 2026')
  })
})

describe('the body', () => {
  it('keeps headings, lists and inline marks', () => {
    const { article } = read(
      page(
        story(
          '<h2>Back on the water</h2><ul><li>Two crossings a night</li><li>Bikes <strong>free</strong></li></ul><ol start="3"><li><em>First</em> the quay</li></ol><p>Call <code>0800</code> or <a href="https://ferry.example/times">see the times</a>.</p>',
        ),
      ),
    )
    expect(article.body.slice(1, 5)).toEqual([
      { type: 'heading', level: 2, children: t('Back on the water') },
      {
        type: 'list',
        ordered: false,
        items: [
          { children: [p('Two crossings a night')] },
          { children: [{ type: 'paragraph', children: [...t('Bikes '), { type: 'strong', children: t('free') }] }] },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          {
            children: [
              { type: 'paragraph', children: [{ type: 'emphasis', children: t('First') }, ...t(' the quay')] },
            ],
          },
        ],
      },
      {
        type: 'paragraph',
        children: [
          ...t('Call '),
          { type: 'inlineCode', value: '0800' },
          ...t(' or '),
          { type: 'link', url: 'https://ferry.example/times', children: t('see the times') },
          ...t('.'),
        ],
      },
    ])
  })

  it.each([
    ['a <footer>', '<footer>— Ida Marram, harbour master</footer>'],
    ['a <cite>', '<cite>Ida Marram, harbour master</cite>'],
    ['a dash line', '<p>— Ida Marram, harbour master</p>'],
  ])('reads the attribution of a quote from %s', (_, attribution) => {
    const { article } = read(page(story(`<blockquote><p>We are proud to sail again.</p>${attribution}</blockquote>`)))
    expect(article.body[1]).toEqual({
      type: 'quote',
      children: [p('We are proud to sail again.')],
      attribution: { name: 'Ida Marram', title: 'harbour master' },
    })
  })

  it.each([
    ['a <small>', 'The ferry at the quay. <small>© Ann Example</small>', 'The ferry at the quay.', '© Ann Example'],
    [
      'a <cite>',
      'The ferry at the quay. <cite>Ann Example / Agency</cite>',
      'The ferry at the quay.',
      'Ann Example / Agency',
    ],
    ['a © at the end', 'The ferry at the quay. © Ann Example', 'The ferry at the quay.', '© Ann Example'],
    [
      'a Photo: line',
      'The ferry at the quay.<br><span>Photo: Ann Example</span>',
      'The ferry at the quay.',
      'Photo: Ann Example',
    ],
    [
      'a credit class',
      'The ferry at the quay. <span class="image-credit">Ann Example</span>',
      'The ferry at the quay.',
      'Ann Example',
    ],
  ])(
    'reads a figure with its caption and the credit from %s, and the largest srcset candidate',
    (_, inner, caption, credit) => {
      const figure = `<figure><img src="https://img.example/f-400.jpg" srcset="https://img.example/f-400.jpg 400w, https://img.example/f-1600.jpg 1600w, https://img.example/f-800.jpg 800w" alt="The ferry"><figcaption>${inner}</figcaption></figure>`
      const image = read(page(story(figure))).article.body[1] as unknown as Record<string, unknown>
      expect(image.type).toBe('image')
      expect(image.url).toBe('https://img.example/f-1600.jpg')
      expect(image.alt).toBe('The ferry')
      expect(
        (image.caption as { value: string }[])
          .map((node) => node.value ?? '')
          .join('')
          .trim(),
      ).toBe(caption)
      expect(image.credit).toBe(credit)
    },
  )

  it.each([
    [
      'data-src over a placeholder',
      '<img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/lazy.jpg" alt="Lazy">',
    ],
    [
      'data-srcset',
      '<img data-srcset="https://img.example/small.jpg 300w, https://img.example/lazy.jpg 900w" alt="Lazy">',
    ],
    [
      '<noscript>',
      '<img src="https://img.example/blank.gif" alt="Lazy"><noscript><img src="https://img.example/lazy.jpg" alt="Lazy"></noscript>',
    ],
    [
      '<picture><source srcset>',
      '<picture><source srcset="https://img.example/lazy.jpg 1200w"><img src="https://img.example/small.jpg" alt="Lazy"></picture>',
    ],
  ])('loads a lazy image from %s', (_, markup) => {
    const image = read(page(story(`<figure>${markup}<figcaption>The quay at dawn.</figcaption></figure>`))).article
      .body[1] as unknown as Record<string, unknown>
    expect(image).toMatchObject({ type: 'image', url: 'https://img.example/lazy.jpg', alt: 'Lazy' })
  })

  it('keeps a table with its header', () => {
    const table =
      '<table><thead><tr><th>Day</th><th>Departures</th></tr></thead><tbody><tr><td>Monday</td><td>2</td></tr><tr><td>Friday</td><td>3</td></tr></tbody></table>'
    expect(read(page(story(table))).article.body[1]).toEqual({
      type: 'table',
      header: [t('Day'), t('Departures')],
      rows: [
        [t('Monday'), t('2')],
        [t('Friday'), t('3')],
      ],
    })
  })

  it('keeps code with its language', () => {
    const code = '<pre><code class="language-js">const crossings = 2\nconsole.log(crossings)</code></pre>'
    expect(read(page(story(code))).article.body[1]).toEqual({
      type: 'code',
      value: 'const crossings = 2\nconsole.log(crossings)',
      language: 'js',
    })
  })

  it('keeps a frame of an allowed player as an embed, and any other as a link with a warning', () => {
    const frames =
      '<iframe src="https://www.youtube.com/embed/abcdefghijk" title="Sea trials"></iframe><iframe src="https://maps.example/embed?q=quay" title="The quay"></iframe>'
    const { article, warnings } = read(page(story(frames)))
    expect(article.body[1]).toEqual({
      type: 'embed',
      url: 'https://www.youtube.com/embed/abcdefghijk',
      kind: 'video',
      provider: 'YouTube',
      title: 'Sea trials',
    })
    expect(article.body[2]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://maps.example/embed?q=quay', children: t('The quay') }],
    })
    expect(warnings.filter((warning) => warning.message.includes('<iframe>'))).toHaveLength(1)
    const none = read(page(story(frames)), { embeds: [] })
    expect(none.article.body[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'link' }] })
  })

  it('reads a social post’s blockquote as a social embed with its text', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="en">Back at sea tonight!</p>&mdash; Island Ferries (@ferries) <a href="https://twitter.com/ferries/status/1234567890">2 March 2026</a></blockquote>'
    expect(read(page(story(tweet))).article.body[1]).toEqual({
      type: 'embed',
      url: 'https://twitter.com/ferries/status/1234567890',
      kind: 'social',
      provider: 'X',
      caption: t('Back at sea tonight!'),
    })
  })

  it('reads "Related" boxes as related links and a "Sources" list as the sources', () => {
    const boxes =
      '<aside><h2>Related</h2><ul><li><a href="https://news.example/winter-repairs">Winter repairs at the yard</a></li><li><a href="https://news.example/new-timetable">The new timetable</a></li></ul></aside>'
    const sources =
      '<h3>Sources:</h3><ul><li><a href="https://gazette.example/ferry">Harbour Gazette: Ferry back in service</a></li></ul>'
    const { article, codes } = read(page(story(boxes + sources)))
    expect(article.related).toEqual([
      { title: 'Winter repairs at the yard', url: 'https://news.example/winter-repairs' },
      { title: 'The new timetable', url: 'https://news.example/new-timetable' },
    ])
    expect(article.sources).toEqual([
      { name: 'Harbour Gazette', title: 'Ferry back in service', url: 'https://gazette.example/ferry' },
    ])
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    expect(codes).toEqual(expect.arrayContaining(['related', 'sources']))
  })
})

describe('page furniture', () => {
  it('leaves navigation, header, footer, share bars, ads, newsletter boxes, cookie banners, comments and hidden parts out, with one note per kind', () => {
    const html = page(
      `<header><a href="/">Island News</a> Menu</header><nav><a href="/news">News</a><a href="/sport">Sport</a></nav>
      <div class="cookie-banner">We use cookies. <button>Accept</button></div>
      <article><h1>Night ferry returns</h1><div class="share-bar"><a href="https://social.example/share">Share this</a></div>
      <p>${PROSE}</p><div class="ad-slot">Buy a boat today</div><p>Advertisement</p>
      <div class="newsletter">Sign up for our harbour newsletter</div><p aria-hidden="true">Icon text</p><p hidden>Hidden text</p>
      <p>${MORE}</p></article><section id="comments"><p>First comment!</p></section><footer>© Island News</footer>`,
    )
    const { article, warnings } = read(html)
    expect(article.body).toEqual([p(PROSE), p(MORE)])
    const notes = warnings.filter((warning) => warning.code === 'page_furniture').map((warning) => warning.message)
    for (const kind of [
      'navigation',
      'share bar',
      'advertisement (2)',
      'newsletter box',
      'cookie banner',
      'comments',
      'hidden element (2)',
    ])
      expect(notes.some((note) => note.includes(kind))).toBe(true)
  })
})

describe('URLs', () => {
  const links =
    '<p>See <a href="timetable.html">the timetable</a>.</p><figure><img src="/img/quay.jpg" alt="Quay"></figure>'

  it('resolves relative URLs against the url option', () => {
    const { article } = read(page(story(links)), { url: 'https://news.example/2026/ferry/' })
    const json = JSON.stringify(article)
    expect(json).toContain('"https://news.example/2026/ferry/timetable.html"')
    expect(json).toContain('"https://news.example/img/quay.jpg"')
    expect(article.url).toBe('https://news.example/2026/ferry/')
  })

  it('resolves them against <base href>, itself resolved against the url option', () => {
    const { article } = read(page(story(links), '<base href="/archive/">'), { url: 'https://news.example/2026/ferry/' })
    expect(JSON.stringify(article)).toContain('"https://news.example/archive/timetable.html"')
  })

  it('resolves them against an absolute <base href> without the option', () => {
    const { article } = read(page(story(links), '<base href="https://static.example/a/">'))
    expect(JSON.stringify(article)).toContain('"https://static.example/a/timetable.html"')
    expect(article.url).toBeUndefined()
  })

  it('keeps them relative when the page has no address at all', () => {
    const json = JSON.stringify(read(page(story(links))).article)
    expect(json).toContain('"timetable.html"')
    expect(json).toContain('"/img/quay.jpg"')
  })

  it('never lets a javascript: URL or an on* attribute reach the article', () => {
    const hostile =
      '<p onclick="alert(1)">Tap <a href="javascript:alert(1)">here</a> or <a href=" JaVaScRiPt:alert(2)" onmouseover="alert(3)">there</a>.</p><figure><img src="javascript:alert(4)" onerror="alert(5)" alt="x"></figure><iframe src="javascript:alert(6)"></iframe>'
    const { article } = read(page(story(hostile)), { url: 'https://news.example/ferry' })
    const json = JSON.stringify(article).toLowerCase()
    expect(json).not.toContain('javascript')
    expect(json).not.toContain('alert')
    expect(json).not.toMatch(/onclick|onerror|onmouseover/)
    expect(JSON.stringify(article.body)).toContain('here')
  })
})

describe('fromDocument', () => {
  it('reads a DOM document and leaves it unchanged', () => {
    const { document } = parseHTML(
      page(`<nav><a href="/">Home</a></nav>${story('<blockquote><p>Proud.</p><footer>— Ida</footer></blockquote>')}`),
    )
    const before = document.toString()
    const article = fromDocument(document as unknown as Document, { url: 'https://news.example/ferry' })
    expect(article.headline).toBe('Night ferry returns')
    expect(article.body[1]).toMatchObject({ type: 'quote', attribution: { name: 'Ida' } })
    expect(document.toString()).toBe(before)
  })

  it('refuses what is not a document with a validation error', () => {
    expect(refused(() => fromDocument({} as Document)).issues[0]?.code).toBe('invalid_type')
    expect(refused(() => fromDocument(null as unknown as Document)).issues[0]?.code).toBe('invalid_type')
  })
})

describe('errors', () => {
  it('refuses a page without article text, naming the body', () => {
    const error = refused(() => fromHtml(page('<nav><a href="/">Home</a></nav>')))
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toContainEqual(['body', 'no_article'])
  })

  it('refuses a page without a headline', () => {
    const error = refused(() => fromHtml(`<html><body><article><p>${PROSE}</p><p>${MORE}</p></article></body></html>`))
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).toContainEqual([
      'headline',
      'missing_headline',
    ])
  })

  it('refuses a page longer than the length limit before parsing it', () => {
    const error = refused(() => fromHtml(page(story('')), { limits: { length: 100 } }))
    expect(error.issues[0]).toMatchObject({ code: 'too_large' })
    expect(error.issues[0]?.message).toContain('limits.length')
  })

  it('refuses a page nested deeper than the depth limit before parsing it, in linear time', () => {
    const deep = `${'<div>'.repeat(100_000)}${PROSE}${'</div>'.repeat(100_000)}`
    expect(refused(() => fromHtml(page(deep))).issues[0]).toMatchObject({ code: 'too_deep' })
    expect(
      refused(() => fromHtml(page(story('<div><div><div>x</div></div></div>')), { limits: { depth: 5 } })).issues[0],
    ).toMatchObject({
      code: 'too_deep',
    })
  })

  it('refuses input that is not a string with a validation error, never a TypeError', () => {
    for (const input of [undefined, null, 42, {}, ['<p>']])
      expect(refused(() => fromHtml(input as unknown as string)).issues[0]?.code).toBe('invalid_type')
  })

  it('refuses options it cannot use with a TypeError naming them', () => {
    expect(() => fromHtml(page(story('')), { url: 'javascript:alert(1)' })).toThrow(/`url`/)
    expect(() => fromHtml(page(story('')), { limits: { depth: -1 } })).toThrow(/limits\.depth/)
    expect(() => fromHtml(page(story('')), { embeds: 'youtube' as never })).toThrow(/`embeds`/)
  })
})

describe('hostile pages', () => {
  it.each(hostileStrings.map((hostile) => [hostile.name, hostile.value]))(
    'keeps %s as text in the headline, the text and the attributes, never as markup',
    (_, value) => {
      const text = escapeAttribute(value)
      const html = `<html><head><title>${text}</title></head><body><article><h1>${text}</h1><p>${PROSE} ${text}</p><figure><img src="https://img.example/a.jpg" alt="${text}" title="${text}"><figcaption>${text}</figcaption></figure><p><a href="https://news.example/" title="${text}">${text}</a> ${MORE}</p></article></body></html>`
      let article: ReturnType<typeof fromHtml>
      try {
        article = fromHtml(html)
      } catch (error) {
        // A headline the model refuses (empty, too long) is a validation error with a path, never a crash.
        expect(isArticleValidationError(error)).toBe(true)
        return
      }
      const { document } = parseHTML(`<div>${toHtml(article)}</div>`)
      for (const element of Array.from(document.querySelectorAll('*'))) {
        expect(['script', 'style', 'iframe', 'object', 'svg', 'math']).not.toContain(element.tagName.toLowerCase())
        for (const attribute of Array.from(element.attributes)) {
          expect(attribute.name).not.toMatch(/^on/i)
          if (['href', 'src'].includes(attribute.name)) expect(attribute.value).toMatch(/^https:/)
        }
      }
      expect(JSON.stringify(article.body)).toContain(MORE)
    },
  )

  it('reads markup written as text as that text', () => {
    const { article } = read(page(story('<p>The sign said &lt;script&gt;alert(1)&lt;/script&gt; in chalk.</p>')))
    expect(article.body[1]).toEqual(p('The sign said <script>alert(1)</script> in chalk.'))
  })
})

describe('the merge', () => {
  const prepared = { furniture: new Map(), related: [], sources: [], contributors: [], flattened: 0 }
  const notes: string[] = []
  const warn = (code: string) => {
    notes.push(code)
  }

  it('prefers the metadata, and takes the lead image’s caption and credit from the body’s figure of it', () => {
    const figure = {
      type: 'image',
      url: 'https://img.example/ferry.jpg?w=800',
      alt: 'The ferry at the quay',
      caption: t('The ferry at dawn.'),
      credit: '© Ann Example',
    }
    const input = mergePage(
      {
        metadata: {
          headline: 'Night ferry returns',
          authors: [{ name: 'Cara Writer' }],
          datePublished: '2026-03-02T06:00:00+01:00',
          image: { url: 'https://img.example/ferry.jpg' },
        },
        body: {
          blocks: [{ type: 'heading', level: 2, children: t('Night ferry returns') }, figure, p(PROSE)],
          title: 'Other',
          byline: 'By Someone Else',
        },
        prepared,
        standfirst: undefined,
        url: 'https://news.example/ferry',
      },
      warn,
    )
    expect(input.headline).toBe('Night ferry returns')
    expect(input.authors).toEqual([{ name: 'Cara Writer' }])
    expect(input.datePublished).toBe('2026-03-02T06:00:00+01:00')
    expect(input.url).toBe('https://news.example/ferry')
    expect(input.image).toEqual({
      url: 'https://img.example/ferry.jpg',
      alt: 'The ferry at the quay',
      caption: t('The ferry at dawn.'),
      credit: '© Ann Example',
    })
    expect(input.body).toEqual([p(PROSE)])
    expect(notes).toEqual(expect.arrayContaining(['lead_image', 'header_repeated']))
  })

  it('keeps a body figure of another picture, and makes the paragraph repeating the description the standfirst', () => {
    const figure = { type: 'image', url: 'https://img.example/other.jpg', alt: '' }
    const input = mergePage(
      {
        metadata: {
          authors: [],
          description: 'The crossing is back.',
          image: { url: 'https://img.example/ferry.jpg', alt: 'Ferry' },
        },
        body: { blocks: [p('The crossing is back.'), figure, p(PROSE)], title: 'Night ferry returns' },
        prepared,
        standfirst: undefined,
        url: undefined,
      },
      warn,
    )
    expect(input.headline).toBe('Night ferry returns')
    expect(input.standfirst).toEqual(t('The crossing is back.'))
    expect(input.body).toEqual([figure, p(PROSE)])
    expect(input.image).toEqual({ url: 'https://img.example/ferry.jpg', alt: 'Ferry' })
  })
})
