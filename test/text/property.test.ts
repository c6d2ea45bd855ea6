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
]
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '))
const textValue = fc
  .oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) })
  // Controls and bidi controls are the security tests' business; here every text must come out as it is.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  .map((value) => value.replace(/[\0-\x08\v\f\r\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ''))
  .filter((value) => value.trim() !== '')

const CUSTOM_BLOCKS = ['poll', 'gallery', 'constructor', 'factCheck']

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
        attribution: fc.record({ name: textValue }),
      }),
      fc.record({ type: fc.constant('pullquote'), children: tie('inlines') }),
      fc.record({ type: fc.constant('image'), url: fc.constant('/a.jpg'), alt: textValue, caption: tie('inlines') }),
      fc.record({ type: fc.constant('embed'), url: fc.constant('https://v.example/1'), caption: tie('inlines') }),
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
    ),
    blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
  }),
)

const article = fc
  .record({
    headline: textValue,
    standfirst: fc.array(inline, { maxLength: 2 }),
    body: fc.array(block, { maxLength: 6 }),
  })
  .map(
    ({ headline, standfirst, body }) =>
      ({
        schemaVersion: 1,
        type: 'NewsArticle',
        language: 'en',
        headline,
        standfirst,
        authors: [],
        body,
        sources: [{ id: 's1', name: 'Council' }],
      }) as unknown as Article,
  )

const FURNITURE = new Set(['promo', 'pullquote', 'relatedLinks'])

/**
 * The value of every text and inline-code node, and of every code block, in
 * the article; with `story`, none inside captions or furniture.
 */
function textNodes(value: unknown, story = false, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textNodes(item, story, found)
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (story && FURNITURE.has(node.type as string)) return found
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && typeof node.value === 'string')
      found.push(node.value)
    for (const key of Object.keys(node))
      if (key !== 'type' && !(story && key === 'caption')) textNodes(node[key], story, found)
  }
  return found
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()
const squeeze = (text: string) => text.replace(/\s+/g, '')

/** The text nodes that do not appear in `output`, compared with whitespace collapsed (or removed, for wrapped output). */
function missing(input: Article, output: string, compare: (text: string) => string, story = false): string[] {
  const haystack = compare(output)
  return textNodes(input, story).filter((value) => !haystack.includes(compare(value)))
}

describe('toText: every text node appears', () => {
  it(
    'in the default layout, with furniture, captions and every custom block',
    () => {
      fc.assert(
        fc.property(article, (input) => {
          expect(missing(input, toText(input, { furniture: true }), collapse)).toEqual([])
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
            expect(missing(input, toText(input, { furniture: true, links, wrap }), squeeze)).toEqual([])
            expect(missing(input, toSpeech(input, { furniture: true, captions: true }), collapse)).toEqual([])
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
          expect(missing(input, toText(input, { captions: false }), collapse, true)).toEqual([])
          const body = textNodes(input.body, true).filter(
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
  ]
  const spaced = fc
    .array(fc.constantFrom(...PIECES), { maxLength: 40 })
    .map((parts) => parts.join(''))
    // ICU gives `_` followed by a mark no word status even after a letter; an edge no text has.
    .filter((text) => !/_\p{M}/u.test(text))

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
