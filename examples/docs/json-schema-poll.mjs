// @ts-check
// docs/json-schema.md: the JSON Schema of a model with a custom block.
import assert from 'node:assert/strict'
import { defineArticleSchema } from 'articlekit'
import { toJsonSchema } from 'articlekit/json-schema'
import * as z from 'zod'

const Poll = z.strictObject({
  type: z.literal('poll'),
  question: z.string().min(1),
  options: z.array(z.string()).min(2),
})
const model = defineArticleSchema({ blocks: { poll: Poll } })

const schema = toJsonSchema(model, { id: 'https://example.com/schemas/article.json' })
// In a build script: writeFileSync('article.schema.json', JSON.stringify(schema, null, 2))

// The poll is the last branch of Block's oneOf, written inline:
const block = /** @type {{ $defs: { Block: { oneOf: Record<string, unknown>[] } } }} */ (schema).$defs.Block
const poll = block.oneOf.at(-1)
console.log(JSON.stringify(poll, null, 2))

assert.equal(schema.$id, 'https://example.com/schemas/article.json')
assert.deepEqual(poll?.required, ['type', 'question', 'options'])
assert.equal(poll?.additionalProperties, false)
