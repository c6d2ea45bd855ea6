// Credits with roles (issue 17): contributors beside the authors, and the
// creator of an image. Each is checked from validation, through the JSON
// Schema, to every renderer, with hostile names and unvalidated input.
import { Ajv2020 } from 'ajv/dist/2020.js'
import {
  type Article,
  articleJsonSchema,
  CONTRIBUTOR_ROLES,
  IMAGE_CREATOR_ROLES,
  parseArticle,
  safeParseArticle,
} from 'articlekit'
import { type HtmlWarning, toHtml } from 'articlekit/html'
import { type JsonLdWarning, toJsonLd, toJsonLdScript } from 'articlekit/json-ld'
import { fromMarkdown, type MarkdownWarning, toMarkdown } from 'articlekit/markdown'
import { toSpeech, toText } from 'articlekit/text'
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { controls } from '../fixtures/text-fields.js'

const input = {
  headline: 'Night buses return to the harbour',
  url: 'https://news.example.com/2026/night-buses',
  authors: [{ name: 'Tamsin Rowe', url: '/authors/tamsin' }, { name: 'Jory Penhallow' }],
  contributors: [
    { name: 'Kerra Nance', role: 'additionalReporting', url: 'https://news.example.com/authors/kerra' },
    { name: 'Map Studio', type: 'Organization', role: 'other', label: 'Graphics' },
    { name: 'Elowen Tre', role: 'editor' },
    { name: 'Piran Vos', role: 'translator' },
    { name: 'Demelza Hart', role: 'photographer' },
    { name: 'Ruan Bligh', role: 'factChecker' },
    { name: 'Wenna Coad', role: 'additionalReporting' },
    { name: 'Ked Lusk', role: 'other', label: 'Research' },
  ],
  image: {
    url: 'https://images.example.com/n7.jpg',
    alt: 'The N7 at the harbour stop',
    creator: { name: 'Demelza Hart', role: 'photographer', url: 'https://images.example.com/demelza' },
  },
  body: [
    'The N7 runs every 30 minutes.',
    {
      type: 'image',
      url: 'https://images.example.com/map.png',
      alt: 'The route',
      creator: { name: 'Map Studio', type: 'Organization', role: 'illustrator' },
    },
    { type: 'image', url: 'https://images.example.com/depot.jpg', alt: '', credit: '© Harbour Agency' },
  ],
} as const
const article = parseArticle(input)

/** `article` with its fields replaced, not validated: what a renderer gets from code that skips `parseArticle`. */
const raw = (fields: Record<string, unknown>) => ({ ...article, ...fields }) as unknown as Article

