// `npm run demo`: render the bundled example article to every format this
// build of articlekit has, into out/. Formats whose entry point does not
// exist yet are listed as such; the validated article, its lint report and
// the JSON Schema are always written.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { articleJsonSchema, formatPath, lintArticle, parseArticle } from 'articlekit'

const out = new URL('../out/', import.meta.url)
await mkdir(out, { recursive: true })

const input = JSON.parse(await readFile(new URL('./article.json', import.meta.url), 'utf8'))
const article = parseArticle(input)

const written = []
async function write(name, text) {
  await writeFile(new URL(name, out), text)
  written.push(name)
}

await write('article.json', `${JSON.stringify(article, null, 2)}\n`)
await write('schema.json', `${JSON.stringify(articleJsonSchema(), null, 2)}\n`)
const lint = lintArticle(article)
await write(
  'lint.txt',
  lint.length === 0
    ? 'no findings\n'
    : lint.map((d) => `${d.severity} ${d.code} ${formatPath(d.path)}: ${d.message}\n`).join(''),
)

// Each renderer lives in its own entry point; render with every one that exists.
const formats = [
  { entry: 'articlekit/html', render: 'toHtml', file: 'article.html' },
  { entry: 'articlekit/markdown', render: 'toMarkdown', file: 'article.md' },
  { entry: 'articlekit/json-ld', render: 'toJsonLd', file: 'article.jsonld', json: true },
  { entry: 'articlekit/text', render: 'toText', file: 'article.txt' },
]
const missing = []
for (const format of formats) {
  let module
  try {
    module = await import(format.entry)
  } catch (error) {
    if (error?.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || error?.code === 'ERR_MODULE_NOT_FOUND') {
      missing.push(format.entry)
      continue
    }
    throw error
  }
  const result = await module[format.render](article)
  await write(format.file, format.json ? `${JSON.stringify(result, null, 2)}\n` : result)
}

console.log(`Rendered "${article.headline}" into out/: ${written.join(', ')}`)
console.log(`lint: ${lint.length} finding(s); see out/lint.txt`)
if (missing.length > 0) console.log(`not available in this version: ${missing.join(', ')}`)
