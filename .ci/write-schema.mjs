// Writes the built-in model's JSON Schema, generated from the built package:
//   node .ci/write-schema.mjs           -> dist/schema.json (run after tsup)
//   node .ci/write-schema.mjs --source  -> also src/model/article.schema.json,
//                                          the copy `articleJsonSchema()` returns
// test/validate/json-schema.test.ts fails when the committed copy is stale.
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dist = (file) => new URL(`../dist/${file}`, import.meta.url)
for (const file of ['index.js', 'json-schema.js']) {
  if (!existsSync(fileURLToPath(dist(file)))) {
    console.error(`write-schema: dist/${file} not found; run tsup first`)
    process.exit(1)
  }
}

const { defineArticleSchema } = await import(dist('index.js').href)
const { toJsonSchema } = await import(dist('json-schema.js').href)
const schema = toJsonSchema(defineArticleSchema(), { id: 'https://unpkg.com/articlekit/dist/schema.json' })
const text = `${JSON.stringify(schema, null, 2)}\n`

const targets = [dist('schema.json')]
if (process.argv.includes('--source')) targets.push(new URL('../src/model/article.schema.json', import.meta.url))
for (const target of targets) {
  writeFileSync(target, text)
  console.log(`write-schema: wrote ${fileURLToPath(target)}`)
}