describe('validation', () => {
  it('lists the roles once, in the order readers see them', () => {
    expect(CONTRIBUTOR_ROLES).toEqual([
      'additionalReporting',
      'editor',
      'translator',
      'photographer',
      'illustrator',
      'factChecker',
      'other',
    ])
    expect(IMAGE_CREATOR_ROLES).toEqual(['photographer', 'illustrator'])
  })

  it('defaults the type to Person, for contributors and image creators', () => {
    expect(article.contributors?.[0]).toEqual({
      type: 'Person',
      name: 'Kerra Nance',
      role: 'additionalReporting',
      url: 'https://news.example.com/authors/kerra',
    })
    expect(article.image?.creator?.type).toBe('Person')
  })

  it('requires a label for `other`, refuses it for any other role, and names the path of each problem', () => {
    const result = safeParseArticle({
      headline: 'H',
      body: [{ type: 'image', url: '/a.png', alt: '', creator: { name: 'A', role: 'editor' } }],
      contributors: [
        null,
        'Kerra Nance',
        { name: 'A', role: 'other' },
        { name: 'B', role: 'editor', label: 'Copy' },
        { name: 'C', role: 'boss' },
        { name: 'D', role: 'other', label: 'Two\nlines' },
        { name: 'E', role: 'editor', url: 'javascript:alert(1)' },
        { name: 42, role: 'other' },
        { role: 'editor' },
      ],
      image: { url: '/i.jpg', alt: '', creator: { name: 'F', url: 'javascript:alert(1)' } },
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['contributors', 0], 'invalid_type'],
      [['contributors', 1], 'invalid_type'],
      [['contributors', 2, 'label'], 'required'],
      [['contributors', 3, 'label'], 'invalid_value'],
      [['contributors', 4, 'role'], 'invalid_value'],
      [['contributors', 5, 'label'], 'multiline'],
      [['contributors', 6, 'url'], 'invalid_url'],
      [['contributors', 7, 'name'], 'invalid_type'],
      [['contributors', 7, 'label'], 'required'],
      [['contributors', 8, 'name'], 'required'],
      [['image', 'creator', 'url'], 'invalid_url'],
      [['body', 0, 'creator', 'role'], 'invalid_value'],
    ])
    const messages = result.error.issues.map((issue) => issue.message)
    expect(messages[2]).toBe(
      'Required with `role: other`: a `label` saying what the contributor did, such as `Graphics`',
    )
    expect(messages[3]).toBe(
      'A `label` is only for `role: other`; the role `editor` has its own words in each renderer',
    )
    expect(messages[4]).toContain('`additionalReporting`, `editor`, `translator`')
  })

  it('holds the label rule for input that is otherwise valid (the fast path) too', () => {
    for (const contributor of [
      { name: 'A', role: 'other' },
      { name: 'A', role: 'translator', label: 'Welsh' },
    ]) {
      const result = safeParseArticle({ headline: 'H', body: [], contributors: [contributor] })
      expect(result.success).toBe(false)
      if (!result.success)
        expect(result.error.issues.map((issue) => issue.path)).toEqual([['contributors', 0, 'label']])
    }
  })

  it('the JSON Schema holds the same label rule', () => {
    const validate = new Ajv2020({ strict: true }).compile(articleJsonSchema())
    const check = (contributor: object) => validate({ headline: 'H', body: [], contributors: [contributor] })
    expect(check({ name: 'A', role: 'other', label: 'Graphics' })).toBe(true)
    expect(check({ name: 'A', role: 'editor' })).toBe(true)
    expect(check({ name: 'A', role: 'other' })).toBe(false)
    expect(check({ name: 'A', role: 'editor', label: 'Copy' })).toBe(false)
    expect(check({ name: 'A', role: 'boss' })).toBe(false)
    expect(
      validate({ headline: 'H', body: [], image: { url: '/i', alt: '', creator: { name: 'A', role: 'x' } } }),
    ).toBe(false)
    expect(validate(JSON.parse(JSON.stringify(input)))).toBe(true)
  })
})

