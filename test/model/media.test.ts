// Galleries and audio (issue 17): the gallery block, the audio block and the
// article's own audio, from validation through every renderer, the lossless
// Markdown round trip and hostile input.
import { type Article, parseArticle, safeParseArticle } from 'articlekit'
import { RenderError } from 'articlekit/core'
import { toHtml } from 'articlekit/html'
import { type JsonLdWarning, toJsonLd } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toSpeech, toText, wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const input = {
  url: 'https://news.example.com/2026/harbour-day',
  headline: 'A day on the harbour',
  audio: { url: '/read/harbour.mp3', duration: 3725, mimeType: 'audio/mpeg' },
  body: [
    {
      type: 'gallery',
      id: 'day',
      children: [
        { type: 'image', url: '/dawn.jpg', alt: 'Boats at dawn', caption: 'Dawn <b>', credit: '© Lens & Co' },
        { type: 'image', url: '/dusk.jpg', alt: 'Boats at dusk', caption: 'Dusk' },
      ],
      caption: 'From dawn to dusk',
    },
    {
      type: 'audio',
      kind: 'podcast',
      url: '/episodes/7.mp3',
      title: 'Harbour talk <7>',
      duration: 90,
      transcriptUrl: '/episodes/7/transcript',
      caption: 'The harbour master explains the tides.',
    },
  ],
} as const
const article = parseArticle(input)

describe('validation', () => {
  it('names the path of every problem in a gallery or an audio block', () => {
    const result = safeParseArticle({
      headline: 'H',
      audio: { url: 'javascript:alert(1)', title: 'Two\nlines' },
      body: [
        { type: 'gallery', children: [] },
        { type: 'gallery', children: [{ type: 'paragraph', children: 'Not an image' }] },
        { type: 'audio', url: '/a.mp3', duration: 1.5, mimeType: 'mp3', kind: 'song', transcriptUrl: 'data:,x' },
        { type: 'audio', url: '/b.mp3', duration: 0 },
      ],
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['body.0.children', 'too_small'],
      // A paragraph in a gallery is not an image: its type, and what an image needs.
      ['body.1.children.0.type', 'invalid_value'],
      ['body.1.children.0.url', 'required'],
      ['body.1.children.0.alt', 'required'],
      ['body.1.children.0.children', 'unknown_key'],
      ['body.2.duration', 'invalid_type'],
      ['body.2.mimeType', 'invalid_format'],
      ['body.2.transcriptUrl', 'invalid_url'],
      ['body.2.kind', 'invalid_value'],
      ['body.3.duration', 'too_small'],
      ['audio.url', 'invalid_url'],
      ['audio.title', 'multiline'],
    ])
  })

  it('keeps every field of a valid gallery and audio block', () => {
    expect(article.body[0]).toEqual({
      type: 'gallery',
      id: 'day',
      children: [
        {
          type: 'image',
          url: '/dawn.jpg',
          alt: 'Boats at dawn',
          caption: [{ type: 'text', value: 'Dawn <b>' }],
          credit: '© Lens & Co',
        },
        { type: 'image', url: '/dusk.jpg', alt: 'Boats at dusk', caption: [{ type: 'text', value: 'Dusk' }] },
      ],
      caption: [{ type: 'text', value: 'From dawn to dusk' }],
    })
    expect(article.audio).toEqual({ url: '/read/harbour.mp3', duration: 3725, mimeType: 'audio/mpeg' })
  })
})

