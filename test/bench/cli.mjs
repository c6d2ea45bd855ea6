// `npm run bench:cli`: the built command line on a stream of generated
// 600-word articles. For each format, articles per second with --jobs 1 and
// --jobs 2, and the process's peak memory (workers included); then HTML with
// 10,000 against 100,000 articles at both thread counts: peak memory, which
// should be about the same, and the speed-up once every thread is warm; then
// what the library alone costs per article, which bounds the CLI.
//
//   node test/bench/cli.mjs [--count N] [--big N] [--rounds N] [--formats html,json-ld] [--bin path/to/cli.js]
//   node test/bench/cli.mjs --defaults [--sizes 10,1000,10000] [--rounds N]
//
// --defaults measures the default --jobs beside --jobs 1 and --jobs 2, for
// HTML, on streams (--ndjson) and on folders of files, at each size: the
// default must never be slower than --jobs 1.
//
// Runs dist/cli/index.js, so build first (the npm script does).
//
// Besides the wall clock, every run reports the CPU time of the CLI process
// (all its threads), read from the process itself when it exits. On a shared
// machine the wall clock says how many cores the run got, not how fast the
// CLI is: "per CPU-second" is the rate per core actually used, and "cores"
// is how many cores the run had on average (CPU time / wall time).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateArticle } from '../fixtures/generate.mjs'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    big: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '1' },
    formats: { type: 'string', default: 'html,markdown,json-ld,text' },
    bin: { type: 'string' },
    defaults: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10,1000,10000' },
  },
})
const COUNT = Number(values.count)
const BIG = Number(values.big)
const ROUNDS = Math.max(1, Number(values.rounds))
const FORMATS = values.formats.split(',')
const BIN = values.bin
  ? new URL(values.bin, `file://${process.cwd()}/`)
  : new URL('../../dist/cli/index.js', import.meta.url)
if (!existsSync(BIN)) {
  console.error(`${BIN.pathname} is missing: run \`npm run build\` first`)
  process.exit(1)
}

// A thousand distinct articles, cycled: generating 100,000 would take longer than rendering them.
const DISTINCT = 1000
const articles = []
for (let index = 0; index < DISTINCT; index++) articles.push(generateArticle(600, index + 1))
const lines = articles.map((article) => Buffer.from(`${JSON.stringify(article)}\n`))
const bytesPerArticle = lines.reduce((sum, line) => sum + line.length, 0) / DISTINCT
// The input in blocks of 50 lines, encoded once: feeding must cost this process little, since it shares the cores.
const BLOCK = 50
const blocks = []
for (let start = 0; start < DISTINCT; start += BLOCK) blocks.push(Buffer.concat(lines.slice(start, start + BLOCK)))

// Loaded into the CLI process (main thread only): on exit, its resource usage (all threads) goes to fd 3.
const USAGE = `data:text/javascript,${encodeURIComponent(`
import { isMainThread } from 'node:worker_threads'
import { writeSync } from 'node:fs'
if (isMainThread) process.on('exit', () => {
  const usage = process.resourceUsage()
  try { writeSync(3, JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRSS: usage.maxRSS * 1024 })) } catch {}
})`)}`

/**
 * Run the CLI on `count` articles, with `--jobs jobs` (the default when `jobs` is undefined), as a stream on
 * its standard input, or with `folder`, on that folder of files, written to a fresh `--out-dir`; resolve with
 * its wall and CPU seconds, peak memory, output and exit code.
 */
function runCli(format, jobs, count, folder) {
  return new Promise((resolve, reject) => {
    const input = folder ? [folder, '--out-dir', join(folder, '..', 'out')] : ['--ndjson']
    if (folder) rmSync(join(folder, '..', 'out'), { recursive: true, force: true })
    const threads = jobs === undefined ? [] : ['--jobs', String(jobs)]
    const child = spawn(
      process.execPath,
      ['--import', USAGE, BIN.pathname, 'render', ...input, '--to', format, ...threads, '--quiet'],
      { stdio: ['pipe', 'pipe', 'inherit', 'pipe'] },
    )
    const start = process.hrtime.bigint()
    let outputBytes = 0
    let records = 0
    child.stdout.on('data', (chunk) => {
      outputBytes += chunk.length
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) records++
    })
    let usage = ''
    child.stdio[3].setEncoding('utf8').on('data', (text) => {
      usage += text
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      const { cpu = Number.NaN, maxRSS = Number.NaN } = usage ? JSON.parse(usage) : {}
      resolve({ code, seconds, cpu, peak: maxRSS, outputBytes, records })
    })
    // Feed the articles, respecting backpressure, as a producer upstream would.
    let sent = folder ? count : 0
    const feed = () => {
      while (sent < count) {
        const block = blocks[(sent % DISTINCT) / BLOCK]
        const take = Math.min(BLOCK, count - sent)
        const ok = child.stdin.write(
          take === BLOCK ? block : Buffer.concat(lines.slice(sent % DISTINCT, (sent % DISTINCT) + take)),
        )
        sent += take
        if (!ok) return child.stdin.once('drain', feed)
      }
      child.stdin.end()
    }
    child.stdin.on('error', () => {})
    feed()
  })
}