describe('HTML', () => {
  const html = toHtml(article)

  it('reads the byline naturally: the authors, then additional reporting after a middle dot', () => {
    expect(html).toContain(
      `<p class="ak-byline">By <a href="/authors/tamsin" rel="author"><bdi data-ak='{"type":"Person"}'>Tamsin Rowe</bdi></a> and <bdi data-ak='{"type":"Person"}'>Jory Penhallow</bdi> · Additional reporting by <a href="https://news.example.com/authors/kerra"><bdi>Kerra Nance</bdi></a> and <bdi>Wenna Coad</bdi></p>`,
    )
  })

  it('writes the other roles as one credit line under the byline, in the order of the roles, `other` by its label', () => {
    expect(html).toContain(
      '</p><p class="ak-credits">Edited by <bdi>Elowen Tre</bdi> · Translated by <bdi>Piran Vos</bdi> · Photographs by <bdi>Demelza Hart</bdi> · Fact-checked by <bdi>Ruan Bligh</bdi> · Graphics: <bdi>Map Studio</bdi> · Research: <bdi>Ked Lusk</bdi></p></header>',
    )
  })

  it('lists several names of one role as the byline does', () => {
    const three = raw({
      contributors: ['A', 'B', 'C'].map((name) => ({ type: 'Person', name, role: 'editor' })),
    })
    expect(toHtml(three)).toContain('Edited by <bdi>A</bdi>, <bdi>B</bdi> and <bdi>C</bdi></p>')
  })

  it('writes a byline of additional reporting alone when there are no authors', () => {
    const noAuthors = raw({ authors: [], contributors: [{ type: 'Person', name: 'K', role: 'additionalReporting' }] })
    expect(toHtml(noAuthors)).toContain('<p class="ak-byline">Additional reporting by <bdi>K</bdi></p>')
    expect(toHtml(noAuthors)).not.toContain('ak-credits')
  })

  it('takes every phrase from the label pack', () => {
    const german = toHtml(article, {
      labels: { by: 'Von', and: 'und', additionalReporting: 'Mitarbeit:', editor: 'Redaktion:', other: '{label} –' },
    })
    expect(german).toContain(`<bdi data-ak='{"type":"Person"}'>Jory Penhallow</bdi> · Mitarbeit: <a`)
    expect(german).toContain('<bdi>Kerra Nance</bdi></a> und <bdi>Wenna Coad</bdi>')
    expect(german).toContain('Redaktion: <bdi>Elowen Tre</bdi>')
    expect(german).toContain('Graphics – <bdi>Map Studio</bdi>')
  })

  it('prints an image credit line as given, else one made from the creator and its role', () => {
    expect(html).toContain(
      '<figcaption><small class="ak-credit">Photo: <a href="https://images.example.com/demelza"><bdi>Demelza Hart</bdi></a></small></figcaption>',
    )
    expect(html).toContain('<small class="ak-credit">Illustration: <bdi>Map Studio</bdi></small>')
    expect(html).toContain('<small class="ak-credit">© Harbour Agency</small>')
    // A creator without a role stands where a credit line would, after the `credit` label.
    const plain = raw({ image: { url: '/i.jpg', alt: '', creator: { type: 'Person', name: 'Jo' } } })
    expect(toHtml(plain)).toContain('<small class="ak-credit"><bdi>Jo</bdi></small>')
    expect(toHtml(plain, { labels: { credit: 'Foto:' } })).toContain(
      '<small class="ak-credit">Foto: <bdi>Jo</bdi></small>',
    )
    // With a credit line, the creator is for search engines only.
    const both = raw({ image: { ...input.image, credit: '© Agency' } })
    expect(toHtml(both)).toContain('<small class="ak-credit">© Agency</small>')
    expect(toHtml(both)).not.toContain('Photo:')
  })

  it('leaves the credit line out with the header', () => {
    expect(toHtml(article, { sections: { header: false } })).not.toMatch(/ak-credits|ak-byline/)
  })

  it('refuses `javascript:` URLs of unvalidated contributors and creators, and says where', () => {
    const warnings: HtmlWarning[] = []
    const hostile = raw({
      contributors: [
        { type: 'Person', name: 'A', role: 'additionalReporting', url: 'javascript:alert(1)' },
        { type: 'Person', name: 'B', role: 'editor', url: 'javascript:alert(2)' },
      ],
      image: { url: '/i.jpg', alt: '', creator: { name: 'C', url: 'javascript:alert(3)' } },
    })
    const out = toHtml(hostile, { onWarning: (warning) => warnings.push(warning) })
    expect(out).not.toContain('javascript')
    expect(out).toContain('Additional reporting by <bdi>A</bdi>')
    expect(out).toContain('Edited by <bdi>B</bdi>')
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['url_refused', ['contributors', 0, 'url']],
      ['url_refused', ['contributors', 1, 'url']],
      ['url_refused', ['image', 'creator', 'url']],
    ])
  })

  it('escapes and isolates every hostile name and label, and never breaks out of the byline', () => {
    for (const hostile of hostileStrings) {
      const value = hostile.value
      const out = toHtml(
        raw({
          authors: [],
          contributors: [
            { type: 'Person', name: value, role: 'additionalReporting' },
            { type: 'Person', name: value, role: 'other', label: value },
          ],
          image: { url: '/i.jpg', alt: '', creator: { type: 'Person', name: value, role: 'photographer' } },
          body: [],
        }),
      )
      const elements = new Set<string>()
      const walk = (node: DefaultTreeAdapterMap['node']) => {
        if ('tagName' in node) {
          elements.add(node.tagName)
          for (const attribute of node.attrs) expect(attribute.name, hostile.name).not.toMatch(/^on/i)
        }
        if ('childNodes' in node) for (const child of node.childNodes) walk(child)
      }
      walk(parseFragment(out))
      for (const element of elements)
        expect(
          ['article', 'header', 'h1', 'p', 'bdi', 'figure', 'img', 'figcaption', 'small', 'div'],
          hostile.name,
        ).toContain(element)
    }
  })
})

