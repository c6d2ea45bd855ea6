import { type Article, type ArticleInput, parseArticle } from 'articlekit'
import {
  defaultHandlers,
  embedProviders,
  type HtmlOptions,
  type HtmlWarning,
  rawHtml,
  soundcloud,
  spotify,
  toHtml,
  toHtmlDocument,
  vimeo,
  youtube,
} from 'articlekit/html'
import { describe, expect, it, vi } from 'vitest'
import { everyNode } from '../fixtures/valid.js'

const bodyOnly = { header: false, leadImage: false, sources: false, related: false }

/** The article element of an article with no hidden field but its type, as `readOwnHtml` finds it. */
const ROOT = `<article class="ak-article" data-ak='{"type":"Article"}'>`

/** The `data-ak` attribute holding `values`, as the renderer writes it for `readOwnHtml`. */
const D = (values: object) =>
  ` data-ak='${JSON.stringify(values).replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}'`

/** Render only the body of an article with these blocks, and return the inside of its `<div>`. */
function body(blocks: ArticleInput['body'], options: HtmlOptions = {}, extra: Partial<ArticleInput> = {}): string {
  const html = toHtml(parseArticle({ headline: 'H', ...extra, body: blocks }), { sections: bodyOnly, ...options })
  const prefix = `${ROOT}<div class="ak-body">`
  expect(html.startsWith(prefix), html).toBe(true)
  expect(html.endsWith('</div></article>'), html).toBe(true)
  return html.slice(prefix.length, -'</div></article>'.length)
}

