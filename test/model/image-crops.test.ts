// Crops of the lead image (issue 17): validated, carried by the JSON Schema
// and the lossless Markdown, written to JSON-LD after the lead image, and
// checked by lint against Google's ratios (16:9, 4:3, 1:1) and its smallest
// size (50,000 pixels).

import { Ajv2020 } from 'ajv/dist/2020.js'
import { articleJsonSchema, LIMITS, lintArticle, parseArticle, safeParseArticle } from 'articlekit'
import { defaultUrlPolicy } from 'articlekit/core'
import { toHtml } from 'articlekit/html'
import { type JsonLdNode, type JsonLdWarning, toJsonLd, toMetaTags } from 'articlekit/json-ld'
import { fromMarkdown, toMarkdown } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { hostileUrls } from '../fixtures/hostile.js'

const lead = { url: '/images/quay-16x9.jpg', alt: 'The quay at dawn', width: 1600, height: 900 }
const crops = [
  { url: '/images/quay-4x3.jpg', width: 1200, height: 900 },
  { url: 'https://cdn.example.com/quay-1x1.jpg', width: 1200, height: 1200 },
]
const input = {
  url: 'https://news.example.com/2026/quay',
  headline: 'The quay reopens',
  image: { ...lead, crops },
  body: ['Boats are back.'],
}
const article = parseArticle(input)

/** The issues of `image`, as `[path, code]`. */
function issues(image: unknown): unknown[] {
  const result = safeParseArticle({ headline: 'H', body: [], image })
  return result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.code])
}

describe('validation', () => {
  it('keeps crops on the lead image', () => {
    expect(article.image?.crops).toEqual(crops)
  })

  it('names the path of each bad crop', () => {
    expect(
      issues({
        ...lead,
        crops: [
          { url: 'javascript:alert(1)', width: 100, height: 100 },
          { url: '/a.jpg', width: 0, height: 1.5 },
          { url: '/b.jpg', width: 2 ** 60, height: -3 },
          { url: '/c.jpg', width: 10 },
          { url: '/d.jpg', width: 10, height: 10, alt: 'no' },
          'https://images.example.com/e.jpg',
        ],
      }),
    ).toEqual([
      [['image', 'crops', 0, 'url'], 'invalid_url'],
      [['image', 'crops', 1, 'width'], 'too_small'],
      [['image', 'crops', 1, 'height'], 'invalid_type'],
      [['image', 'crops', 2, 'width'], 'too_big'],
      [['image', 'crops', 2, 'height'], 'too_small'],
      [['image', 'crops', 3, 'height'], 'required'],
      [['image', 'crops', 4, 'alt'], 'unknown_key'],
      [['image', 'crops', 5], 'invalid_type'],
    ])
    expect(issues({ ...lead, crops: { url: '/a.jpg', width: 1, height: 1 } })).toEqual([
      [['image', 'crops'], 'invalid_type'],
    ])
  })

  it(`allows at most LIMITS.crops (${LIMITS.crops}) crops`, () => {
    const crop = { url: '/a.jpg', width: 10, height: 10 }
    expect(issues({ ...lead, crops: new Array(LIMITS.crops).fill(crop) })).toEqual([])
    expect(issues({ ...lead, crops: new Array(LIMITS.crops + 1).fill(crop) })).toEqual([
      [['image', 'crops'], 'too_big'],
    ])
  })

  it('belongs to the lead image only', () => {
    const crop = [{ url: '/a.jpg', width: 10, height: 10 }]
    const result = safeParseArticle({
      headline: 'H',
      body: [{ type: 'image', url: '/b.jpg', alt: '', crops: crop }],
      publisher: { name: 'P', logo: { url: '/l.png', alt: '', crops: crop } },
    })
    expect(result.success || result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['publisher', 'logo', 'crops'], 'unknown_key'],
      [['body', 0, 'crops'], 'unknown_key'],
    ])
  })

  it('the JSON Schema carries the same rules', () => {
    const validate = new Ajv2020({ strict: false }).compile(articleJsonSchema())
    expect(validate(input)).toBe(true)
    const crop = { url: '/a.jpg', width: 10, height: 10 }
    for (const bad of [
      [{ ...crop, url: 'javascript:x' }],
      [{ ...crop, width: 0 }],
      [{ ...crop, width: 1.5 }],
      [{ url: '/a.jpg', width: 10 }],
      new Array(LIMITS.crops + 1).fill(crop),
    ]) {
      expect(validate({ ...input, image: { ...lead, crops: bad } })).toBe(false)
    }
  })
})

