// An article fresh from parseArticle carries a mark that its text holds no
// control and no bidi control, and toText then renders it without testing
// its output for them. These tests check that the mark is set only when that
// is true, that it never changes what toText writes, and that copies and
// custom URL policies are still checked.

import { type Article, defineArticleSchema, parseArticle, safeParseArticle } from 'articlekit'
import { fromMarkdown } from 'articlekit/markdown'
import { defaultHandlers, type TextOptions, toSpeech, toText } from 'articlekit/text'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod'
import { createSchemas } from '../../src/model/schemas.js'
import { createModel } from '../../src/validate/define.js'
import { generateArticle } from '../fixtures/generate.mjs'
import { hostileStrings } from '../fixtures/hostile.js'
import { controls, mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'

/** The set of marked articles that every copy of articlekit shares (see src/model/clean-mark.ts). */
const marked = (article: unknown) => {
  const set = (globalThis as Record<symbol, unknown>)[Symbol.for('articlekit.cleanText')]
  return set instanceof WeakSet && typeof article === 'object' && article !== null && set.has(article)
}

const bidi = /[\u202a-\u202e\u2066-\u2069]/

describe('the clean-text mark of a parsed article', () => {
  it('is set by parseArticle, safeParseArticle, custom models, both parse paths and fromMarkdown', () => {
    const input = { headline: 'Ferry back', body: ['Crossings resume at six.'] }
    expect(marked(parseArticle(input))).toBe(true)
    const safe = safeParseArticle(input)
    expect(safe.success && marked(safe.data)).toBe(true)
    const poll = defineArticleSchema({
      blocks: { poll: z.object({ type: z.literal('poll'), question: z.string() }) },
    })
    expect(marked(poll.parse({ ...input, body: [{ type: 'poll', question: 'Ride it?' }] }))).toBe(true)
    expect(marked(createModel(createSchemas(), false).parse(input))).toBe(true)
    expect(marked(fromMarkdown('---\nheadline: Ferry back\n---\n\nCrossings resume.\n'))).toBe(true)
  })

  it('is left off when any field holds a bidi control, in the body or a custom block', () => {
    expect(marked(parseArticle({ headline: 'Name: \u2067مرحبا\u2069', body: [] }))).toBe(false)
    expect(marked(parseArticle({ headline: 'Plain', body: ['\u202egnp.exe'] }))).toBe(false)
    const poll = defineArticleSchema({
      blocks: { poll: z.object({ type: z.literal('poll'), question: z.string() }) },
    })
    expect(marked(poll.parse({ headline: 'Poll', body: [{ type: 'poll', question: 'a\u2066b' }] }))).toBe(false)
    // A bidi control in one parse does not keep the next one from being marked.
    expect(marked(parseArticle({ headline: 'Plain again', body: [] }))).toBe(true)
  })

  it('is left off by a model whose custom blocks can make text of their own', () => {
    const body = [{ type: 'extra', value: 'From the input' }]
    const makesText = {
      coerced: z.coerce.string(),
      transformed: z.string().transform((value) => `${value}\u001b[0m`),
      caught: z.string().catch('fallback'),
      record: z.union([z.string(), z.record(z.string(), z.string())]),
      bidiLiteral: z.union([z.string(), z.literal('\u202eevil')]),
      dirtyDefault: z.string().default('bell\u0007'),
      textDefault: z.string().default(() => 'made by a function'),
      overwritten: z.string().overwrite((value) => `${value}\u202e\u001b[2J`),
      codec: z.codec(z.string(), z.string(), { decode: (value) => `${value}\u001b[2J`, encode: (value) => value }),
    }
    for (const [name, value] of Object.entries(makesText)) {
      const model = defineArticleSchema({ blocks: { extra: z.object({ type: z.literal('extra'), value }) } })
      expect([name, marked(model.parse({ headline: 'H', body }))]).toEqual([name, false])
    }
    // Input text, clean constants and z.unknown() (whose contents are copied and normalized) keep the mark.
    const inputOnly = z.object({
      type: z.literal('extra'),
      value: z.string(),
      kind: z.enum(['note', 'aside']),
      weight: z.number().default(1),
      data: z.unknown().optional(),
      tags: z.array(z.string()).optional(),
    })
    const model = defineArticleSchema({ blocks: { extra: inputOnly } })
    const article = model.parse({ headline: 'H', body: [{ ...body[0], kind: 'note', data: { note: 'bell\u0007' } }] })
    expect(marked(article)).toBe(true)
    expect(JSON.stringify(article.body[0])).not.toContain('\\u0007')
  })

  it('is set only when no string value of the article holds a control or bidi control, whatever the containers', () => {
    const extra = z.object({
      type: z.literal('extra'),
      list: z.array(z.string()).readonly().optional(),
      pair: z.tuple([z.string(), z.number()]).optional(),
      nested: z.object({ note: z.string() }).optional().nonoptional(),
      data: z.unknown().optional(),
    })
    const model = defineArticleSchema({ blocks: { extra } })
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : []
    for (const text of ['plain', 'bell\u0007 here', 'esc\u001b[2J', '\u202eevil', 'Cafe\u0301']) {
      const article = model.parse({
        headline: 'H',
        body: [{ type: 'extra', list: [text], pair: [text, 1], nested: { note: text }, data: { deep: [text] } }],
      })
      const values = strings(article)
      if (marked(article)) expect(values.filter((value) => controls.test(value) || bidi.test(value))).toEqual([])
      else expect(values.some((value) => bidi.test(value))).toBe(true)
      // Controls are removed wherever they are, so only the bidi control leaves an article unmarked.
      expect(values.some((value) => controls.test(value))).toBe(false)
      expect(marked(article)).toBe(!bidi.test(text))
    }
  })

  it('is shared by a second copy of articlekit, as the ESM and CommonJS builds are', async () => {
    vi.resetModules()
    const copy = await import('../../src/text/to-text.js')
    expect(copy.toText).not.toBe(toText)
    const article = parseArticle({ headline: 'Ferry back', body: [] }) as Article & { headline: string }
    // Text changed after parsing is not looked at again, so ESC surviving shows the other copy saw the mark.
    article.headline = 'Ferry\u001b[2J back'
    expect(copy.toText(article)).toBe('Ferry\u001b[2J back')
    expect(copy.toText({ ...article })).toBe('Ferry[2J back')
  })

  it('is invisible to JSON, keys and equality, and a copy does not carry it', () => {
    const article = parseArticle({ headline: 'Ferry back', body: ['Crossings resume at six.'] })
    expect(marked(article)).toBe(true)
    // The article holds nothing it did not hold before: the mark lives in a WeakSet.
    expect(Object.getOwnPropertySymbols(article)).toEqual([])
    expect(Object.getOwnPropertyNames(article)).toEqual(Object.keys(article))
    expect(JSON.parse(JSON.stringify(article))).toEqual(article)
    expect(marked({ ...article })).toBe(false)
    expect(marked(structuredClone(article))).toBe(false)
    expect(marked(JSON.parse(JSON.stringify(article)))).toBe(false)
  })
})

describe('toText on a marked article', () => {
  it('writes exactly what it writes for an unmarked copy, for hostile text in every field and mode', () => {
    const problems: string[] = []
    let markedCount = 0
    for (const hostile of hostileStrings) {
      const input = mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? hostile.value : text))
      const result = safeParseArticle(input)
      if (!result.success) continue
      const article = result.data
      if (marked(article)) markedCount++
      const copy = structuredClone(article)
      for (const options of [{}, { links: 'footnotes', wrap: 30, related: true, furniture: true }] as const) {
        const text = toText(article, options)
        if (text !== toText(copy, options)) problems.push(`${hostile.name}: differs from the unmarked copy`)
        if (controls.test(text)) problems.push(`${hostile.name}: a control character got through`)
      }
      if (toSpeech(article) !== toSpeech(copy)) problems.push(`${hostile.name}: speech differs`)
    }
    expect(problems).toEqual([])
    // Most hostile strings are accepted and marked: the fast render path really ran.
    expect(markedCount).toBeGreaterThan(hostileStrings.length / 2)
  })

  it('writes what it writes for an unmarked copy, for random text in random fields (property)', () => {
    const pieces = [
      'ferry',
      ' ',
      '\n',
      '\t',
      '\r\n',
      '\u001b[31m',
      '\u009b',
      '\u0007',
      '\u202e',
      '\u2067',
      '\u2069',
      '\u202c',
      'e\u0301',
      '潮汐',
      'العبّارة',
      '\ud800',
      '👨‍👩‍👧',
      '\u00a0',
      '"',
      '<b>',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''))
    const keys = [...TEXT_KEYS]
    let markedRuns = 0
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), text), fc.boolean(), (replacements, footnotes) => {
        let input: unknown = everyNode
        for (const [key, value] of Object.entries(replacements))
          input = mapStrings(input, (name, text) => (name === key ? value : text))
        const result = safeParseArticle(input)
        if (!result.success) return
        if (marked(result.data)) markedRuns++
        const options = footnotes ? ({ links: 'footnotes', wrap: 24, related: true } as const) : {}
        const output = toText(result.data, options)
        expect(output).toBe(toText(structuredClone(result.data), options))
        expect(controls.test(output)).toBe(false)
      }),
      { seed: 20261206, numRuns: 300 },
    )
    // Both paths ran: marked articles (no bidi control drawn) and unmarked ones.
    expect(markedRuns).toBeGreaterThan(30)
    expect(markedRuns).toBeLessThan(300)
  })

  it('keeps the bidi rule: an article with bidi controls is unmarked and still checked', () => {
    const article = parseArticle({ headline: 'Title', body: ['\u202egnp.exe', 'Name: \u2067مرحبا\u2069!'] })
    expect(marked(article)).toBe(false)
    expect(toText(article)).toBe('Title\n\ngnp.exe\n\nName: \u2067مرحبا\u2069!')
    expect(bidi.test(toText(article).split('\n')[2] as string)).toBe(false)
  })

  it('writes the same text for generated articles as for their unmarked copies', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const article = parseArticle(generateArticle(300, seed))
      expect(marked(article)).toBe(true)
      expect(toText(article, { links: 'footnotes' })).toBe(toText(structuredClone(article), { links: 'footnotes' }))
    }
  })

  it('still cleans what handlers of your own write through the default handlers', () => {
    const article = parseArticle({ headline: 'H', body: ['Plain words.'] })
    expect(marked(article)).toBe(true)
    const handlers: TextOptions['handlers'] = {
      paragraph: (_node, state) => defaultHandlers.text({ type: 'text', value: 'x\u001b[2J\u202e' }, state),
    }
    expect(toText(article, { handlers })).toBe(toText(structuredClone(article), { handlers }))
    expect(toText(article, { handlers })).toBe('H\n\nx[2J')
  })

  it('still cleans what a URL policy of your own returns', () => {
    const article = parseArticle({
      headline: 'Links',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'site' }] }],
        },
      ],
    })
    expect(marked(article)).toBe(true)
    const text = toText(article, { urlPolicy: (url) => `${url}\u001b[2J` })
    expect(text).toBe('Links\n\nsite (https://example.org/[2J)')
  })

  it('does not look again at text changed after parsing, but does in a copy (the documented rule)', () => {
    const article = parseArticle({ headline: 'Ferry back', body: [] }) as Article & { headline: string }
    article.headline = 'Ferry\u001b[2J back'
    expect(toText(article)).toBe('Ferry\u001b[2J back')
    expect(toText({ ...article })).toBe('Ferry[2J back')
  })
})