describe('toHtml: blocks', () => {
  it('renders paragraphs with their inline content', () => {
    expect(
      body([
        {
          type: 'paragraph',
          id: 'p1',
          children: [
            { type: 'text', value: 'A ' },
            { type: 'emphasis', children: 'b' },
            { type: 'strong', children: 'c' },
            { type: 'strikethrough', children: 'd' },
            { type: 'inlineCode', value: 'e<f>' },
            { type: 'break' },
            { type: 'link', url: '/g', title: 'G', children: 'g' },
          ],
        },
      ]),
    ).toBe(
      '<p id="p1">A <em>b</em><strong>c</strong><s>d</s><code>e&lt;f&gt;</code><br><a href="/g" title="G">g</a></p>',
    )
  })

  it('gives headings unique ids: their own, or a slug of their text', () => {
    expect(
      body([
        { type: 'heading', level: 2, children: 'What happens next?' },
        { type: 'heading', level: 3, children: 'What happens next?' },
        { type: 'heading', level: 2, id: 'custom', children: 'Own id' },
        { type: 'heading', level: 2, children: 'Café à la carte' },
        { type: 'heading', level: 2, children: '¿¡!?' },
      ]),
    ).toBe(
      '<h2 id="what-happens-next">What happens next?</h2><h3 id="what-happens-next-2">What happens next?</h3>' +
        `<h2 id="custom"${D({ id: 'custom' })}>Own id</h2><h2 id="cafe-a-la-carte">Café à la carte</h2><h2 id="section">¿¡!?</h2>`,
    )
  })

  it('makes repeated heading ids unique in linear time: the nth repeat looks up a few ids, not n', () => {
    const headings = 3000
    const body = Array.from({ length: headings }, () => ({ type: 'heading', level: 2, children: 'Update' }))
    const article = parseArticle({ headline: 'Live', body })
    const has = vi.spyOn(Set.prototype, 'has')
    let html: string
    try {
      html = toHtml(article)
    } finally {
      has.mockRestore()
    }
    expect(html).toContain('<h2 id="update">Update</h2><h2 id="update-2">Update</h2><h2 id="update-3">')
    expect(html).toContain(`<h2 id="update-${headings}">Update</h2>`)
    // Trying -2, -3, … from the start each time made about headings² / 2 (4.5 million) lookups.
    expect(has.mock.calls.length).toBeLessThan(headings * 10)
  })

  it('shifts heading levels by headingOffset, stopping at 6', () => {
    expect(
      body(
        [
          { type: 'heading', level: 2, children: 'A' },
          { type: 'heading', level: 6, children: 'B' },
        ],
        { headingOffset: 1 },
      ),
    ).toBe('<h3 id="a">A</h3><h6 id="b">B</h6>')
  })

  it('renders nested lists, and start only when it is not 1', () => {
    expect(
      body([
        {
          type: 'list',
          ordered: true,
          start: 3,
          items: ['Three', { children: ['Four', { type: 'list', items: ['Nested'] }] }],
        },
        { type: 'list', ordered: true, start: 1, items: ['One'] },
      ]),
    ).toBe(
      `<ol start="3"><li><p>Three</p></li><li><p>Four</p><ul><li><p>Nested</p></li></ul></li></ol><ol${D({ start: 1 })}><li><p>One</p></li></ol>`,
    )
  })

  it('renders a quote as a figure with blockquote, cite and an isolated attribution', () => {
    expect(
      body([
        {
          type: 'quote',
          children: ['We sail on time.'],
          attribution: { name: 'Mara Venn', title: 'Harbour master', url: 'https://harbour.example.org/' },
        },
      ]),
    ).toBe(
      '<figure class="ak-quote"><blockquote cite="https://harbour.example.org/"><p>We sail on time.</p></blockquote>' +
        '<figcaption>— <cite><a href="https://harbour.example.org/"><bdi>Mara Venn</bdi></a></cite>, <bdi>Harbour master</bdi></figcaption></figure>',
    )
  })

  it('renders a pullquote as an aside hidden from assistive technology, since it repeats the story', () => {
    expect(body([{ type: 'pullquote', children: 'On time.', attribution: { name: 'Mara' } }])).toBe(
      '<aside class="ak-pullquote" aria-hidden="true"><p>On time.</p><p class="ak-pullquote-attribution">— <cite><bdi>Mara</bdi></cite></p></aside>',
    )
  })

  it('renders images as figures: alt kept empty for decorative ones, caption and credit apart', () => {
    expect(
      body([
        {
          type: 'image',
          url: '/a.jpg',
          alt: 'A ferry',
          width: 800,
          height: 600,
          caption: 'The ferry.',
          credit: '© Agency',
          creditUrl: 'https://agency.example.com/',
        },
        { type: 'image', url: '/b.jpg', alt: '' },
      ]),
    ).toBe(
      '<figure class="ak-image"><img src="/a.jpg" alt="A ferry" width="800" height="600" loading="lazy" decoding="async">' +
        '<figcaption><span class="ak-caption">The ferry.</span> <small class="ak-credit"><a href="https://agency.example.com/">© Agency</a></small></figcaption></figure>' +
        '<figure class="ak-image"><img src="/b.jpg" alt="" loading="lazy" decoding="async"></figure>',
    )
  })

  it('renders an embed as a link card, never a frame', () => {
    expect(
      body([
        {
          type: 'embed',
          url: 'https://video.example.com/1',
          kind: 'video',
          provider: 'ExampleTube',
          title: 'Crossing',
          caption: 'Filmed.',
        },
      ]),
    ).toBe(
      '<figure class="ak-embed ak-embed-video"><p class="ak-embed-link"><a href="https://video.example.com/1">Crossing</a> ' +
        '<span class="ak-embed-provider">ExampleTube</span></p><figcaption>Filmed.</figcaption></figure>',
    )
  })

  it('renders code with the language class highlighters expect', () => {
    expect(
      body([
        { type: 'code', value: 'if (a < b) {}\n', language: 'js' },
        { type: 'code', value: 'x', language: 'bad lang"' },
      ]),
    ).toBe(
      `<pre><code class="language-js">if (a &lt; b) {}\n</code></pre><pre${D({ language: 'bad lang"' })}><code>x</code></pre>`,
    )
  })

  it('renders tables with caption, scoped header cells and alignment classes', () => {
    expect(
      body([
        {
          type: 'table',
          caption: 'Fares',
          header: ['Ticket', 'Price'],
          rows: [['Single', '£2']],
          align: [null, 'right'],
        },
      ]),
    ).toBe(
      `<table class="ak-table"${D({ align: [null, 'right'] })}><caption>Fares</caption><thead><tr><th scope="col">Ticket</th><th scope="col" class="ak-align-right">Price</th></tr></thead>` +
        '<tbody><tr><td>Single</td><td class="ak-align-right">£2</td></tr></tbody></table>',
    )
  })

  it('renders furniture set apart and labelled: read-more boxes, promos, asides', () => {
    expect(
      body([
        { type: 'relatedLinks', links: [{ title: 'Budget vote', url: '/budget', description: 'How it passed.' }] },
        { type: 'promo', kind: 'podcast', url: '/podcast', children: 'Listen' },
        { type: 'aside', title: 'Key facts', tone: 'factbox', children: ['12 minutes.'] },
        { type: 'aside', children: ['Untitled.'] },
        { type: 'divider' },
      ]),
    ).toBe(
      `<aside class="ak-read-more" aria-labelledby="ak-read-more"${D({ label: null })}><p id="ak-read-more" class="ak-read-more-label">Read more</p>` +
        '<ul><li><a href="/budget">Budget vote</a> <span class="ak-related-description">How it passed.</span></li></ul></aside>' +
        '<aside class="ak-promo ak-promo-podcast" aria-label="Promotion"><p><a href="/podcast">Listen</a></p></aside>' +
        '<aside class="ak-aside ak-aside-factbox" aria-labelledby="ak-aside-title"><p id="ak-aside-title" class="ak-aside-title">Key facts</p><p>12 minutes.</p></aside>' +
        '<aside class="ak-aside" aria-label="Note"><p>Untitled.</p></aside><hr>',
    )
  })
})

