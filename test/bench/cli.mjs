// `npm run bench:cli`: the built command line on a stream of generated
// 600-word articles. For each format, articles per second with --jobs 1 and
// --jobs 2, and the process's peak memory (workers included); then the peak
// memory for 10,000 against 100,000 articles, which should be about the same.
//
//   node test/bench/cli.mjs [--count N] [--big N] [--formats html,json-ld] [--bin path/to/cli.js]
//
// Runs dist/cli/index.js, so build first (the npm script does).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { generateArticle } from './generate.mjs'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    big: { type: 'string', default: '100000' },
    formats: { type: 'string', default: 'html,markdown,json-ld,text' },
    bin: { type: 'string' },
  },
})
const COUNT = Number(values.count)
const BIG = Number(values.big)
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
const lines = []
for (let index = 0; index < DISTINCT; index++) lines.push(`${JSON.stringify(generateArticle(600, index + 1))}\n`)
const bytesPerArticle = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / DISTINCT

/** Run the CLI on `count` articles; resolve with its duration, peak memory, output size and exit code. */
function runCli(format, jobs, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN.pathname, 'render', '--ndjson', '--to', format, '--jobs', String(jobs), '--quiet'],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    const start = process.hrtime.bigint()
    let peak = 0
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const match = status.match(/VmHWM:\s+(\d+) kB/)
        if (match) peak = Math.max(peak, Number(match[1]) * 1024)
      } catch {
        // The process has ended.
      }
    }
    const timer = setInterval(sample, 25)
    let outputBytes = 0
    let records = 0
    child.stdout.on('data', (chunk) => {
      outputBytes += chunk.length
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) records++
      sample()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      resolve({ code, seconds, peak, outputBytes, records })
    })
    // Feed the articles, respecting backpressure, as a producer upstream would.
    let sent = 0
    const feed = () => {
      while (sent < count) {
        const ok = child.stdin.write(lines[sent % DISTINCT])
        sent++
        if (!ok) return child.stdin.once('drain', feed)
      }
      child.stdin.end()
    }
    child.stdin.on('error', () => {})
    feed()
  })
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}; ${COUNT} articles of 600 words (${(bytesPerArticle / 1024).toFixed(1)} KB of JSON each)\n`,
)
console.log('goal: 2,000 articles/s per core for html and json-ld; near-linear speed-up; memory independent of count\n')
const rows = []
for (const format of FORMATS) {
  const one = await runCli(format, 1, COUNT)
  const two = await runCli(format, 2, COUNT)
  for (const result of [one, two]) {
    if (result.code !== 0 || result.records !== COUNT) {
      throw new Error(`${format}: exit code ${result.code}, ${result.records} records for ${COUNT} articles`)
    }
  }
  rows.push([
    format,
    `${Math.round(COUNT / one.seconds)}`,
    `${Math.round(COUNT / two.seconds)}`,
    `${(one.seconds / two.seconds).toFixed(2)}x`,
    mb(one.peak),
    mb(two.peak),
  ])
}
table(['format', 'jobs 1 (articles/s)', 'jobs 2 (articles/s)', 'speed-up', 'peak jobs 1', 'peak jobs 2'], rows)

if (BIG > 0) {
  console.log('')
  const memoryRows = []
  for (const count of [COUNT, BIG]) {
    const result = await runCli('html', 2, count)
    if (result.code !== 0 || result.records !== count) throw new Error(`html: exit code ${result.code}`)
    memoryRows.push([
      String(count),
      mb(count * bytesPerArticle),
      mb(result.outputBytes),
      mb(result.peak),
      `${Math.round(count / result.seconds)}`,
    ])
  }
  table(['articles (html, jobs 2)', 'input', 'output', 'peak memory', 'articles/s'], memoryRows)
}

function table(header, body) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)))
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of body) console.log(line(row))
}