describe('JSON-LD', () => {
  it('writes the lead image, then each crop as an ImageObject, absolute', () => {
    const data = toJsonLd(article) as JsonLdNode
    expect(data.image).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://news.example.com/images/quay-16x9.jpg',
        contentUrl: 'https://news.example.com/images/quay-16x9.jpg',
        width: 1600,
        height: 900,
      },
      {
        '@type': 'ImageObject',
        url: 'https://news.example.com/images/quay-4x3.jpg',
        contentUrl: 'https://news.example.com/images/quay-4x3.jpg',
        width: 1200,
        height: 900,
      },
      {
        '@type': 'ImageObject',
        url: 'https://cdn.example.com/quay-1x1.jpg',
        contentUrl: 'https://cdn.example.com/quay-1x1.jpg',
        width: 1200,
        height: 1200,
      },
    ])
  })

  it('graph mode: the crops follow the primary image, nested', () => {
    const graph = toJsonLd(article, { mode: 'graph' }) as unknown as { '@graph': JsonLdNode[] }
    const node = graph['@graph'].find((entry) => entry['@id'] === 'https://news.example.com/2026/quay#article') ?? {}
    expect((node.image as JsonLdNode[]).map((entry) => entry['@id'] ?? entry.url)).toEqual([
      'https://news.example.com/2026/quay#primaryimage',
      'https://news.example.com/images/quay-4x3.jpg',
      'https://cdn.example.com/quay-1x1.jpg',
    ])
  })

  it('then the crops of the images option, each URL once', () => {
    const data = toJsonLd(article, {
      images: [{ url: 'https://cdn.example.com/quay-1x1.jpg' }, { url: '/images/quay-wide.jpg', width: 2000 }],
    }) as JsonLdNode
    expect((data.image as JsonLdNode[]).map((entry) => entry.url)).toEqual([
      'https://news.example.com/images/quay-16x9.jpg',
      'https://news.example.com/images/quay-4x3.jpg',
      'https://cdn.example.com/quay-1x1.jpg',
      'https://news.example.com/images/quay-wide.jpg',
    ])
  })

  it('refuses a crop URL the URL policy refuses, and reports it at its path', () => {
    const warnings: JsonLdWarning[] = []
    const hostile = {
      ...article,
      image: {
        ...lead,
        crops: [
          { url: 'javascript:alert(1)', width: 1200, height: 1200 },
          { url: 'data:image/png;base64,AAAA', width: 1200, height: 900 },
          { url: 'https://cdn.example.com/ok.jpg', width: 1200, height: 900 },
        ],
      },
    }
    const data = toJsonLd(hostile, { onWarning: (warning) => warnings.push(warning) }) as JsonLdNode
    expect(JSON.stringify(data)).not.toMatch(/javascript|data:/)
    expect((data.image as JsonLdNode[]).map((entry) => entry.url)).toEqual([
      'https://news.example.com/images/quay-16x9.jpg',
      'https://cdn.example.com/ok.jpg',
    ])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['url_refused', ['image', 'crops', 0, 'url']],
      ['url_refused', ['image', 'crops', 1, 'url']],
    ])
  })

  it('writes a crop URL of the hostile corpus only when the URL policy allows it, absolute http(s)', () => {
    for (const { name, value } of hostileUrls) {
      const warnings: JsonLdWarning[] = []
      const loose = { ...article, image: { ...lead, crops: [{ url: value, width: 1200, height: 900 }] } }
      const data = toJsonLd(loose, { onWarning: (warning) => warnings.push(warning) }) as JsonLdNode
      const written = (data.image as JsonLdNode[]).slice(1)
      if (written.length === 0) {
        expect(
          warnings.map((warning) => warning.path),
          name,
        ).toEqual([['image', 'crops', 0, 'url']])
        continue
      }
      const url = written[0]?.url as string
      expect(url, name).toMatch(/^https?:\/\//i)
      expect(defaultUrlPolicy(url, 'image'), name).toBe(url)
    }
    // Validation never keeps a crop URL (normalized, as every string is) that the policy would refuse.
    for (const { name, value } of hostileUrls) {
      const result = safeParseArticle({
        headline: 'H',
        body: [],
        image: { ...lead, crops: [{ url: value, width: 1, height: 1 }] },
      })
      if (!result.success) {
        expect(
          result.error.issues.map((issue) => issue.path),
          name,
        ).toEqual([['image', 'crops', 0, 'url']])
        continue
      }
      const url = result.data.image?.crops?.[0]?.url as string
      expect(defaultUrlPolicy(url, 'image'), name).toBe(url)
    }
  })

  it('takes anything as crops from an unvalidated article without a TypeError', () => {
    for (const value of ['https://cdn.example.com/a.jpg', 42, null, { url: '/x.jpg' }, true]) {
      const data = toJsonLd({ ...article, image: { ...lead, crops: value } } as never) as JsonLdNode
      expect((data.image as JsonLdNode[]).map((entry) => entry.url)).toEqual([
        'https://news.example.com/images/quay-16x9.jpg',
      ])
    }
    const odd = [null, 'https://cdn.example.com/a.jpg', 7, { url: 42 }, { width: 10 }]
    const data = toJsonLd({ ...article, image: { ...lead, crops: odd } } as never) as JsonLdNode
    expect(data.image).toHaveLength(1)
  })

  it('leaves out a width or height that is not a positive whole number', () => {
    const loose = [
      { url: '/a.jpg', width: 1e300, height: 1.5 },
      { url: '/b.jpg', width: -4, height: '900' },
      { url: '/c.jpg', width: 2 ** 53, height: Number.NaN },
    ]
    const data = toJsonLd({ ...article, image: { ...lead, crops: loose } } as never) as JsonLdNode
    for (const entry of (data.image as JsonLdNode[]).slice(1)) {
      expect(entry.width).toBeUndefined()
      expect(entry.height).toBeUndefined()
    }
  })

  it('meta tags keep the lead image', () => {
    const image = toMetaTags(article).filter((tag) => tag.attributes.property?.startsWith('og:image'))
    expect(image.map((tag) => tag.attributes.content)).toEqual([
      'https://news.example.com/images/quay-16x9.jpg',
      '1600',
      '900',
      'The quay at dawn',
      'image/jpeg',
    ])
  })
})