describe('toHtml: the article', () => {
  const article = parseArticle({
    headline: 'Ferry <returns>',
    language: 'en-GB',
    standfirst: 'Sailings resume.',
    authors: [
      { name: 'Ada Quill', url: 'https://news.example.com/ada' },
      { name: 'Ben Roe' },
      { name: 'Data Desk', type: 'Organization' },
    ],
    dateline: 'PORTHCARROW',
    datePublished: '2026-03-14T09:30:00+01:00',
    dateModified: '2026-03-14T11:05:00+01:00',
    image: { url: '/lead.jpg', alt: 'The ferry', caption: 'At dawn.' },
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Text ' },
          { type: 'citation', sourceId: 'council', children: 'the council said' },
        ],
      },
    ],
    sources: [
      { id: 'council', name: 'City Council', title: 'Business case', url: 'https://council.example.org/case' },
      { name: 'Survey' },
    ],
    related: [{ title: 'Tide explainer', url: '/tide' }],
    corrections: [{ date: '2026-03-15', text: 'Fixed the fare.' }],
  })

  it('renders header, lead image, body, corrections, sources and related in that order', () => {
    expect(toHtml(article)).toBe(
      `<article class="ak-article" lang="en-GB"${D({ type: 'Article' })}><header class="ak-header"><h1 class="ak-headline">Ferry &lt;returns&gt;</h1>` +
        '<p class="ak-standfirst">Sailings resume.</p>' +
        `<p class="ak-byline">By <a href="https://news.example.com/ada" rel="author"><bdi${D({ type: 'Person' })}>Ada Quill</bdi></a>, <bdi${D({ type: 'Person' })}>Ben Roe</bdi> and <bdi${D({ type: 'Organization' })}>Data Desk</bdi></p>` +
        '<p class="ak-dates"><span class="ak-dateline">PORTHCARROW</span> ' +
        '<span class="ak-published">Published <time datetime="2026-03-14T09:30:00+01:00">14 March 2026 at 09:30</time></span> ' +
        '<span class="ak-updated">Updated <time datetime="2026-03-14T11:05:00+01:00">14 March 2026 at 11:05</time></span></p></header>' +
        '<figure class="ak-lead-image"><img src="/lead.jpg" alt="The ferry" loading="eager" decoding="async" fetchpriority="high">' +
        '<figcaption><span class="ak-caption">At dawn.</span></figcaption></figure>' +
        `<div class="ak-body"><p>Text <span class="ak-cite"${D({ sourceId: 'council' })}>the council said<sup class="ak-citation"><a href="#ak-source-1" id="ak-cite-1" aria-label="Source 1">[1]</a></sup></span></p></div>` +
        '<section class="ak-corrections" aria-labelledby="ak-corrections"><h2 id="ak-corrections">Corrections</h2>' +
        '<ul><li><time datetime="2026-03-15">15 March 2026</time>: Fixed the fare.</li></ul></section>' +
        '<section class="ak-sources" aria-labelledby="ak-sources"><h2 id="ak-sources">Sources</h2><ol>' +
        `<li id="ak-source-1"${D({ id: 'council' })}><a href="https://council.example.org/case"><bdi>City Council</bdi>: <bdi>Business case</bdi></a> ` +
        '<a href="#ak-cite-1" class="ak-back-link" aria-label="Back to text">↩</a></li>' +
        '<li id="ak-source-2"><bdi>Survey</bdi></li></ol></section>' +
        '<nav class="ak-related" aria-labelledby="ak-related"><h2 id="ak-related">Related</h2><ul><li><a href="/tide">Tide explainer</a></li></ul></nav></article>',
    )
  })

  it('leaves out the sections not asked for, and their citation markers', () => {
    const html = toHtml(article, { sections: { header: false, leadImage: false, sources: false, related: false } })
    expect(html).toBe(
      `<article class="ak-article" lang="en-GB"${D({ type: 'Article' })}><div class="ak-body"><p>Text <span class="ak-cite"${D({ sourceId: 'council' })}>the council said</span></p></div>` +
        '<section class="ak-corrections" aria-labelledby="ak-corrections"><h2 id="ak-corrections">Corrections</h2>' +
        '<ul><li><time datetime="2026-03-15">15 March 2026</time>: Fixed the fare.</li></ul></section></article>',
    )
  })

  it('turns corrections on and off by their own section, as every renderer does', () => {
    const only = toHtml(article, {
      sections: { header: false, leadImage: false, body: false, sources: false, related: false },
    })
    expect(only).toBe(
      `<article class="ak-article" lang="en-GB"${D({ type: 'Article' })}>` +
        '<section class="ak-corrections" aria-labelledby="ak-corrections"><h2 id="ak-corrections">Corrections</h2>' +
        '<ul><li><time datetime="2026-03-15">15 March 2026</time>: Fixed the fare.</li></ul></section></article>',
    )
    expect(toHtml(article, { sections: { corrections: false } })).not.toContain('ak-corrections')
  })

  it('writes dates in the article language at the time the string carries', () => {
    const german = toHtml(
      { ...article, language: 'de' },
      { sections: { leadImage: false, body: false, sources: false, related: false } },
    )
    expect(german).toContain('<time datetime="2026-03-14T09:30:00+01:00">14. März 2026 um 09:30</time>')
    expect(toHtml(article, { locale: 'fr' })).toContain('14 mars 2026 à 09:30')
  })

  it('translates every label it adds', () => {
    const html = toHtml(article, {
      labels: {
        by: 'Von',
        and: 'und',
        published: 'Veröffentlicht',
        updated: 'Aktualisiert',
        sources: 'Quellen',
        related: 'Mehr',
        corrections: 'Korrekturen',
        citation: 'Quelle {n}',
        backToText: 'Zurück',
      },
    })
    for (const word of [
      'Von ',
      ' und ',
      'Veröffentlicht ',
      'Aktualisiert ',
      '>Quellen<',
      '>Mehr<',
      '>Korrekturen<',
      'aria-label="Quelle 1"',
      'aria-label="Zurück"',
    ]) {
      expect(html).toContain(word)
    }
    expect(html).not.toMatch(/\bBy\b|Updated|Sources/)
  })

  it('marks right-to-left articles', () => {
    expect(toHtml({ ...article, language: 'ar' }).startsWith('<article class="ak-article" lang="ar" dir="rtl" ')).toBe(
      true,
    )
    expect(toHtml({ ...article, language: 'he-IL' })).toContain('dir="rtl"')
    expect(toHtml({ ...article, language: 'az-Arab' })).toContain('dir="rtl"')
    expect(toHtml({ ...article, language: 'ku-Latn' })).not.toContain('dir=')
  })

  it('reads the script subtag before the language, in any case', () => {
    const direction = (language: string) => /dir="(\w+)"/.exec(toHtml({ ...article, language }))?.[1] ?? 'ltr'
    const languages = [
      'AR',
      'ar-EG',
      'en-arab',
      'uz-Arab-AF',
      'ar-Latn',
      'ar-x-latn',
      'ur-Arab-x-latn',
      'en-arabic',
      'fa-',
    ]
    expect(languages.map(direction)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'rtl', 'ltr', 'rtl'])
  })

  it('uses the class prefix everywhere it adds a class', () => {
    const html = toHtml(article, { classPrefix: 'news-' })
    const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => (match[1] as string).split(' '))
    expect(classes.length).toBeGreaterThan(10)
    for (const name of classes) expect(name).toMatch(/^news-/)
    expect(html).not.toContain('ak-')
  })

  it('opens external links in the target with noopener noreferrer, and leaves internal ones alone', () => {
    const html = toHtml(
      parseArticle({
        headline: 'H',
        url: 'https://news.example.com/story',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: 'https://other.example.org/', children: 'out' },
              { type: 'link', url: 'https://news.example.com/other', children: 'in' },
              { type: 'link', url: '/relative', children: 'rel' },
            ],
          },
        ],
      }),
      { sections: bodyOnly, linkTarget: '_blank', linkRel: 'nofollow' },
    )
    expect(html).toContain(
      '<a href="https://other.example.org/" target="_blank" rel="nofollow noopener noreferrer">out</a>',
    )
    expect(html).toContain('<a href="https://news.example.com/other">in</a>')
    expect(html).toContain('<a href="/relative">rel</a>')
  })

  it('works out the origin of article.url for handlers, who may also set it', () => {
    const input = parseArticle({
      headline: 'H',
      url: 'https://NEWS.example.com/story',
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: 'https://other.example.org/', children: 'out' },
            { type: 'link', url: 'https://news.example.com/other', children: 'in' },
          ],
        },
      ],
    })
    const origins: (string | undefined)[] = []
    const html = toHtml(input, {
      sections: bodyOnly,
      linkRel: 'nofollow',
      handlers: {
        link: (node, state) => {
          origins.push(state.options.scratch.origin)
          // From here on, the other site counts as this one.
          state.options.scratch.origin = 'https://other.example.org/'
          return defaultHandlers.link(node, state)
        },
      },
    })
    expect(origins).toEqual(['https://news.example.com/', 'https://other.example.org/'])
    expect(html).toContain(
      '<a href="https://other.example.org/">out</a><a href="https://news.example.com/other" rel="nofollow">in</a>',
    )
    // Without a usable article.url, every web link is external.
    for (const url of [undefined, 'not a url']) {
      const own = toHtml({ ...input, url } as Article, { sections: bodyOnly, linkRel: 'nofollow' })
      expect(own).toContain('<a href="https://news.example.com/other" rel="nofollow">in</a>')
    }
  })

  it('resolves relative URLs against article.url when asked', () => {
    const input = {
      headline: 'H',
      url: 'https://news.example.com/2026/story',
      body: [{ type: 'image', url: 'img/a.jpg', alt: '' }],
    }
    expect(toHtml(parseArticle(input), { sections: bodyOnly, resolveUrl: true })).toContain(
      'src="https://news.example.com/2026/img/a.jpg"',
    )
    expect(toHtml(parseArticle(input), { sections: bodyOnly })).toContain('src="img/a.jpg"')
  })

  it('loads body images eagerly when asked, the lead image always', () => {
    const html = toHtml(
      parseArticle({
        headline: 'H',
        image: { url: '/l.jpg', alt: '' },
        body: [{ type: 'image', url: '/b.jpg', alt: '' }],
      }),
      {
        imageLoading: 'eager',
      },
    )
    expect(html.match(/loading="eager"/g)).toHaveLength(2)
  })

  it('renders a whole document with the head a page needs', () => {
    const html = toHtmlDocument(
      parseArticle({
        headline: 'A & B',
        language: 'en',
        url: 'https://news.example.com/a',
        description: 'Sum "up"',
        body: [],
      }),
    )
    expect(html).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<meta name="color-scheme" content="light dark"><title>A &amp; B</title>' +
        '<meta name="description" content="Sum &quot;up&quot;"><link rel="canonical" href="https://news.example.com/a">' +
        '<meta property="og:type" content="article"><meta property="og:title" content="A &amp; B">' +
        '<meta property="og:description" content="Sum &quot;up&quot;"><meta property="og:url" content="https://news.example.com/a">' +
        '<meta property="og:locale" content="en"><meta name="twitter:card" content="summary_large_image">' +
        '<meta name="twitter:title" content="A &amp; B"><meta name="twitter:description" content="Sum &quot;up&quot;">' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"A \\u0026 B",' +
        '"description":"Sum \\"up\\"","url":"https://news.example.com/a","mainEntityOfPage":{"@type":"WebPage","@id":"https://news.example.com/a"},' +
        '"inLanguage":"en","wordCount":0}</script></head>' +
        `<body><article class="ak-article" lang="en"${D({ type: 'Article', url: 'https://news.example.com/a', description: 'Sum "up"' })}><header class="ak-header"><h1 class="ak-headline">A &amp; B</h1></header>` +
        '<div class="ak-body"></div></article></body></html>',
    )
    // The head tags and the JSON-LD script are those of articlekit/json-ld; jsonLd: false leaves the script out.
    const plain = toHtmlDocument(parseArticle({ headline: 'H', body: [] }), { jsonLd: false })
    expect(plain).not.toContain('<script')
    expect(plain).toContain('<meta property="og:title" content="H">')
    const graph = toHtmlDocument(parseArticle({ headline: 'H', url: 'https://news.example.com/h', body: [] }), {
      jsonLd: { mode: 'graph', site: { name: 'Courier', url: 'https://news.example.com/' } },
    })
    expect(graph).toContain('"@graph"')
    expect(graph).toContain('<meta property="og:site_name" content="Courier">')
  })

  it('gives the JSON-LD of a document the body class and the warnings, unless jsonLd says otherwise', () => {
    const paywalled = {
      ...parseArticle({ headline: 'H', url: 'https://news.example.com/h', isAccessibleForFree: false, body: [] }),
      // Not validated: a URL the policy refuses, in the body's lead image and in the head tags alike.
      image: { url: 'javascript:alert(1)', alt: '' },
    } as Article
    const warnings: HtmlWarning[] = []
    const html = toHtmlDocument(paywalled, {
      classPrefix: 'x-',
      onWarning: (warning) => warnings.push(warning),
    })
    expect(html).toContain('"cssSelector":".x-body"')
    expect(html).toContain('<div class="x-body">')
    // Refused by the body and by the head tags: reported once.
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'url_refused', path: ['image', 'url'] },
    ])
    const own: unknown[] = []
    const overridden = toHtmlDocument(paywalled, {
      onWarning: () => {},
      jsonLd: { onWarning: (warning) => own.push(warning), paywallSelector: '#paid' },
    })
    expect(own.length).toBeGreaterThan(0)
    expect(overridden).toContain('"cssSelector":"#paid"')
  })

  it('gives the document a language even when the article has none: the locale, else English', () => {
    const article = parseArticle({ headline: 'H', body: [] })
    expect(toHtmlDocument(article)).toContain('<html lang="en">')
    expect(toHtmlDocument(article, { locale: 'de-CH' })).toContain('<html lang="de-CH">')
    expect(toHtmlDocument(article)).toContain(ROOT)
  })

  it('puts in the body of a document the fragment toHtml writes for the same options', () => {
    const article = parseArticle(everyNode)
    const options: HtmlOptions = { classPrefix: 'x-', linkTarget: '_blank', tableOfContents: true }
    const page = toHtmlDocument(article, options)
    expect(page.slice(page.indexOf('<body>') + 6, -'</body></html>'.length)).toBe(toHtml(article, options))
  })

  it('links stylesheets, fills a title template and adds head markup, each escaped where it is text', () => {
    const article = parseArticle({ headline: 'Tides & <times>', body: [] })
    const page = toHtmlDocument(article, {
      stylesheets: ['article.css', '/site.css?v="2"&x=<y>'],
      titleTemplate: '%s · The Courier · %s',
      headHtml: '<link rel="icon" href="/icon.svg">',
    })
    const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'))
    expect(head).toContain('<title>Tides &amp; &lt;times&gt; · The Courier · Tides &amp; &lt;times&gt;</title>')
    // The head tags keep the headline itself.
    expect(head).toContain('<meta property="og:title" content="Tides &amp; &lt;times&gt;">')
    // Stylesheets and the extra markup come last, after the JSON-LD script, in the order given.
    expect(
      head.endsWith(
        '</script><link rel="stylesheet" href="article.css"><link rel="stylesheet" href="/site.css?v=&quot;2&quot;&amp;x=&lt;y&gt;"><link rel="icon" href="/icon.svg">',
      ),
    ).toBe(true)
    // `$&` and friends in a headline are text, not replacement patterns.
    const dollars = toHtmlDocument(parseArticle({ headline: "$& $' $1", body: [] }), { titleTemplate: '[%s]' })
    expect(dollars).toContain("<title>[$&amp; $' $1]</title>")
  })

  it('refuses page options of the wrong type with a TypeError naming the option', () => {
    const article = parseArticle({ headline: 'H', body: [] })
    expect(() => toHtmlDocument(article, { stylesheets: 'a.css' as never })).toThrow(/`stylesheets` must be an array/)
    expect(() => toHtmlDocument(article, { stylesheets: [1] as never })).toThrow(/`stylesheets\[\]` must be a string/)
    expect(() => toHtmlDocument(article, { titleTemplate: 3 as never })).toThrow(TypeError)
    expect(() => toHtmlDocument(article, { headHtml: {} as never })).toThrow(/`headHtml` must be a string/)
  })

  it('refuses the removed `document` option, naming toHtmlDocument', () => {
    const article = parseArticle({ headline: 'H', body: [] })
    const old = { document: true } as unknown as HtmlOptions
    expect(() => toHtml(article, old)).toThrow(TypeError)
    expect(() => toHtml(article, old)).toThrow(/toHtmlDocument/)
    // `false` asked for the fragment, which is what toHtml writes.
    expect(toHtml(article, { document: false } as unknown as HtmlOptions)).toBe(toHtml(article))
    // Code that only swapped the function's name still gets its page.
    expect(toHtmlDocument(article, old)).toBe(toHtmlDocument(article))
  })

  it('renders every node of the fixture without error', () => {
    const html = toHtml(parseArticle(everyNode))
    for (const tag of [
      '<em>',
      '<strong>',
      '<s>',
      '<code>',
      '<br>',
      '<ol start="3">',
      '<blockquote',
      '<figure',
      '<table',
      '<hr>',
      '<aside',
      '<sup',
    ]) {
      expect(html).toContain(tag)
    }
  })
})

