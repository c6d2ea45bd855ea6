import { defineArticleSchema, parseArticle } from 'articlekit'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import * as zm from 'zod/mini'

const Poll = z.object({
  type: z.literal('poll'),
  id: z.string().optional(),
  question: z.string().min(1),
  options: z.array(z.string()).min(2),
})

const model = defineArticleSchema({ blocks: { poll: Poll } })
const poll = { type: 'poll', question: 'Should the ferry run at night?', options: ['Yes', 'No'] }

describe('defineArticleSchema', () => {
  it('accepts a custom block in the body, typed', () => {
    const article = model.parse({ headline: 'H', body: [poll] })
    expect(article.body).toEqual([poll])
    const first = article.body[0]
    if (first && first.type === 'poll') expectTypeOf(first.options).toEqualTypeOf<string[]>()
  })

  it('accepts custom blocks wherever blocks may appear', () => {
    const input = {
      headline: 'H',
      body: [
        { type: 'quote', children: [poll] },
        { type: 'aside', children: [poll] },
        { type: 'list', items: [{ children: [poll] }] },
      ],
    }
    expect(model.parse(input).body).toEqual([
      { type: 'quote', children: [poll] },
      { type: 'aside', children: [poll] },
      { type: 'list', ordered: false, items: [{ children: [poll] }] },
    ])
  })

  it('validates the custom block with its own schema and reports the path', () => {
    const result = model.safeParse({ headline: 'H', body: ['text', { type: 'poll', question: '', options: ['Only'] }] })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['body', 1, 'question'], code: 'too_small' },
      { path: ['body', 1, 'options'], code: 'too_small' },
    ])
  })

  it('describes too-short text in custom blocks as text', () => {
    const result = model.safeParse({ headline: 'H', body: [{ ...poll, question: '' }] })
    expect(result.success || result.error.issues[0]?.message).toBe('Expected text of at least 1 character, got ``')
  })

  it('never lets an async refinement through', () => {
    const Checked = z.object({ type: z.literal('checked'), value: z.string() }).refine(async () => false)
    const checked = defineArticleSchema({ blocks: { checked: Checked as unknown as typeof Poll } })
    const result = checked.safeParse({ headline: 'H', body: [{ type: 'checked', value: 'x' }] })
    expect(result.success).toBe(false)
  })

  it('normalizes text inside custom blocks too', () => {
    const article = model.parse({ headline: 'H', body: [{ ...poll, question: 'Cafe\u0301?\r\n' }] })
    expect(article.body[0]).toMatchObject({ question: 'Café?\n' })
  })

  it('keeps the built-in model unaware of custom blocks', () => {
    expect(() => parseArticle({ headline: 'H', body: [poll] })).toThrow('Unknown block type `poll`')
  })

  it('accepts zod/mini schemas as well as classic ones', () => {
    const Counter = zm.object({ type: zm.literal('counter'), value: zm.number() })
    const mini = defineArticleSchema({ blocks: { counter: Counter } })
    expect(mini.parse({ headline: 'H', body: [{ type: 'counter', value: 3 }] }).body).toEqual([
      { type: 'counter', value: 3 },
    ])
  })

  it('runs refinements and transforms of custom schemas', () => {
    const Score = z
      .object({
        type: z.literal('score'),
        home: z.number().int(),
        away: z.number().int(),
        label: z.string().transform((value) => value.toUpperCase()),
      })
      .refine((score) => score.home >= 0 && score.away >= 0, { message: 'Scores are never negative' })
    const scores = defineArticleSchema({ blocks: { score: Score as unknown as typeof Poll } })
    expect(scores.parse({ headline: 'H', body: [{ type: 'score', home: 2, away: 1, label: 'ft' }] }).body).toEqual([
      { type: 'score', home: 2, away: 1, label: 'FT' },
    ])
  })

  it('rejects a definition that would be ambiguous or unusable', () => {
    expect(() => defineArticleSchema({ blocks: { paragraph: Poll } })).toThrow(
      'Custom block type `paragraph` is a built-in block type',
    )
    expect(() => defineArticleSchema({ blocks: { vote: Poll } })).toThrow("must have `type: z.literal('vote')`")
    expect(() => defineArticleSchema({ blocks: { poll: z.string() as unknown as typeof Poll } })).toThrow(
      'must be a zod object schema',
    )
  })

  it('turns an exception thrown by user code into an issue', () => {
    const Exploding = z.object({
      type: z.literal('boom'),
      value: z.string().transform(() => {
        throw new Error('user code failed')
      }),
    })
    const exploding = defineArticleSchema({ blocks: { boom: Exploding } })
    const result = exploding.safeParse({ headline: 'H', body: [{ type: 'boom', value: 'x' }] })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues).toEqual([
      { path: [], code: 'internal', message: 'Validation failed unexpectedly: user code failed' },
    ])
  })
})
