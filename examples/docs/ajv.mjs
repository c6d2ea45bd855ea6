// @ts-check
// docs/json-schema.md: validating articles and single blocks with ajv and the article schema.
import assert from 'node:assert/strict'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { articleJsonSchema } from 'articlekit'

const ajv = new Ajv2020({ strict: true })
const validate = ajv.compile(articleJsonSchema())

console.log(validate({ headline: 'Ferry line opens', body: ['The first crossing took 12 minutes.'] }))
console.log(validate({ headline: 'Ferry line opens' }))
const { instancePath, keyword, params, message } = validate.errors?.[0] ?? {}
console.log({ instancePath, keyword, params, message })

const validateBlock = ajv.getSchema('https://unpkg.com/articlekit/dist/schema.json#/$defs/Block')
console.log(validateBlock?.({ type: 'divider' }))

// A block fails every branch of Block's oneOf, and ajv reports an error from each.
validate({ headline: 'Ferry line opens', body: [{ type: 'paragraph', children: 5 }] })
console.log(`${validate.errors?.length} errors for a paragraph whose children is a number`)

assert.equal(validate({ headline: 'H', body: [] }), true)
assert.equal(keyword, 'required')
