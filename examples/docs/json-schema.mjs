// @ts-check
// docs/json-schema.md: the top level of the article schema (`top`, the
// default) and the names of its definitions (`defs`).
//
//   node examples/docs/json-schema.mjs [top|defs]
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { articleJsonSchema, defineArticleSchema } from 'articlekit'
import { toJsonSchema } from 'articlekit/json-schema'

const schema = articleJsonSchema()
const { $defs, ...top } = schema
assert.ok($defs && typeof $defs === 'object')

// The shipped file, articleJsonSchema() and toJsonSchema of the built-in model are one document.
const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('articlekit/schema.json'), 'utf8'))
assert.deepEqual(file, schema)
assert.deepEqual(toJsonSchema(defineArticleSchema(), { id: 'https://unpkg.com/articlekit/dist/schema.json' }), schema)
assert.notEqual(articleJsonSchema(), schema, 'each call returns a fresh copy')

// Claims of the page's "What the schema expresses".
/** @type {Record<string, any>} */
const defs = $defs
assert.equal(defs.Article.properties.headline.pattern, '^[^\\n]*\\S[^\\n]*$')
assert.equal(defs.Divider.properties.id.pattern, '^\\S{1,200}$')
assert.equal(defs.Article.properties.language.pattern, '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')
assert.equal(defs.Article.properties.schemaVersion.const, 1)
assert.equal(defs.Article.properties.type.default, 'Article')
assert.deepEqual(defs.Article.properties.authors.default, [])
assert.equal(defs.List.properties.ordered.default, false)
assert.deepEqual(
  [defs.Article.properties.copyrightYear.minimum, defs.Article.properties.copyrightYear.maximum],
  [0, 9999],
)
assert.equal(defs.Image.properties.width.exclusiveMinimum, 0)
assert.equal(defs.RelatedLinks.properties.links.minItems, 1)

const part = process.argv[2] ?? 'top'
if (part === 'top') console.log(JSON.stringify(top, null, 2))
else if (part === 'defs') console.log(Object.keys($defs).join(', '))
else throw new Error(`Unknown part ${part}; use top or defs`)
