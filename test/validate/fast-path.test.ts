// The fast path must accept exactly what the full path accepts and return
// exactly the same output, key order included.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { compileFastParser, FAIL } from '../../src/model/fast-parse.js'
import { createSchemas } from '../../src/model/schemas.js'
import { createModel } from '../../src/validate/define.js'
import { generateArticle } from '../fixtures/generate.mjs'
import { invalid } from '../fixtures/invalid.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

const schemas = createSchemas()
const full = createModel(schemas, false)
const example = JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8'))

// Object parsers are generated as code where the runtime allows it, and closures where it does not.
for (const generateCode of [true, false]) {
  describe(`fast path (${generateCode ? 'generated code' : 'closures'})`, () => {
    const fast = compileFastParser(schemas.article, generateCode)

    function bothPaths(input: unknown) {
      if (!fast) throw new Error('the built-in model must compile to a fast parser')
      const quick = fast(input)
      const slow = full.safeParse(input)
      return { quick, slow }
    }

    const valid: [string, unknown][] = [
      ['everyNode', everyNode],
      ['minimal', minimal],
      ['shorthands', shorthands.input],
      ['example article', example],
      ['generated 10k words', generateArticle(10_000, 7)],
      ['text needing normalization', { headline: 'Cafe\u0301\u0007', body: ['a\r\nb', 'lone \ud800'] }],
      ['undefined values', { headline: 'H', body: [], url: undefined, extra: undefined }],
      ['null-prototype objects', Object.assign(Object.create(null), { headline: 'H', body: [] })],
    ]
    for (const [name, input] of valid) {
      it(`returns the same output as the full path for ${name}`, () => {
        const { quick, slow } = bothPaths(input)
        expect(slow.success).toBe(true)
        expect(quick).not.toBe(FAIL)
        expect(JSON.stringify(quick)).toBe(JSON.stringify(slow.success ? slow.data : undefined))
      })
    }

    for (const fixture of invalid) {
      it(`gives up on ${fixture.name}`, () => {
        expect(bothPaths(fixture.input).quick).toBe(FAIL)
      })
    }

    it('gives up at the nesting limits, as the full path rejects', () => {
      let block: unknown = 'x'
      for (let level = 0; level < 33; level++) block = { type: 'quote', children: [block] }
      expect(bothPaths({ headline: 'H', body: [block] }).quick).toBe(FAIL)
      let node: unknown = { type: 'text', value: 'x' }
      for (let level = 0; level < 17; level++) node = { type: 'emphasis', children: [node] }
      expect(bothPaths({ headline: 'H', body: [{ type: 'paragraph', children: [node] }] }).quick).toBe(FAIL)
    })

    it('gives up on non-plain objects, leaving them to the full path', () => {
      class Article {
        headline = 'H'
        body = []
      }
      expect(bothPaths(new Article()).quick).toBe(FAIL)
    })

    it('ignores a polluted Object.prototype', () => {
      const prototype = Object.prototype as Record<string, unknown>
      prototype.url = 'javascript:alert(1)'
      try {
        const { quick, slow } = bothPaths({ headline: 'H', body: [] })
        expect(quick).toBe(FAIL)
        expect(slow.success && 'url' in slow.data && Object.hasOwn(slow.data, 'url')).toBe(false)
      } finally {
        delete prototype.url
      }
    })

    it('copies and normalizes what z.unknown() holds, as the full path does', () => {
      const Data = z.object({ type: z.literal('data'), value: z.unknown() })
      const data = createSchemas({ data: Data as never })
      const quick = compileFastParser(data.article, generateCode) as (input: unknown) => unknown
      const model = createModel(data, false)
      const nested = { note: 'bell\u0007 here', list: ['Cafe\u0301'] }
      for (const value of ['tab\tbell\u0007', 42, null, nested, [nested]]) {
        const input = { headline: 'H', body: [{ type: 'data', value }] }
        const result = quick(input)
        const full = model.parse(input)
        // An object inside goes to the full path; a scalar is normalized here.
        if (typeof value === 'object' && value !== null) expect(result).toBe(FAIL)
        else expect(result).toEqual(full)
        const block = (full.body[0] as unknown as { value: unknown }).value
        expect(JSON.stringify(block)).not.toMatch(/\\u0007/)
        if (typeof value === 'object' && value !== null) expect(block).not.toBe(value)
      }
    })

    it('applies overwriting checks and leaves tuples, records and readonly arrays to the full path', () => {
      const Extra = z.object({
        type: z.literal('extra'),
        trimmed: z.string().trim().optional(),
        pair: z.tuple([z.string()]).optional(),
        map: z.record(z.string(), z.string()).optional(),
        list: z.array(z.string()).readonly().optional(),
      })
      const extra = createSchemas({ extra: Extra as never })
      const quick = compileFastParser(extra.article, generateCode) as (input: unknown) => unknown
      const model = createModel(extra, false)
      const trimmed = { headline: 'H', body: [{ type: 'extra', trimmed: '  padded  ' }] }
      expect(quick(trimmed)).toEqual(model.parse(trimmed))
      expect((model.parse(trimmed).body[0] as unknown as { trimmed: string }).trimmed).toBe('padded')
      for (const field of [{ pair: ['bell\u0007'] }, { map: { k: 'bell\u0007' } }, { list: ['bell\u0007'] }]) {
        const input = { headline: 'H', body: [{ type: 'extra', ...field }] }
        expect(quick(input)).toBe(FAIL)
        expect(JSON.stringify(model.parse(input))).not.toContain('\\u0007')
      }
    })

    it('is not compiled for schemas it does not understand, which then take the full path', () => {
      const Weird = z.object({ type: z.literal('weird'), value: z.string().catch('fallback') })
      const weird = createSchemas({ weird: Weird as never })
      expect(compileFastParser(weird.article)).toBeUndefined()
    })
  })
}
