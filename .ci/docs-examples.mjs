// The one way the README and docs/*.md stay in step with the code: every code
// or output block they show under a marker is written here, from the code,
// and never pasted by hand.
//
//   npm run build && npm run docs:examples              fill every block
//   npm run build && npm run docs:examples -- --check   change nothing; exit 1 and
//                                                       name each block that differs
//
// CI runs the second. It needs the build: examples import `articlekit`, which
// resolves to dist/, and `run:` markers run dist/cli/index.js.
//
// Markers. A marker is an HTML comment alone on a line, followed (blank
// lines allowed) by a fenced code block at column 0; the block's content is
// replaced, the marker stays (.ci/docs-blocks.mjs finds and fills them).
// Paths are relative to the repository root, from README.md and from docs/
// alike.
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
//   <!-- run: COMMAND -->
//     `$ COMMAND`, then what the shell command printed (standard output and
//     error together) and `# exit code N` when it failed; for docs/cli.md.
//     `articlekit` on the PATH is the built CLI. Every command of a run
//     works in one scratch folder, a copy of examples/cli/, in page order,
//     so a command sees the files an earlier one wrote; the folder's path
//     is shown as /home/you/project.
//
// A block that cannot be filled (a missing file, a failing example) is left
// as it was and makes the run exit 1; the other blocks are still written.
// A comment that starts like a marker but is not one is an error.
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { fillBlocks, languageOf, parseMarker } from './docs-blocks.mjs'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const check = values.check === true
const root = dirname(dirname(fileURLToPath(import.meta.url)))
const BUILT = ['dist/index.js', 'dist/cli/index.js']

for (const file of BUILT) {
  if (!existsSync(join(root, file))) {
    console.error(`docs-examples: ${file} is missing; run \`npm run build\` first`)
    process.exit(1)
  }
}
warnIfStale()
const stamp = buildStamp()

/** Output of `node examples/NAME ARGS...`, once per command line. */
const outputs = new Map()

/**
 * What `node PATH ARGS...` prints, run from the root.
 * @param {string} path
 * @param {string[]} args
 */
function output(path, args) {
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

/** The scratch folder of the `run:` markers, made at the first one. */
let scratch

/**
 * `$ COMMAND` and what it printed, run by `sh` in the scratch folder with
 * `articlekit` on the PATH and nothing else of this machine's environment.
 * @param {string} command
 */
function runCommand(command) {
  scratch ??= makeScratch()
  const env = { PATH: `${join(scratch, '.bin')}:${process.env.PATH}`, NO_COLOR: '1', HOME: scratch }
  const result = spawnSync('sh', ['-c', `${command} 2>&1`], { cwd: scratch, env, encoding: 'utf8', timeout: 120_000 })
  if (result.error) throw result.error
  const printed = result.stdout.replaceAll(scratch, '/home/you/project').trimEnd()
  const status = result.status === 0 ? '' : `\n# exit code ${result.status}`
  return `$ ${command}\n${printed}${status}\n`
}

/** A copy of examples/cli/ in a temporary folder, with an `articlekit` that runs the build in `.bin/`. */
function makeScratch() {
  const folder = mkdtempSync(join(tmpdir(), 'articlekit-docs-'))
  cpSync(join(root, 'examples/cli'), folder, { recursive: true })
  mkdirSync(join(folder, '.bin'))
  const shim = join(folder, '.bin', 'articlekit')
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/cli/index.js')}" "$@"\n`)
  chmodSync(shim, 0o755)
  return folder
}

/**
 * The new content of a marker's block, or `undefined` for a comment that is not a marker.
 * @param {import('./docs-blocks.mjs').Marker} marker
 * @returns {import('./docs-blocks.mjs').Filling | undefined}
 */
function fill(marker) {
  const request = parseMarker(marker.text)
  if (request?.kind === 'include') return { body: include(request.path), language: languageOf(request.path) }
  if (request?.kind === 'output') {
    return { body: output(request.path, request.args), language: marker.block?.language || 'text' }
  }
  if (request?.kind === 'run') return { body: runCommand(request.command) }
  return undefined
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
try {
  for (const page of pages) {
    const source = readFileSync(join(root, page), 'utf8')
    let result
    try {
      result = fillBlocks(source, fill)
    } catch (error) {
      problems.push(`${page}: ${error instanceof Error ? error.message : error}`)
      continue
    }
    for (const message of result.errors) problems.push(`${page}: ${message}`)
    for (const marker of result.changed) differing.push(`${page}:${marker.line}: <!-- ${marker.text} -->`)
    // A block that failed is left as it was; the others are written.
    if (result.text !== source) updates.push([page, result.text])
  }
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
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
console.log(`docs-examples: ${updates.length} page(s) written`)
process.exit(problems.length > 0 ? 1 : 0)

/** When the build's entry files were written, or `missing`. */
function buildStamp() {
  return BUILT.map((file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 'missing')).join(' ')
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
