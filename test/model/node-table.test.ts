// The node table against the schemas: every built-in type is in both, and
// every field the table names holds what the schema says it holds.

import {
  articleJsonSchema,
  BLOCK_TYPES,
  INLINE_TYPES,
  NODE_TABLE,
  type NodeSpec,
  parseArticle,
  visitNodes,
} from 'articlekit'
import { FURNITURE_BLOCK_TYPES } from 'articlekit/core'
import { defaultHandlers as html } from 'articlekit/html'
import { defaultHandlers as markdown } from 'articlekit/markdown'
import { defaultHandlers as text, wordCount } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { everyNode } from '../fixtures/valid.js'

type Json = Record<string, unknown>
const defs = (articleJsonSchema() as { $defs: Record<string, Json> }).$defs

/** The `const` of the `type` property of each definition a union refers to. */
function unionTypes(union: string): string[] {
  const refs = ((defs[union] as Json).oneOf ?? (defs[union] as Json).anyOf) as { $ref: string }[]
  return refs.map((ref) => {
    const def = defs[ref.$ref.replace('#/$defs/', '')] as { properties: { type: { const: string } } }
    return def.properties.type.const
  })
}

/** The definition whose `type` is `type`. */
function defOf(type: string): { properties: Record<string, Json> } {
  const found = Object.values(defs).find(
    (def) => (def.properties as Json | undefined)?.type && ((def.properties as Json).type as Json).const === type,
  )
  if (!found) throw new Error(`no definition for ${type}`)
  return found as { properties: Record<string, Json> }
}

/** The `type` constant of the definition `ref` points to, or `''`. */
function constType(ref: string): string {
  const def = defs[ref.replace('#/$defs/', '')] as { properties?: { type?: { const?: string } } } | undefined
  return def?.properties?.type?.const ?? ''
}

/** What a property's schema holds, in the table's words (`undefined` for anything that holds no nodes). */
function held(schema: Json): string | undefined {
  let arrays = 0
  let at: Json | undefined = schema
  for (;;) {
    if (!at) return undefined
    if (Array.isArray(at.anyOf)) at = (at.anyOf as Json[]).find((option) => option.type !== 'string')
    else if (at.type === 'array') {
      arrays++
      at = at.items as Json
    } else break
  }
  if (at.$ref === '#/$defs/Inline') return ['', 'inline', 'row', 'rows'][arrays]
  if (at.$ref === '#/$defs/BodyItem') return arrays === 1 ? 'blocks' : undefined
  // An array of one block type (a gallery's image blocks) holds blocks too.
  if (arrays === 1 && typeof at.$ref === 'string' && unionTypes('Block').includes(constType(at.$ref))) return 'blocks'
  const children = (at.properties as Json | undefined)?.children as Json | undefined
  if (arrays === 1 && children && held(children) === 'blocks') return 'items'
  return undefined
}

describe('NODE_TABLE', () => {
  it('has exactly the block types of the schema, in the same order', () => {
    expect(unionTypes('Block')).toEqual(BLOCK_TYPES)
    expect(
      Object.keys(NODE_TABLE).filter((type) => NODE_TABLE[type as keyof typeof NODE_TABLE].kind === 'block'),
    ).toEqual(unionTypes('Block'))
  })

  it('has exactly the inline types of the schema', () => {
    expect([...INLINE_TYPES].sort()).toEqual(unionTypes('Inline').sort())
    expect(Object.keys(NODE_TABLE).length).toBe(unionTypes('Block').length + unionTypes('Inline').length)
  })

  it('names every field that holds nodes, and nothing the schema lacks', () => {
    for (const [type, spec] of Object.entries(NODE_TABLE as Record<string, NodeSpec>)) {
      const { properties } = defOf(type)
      const holding = Object.keys(properties).filter((field) => held(properties[field] as Json) !== undefined)
      const listed = Object.keys(spec.fields).filter((field) => spec.fields[field] !== 'text')
      expect(listed, type).toEqual(holding)
      for (const [field, content] of Object.entries(spec.fields)) {
        const schema = properties[field] as Json
        expect(schema, `${type}.${field}`).toBeDefined()
        if (content === 'text') expect(schema.type, `${type}.${field}`).toBe('string')
        else expect(held(schema), `${type}.${field}`).toBe(content === 'caption' ? 'inline' : content)
      }
    }
  })

  it('gives each unnestable type its own bit', () => {
    const bits = Object.values(NODE_TABLE as Record<string, NodeSpec>).flatMap((spec) => spec.unnestable ?? [])
    expect(bits).toEqual([1, 2])
  })

  it('is what the furniture set, the visitor and the measures follow', () => {
    expect([...FURNITURE_BLOCK_TYPES].sort()).toEqual(['promo', 'pullquote', 'relatedLinks'])
    const seen: string[] = []
    visitNodes(parseArticle(everyNode), ({ node }) => {
      seen.push(node.type)
    })
    for (const type of Object.keys(NODE_TABLE)) expect(seen, type).toContain(type)
    // The measures read a `text` field: an aside's title counts as story words.
    const aside = (title?: string) => ({ headline: 'H', body: [{ type: 'aside', title, children: ['One two.'] }] })
    expect(wordCount(parseArticle(aside('Three four five')))).toBe(wordCount(parseArticle(aside())) + 3)
  })

  it('has a handler for every type in each renderer that renders nodes', () => {
    for (const [name, handlers] of Object.entries({ html, markdown, text })) {
      const missing = Object.keys(NODE_TABLE).filter(
        (type) => typeof (handlers as Record<string, unknown>)[type] !== 'function',
      )
      expect(missing, name).toEqual([])
    }
  })
})
