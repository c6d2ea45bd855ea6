// Property-based tests of the text renderer and the word counter, over
// thousands of generated articles, from one seed so CI is deterministic.
// Explore with `FC_SEED=123 npx vitest run test/text/property.test.ts`.

import type { Article } from 'articlekit'
import { defaultHandlers, storyText, toSpeech, toText, wordCount } from 'articlekit/text'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const SEED = Number(process.env.FC_SEED ?? 20260612)
const settings = (numRuns: number) => ({ seed: SEED, numRuns })
const TIMEOUT = 60_000

// ---------------------------------------------------------------------------
// Articles in normalized form, custom blocks and custom inline nodes included
// ---------------------------------------------------------------------------

/** Words in several scripts, with punctuation, so wrapping and layout have something to do. */
const WORDS = [
  'ferry',
  'Fährverbindung',
  'Donaudampfschifffahrtsgesellschaft',
  'can’t',
  '1,800',
  '潮汐渡轮',
  'フェリーが、',
  'العبّارة',
  'यात्रियों',
  'https://example.com/a/long/path',
  '—',
  '“quoted”',
  'e.g.',
  '👨‍👩‍👧',
  '[1]',
  '- not a list',
  '  ',
  // No-break spaces and the word joiner: never a place to break a line, and kept as they are.
  '10\u00a0km',
  '5\u202f%',
  'Figure\u2007space',
  'a\u2060b',
  'ภาษาไทยเป็นภาษาที่มีระดับ',
  'ភាសាខ្មែរ',
  '🚀',
  'צה"ל',
]
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '))
const textValue = fc
  .oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) })
  // Controls and bidi controls are the security tests' business; here every text must come out as it is.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  .map((value) => value.replace(/[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ''))
  .filter((value) => value.trim() !== '')

const CUSTOM_BLOCKS = ['poll', 'slideshow', 'constructor', 'factCheck']

const { inline, block } = fc.letrec<{ inline: unknown; inlines: unknown[]; block: unknown; blocks: unknown[] }>(
  (tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('text'), value: textValue }),
      fc.record({ type: fc.constant('inlineCode'), value: textValue }),
      fc.constant({ type: 'break' }),
      fc.record({ type: fc.constantFrom('emphasis', 'strong', 'strikethrough', 'mention'), children: tie('inlines') }),
      fc.record({
        type: fc.constant('link'),
        url: fc.constantFrom('https://example.com/x', '/relative', 'mailto:a@example.com', 'javascript:alert(1)'),
        children: tie('inlines'),
      }),
      fc.record({ type: fc.constant('citation'), sourceId: fc.constantFrom('s1', 'nope'), children: tie('inlines') }),
      fc.record({ type: fc.constant('citation'), sourceId: fc.constantFrom('s1', 'nope') }),
    ),
    inlines: fc.array(tie('inline'), { minLength: 1, maxLength: 4 }),
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('paragraph'), children: tie('inlines') }),
      fc.record({ type: fc.constant('heading'), level: fc.constantFrom(2, 3, 6), children: tie('inlines') }),
      fc.record({
        type: fc.constant('list'),
        ordered: fc.boolean(),
        items: fc.array(fc.record({ children: tie('blocks') }), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant('quote'),
        children: tie('blocks'),
        attribution: fc.record({ name: textValue, title: textValue }, { requiredKeys: ['name'] }),
      }),
      fc.record({
        type: fc.constant('pullquote'),
        children: tie('inlines'),
        attribution: fc.record({ name: textValue }),
      }),
      fc.record(
        {
          type: fc.constant('relatedLinks'),
          label: textValue,
          links: fc.array(
            fc.record(
              { title: textValue, url: fc.constant('https://example.com/r'), description: textValue },
              { requiredKeys: ['title', 'url'] },
            ),
            { minLength: 1, maxLength: 2 },
          ),
        },
        { requiredKeys: ['type', 'links'] },
      ),
      fc.record(
        {
          type: fc.constant('image'),
          url: fc.constant('/a.jpg'),
          alt: textValue,
          credit: textValue,
          caption: tie('inlines'),
        },
        { requiredKeys: ['type', 'url', 'alt'] },
      ),
      fc.record(
        {
          type: fc.constant('embed'),
          url: fc.constant('https://v.example/1'),
          title: textValue,
          caption: tie('inlines'),
        },
        { requiredKeys: ['type', 'url'] },
      ),
      fc.record({ type: fc.constant('code'), value: textValue }),
      fc.record({
        type: fc.constant('table'),
        caption: tie('inlines'),
        header: fc.array(tie('inlines'), { minLength: 2, maxLength: 2 }),
        rows: fc.array(fc.array(tie('inlines'), { minLength: 2, maxLength: 2 }), { maxLength: 2 }),
      }),
      fc.record({ type: fc.constant('aside'), title: textValue, children: tie('blocks') }),
      fc.record({ type: fc.constant('promo'), url: fc.constant('https://example.com/p'), children: tie('inlines') }),
      fc.constant({ type: 'divider' }),
      // Custom blocks without a handler: their children are inline nodes or blocks.
      fc.record({ type: fc.constantFrom(...CUSTOM_BLOCKS), children: fc.oneof(tie('inlines'), tie('blocks')) }),
      // And without children or value: their string fields are written.
      fc.record({ type: fc.constantFrom(...CUSTOM_BLOCKS), question: textValue }),
    ),
    blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
  }),
)