describe('Markdown', () => {
  it('for readers: the byline and the credit line, linked, under the headline', () => {
    const markdown = toMarkdown(article)
    expect(markdown).toContain(
      '# Night buses return to the harbour\n\nBy [Tamsin Rowe](/authors/tamsin) and Jory Penhallow · Additional reporting by [Kerra Nance](https://news.example.com/authors/kerra) and Wenna Coad\n\nEdited by Elowen Tre · Translated by Piran Vos · Photographs by Demelza Hart · Fact-checked by Ruan Bligh · Graphics: Map Studio · Research: Ked Lusk\n\n',
    )
    expect(markdown).toContain(
      '![The N7 at the harbour stop](https://images.example.com/n7.jpg)\n\nPhoto: [Demelza Hart](https://images.example.com/demelza)\n',
    )
    expect(markdown).toContain('![The route](https://images.example.com/map.png)\n\nIllustration: Map Studio\n')
  })

  it('for readers: names are text, never Markdown', () => {
    const markdown = toMarkdown(
      raw({
        authors: [],
        contributors: [{ type: 'Person', name: '*Not* [a](javascript:x) <b>', role: 'editor' }],
        body: [],
        image: undefined,
      }),
    )
    expect(markdown).toContain('Edited by \\*Not\\* \\[a]\\(javascript:x) \\<b>')
  })

  it('for readers: does not report contributors as left out', () => {
    const warnings: MarkdownWarning[] = []
    toMarkdown(article, { onWarning: (warning) => warnings.push(warning) })
    expect(warnings.filter((warning) => warning.path[0] === 'contributors')).toEqual([])
  })

  it('lossless: contributors in the front matter and an image block creator as `:::figure` attributes read back', () => {
    const markdown = toMarkdown(article, { frontmatter: true })
    expect(markdown).toContain('contributors:\n  - type: Person\n    name: Kerra Nance\n')
    expect(markdown).toContain(
      ':::figure{creator="Map Studio" creatorType="Organization" creatorRole="illustrator"}\n\n![The route](https://images.example.com/map.png)\n\n:::',
    )
    expect(fromMarkdown(markdown)).toEqual(article)
  })

  it('lossless: a creator attribute without a name is reported at its path, not dropped', () => {
    const result = () => fromMarkdown(':::figure{creatorRole="photographer"}\n![a](/a.png)\n:::\n')
    expect(result).toThrow(/body\[0\]\.creator\.name/)
  })
})