describe('the other renderers', () => {
  it('HTML, text and reader Markdown show the lead image only', () => {
    const html = toHtml(article)
    expect(html).toContain('src="/images/quay-16x9.jpg"')
    expect(toMarkdown(article)).toContain('(/images/quay-16x9.jpg)')
    expect(toText(article)).toContain('[Image: The quay at dawn]')
    // HTML keeps the crops only in the lead image's data-ak, for reading the page back: no <img> or srcset shows them.
    const figure = /<figure class="ak-lead-image" data-ak='([^']*)'>/.exec(html)
    expect(JSON.parse(figure?.[1] ?? '{}').crops.map((crop: { url: string }) => crop.url)).toEqual(
      article.image?.crops?.map((crop) => crop.url),
    )
    const shown = html.replace(/ data-ak='[^']*'/g, '')
    for (const output of [shown, toText(article), toMarkdown(article)]) {
      expect(output).not.toMatch(/quay-4x3|quay-1x1/)
    }
  })

  it('the lossless Markdown reads the crops back', () => {
    expect(fromMarkdown(toMarkdown(article, { frontmatter: true }))).toEqual(article)
  })
})

describe('lint', () => {
  const found = (image: object) =>
    lintArticle(parseArticle({ ...input, image }))
      .filter((diagnostic) => diagnostic.code.startsWith('lead_image_'))
      .map(({ code, path, message }) => [code, path, message])

  it('is content with a lead image and crops in all three ratios of 50,000 pixels or more', () => {
    expect(found({ ...lead, crops })).toEqual([])
    // Within 1% counts: 1366 × 768 is a 16:9 screen.
    expect(found({ ...lead, width: 1366, height: 768, crops })).toEqual([])
  })

  it('names the ratios the lead image and its crops lack', () => {
    expect(found({ ...lead, crops: [crops[0]] })).toEqual([
      [
        'lead_image_ratio_missing',
        ['image', 'crops'],
        'The lead image and its crops have no 1:1 version; add crops so that 16:9, 4:3 and 1:1 are all there',
      ],
    ])
    // A social card's 1.91:1 is not 16:9, and a lead image without a size counts for no ratio.
    const card = { url: '/card.jpg', width: 1200, height: 630 }
    expect(found({ url: '/lead.jpg', alt: 'A quay', crops: [card] })).toEqual([
      [
        'lead_image_ratio_missing',
        ['image', 'crops'],
        'The lead image and its crops have no 16:9 or 4:3 or 1:1 version; add crops so that 16:9, 4:3 and 1:1 are all there',
      ],
    ])
  })

  it('asks no ratios of a lead image without crops', () => {
    expect(found(lead)).toEqual([])
  })

  it('reports an image of fewer than 50,000 pixels, lead image or crop', () => {
    expect(
      found({ ...lead, width: 1600, height: 30, crops: [...crops, { url: '/t.jpg', width: 223, height: 223 }] }),
    ).toEqual([
      [
        'lead_image_too_few_pixels',
        ['image'],
        'Lead image is 1600 × 30, 48000 pixels; search results need at least 50000',
      ],
      [
        'lead_image_too_few_pixels',
        ['image', 'crops', 2],
        'Crop is 223 × 223, 49729 pixels; search results need at least 50000',
      ],
      [
        'lead_image_ratio_missing',
        ['image', 'crops'],
        'The lead image and its crops have no 16:9 version; add crops so that 16:9, 4:3 and 1:1 are all there',
      ],
    ])
    expect(found({ ...lead, crops: [...crops, { url: '/t.jpg', width: 224, height: 224 }] })).toEqual([])
  })
})