const article = fc
  .record({
    headline: textValue,
    standfirst: fc.array(inline, { maxLength: 2 }),
    image: fc.option(fc.record({ url: fc.constant('/lead.jpg'), alt: textValue, credit: textValue }), {
      nil: undefined,
    }),
    body: fc.array(block, { maxLength: 6 }),
    source: fc.record({ name: textValue, title: textValue }),
    related: fc.array(
      fc.record({ title: textValue, url: fc.constant('https://example.com/n'), description: textValue }),
      {
        maxLength: 2,
      },
    ),
  })
  .map(
    ({ headline, standfirst, image, body, source, related }) =>
      ({
        schemaVersion: 1,
        type: 'NewsArticle',
        language: 'en',
        headline,
        standfirst,
        ...(image ? { image } : {}),
        authors: [],
        body,
        sources: [{ id: 's1', url: 'https://example.com/s1', ...source }],
        related,
      }) as unknown as Article,
  )

const FURNITURE = new Set(['promo', 'pullquote', 'relatedLinks'])
/** Fields of the model, other than text nodes, whose words a reader sees. */
const WORDS_FIELDS = new Set(['headline', 'alt', 'credit', 'title', 'name', 'description', 'label', 'question'])

/**
 * The value of every text and inline-code node and every code block in the
 * article, and of every field a reader sees (headline, alt text where there
 * is no caption, credits, titles, names, descriptions, labels). With `story`:
 * none inside captions or furniture, and no image alt text or credit (as
 * with `captions: false`). With `story: 'storyText'`: only what the story text
 * holds: text nodes, code, aside titles and the string fields of custom blocks.
 */
function textNodes(value: unknown, story: boolean | 'storyText' = false, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textNodes(item, story, found)
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (story && FURNITURE.has(node.type as string)) return found
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && typeof node.value === 'string')
      found.push(node.value)
    for (const key of Object.keys(node)) {
      const field = node[key]
      if (key === 'type' || (story && key === 'caption')) continue
      if (typeof field === 'string' && WORDS_FIELDS.has(key)) {
        const seen =
          story === 'storyText'
            ? (key === 'title' && node.type === 'aside') || key === 'question'
            : !(key === 'alt' && node.caption !== undefined) && !(story && (key === 'alt' || key === 'credit'))
        // A custom block's field that is nothing but a URL is not written: it would bypass the URL policy.
        if (seen && !(key === 'question' && /^\S+:\/\/\S*$/.test(field))) found.push(field)
      } else textNodes(field, story, found)
    }
  }
  return found
}

/** White space a line may break at: all of it but the no-break spaces, which must come out as they went in. */
const breaking = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g
const collapse = (text: string) => text.replace(breaking, ' ').replace(/^ | $/g, '')
const squeeze = (text: string) => text.replace(breaking, '')

/** The text nodes that do not appear in `output`, compared with whitespace collapsed (or removed, for wrapped output). */
function missing(
  input: Article,
  output: string,
  compare: (text: string) => string,
  story: boolean | 'storyText' = false,
): string[] {
  const haystack = compare(output)
  return textNodes(input, story).filter((value) => !haystack.includes(compare(value)))
}