describe('toHtml: safety', () => {
  it('keeps the text of a link whose URL is refused, and reports it with its path', () => {
    const warnings: HtmlWarning[] = []
    const unvalidated = {
      schemaVersion: 1,
      type: 'Article',
      headline: 'H',
      authors: [],
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] }],
        },
      ],
    } as unknown as Article
    expect(toHtml(unvalidated, { sections: bodyOnly, onWarning: (warning) => warnings.push(warning) })).toBe(
      `${ROOT}<div class="ak-body"><p>click</p></div></article>`,
    )
    expect(warnings).toEqual([
      {
        code: 'url_refused',
        path: ['body', 0, 'children', 0, 'url'],
        message: 'URL refused by the URL policy and left out: `javascript:alert(1)`',
      },
    ])
  })

  it('escapes text and attributes by context, even in input that skipped validation', () => {
    const unvalidated = {
      headline: '</h1><script>alert(1)</script>',
      authors: [{ name: '<b onmouseover=x>', url: '/a"onclick="x' }],
      body: [{ type: 'image', url: '/x.jpg"onerror="alert(1)', alt: '"><script>' }],
    } as unknown as Article
    const html = toHtml(unvalidated)
    expect(html).toContain('<h1 class="ak-headline">&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>')
    expect(html).toContain('<bdi>&lt;b onmouseover=x&gt;</bdi>')
    expect(html).toContain('href="/a&quot;onclick=&quot;x"')
    expect(html).toContain('src="/x.jpg&quot;onerror=&quot;alert(1)" alt="&quot;&gt;&lt;script&gt;"')
  })

  it('drops control characters and noncharacters HTML forbids, in text and attributes', () => {
    const forbidden = 'a\u0000b\u001bc\u0085d\ufdd0e\uffff\u{1fffe}f\u{10ffff}g'
    const unvalidated = {
      headline: forbidden,
      body: [{ type: 'image', url: '/i.jpg', alt: `${forbidden}"` }],
    } as unknown as Article
    const html = toHtml(unvalidated)
    expect(html).toContain('<h1 class="ak-headline">abcdefg</h1>')
    expect(html).toContain('alt="abcdefg&quot;"')
    // Tab, line feed, form feed and carriage return are allowed, and so is every other astral character.
    const allowed = 'a\tb\nc\fd\re \u{1f600} \u{1fffd} \u{10fffd}'
    expect(toHtml({ headline: allowed, body: [] } as unknown as Article)).toContain(`>${allowed}</h1>`)
  })

  it('renders nothing for values of the wrong type instead of throwing', () => {
    const unvalidated = {
      headline: { toString: () => '<x>' },
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 42 }, { type: 'text' }] }],
    } as unknown as Article
    expect(toHtml(unvalidated, { sections: { body: true } })).toBe(
      // Without a type (input that skipped validation) there is no `data-ak` on the article.
      '<article class="ak-article"><header class="ak-header"><h1 class="ak-headline"></h1></header><div class="ak-body"><p>42</p></div></article>',
    )
  })

  it('never nests links: a promo link makes the links inside it plain text', () => {
    expect(
      body([
        {
          type: 'promo',
          url: '/podcast',
          children: [
            { type: 'text', value: 'Hear ' },
            { type: 'link', url: '/ep1', children: 'episode 1' },
          ],
        },
      ]),
    ).toBe(
      // The links' URLs are kept for readOwnHtml in the promo's data-ak.
      `<aside class="ak-promo" aria-label="Promotion"${D({
        children: [
          { type: 'text', value: 'Hear ' },
          { type: 'link', url: '/ep1', children: [{ type: 'text', value: 'episode 1' }] },
        ],
      })}><p><a href="/podcast">Hear episode 1</a></p></aside>`,
    )
  })

  it('does not report absent optional URLs', () => {
    const warnings: HtmlWarning[] = []
    body([{ type: 'quote', children: ['Q'], attribution: { name: 'A' } }], {
      onWarning: (warning) => warnings.push(warning),
    })
    expect(warnings).toEqual([])
  })

  it('writes a canonical link only for an absolute http(s) URL', () => {
    const warnings: HtmlWarning[] = []
    const unvalidated = { headline: 'H', url: '//evil.example/', body: [] } as unknown as Article
    const html = toHtmlDocument(unvalidated, { onWarning: (warning) => warnings.push(warning) })
    expect(html).not.toContain('canonical')
    expect(warnings.map((warning) => warning.path)).toEqual([['url']])
  })

  it('adds no attribute or handler from a polluted Object.prototype', () => {
    // Parsed first: the renderer is what is under test here.
    const article = parseArticle(everyNode)
    const withPoll = { ...parseArticle({ headline: 'H', body: [] }), body: [{ type: 'poll' }] } as unknown as Article
    const prototype = Object.prototype as Record<string, unknown>
    prototype.onclick = 'alert(1)'
    prototype.poll = () => '<script>alert(1)</script>'
    try {
      const html = toHtml(article)
      expect(html).not.toContain('onclick')
      expect(html).not.toContain('<script')
      expect(() => toHtml(withPoll)).toThrow('Cannot render node `poll`')
    } finally {
      delete prototype.onclick
      delete prototype.poll
    }
  })

  it('uses a custom URL policy at render time', () => {
    const html = body(
      [{ type: 'paragraph', children: [{ type: 'link', url: 'https://tracker.example.com/x', children: 'x' }] }],
      {
        urlPolicy: (url) => (url.includes('tracker') ? undefined : url),
      },
    )
    expect(html).toBe('<p>x</p>')
  })
})

