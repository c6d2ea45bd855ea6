// `npm run examples`: run every example, each in its own process, and fail
// when one fails. Each example checks its own output with node:assert, so a
// broken example breaks the build. Needs `npm run build` first (examples
// import `articlekit`, which resolves to dist/).
//
// Runs examples/*.mjs and *.cjs, examples/readme/*.mjs and examples/docs/*.mjs
// (the modules whose output the docs show), except the files
// that are not examples (listed below). Their standard output is kept quiet;
// a failing example's output and error are printed. Examples that write to a
// temporary folder by default write under one folder of the run's own, which
// is removed at the end, so runs leave nothing behind.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Modules that are not examples: the README's shared article. */
const NOT_EXAMPLES = new Set(['examples/readme/story.mjs'])
const runnable = (folder) =>
  (existsSync(new URL(`../${folder}/`, import.meta.url)) ? readdirSync(new URL(`../${folder}/`, import.meta.url)) : [])
    .filter((name) => /\.(mjs|cjs)$/.test(name))
    .map((name) => `${folder}/${name}`)
    .filter((file) => !NOT_EXAMPLES.has(file))
    .sort()

const files = [...runnable('examples'), ...runnable('examples/readme'), ...runnable('examples/docs')]
const scratch = mkdtempSync(join(tmpdir(), 'articlekit-examples-'))
let failed = 0
for (const file of files) {
  const started = performance.now()
  const run = spawnSync(process.execPath, [file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TMPDIR: scratch, TEMP: scratch, TMP: scratch },
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (run.status === 0) {
    console.log(`ok   ${file} (${seconds} s)`)
    continue
  }
  failed++
  console.log(`FAIL ${file} (exit ${run.status ?? run.signal})\n${run.stdout}${run.stderr}`)
}
rmSync(scratch, { recursive: true, force: true })
console.log(`examples: ${files.length - failed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
