import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { articleJsonSchema, defineArticleSchema } from 'articlekit'
import { toJsonSchema } from 'articlekit/json-schema'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { invalid } from '../fixtures/invalid.js'
import { everyNode, minimal, shorthands } from '../fixtures/valid.js'

const example = JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8'))
const schema = articleJsonSchema()
const validate = new Ajv2020({ strict: true }).compile(schema)

describe('articleJsonSchema', () => {
  it('is the schema generated from the zod model (run `npm run generate:schema` when this fails)', () => {
    expect(schema).toEqual(toJsonSchema(defineArticleSchema(), { id: 'https://unpkg.com/articlekit/dist/schema.json' }))
  })

  it('returns a fresh copy each time', () => {
    const first = articleJsonSchema()
    first.title = 'changed'
    expect(articleJsonSchema().title).toBe('articlekit article')
  })

  it('is a draft 2020-12 document with named definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$ref).toBe('#/$defs/Article')
    const defs = Object.keys(schema.$defs as object)
    for (const name of ['Article', 'Block', 'Inline', 'Paragraph', 'Link', 'Image', 'Author', 'Source']) {
      expect(defs).toContain(name)
    }
  })

  it('accepts the example article and every valid fixture', () => {
    for (const input of [example, everyNode, minimal, { ...shorthands.input, datePublished: '2026-03-14T08:30:00Z' }]) {
      expect(validate(JSON.parse(JSON.stringify(input))), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('forbids unknown keys everywhere', () => {
    const defs = schema.$defs as Record<string, { type?: string; additionalProperties?: unknown }>
    for (const [name, def] of Object.entries(defs)) {
      if (def.type === 'object') expect(def.additionalProperties, name).toBe(false)
    }
  })

  for (const fixture of invalid.filter((entry) => entry.jsonSchema)) {
    it(`rejects ${fixture.name}`, () => {
      expect(validate(fixture.input)).toBe(false)
    })
  }

  it('lists heading levels 2 to 6', () => {
    const heading = (schema.$defs as Record<string, { properties: { level: unknown } }>).Heading
    expect(heading?.properties.level).toEqual({ type: 'number', enum: [2, 3, 4, 5, 6] })
  })

  it('names every definition', () => {
    expect(Object.keys(schema.$defs as object).filter((name) => name.startsWith('__'))).toEqual([])
  })

  it('includes custom blocks of a defined model', () => {
    const model = defineArticleSchema({ blocks: { poll: z.object({ type: z.literal('poll'), question: z.string() }) } })
    const custom = new Ajv2020({ strict: false }).compile(toJsonSchema(model))
    expect(custom({ headline: 'H', body: [{ type: 'poll', question: 'Yes?' }] })).toBe(true)
    expect(validate({ headline: 'H', body: [{ type: 'poll', question: 'Yes?' }] })).toBe(false)
  })
})
