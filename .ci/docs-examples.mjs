// Writes the code and output shown in README.md and docs/*.md from the code
// itself, so that no page shows output pasted by hand.
//
//   npm run build && node .ci/docs-examples.mjs           fill every block
//   npm run build && node .ci/docs-examples.mjs --check   change nothing; exit 1 and
//                                                         name each block that differs
//
// It needs the build: examples import `articlekit`, which resolves to dist/.
//
// Markers. A marker is an HTML comment alone on a line, followed (blank
// lines allowed) by a fenced code block at column 0; the block's content is
// replaced, the marker stays. Paths are relative to the repository root,
// from README.md and from docs/ alike.
//
//   <!-- include: examples/NAME -->
//     the file's source; the fence's language comes from the extension
//     (.mjs, .js, .cjs: js; .ts, .mts, .cts: ts; .json, .md, .html, .css,
//     .sh, .yaml: their own; anything else: text).
//   <!-- output: examples/NAME [ARGS...] -->
//     what `node examples/NAME ARGS...` prints on standard output (trailing
//     line feeds dropped), run from the repository root with NO_COLOR=1. The
//     fence keeps its language (`text` when it has none). An example that
//     exits non-zero fails the run. The output must be the same on every run
//     and machine: no timings, no absolute paths (pass a relative output
//     folder as an argument instead).
//
// A block that cannot be filled (a missing file, a failing example) is left
// as it was and makes the run exit 1; the other blocks are still written.
//
// The pages that have markers of their own are filled here too, by the same
// rules as their tests (which stay, and check the same blocks against src/):
//
//   docs/text.md      <!-- output: toText {OPTIONS} -->, <!-- output: toSpeech {OPTIONS} -->
//                     (test/text/docs.test.ts): that call on examples/article.json.
//   docs/markdown.md  <!-- markdown:reader -->, <!-- markdown:lossless -->
//                     (test/markdown/docs.test.ts): toMarkdown of the article
//                     in the <!-- markdown:input --> block, which is left alone.
//   docs/json-ld.md   <!-- generated:NAME --> (test/json-ld/docs.test.ts):
//                     part NAME of parts() of examples/json-ld-article.mjs.
//   docs/cli.md       <!-- run: COMMAND -->: examples/cli-docs.mjs, run as a
//                     child process (with --check when checking).
//
// Any other comment starting with `include:` or `output:` is an error, so a
// mistyped marker cannot go unnoticed.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { fillBlocks, findMarkers, languageOf, parseMarker } from './docs-blocks.mjs'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const check = values.check === true
const root = dirname(dirname(fileURLToPath(import.meta.url)))

for (const file of ['dist/index.js', 'dist/cli/index.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`docs-examples: ${file} is missing; run \`npm run build\` first`)
    process.exit(1)
  }
}
warnIfStale()
const stamp = buildStamp()

// Loaded after the check above: they resolve `articlekit` to dist/.
const { parseArticle } = await import('articlekit')
const { toSpeech, toText } = await import('articlekit/text')
const { toMarkdown } = await import('articlekit/markdown')
const jsonLdExample = await import(pathToFileURL(join(root, 'examples/json-ld-article.mjs')).href)

const exampleArticle = () => parseArticle(JSON.parse(readFileSync(join(root, 'examples/article.json'), 'utf8')))

/** Output of `node examples/NAME ARGS...`, once per command line. */
const outputs = new Map()
/** @param {string} path @param {string[]} args */
function run(path, args) {
  const key = [path, ...args].join(' ')
  if (!outputs.has(key)) {
    if (!existsSync(join(root, path))) throw new Error(`${path} does not exist`)
    const result = spawnSync(process.execPath, [path, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    })
    if (result.error) throw result.error
    if (result.status !== 0) {
      const stderr = result.stderr.trim().split('\n').slice(-5).join('\n')
      throw new Error(`\`node ${key}\` exited with ${result.status ?? result.signal}:\n${stderr}`)
    }
    outputs.set(key, result.stdout.replace(/\n+$/, ''))
  }
  return outputs.get(key)
}

/** @param {string} path */
function include(path) {
  if (!existsSync(join(root, path))) throw new Error(`${path} does not exist`)
  return readFileSync(join(root, path), 'utf8')
}

/**
 * The fill function for one page: the generic markers everywhere, and the page's own markers.
 * @param {string} page path from the root
 * @param {string} source the page
 * @returns {(marker: import('./docs-blocks.mjs').Marker) => import('./docs-blocks.mjs').Filling | undefined}
 */
