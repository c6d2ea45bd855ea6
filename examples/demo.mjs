// @ts-check
// `npm run demo`: render the bundled example article to every format with the
// articlekit command line, into out/, the page styled as in the README's
// picture (see demo/articlekit.config.mjs). Run `npm run build` first (the demo
// script does).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { standIn } from './demo/articlekit.config.mjs'
import { picture } from './demo/pictures.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
/** @param {string[]} args */
const cli = (...args) => execFileSync(process.execPath, ['dist/cli/index.js', ...args], { cwd: root, encoding: 'utf8' })

// Check the article first: the CLI exits with 1 and prints each issue if it is invalid.
const findings = cli('validate', 'examples/article.json', '--lint')
process.stdout.write(findings || 'examples/article.json: valid, no lint findings\n')

/** @type {[string, ...string[]][]} */
const runs = [
  ['html', '--document', '--config', 'examples/demo/articlekit.config.mjs'],
  ['markdown'],
  ['json-ld'],
  ['text'],
  ['meta'],
]
for (const [format, ...flags] of runs)
  cli('render', 'examples/article.json', '--to', format, ...flags, '--out-dir', 'out')

// The page links the package's stylesheet and shows drawn stand-ins for the photos, as in the README's picture.
const out = new URL('../out/', import.meta.url)
copyFileSync(new URL('../dist/html/article.css', import.meta.url), new URL('article.css', out))
mkdirSync(new URL('images/', out), { recursive: true })
const article = JSON.parse(readFileSync(new URL('article.json', import.meta.url), 'utf8'))
const photos = [
  article.image,
  ...article.body.filter((/** @type {{ type: string }} */ block) => block.type === 'image'),
]
photos.forEach((image, index) => {
  writeFileSync(new URL(standIn(image.url), out), picture(image.width ?? 1200, image.height ?? 800, index))
})

const written = readdirSync(out).sort()
for (const file of [
  'article.html',
  'article.jsonld',
  'article.md',
  'article.meta.html',
  'article.txt',
  'article.css',
]) {
  assert.ok(written.includes(file), `out/${file} was not written`)
}
const page = readFileSync(new URL('article.html', out), 'utf8')
assert.ok(page.includes('<link rel="stylesheet" href="article.css">'))
for (const image of photos) assert.ok(page.includes(`src="${standIn(image.url)}"`), `${image.url} has no stand-in`)
console.log(`Rendered examples/article.json into out/: ${written.join(', ')}; open out/article.html in a browser`)