describe('HTML', () => {
  const html = toHtml(article)

  it('writes a gallery as a figure of figures, then its caption', () => {
    expect(html).toContain(
      '<figure id="day" class="ak-gallery"><figure class="ak-image"><img src="/dawn.jpg" alt="Boats at dawn" loading="lazy" decoding="async"><figcaption><span class="ak-caption">Dawn &lt;b&gt;</span> <small class="ak-credit">© Lens &amp; Co</small></figcaption></figure><figure class="ak-image"><img src="/dusk.jpg" alt="Boats at dusk" loading="lazy" decoding="async"><figcaption><span class="ak-caption">Dusk</span></figcaption></figure><figcaption>From dawn to dusk</figcaption></figure>',
    )
  })

  it('writes an audio block as a native player named by its title, with length, transcript and caption', () => {
    expect(html).toContain(
      '<figure class="ak-audio ak-audio-podcast"><audio controls preload="none" aria-label="Harbour talk &lt;7&gt;"><source src="/episodes/7.mp3"><a href="/episodes/7.mp3">Download the audio</a></audio><figcaption><span class="ak-audio-title">Harbour talk &lt;7&gt;</span> · <time datetime="PT1M30S">1:30</time> · <a href="/episodes/7/transcript">Transcript</a> · <span class="ak-caption">The harbour master explains the tides.</span></figcaption></figure>',
    )
  })

  it("writes the article's audio in the header, named by the label, with its media type", () => {
    expect(html).toContain(
      // The label stands where the audio has no title of its own: data-ak says there was none.
      `<figure class="ak-listen" data-ak='{"title":null}'><audio controls preload="none" aria-label="Listen to this article"><source src="/read/harbour.mp3" type="audio/mpeg"><a href="/read/harbour.mp3">Download the audio</a></audio><figcaption><span class="ak-audio-title">Listen to this article</span> · <time datetime="PT1H2M5S">1:02:05</time></figcaption></figure></header>`,
    )
    // Translated, and with link targets like every other link.
    const german = toHtml(article, {
      labels: { listen: 'Artikel anhören', downloadAudio: 'Audio laden' },
      linkTarget: '_blank',
      resolveUrl: true,
    })
    expect(german).toContain(
      '<audio controls preload="none" aria-label="Artikel anhören"><source src="https://news.example.com/read/harbour.mp3" type="audio/mpeg"><a href="https://news.example.com/read/harbour.mp3">Audio laden</a></audio>',
    )
  })

  it('leaves the player out when the URL policy refuses the URL, and says so', () => {
    const warnings: string[] = []
    const refused = toHtml(article, {
      urlPolicy: (url, context) => (context === 'audio' ? undefined : url),
      onWarning: (warning) => warnings.push(`${warning.code} ${warning.path.join('.')}`),
    })
    expect(refused).not.toContain('<audio')
    expect(refused).toContain(
      '<figure class="ak-audio ak-audio-podcast"><figcaption><span class="ak-audio-title">Harbour talk &lt;7&gt;</span> · <time datetime="PT1M30S">1:30</time> · <span class="ak-caption">',
    )
    expect(warnings).toEqual(['url_refused audio.url', 'url_refused body.1.url', 'url_refused body.1.transcriptUrl'])
  })
})

describe('text and speech', () => {
  it('writes the images, the gallery caption and the audio as bracketed lines', () => {
    expect(toText(article, { captions: true }).split('\n\n')).toEqual([
      'A day on the harbour',
      '[Listen to this article (1:02:05) (/read/harbour.mp3)]',
      '[Image: Dawn <b> (© Lens & Co)]',
      '[Image: Dusk]',
      '[Gallery: From dawn to dusk]',
      '[Audio: Harbour talk <7> (1:30): The harbour master explains the tides. (/episodes/7.mp3)] [Transcript (/episodes/7/transcript)]',
    ])
  })

  it('says the audio block in speech with captions, and not the article audio, which speech is', () => {
    expect(toSpeech(article, { captions: true })).toBe(
      'A day on the harbour.\n\nImage: Dawn <b> (© Lens & Co).\n\nImage: Dusk.\n\nGallery: From dawn to dusk.\n\nAudio: Harbour talk <7>: The harbour master explains the tides.',
    )
  })

  it('counts gallery and audio captions as captions', () => {
    expect(wordCount(article)).toBe(0)
    // Dawn <b> / Dusk / From dawn to dusk / The harbour master explains the tides.
    expect(wordCount(article, { captions: true })).toBe(2 + 1 + 4 + 6)
  })
})

describe('Markdown', () => {
  it('writes links and captions for readers', () => {
    expect(toMarkdown(article)).toBe(
      [
        '# A day on the harbour',
        '[Listen to this article](/read/harbour.mp3) (1:02:05)',
        '![Boats at dawn](/dawn.jpg)',
        'Dawn \\<b>',
        '© Lens & Co',
        '![Boats at dusk](/dusk.jpg)',
        'Dusk',
        'From dawn to dusk',
        // `<7>` is no tag, so GitHub shows it as written.
        '[Harbour talk <7>](/episodes/7.mp3) (1:30) · [Transcript](/episodes/7/transcript)',
        'The harbour master explains the tides.\n',
      ].join('\n\n'),
    )
  })

  it('round-trips galleries, audio blocks and the article audio through the lossless form', () => {
    const markdown = toMarkdown(article, { frontmatter: true })
    expect(markdown).toContain(
      '::::gallery{#day}\n\n:::figure{credit="© Lens & Co"}\n\n![Boats at dawn](/dawn.jpg)\n\nDawn \\<b>\n\n:::\n\n:::figure\n\n![Boats at dusk](/dusk.jpg)\n\nDusk\n\n:::\n\nFrom dawn to dusk\n\n::::',
    )
    expect(markdown).toContain(
      ':::audio{kind="podcast" title="Harbour talk &#x3C;7>" duration="90" transcriptUrl="/episodes/7/transcript"}\n\n[Harbour talk <7>](/episodes/7.mp3)\n\nThe harbour master explains the tides.\n\n:::',
    )
    expect(fromMarkdown(markdown)).toEqual(article)
    // A gallery without a caption, and an audio block with nothing but its URL.
    const bare = parseArticle({
      headline: 'H',
      body: [
        { type: 'gallery', children: [{ type: 'image', url: '/a.jpg', alt: 'A' }] },
        { type: 'audio', url: '/a.mp3' },
      ],
    })
    expect(fromMarkdown(toMarkdown(bare, { frontmatter: true }))).toEqual(bare)
  })

  it('reports an audio directive without its link, by path', () => {
    expect(() => fromMarkdown(':::audio{title="T"}\nNo link here.\n:::\n')).toThrow(
      /body\[0\]: Expected `:::audio` to hold a link to the media, then at most a caption paragraph/,
    )
  })
})