describe('text', () => {
  it('prints the byline and the credit line under the headline', () => {
    expect(toText(article).split('\n\n').slice(0, 3)).toEqual([
      'Night buses return to the harbour',
      'By Tamsin Rowe and Jory Penhallow · Additional reporting by Kerra Nance and Wenna Coad\nEdited by Elowen Tre · Translated by Piran Vos · Photographs by Demelza Hart · Fact-checked by Ruan Bligh · Graphics: Map Studio · Research: Ked Lusk',
      '[Image: The N7 at the harbour stop (Photo: Demelza Hart)]',
    ])
    expect(toText(article)).toContain('[Image: The route (Illustration: Map Studio)]')
  })

  it('reads each credit as a sentence in speech', () => {
    expect(toSpeech(article).split('\n\n')[0]).toBe(
      'Night buses return to the harbour. By Tamsin Rowe and Jory Penhallow. Additional reporting by Kerra Nance and Wenna Coad. Edited by Elowen Tre. Translated by Piran Vos. Photographs by Demelza Hart. Fact-checked by Ruan Bligh. Graphics: Map Studio. Research: Ked Lusk.',
    )
  })

  it('wraps a long credit line and uses the label pack', () => {
    const wrapped = toText(article, { wrap: 40, labels: { editor: 'Redaktion:' } })
    expect(wrapped).toContain('Redaktion: Elowen Tre')
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(40)
  })

  it('leaves no control or bidi control of a hostile name in the output', () => {
    for (const hostile of hostileStrings) {
      const value = hostile.value
      const out = toText(
        raw({
          contributors: [
            { type: 'Person', name: `${value}x`, role: 'editor' },
            { type: 'Person', name: 'x', role: 'other', label: value },
          ],
          image: { url: '/i.jpg', alt: 'a', creator: { type: 'Person', name: value } },
        }),
      )
      expect(out, hostile.name).not.toMatch(controls)
      expect(out, hostile.name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    }
  })
})

describe('JSON-LD', () => {
  const data = toJsonLd(article) as Record<string, unknown>
  const person = (name: string, url?: string) => ({ '@type': 'Person', name, ...(url ? { url } : {}) })

  it('writes editor and translator, and every other role as contributor, with absolute URLs', () => {
    expect(data.editor).toEqual([person('Elowen Tre')])
    expect(data.translator).toEqual([person('Piran Vos')])
    expect(data.contributor).toEqual([
      person('Kerra Nance', 'https://news.example.com/authors/kerra'),
      { '@type': 'Organization', name: 'Map Studio' },
      person('Demelza Hart'),
      person('Ruan Bligh'),
      person('Wenna Coad'),
      person('Ked Lusk'),
    ])
  })

  it('gives the lead image its creator, and creditText from the credit line or else the creator', () => {
    const [lead] = data.image as Record<string, unknown>[]
    expect(lead?.creator).toEqual(person('Demelza Hart', 'https://images.example.com/demelza'))
    expect(lead?.creditText).toBe('Demelza Hart')
    const credited = toJsonLd(raw({ image: { ...input.image, credit: '© Harbour Agency' } })) as Record<string, unknown>
    const [image] = credited.image as Record<string, unknown>[]
    expect(image).toMatchObject({ creditText: 'Harbour Agency', copyrightNotice: '© Harbour Agency' })
    expect(image?.creator).toEqual(person('Demelza Hart', 'https://images.example.com/demelza'))
  })

  it('links a contributor with a profile by @id in graph mode', () => {
    const graph = toJsonLd(article, { mode: 'graph' }) as unknown as { '@graph': Record<string, unknown>[] }
    const main = graph['@graph'].find((node) => node.headline !== undefined)
    expect((main?.contributor as unknown[] | undefined)?.[0]).toEqual({
      '@id': 'https://news.example.com/authors/kerra#person',
    })
    expect(graph['@graph']).toContainEqual({
      '@type': 'Person',
      '@id': 'https://news.example.com/authors/kerra#person',
      name: 'Kerra Nance',
      url: 'https://news.example.com/authors/kerra',
    })
  })

  it('refuses `javascript:` URLs and says where, and keeps a hostile name inside the script', () => {
    const warnings: JsonLdWarning[] = []
    const hostile = raw({
      contributors: [
        { type: 'Person', name: '</script><script>alert(1)</script>', role: 'editor', url: 'javascript:x' },
      ],
      image: { url: 'https://i.example/a.jpg', alt: '', creator: { name: 'C', url: 'javascript:y' } },
    })
    const script = toJsonLdScript(hostile, { onWarning: (warning) => warnings.push(warning) })
    expect(script.match(/<\/script>/g)).toHaveLength(1)
    expect(script).not.toContain('javascript')
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['url_refused', ['contributors', 0, 'url']],
      ['url_refused', ['image', 'creator', 'url']],
    ])
  })
})

describe('unvalidated input', () => {
  const broken = [
    raw({
      contributors: [null, 'Kerra', 42, { role: 'editor' }, { name: 'B', role: 'boss' }, { name: 'C', role: 'other' }],
    }),
    raw({ contributors: 'Kerra Nance' }),
    raw({ contributors: { name: 'Kerra', role: 'editor' } }),
    raw({ image: { url: '/i.jpg', alt: '', creator: null } }),
    raw({ image: { url: '/i.jpg', alt: '', creator: 'Jo' } }),
    raw({ body: [{ type: 'image', url: '/i.jpg', alt: '', creator: 7 }] }),
  ]

  it('renders in every format without a bare TypeError, crediting only what can be credited', () => {
    for (const value of broken) {
      expect(() => toHtml(value)).not.toThrow()
      expect(() => toMarkdown(value)).not.toThrow()
      expect(() => toMarkdown(value, { frontmatter: true })).not.toThrow()
      expect(() => toText(value)).not.toThrow()
      expect(() => toSpeech(value)).not.toThrow()
      expect(() => toJsonLd(value)).not.toThrow()
    }
    const [first] = broken as [Article]
    expect(toHtml(first)).not.toMatch(/ak-credits|Additional reporting/)
    expect(toText(first)).not.toContain('Edited by')
  })
})