describe('toHtml: handlers', () => {
  it('lets a handler override a node type and call the default', () => {
    const html = body(['Hello'], {
      handlers: { paragraph: (node, state) => `<div class="p">${defaultHandlers.paragraph(node, state)}</div>` },
    })
    expect(html).toBe('<div class="p"><p>Hello</p></div>')
  })

  it('renders a custom block with its handler and refuses one without', () => {
    const article = {
      ...parseArticle({ headline: 'H', body: [] }),
      body: [{ type: 'poll', question: 'Yes?' }],
    } as unknown as Article
    expect(() => toHtml(article, { sections: bodyOnly })).toThrow(
      'body[0]: Cannot render node `poll` to html: no handler.',
    )
    expect(
      toHtml(article, {
        sections: bodyOnly,
        handlers: { poll: (node: { question: string }) => `<p class="poll">${node.question}</p>` },
      }),
    ).toBe(`${ROOT}<div class="ak-body"><p class="poll">Yes?</p></div></article>`)
  })

  it('lets the byline be replaced as a part', () => {
    const html = toHtml(parseArticle({ headline: 'H', authors: [{ name: 'Ada' }], body: [] }), {
      handlers: { byline: () => '<p>Staff</p>' },
      sections: { body: false },
    })
    expect(html).toBe(`${ROOT}<header class="ak-header"><h1 class="ak-headline">H</h1><p>Staff</p></header></article>`)
  })
})