describe('JSON-LD', () => {
  it("writes the article's audio and the body's media as AudioObject and ImageObject, with ISO 8601 lengths", () => {
    const json = toJsonLd(article) as Record<string, unknown>
    expect(json.audio).toEqual({
      '@type': 'AudioObject',
      contentUrl: 'https://news.example.com/read/harbour.mp3',
      duration: 'PT1H2M5S',
      encodingFormat: 'audio/mpeg',
    })
    expect(json.associatedMedia).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://news.example.com/dawn.jpg',
        contentUrl: 'https://news.example.com/dawn.jpg',
        caption: 'Dawn <b>',
        creditText: 'Lens & Co',
        copyrightNotice: '© Lens & Co',
      },
      {
        '@type': 'ImageObject',
        url: 'https://news.example.com/dusk.jpg',
        contentUrl: 'https://news.example.com/dusk.jpg',
        caption: 'Dusk',
      },
      {
        '@type': 'AudioObject',
        contentUrl: 'https://news.example.com/episodes/7.mp3',
        name: 'Harbour talk <7>',
        duration: 'PT1M30S',
        caption: 'The harbour master explains the tides.',
      },
    ])
  })

  it('finds media inside asides and quotes, and leaves out a refused URL with a warning', () => {
    const warnings: JsonLdWarning[] = []
    const nested = parseArticle({
      headline: 'H',
      url: 'https://news.example.com/h',
      body: [
        {
          type: 'aside',
          children: [
            { type: 'audio', url: '/clip.mp3', kind: 'clip' },
            { type: 'audio', url: 'mailto:a@b.example' },
          ],
        },
      ],
    })
    const json = toJsonLd(nested, { onWarning: (warning) => warnings.push(warning) }) as Record<string, unknown>
    expect(json.associatedMedia).toEqual([{ '@type': 'AudioObject', contentUrl: 'https://news.example.com/clip.mp3' }])
    expect(warnings.map((warning) => [warning.code, warning.path.join('.')])).toEqual([
      ['url_refused', 'body.0.children.1.url'],
    ])
  })

  it('finds media in list items, and under 30 nested quotes', () => {
    const warnings: string[] = []
    const inList = parseArticle({
      headline: 'H',
      body: [{ type: 'list', items: [{ children: [{ type: 'audio', url: 'mailto:x@y.example' }] }] }],
    })
    toJsonLd(inList, { onWarning: (warning) => warnings.push(warning.path.join('.')) })
    expect(warnings).toEqual(['body.0.items.0.children.0.url'])
    let deep: Record<string, unknown> = { type: 'audio', url: 'https://news.example.com/deep.mp3' }
    for (let depth = 0; depth < 30; depth++) deep = { type: 'quote', children: [deep] }
    const json = toJsonLd({ headline: 'H', body: [deep] } as unknown as Article) as Record<string, unknown>
    expect(json.associatedMedia).toEqual([{ '@type': 'AudioObject', contentUrl: 'https://news.example.com/deep.mp3' }])
  })
})

describe('unvalidated input', () => {
  const broken = (body: unknown[], audio?: unknown) =>
    ({ headline: 'H', body, ...(audio === undefined ? {} : { audio }) }) as unknown as Article

  it('renders odd fields as nothing rather than throwing a TypeError', () => {
    const odd = broken([{ type: 'audio', url: 42, duration: '12', title: ['x'], transcriptUrl: null }], 'not an object')
    for (const render of [toHtml, toText, toMarkdown, toJsonLd] as ((article: Article) => unknown)[]) {
      expect(() => render(odd)).not.toThrow()
    }
    expect(toHtml(odd)).toBe(
      '<article class="ak-article"><header class="ak-header"><h1 class="ak-headline">H</h1></header><div class="ak-body"></div></article>',
    )
  })

  it('fails a gallery whose children are not an array with a RenderError at its path', () => {
    const odd = broken([{ type: 'gallery', children: 'images' }])
    for (const render of [toHtml, toText, toMarkdown] as ((article: Article) => unknown)[]) {
      expect(() => render(odd)).toThrow(RenderError)
      expect(() => render(odd)).toThrow(/body\[0\]\.children: Expected an array/)
    }
  })
})

describe('JSON-LD on cyclic input', () => {
  it('ends on a quote that holds itself, with the word count off', () => {
    const quote: Record<string, unknown> = { type: 'quote', children: [] }
    ;(quote.children as unknown[]).push(quote, { type: 'audio', url: 'https://news.example.com/a.mp3' })
    const json = toJsonLd({ headline: 'H', body: [quote] } as unknown as Article, { wordCount: false }) as Record<
      string,
      unknown
    >
    expect(json.associatedMedia).toEqual([{ '@type': 'AudioObject', contentUrl: 'https://news.example.com/a.mp3' }])
  })
})