function fillerFor(page, source) {
  let article
  const example = () => {
    article ??= exampleArticle()
    return article
  }
  let markdownInput
  if (page === 'docs/markdown.md') {
    const input = findMarkers(source).find((marker) => marker.text === 'markdown:input')?.block
    if (input) markdownInput = parseArticle(JSON.parse(input.body))
  }
  let jsonLdParts
  return (marker) => {
    const generic = parseMarker(marker.text)
    if (generic?.kind === 'include') return { body: include(generic.path), language: languageOf(generic.path) }
    if (generic?.kind === 'output') {
      return { body: run(generic.path, generic.args), language: marker.block?.language || 'text' }
    }
    if (page === 'docs/text.md') {
      const call = /^output: (toText|toSpeech) (\{.*\})$/.exec(marker.text)
      if (call) {
        const options = JSON.parse(call[2] ?? '{}')
        return { body: call[1] === 'toSpeech' ? toSpeech(example(), options) : toText(example(), options) }
      }
    }
    if (page === 'docs/markdown.md' && /^markdown:(reader|lossless)$/.test(marker.text)) {
      if (!markdownInput) throw new Error('the page has no `<!-- markdown:input -->` block')
      return { body: toMarkdown(markdownInput, { frontmatter: marker.text === 'markdown:lossless' }) }
    }
    if (page === 'docs/json-ld.md') {
      const name = /^generated:(\w+)$/.exec(marker.text)?.[1]
      if (name) {
        jsonLdParts ??= jsonLdExample.parts()
        if (!Object.hasOwn(jsonLdParts, name)) throw new Error(`examples/json-ld-article.mjs has no part \`${name}\``)
        return { body: jsonLdParts[name] }
      }
    }
    if (/^(include|output):/.test(marker.text)) {
      throw new Error('unknown marker: use `include: examples/NAME` or `output: examples/NAME [ARGS...]`')
    }
    return undefined
  }
}

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
]

const differing = []
const problems = []
/** Pages to write, once every output has been produced: `[page, text]`. */
const updates = []
for (const page of pages) {
  const source = readFileSync(join(root, page), 'utf8')
  let result
  try {
    result = fillBlocks(source, fillerFor(page, source))
  } catch (error) {
    problems.push(`${page}: ${error instanceof Error ? error.message : error}`)
    continue
  }
  for (const message of result.errors) problems.push(`${page}: ${message}`)
  for (const marker of result.changed) differing.push(`${page}:${marker.line}: <!-- ${marker.text} -->`)
  // A block that failed is left as it was; the others are written.
  if (result.text !== source) updates.push([page, result.text])
}

// docs/cli.md has its own generator, which runs the CLI in a scratch folder.
const cli = spawnSync(process.execPath, ['examples/cli-docs.mjs', ...(check ? ['--check'] : [])], {
  cwd: root,
  encoding: 'utf8',
})
if (cli.status !== 0) {
  const reason = cli.stderr.trim().split('\n')[0] || `exit code ${cli.status}`
  if (check) differing.push(`docs/cli.md: ${reason}`)
  else problems.push(`docs/cli.md: examples/cli-docs.mjs failed:\n${cli.stderr.trim()}`)
}

// A build that ran meanwhile (it empties dist/ first) makes the outputs worthless.
if (buildStamp() !== stamp) {
  problems.push('dist/ changed while the examples ran (a build?); run `npm run build`, then this script again')
  updates.length = 0
  differing.length = 0
} else if (!check) for (const [page, text] of updates) writeFileSync(join(root, page), text)

for (const problem of problems) console.error(`error: ${problem}`)
if (check) {
  if (differing.length > 0) {
    console.error('These blocks differ from what the code produces; run `npm run build && npm run docs:examples`:')
    for (const line of differing) console.error(`  ${line}`)
  } else if (problems.length === 0) console.log('docs-examples: every generated block is up to date')
  process.exit(differing.length > 0 || problems.length > 0 ? 1 : 0)
}
for (const line of differing) console.log(`updated ${line}`)
console.log(
  `docs-examples: ${updates.length} page(s) written, docs/cli.md ${cli.status === 0 ? 'regenerated' : 'failed'}`,
)
process.exit(problems.length > 0 ? 1 : 0)

/** When the build's entry files were written, or `missing`. */
function buildStamp() {
  return ['dist/index.js', 'dist/cli/index.js']
    .map((file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 'missing'))
    .join(' ')
}

/** Warns when a file in src/ is newer than the build, whose output would then be stale. */
function warnIfStale() {
  const built = statSync(join(root, 'dist/index.js')).mtimeMs
  const newest = (/** @type {string} */ folder) => {
    let latest = 0
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
    }
    return latest
  }
  if (newest(join(root, 'src')) > built) {
    console.warn(
      'docs-examples: warning: src/ has changed since the last build; run `npm run build` for current output',
    )
  }
}