describe('toHtml: embedded players', () => {
  const video = (url: string, title?: string) => [
    { type: 'embed' as const, url, kind: 'video' as const, ...(title ? { title } : {}) },
  ]

  it('plays an allowed provider in a sandboxed, lazy, titled frame above the link card', () => {
    expect(body(video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10', 'Sea trials'), { embeds: [youtube] })).toBe(
      '<figure class="ak-embed ak-embed-video"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" ' +
        'title="Sea trials (YouTube)" width="560" height="315" loading="lazy" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" ' +
        'allow="encrypted-media; fullscreen; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>' +
        '<p class="ak-embed-link"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=10">Sea trials</a></p></figure>',
    )
  })

  it('keeps link cards by default and for providers not allowed', () => {
    const url = 'https://vimeo.com/123456789'
    expect(body(video(url))).not.toContain('<iframe')
    expect(body(video(url), { embeds: [youtube] })).not.toContain('<iframe')
    expect(body(video(url), { embeds: [vimeo] })).toContain('<iframe src="https://player.vimeo.com/video/123456789"')
  })

  it('recognises each built-in provider and builds the player URL itself', () => {
    const cases: [string, string | undefined][] = [
      ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
      ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
      ['https://www.youtube.com/watch?v=short', undefined],
      ['https://www.youtube.com/watch?v=dQw4w9WgXc%22', undefined],
      ['http://www.youtube.com/watch?v=dQw4w9WgXcQ', undefined],
      ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', undefined],
      ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871'],
      ['https://vimeo.com/channels/staff', undefined],
      [
        'https://open.spotify.com/episode/0Q86acNRm6V9GYx55SXKwf',
        'https://open.spotify.com/embed/episode/0Q86acNRm6V9GYx55SXKwf',
      ],
      ['https://open.spotify.com/user/someone', undefined],
      [
        'https://soundcloud.com/harbour-radio/tide-report',
        'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fharbour-radio%2Ftide-report',
      ],
      ['https://soundcloud.com/harbour-radio', undefined],
    ]
    for (const [url, player] of cases) {
      const found = embedProviders.map((provider) => provider.player(new URL(url))).find(Boolean)
      expect(found, url).toBe(player)
    }
    expect(embedProviders).toEqual([youtube, vimeo, spotify, soundcloud])
  })

  it('escapes the title and never frames a URL the policy refuses', () => {
    const warnings: HtmlWarning[] = []
    const html = body(video('https://youtu.be/dQw4w9WgXcQ', '"><script>'), {
      embeds: embedProviders,
      urlPolicy: () => undefined,
      onWarning: (warning) => warnings.push(warning),
    })
    expect(html).toBe(
      '<figure class="ak-embed ak-embed-video"><p class="ak-embed-link">"&gt;&lt;script&gt;</p></figure>',
    )
    expect(warnings.map((warning) => warning.path)).toEqual([['body', 0, 'url']])
  })
})

describe('toHtml: table of contents', () => {
  const blocks = [
    { type: 'heading' as const, level: 2 as const, children: 'Why now' },
    { type: 'paragraph' as const, children: 'Text.' },
    { type: 'heading' as const, level: 3 as const, children: 'The <cost>' },
    { type: 'heading' as const, level: 4 as const, children: 'Deep detail' },
    { type: 'heading' as const, level: 2 as const, id: 'next', children: 'What next' },
    {
      type: 'aside' as const,
      title: 'Box',
      children: [{ type: 'heading' as const, level: 2 as const, children: 'Inside an aside' }],
    },
  ]

  it('lists the body headings down to level 3, nested, linked to their ids, above the body', () => {
    const html = toHtml(parseArticle({ headline: 'H', body: blocks }), {
      tableOfContents: true,
      sections: { header: false },
    })
    expect(html.slice(0, html.indexOf('<div class="ak-body">'))).toBe(
      `${ROOT}<nav class="ak-toc" aria-labelledby="ak-toc-label">` +
        '<p id="ak-toc-label" class="ak-toc-label">Contents</p><ol>' +
        '<li><a href="#why-now">Why now</a><ol><li><a href="#the-cost">The &lt;cost&gt;</a></li></ol></li>' +
        '<li><a href="#next">What next</a></li></ol></nav>',
    )
    expect(html).toContain('<h3 id="the-cost">The &lt;cost&gt;</h3>')
  })

  it('goes as deep as maxLevel, and nests a skipped level under the nearest heading above', () => {
    const html = toHtml(
      parseArticle({
        headline: 'H',
        body: [
          { type: 'heading', level: 2, children: 'A' },
          { type: 'heading', level: 4, children: 'B' },
          { type: 'heading', level: 3, children: 'C' },
          { type: 'heading', level: 2, children: 'D' },
        ],
      }),
      { tableOfContents: { maxLevel: 4 }, sections: { header: false }, labels: { contents: 'Inhalt' } },
    )
    expect(html).toContain(
      '<p id="ak-toc-label" class="ak-toc-label">Inhalt</p><ol><li><a href="#a">A</a><ol><li><a href="#b">B</a></li>' +
        '<li><a href="#c">C</a></li></ol></li><li><a href="#d">D</a></li></ol></nav>',
    )
  })

  it('renders none without the option or without headings', () => {
    expect(toHtml(parseArticle({ headline: 'H', body: blocks }))).not.toContain('ak-toc')
    expect(toHtml(parseArticle({ headline: 'H', body: ['Text'] }), { tableOfContents: true })).not.toContain('ak-toc')
  })
})

describe('toHtml: raw HTML', () => {
  const article = {
    ...parseArticle({ headline: 'H', body: [] }),
    body: [{ type: 'htmlBlock', html: '<b onclick="x()">Bold</b>' }],
  } as unknown as Article
  const handlers = {
    htmlBlock: (node: { html: string }, state: Parameters<typeof rawHtml>[0]) => rawHtml(state, node.html),
  }

  it('escapes markup from rawHtml and warns, unless allowDangerousHtml is set', () => {
    const warnings: HtmlWarning[] = []
    expect(toHtml(article, { sections: bodyOnly, handlers, onWarning: (warning) => warnings.push(warning) })).toBe(
      `${ROOT}<div class="ak-body">&lt;b onclick="x()"&gt;Bold&lt;/b&gt;</div></article>`,
    )
    expect(warnings).toEqual([
      {
        code: 'raw_html_escaped',
        path: ['body', 0],
        message: 'Raw HTML written as text: set allowDangerousHtml to let it through',
      },
    ])
    expect(toHtml(article, { sections: bodyOnly, handlers, allowDangerousHtml: true })).toBe(
      `${ROOT}<div class="ak-body"><b onclick="x()">Bold</b></div></article>`,
    )
  })
})

describe('toHtml: ids', () => {
  it('keeps every id unique: block ids, heading slugs, citation and source anchors', () => {
    const html = toHtml(
      parseArticle({
        headline: 'H',
        body: [
          {
            type: 'paragraph',
            id: 'ak-source-1',
            children: [{ type: 'citation', sourceId: 's', children: 'cited' }],
          },
          { type: 'paragraph', id: 'ak-cite-2', children: 'x' },
          { type: 'paragraph', id: 'intro', children: 'y' },
          { type: 'heading', level: 2, children: 'Intro' },
          { type: 'paragraph', children: [{ type: 'citation', sourceId: 's', children: 'again' }] },
        ],
        sources: [{ id: 's', name: 'Survey' }],
      }),
      { sections: { header: false } },
    )
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1])
    expect(ids).toEqual([
      'ak-source-1-2',
      'ak-cite-1',
      'ak-cite-2',
      'intro',
      'intro-2',
      'ak-cite-2-2',
      'ak-sources',
      'ak-source-1',
    ])
    expect(new Set(ids).size).toBe(ids.length)
  })
})