describe('toText: every text node appears', () => {
  it(
    'in the default layout, with furniture, captions and every custom block',
    () => {
      fc.assert(
        fc.property(article, (input) => {
          expect(missing(input, toText(input, { furniture: true, related: true }), collapse)).toEqual([])
        }),
        settings(3000),
      )
    },
    TIMEOUT,
  )

  it(
    'in every links mode, wrapped, and in speech with captions',
    () => {
      fc.assert(
        fc.property(
          article,
          fc.constantFrom('inline', 'footnotes', 'none') as fc.Arbitrary<'inline'>,
          fc.integer({ min: 1, max: 40 }),
          (input, links, wrap) => {
            expect(missing(input, toText(input, { furniture: true, related: true, links, wrap }), squeeze)).toEqual([])
            expect(
              missing(
                input,
                toSpeech(input, { furniture: true, captions: true, sources: true, related: true }),
                collapse,
              ),
            ).toEqual([])
          },
        ),
        settings(1500),
      )
    },
    TIMEOUT,
  )

  it(
    'except furniture and captions when they are left out; the story text holds the same nodes',
    () => {
      fc.assert(
        fc.property(article, (input) => {
          expect(missing(input, toText(input, { captions: false, related: true }), collapse, true)).toEqual([])
          const body = textNodes(input.body, 'storyText').filter(
            (value) => !collapse(storyText(input)).includes(collapse(value)),
          )
          expect(body).toEqual([])
        }),
        settings(1000),
      )
    },
    TIMEOUT,
  )

  it(
    'the direct inline walk writes exactly what the inline handlers write',
    () => {
      fc.assert(
        fc.property(article, fc.constantFrom('inline', 'footnotes') as fc.Arbitrary<'inline'>, (input, links) => {
          const options = { furniture: true, links }
          expect(toText(input, options)).toBe(toText(input, { ...options, handlers: { text: defaultHandlers.text } }))
        }),
        settings(2000),
      )
    },
    TIMEOUT,
  )

  it(
    'paragraphs laid out without a dispatch read exactly as the paragraph handler writes them',
    () => {
      const options = fc.record({
        links: fc.constantFrom('inline', 'footnotes', 'none') as fc.Arbitrary<'inline'>,
        mode: fc.constantFrom('text', 'speech') as fc.Arbitrary<'text'>,
        wrap: fc.constantFrom(0, 12, 40),
        furniture: fc.boolean(),
      })
      fc.assert(
        fc.property(article, options, (input, chosen) => {
          const warnings: unknown[] = []
          const handled: unknown[] = []
          const direct = toText(input, { ...chosen, onWarning: (warning) => warnings.push(warning) })
          const dispatched = toText(input, {
            ...chosen,
            handlers: { paragraph: defaultHandlers.paragraph },
            onWarning: (warning) => handled.push(warning),
          })
          expect(direct).toBe(dispatched)
          expect(warnings).toEqual(handled)
        }),
        settings(1500),
      )
    },
    TIMEOUT,
  )
})

describe('wordCount', () => {
  /** Letters, digits, marks and the punctuation the word-break rules treat specially, in spaced scripts. */
  const PIECES = [
    ...'abcXYZéßДжΩ'.split(''),
    ...'019٣'.split(''),
    '\u0301',
    '\u064e',
    'क',
    '्',
    'ा',
    'ع',
    "'",
    '’',
    '.',
    ',',
    ':',
    ';',
    '·',
    '-',
    '_',
    ' ',
    ' ',
    '\n',
    '!',
    '“',
    '٫',
    // Hebrew letters with the quote marks that join them, fractions, superscripts, circled digits, format characters.
    'א',
    'ב',
    '"',
    '״',
    '׳',
    '½',
    '²',
    '①',
    'Ⅻ',
    '\u2060',
    '\u200e',
    '\u00ad',
    '\u200b',
    '\u202f',
  ]
  const spaced = fc
    .array(fc.constantFrom(...PIECES), { maxLength: 40 })
    .map((parts) => parts.join(''))
    // ICU gives `_` (or U+202F) followed by a mark or format character no word status even after a letter,
    // nor a Hebrew letter whose apostrophe a mark or format character follows; edges no text has.
    .filter((text) => !/[_\u202f][\p{M}\p{Cf}]|[אב]['’][\p{M}\p{Cf}]/u.test(text))

  it(
    'agrees with Intl.Segmenter on text in spaced scripts',
    () => {
      const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
      fc.assert(
        fc.property(spaced, (text) => {
          let expected = 0
          for (const part of segmenter.segment(text)) if (part.isWordLike) expected++
          const input = { headline: 'H', language: 'en', body: [{ type: 'code', value: text }] } as unknown as Article
          expect(wordCount(input)).toBe(expected)
        }),
        settings(5000),
      )
    },
    TIMEOUT,
  )
})