/** The best of `ROUNDS` runs (by wall clock), jobs 1 and jobs 2 taken in turn so both see the same load. */
async function bestRuns(format, count) {
  const best = { 1: undefined, 2: undefined }
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of [1, 2]) {
      const result = await runCli(format, jobs, count)
      if (result.code !== 0 || result.records !== count) {
        throw new Error(`${format}, jobs ${jobs}: exit code ${result.code}, ${result.records} records for ${count}`)
      }
      if (!best[jobs] || result.seconds < best[jobs].seconds) best[jobs] = result
    }
  }
  return best
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const rate = (count, seconds) => `${Math.round(count / seconds)}`
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

if (values.defaults) {
  await compareDefaults(values.sizes.split(',').map(Number))
  process.exit(0)
}

/**
 * The default --jobs beside --jobs 1 and --jobs 2 at each size, on a stream and on a folder: the best of
 * `ROUNDS` runs of each, taken in turn so that all three see the same load.
 */
async function compareDefaults(sizes) {
  console.log(
    `node ${process.version}, ${cpus().length} CPUs, load average ${load()}; html, articles of 600 words; best of ${ROUNDS} rounds\n`,
  )
  console.log('goal: the default is never slower than --jobs 1 (default speed-up >= 1.00x)\n')
  const root = mkdtempSync(join(tmpdir(), 'articlekit-bench-'))
  const rows = []
  try {
    for (const size of sizes) {
      const folder = join(root, `in-${size}`)
      mkdirSync(folder)
      for (let index = 0; index < size; index++) {
        writeFileSync(join(folder, `a${String(index).padStart(6, '0')}.json`), lines[index % DISTINCT])
      }
      for (const kind of ['ndjson', 'files']) {
        const best = {}
        for (let round = 0; round < ROUNDS; round++) {
          for (const jobs of [1, undefined, 2]) {
            const result = await runCli('html', jobs, size, kind === 'files' ? folder : undefined)
            const expected = kind === 'files' ? 0 : size
            if (result.code !== 0 || result.records !== expected) {
              throw new Error(`${kind} ${size}, jobs ${jobs}: exit code ${result.code}, ${result.records} records`)
            }
            const key = String(jobs ?? 'default')
            if (!best[key] || result.seconds < best[key].seconds) best[key] = result
          }
        }
        const { 1: one, default: auto, 2: two } = best
        rows.push([
          kind,
          String(size),
          one.seconds.toFixed(2),
          auto.seconds.toFixed(2),
          two.seconds.toFixed(2),
          `${(one.seconds / auto.seconds).toFixed(2)}x`,
          `${(one.seconds / two.seconds).toFixed(2)}x`,
          `${one.cpu.toFixed(2)} / ${auto.cpu.toFixed(2)} / ${two.cpu.toFixed(2)}`,
        ])
      }
      rmSync(folder, { recursive: true, force: true })
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  table(
    [
      'input',
      'articles',
      'jobs 1 (s)',
      'default (s)',
      'jobs 2 (s)',
      'default speed-up',
      'jobs 2 speed-up',
      'CPU s 1 / default / 2',
    ],
    rows,
  )
  console.log(`load average after: ${load()}`)
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${load()}; ${COUNT} articles of 600 words (${(bytesPerArticle / 1024).toFixed(1)} KB of JSON each)${ROUNDS > 1 ? `; best of ${ROUNDS} rounds` : ''}\n`,
)
console.log('goal: 2,000 articles/s per core for html and json-ld; near-linear speed-up; memory independent of count\n')
const rows = []
for (const format of FORMATS) {
  const { 1: one, 2: two } = await bestRuns(format, COUNT)
  rows.push([
    format,
    rate(COUNT, one.seconds),
    rate(COUNT, two.seconds),
    `${(one.seconds / two.seconds).toFixed(2)}x`,
    rate(COUNT, one.cpu),
    rate(COUNT, two.cpu),
    `${(one.cpu / one.seconds).toFixed(2)} / ${(two.cpu / two.seconds).toFixed(2)}`,
    `${mb(one.peak)} / ${mb(two.peak)}`,
  ])
}
table(
  [
    'format',
    'jobs 1 (articles/s)',
    'jobs 2 (articles/s)',
    'speed-up',
    'jobs 1 per CPU-s',
    'jobs 2 per CPU-s',
    'cores used 1 / 2',
    'peak 1 / 2',
  ],
  rows,
)
console.log(`load average after: ${load()}`)

if (BIG > 0) {
  // Both thread counts at both sizes: peak memory should not grow with the
  // count, and the difference between the sizes gives the rate after
  // start-up and warm-up, which every thread pays once.
  console.log('')
  const runs = []
  for (const count of [COUNT, BIG]) runs.push({ count, ...(await bestRuns('html', count)) })
  table(
    [
      'articles (html)',
      'input',
      'output',
      'peak jobs 1',
      'peak jobs 2',
      'jobs 1 (articles/s)',
      'jobs 2 (articles/s)',
      'speed-up',
    ],
    runs.map(({ count, 1: one, 2: two }) => [
      String(count),
      mb(count * bytesPerArticle),
      mb(one.outputBytes),
      mb(one.peak),
      mb(two.peak),
      rate(count, one.seconds),
      rate(count, two.seconds),
      `${(one.seconds / two.seconds).toFixed(2)}x`,
    ]),
  )
  const [small, large] = runs
  const added = BIG - COUNT
  if (added > 0) {
    const after = (jobs) => added / (large[jobs].seconds - small[jobs].seconds)
    const fixed = (jobs) => small[jobs].seconds - COUNT / after(jobs)
    console.log(
      `\nafter warm-up (the ${added} articles the larger run adds): jobs 1 ${Math.round(after(1))} articles/s, ` +
        `jobs 2 ${Math.round(after(2))} articles/s, speed-up ${(after(2) / after(1)).toFixed(2)}x; ` +
        `fixed cost of a run (start-up and warm-up): jobs 1 ${fixed(1).toFixed(2)} s, jobs 2 ${fixed(2).toFixed(2)} s`,
    )
  }
}

// What the library costs per article, in this process: the floor of the CLI's time per article.
console.log(
  '\nlibrary cost per article in this process, microseconds of CPU (best of 5 passes over the 1000 articles, warm):\n',
)
const library = new URL('../', BIN)
const { safeParseArticle } = await import(new URL('index.js', library).href)
const renderers = {
  html: (await import(new URL('html.js', library).href)).toHtml,
  markdown: (await import(new URL('markdown.js', library).href)).toMarkdown,
  'json-ld': (await import(new URL('json-ld.js', library).href)).toJsonLd,
  text: (await import(new URL('text.js', library).href)).toText,
}
const texts = lines.map((line) => line.toString('utf8', 0, line.length - 1))
const objects = texts.map((text) => JSON.parse(text))
const parsed = objects.map((article) => safeParseArticle(article).data)
/** CPU microseconds per article of `work`, the best of five passes over the thousand articles. */
function cost(work) {
  let best = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 5; pass++) {
    const before = process.cpuUsage()
    for (let index = 0; index < DISTINCT; index++) work(index)
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / DISTINCT)
  }
  return best
}
const parse = cost((index) => JSON.parse(texts[index]))
const validate = cost((index) => safeParseArticle(objects[index]))
const costRows = []
for (const format of FORMATS) {
  const render = renderers[format]
  if (!render) continue
  const outputs = parsed.map((article) => render(article))
  const renderCost = cost((index) => render(parsed[index]))
  const record = cost((index) => JSON.stringify({ line: index + 1, output: outputs[index] }))
  // The four steps one after the other, as the CLI runs them: this includes the garbage they leave.
  const whole = cost((index) =>
    JSON.stringify({ line: index + 1, output: render(safeParseArticle(JSON.parse(texts[index])).data) }),
  )
  costRows.push([
    format,
    parse.toFixed(0),
    validate.toFixed(0),
    renderCost.toFixed(0),
    record.toFixed(0),
    whole.toFixed(0),
    `${Math.round(1e6 / whole)}`,
    `${Math.round((100 * validate) / whole)}%`,
  ])
}
table(
  [
    'format',
    'JSON.parse',
    'validate (zod)',
    'render',
    'record JSON',
    'all four',
    'ceiling (articles/s/core)',
    'validate share',
  ],
  costRows,
)
console.log(
  '\nThe CLI also pays for start-up (about 0.2 s of CPU per thread), for warming up each thread (its first articles run slower), and for decoding input and encoding output.',
)

function table(header, body) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)))
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of body) console.log(line(row))
}
