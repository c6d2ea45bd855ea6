// @ts-check
// `npm run demo`: render the bundled example article to every format with the
// articlekit command line, into out/. Run `npm run build` first (the demo
// script does).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/** @param {string[]} args */
const cli = (...args) => execFileSync(process.execPath, ['dist/cli/index.js', ...args], { cwd: root, encoding: 'utf8' })

// Check the article first: the CLI exits with 1 and prints each issue if it is invalid.
const findings = cli('validate', 'examples/article.json', '--lint')
process.stdout.write(findings || 'examples/article.json: valid, no lint findings\n')

/** @type {[string, ...string[]][]} */
const runs = [['html', '--document'], ['markdown'], ['json-ld'], ['text'], ['meta']]
for (const [format, ...flags] of runs)
  cli('render', 'examples/article.json', '--to', format, ...flags, '--out-dir', 'out')

const written = readdirSync(new URL('../out/', import.meta.url)).sort()
for (const file of ['article.html', 'article.jsonld', 'article.md', 'article.meta.html', 'article.txt']) {
  assert.ok(written.includes(file), `out/${file} was not written`)
}
console.log(`Rendered examples/article.json into out/: ${written.join(', ')}`)
