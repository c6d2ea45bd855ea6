// The benchmark harness: `npm run bench`. Each section pits one of our
// functions against what a user would pick instead, on the same generated
// articles, in the same process, and prints medians and ratios.
//
// Add a section by dropping a module into ./sections that default-exports
// `(articles) => ({ title, goal, cases: [{ size, baseline, ours }] })`.
// A section may also set `samples` (fewer timed runs, for slow cases) and
// `growth: true`, which adds a table of how each function's time grows from
// one size to the next (about 10x for linear time at 10x the input).
import { readdir } from 'node:fs/promises'
import { measure } from 'mitata'
import { countWords, generateArticle } from '../fixtures/generate.mjs'

const SIZES = { '600 words': 600, '10k words': 10_000, '100k words': 100_000 }
const ROUNDS = 3
const filter = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined

const articles = {}
for (const [label, words] of Object.entries(SIZES)) articles[label] = generateArticle(words, words)

const sectionFiles = (await readdir(new URL('./sections/', import.meta.url)))
  .filter((file) => file.endsWith('.mjs'))
  .sort()

console.log(
  `node ${process.version}, ${process.arch}; articles: ${Object.entries(articles)
    .map(([label, article]) => `${label} (${countWords(article)} words, ${article.body.length} blocks)`)
    .join(', ')}\n`,
)

for (const file of sectionFiles) {
  const { default: section } = await import(new URL(`./sections/${file}`, import.meta.url))
  const { title, goal, cases, samples, growth } = section(articles)
  if (filter && !filter.test(title) && !filter.test(file)) continue
  console.log(`## ${title}`)
  if (goal) console.log(`goal: ${goal}`)
  const rows = []
  /** Medians by function name, then size. */
  const times = new Map()
  for (const { size, baseline, ours } of cases) {
    // Alternate the two a few times and keep each one's median of medians, so
    // a garbage collection or a busy moment skews neither side alone.
    const theirs = []
    const mine = []
    // Warm both up first: the first case of a section otherwise times code the JIT has not yet
    // optimized, on whichever side happens to run first.
    warmUp(baseline.fn)
    warmUp(ours.fn)
    for (let round = 0; round < ROUNDS; round++) {
      theirs.push(await median(baseline.fn, size, samples))
      mine.push(await median(ours.fn, size, samples))
    }
    const base = middle(theirs)
    const own = middle(mine)
    rows.push([size, baseline.name, format(base), ours.name, format(own), `${(own / base).toFixed(2)}x`])
    for (const [name, time] of [
      [ours.name, own],
      [baseline.name.replace(/ \(.*\)$/, ''), base],
    ]) {
      if (!times.has(name)) times.set(name, new Map())
      times.get(name).set(size, time)
    }
  }
  table(['size', 'alternative', 'median', 'articlekit', 'median', 'ratio (ours / theirs)'], rows)
  if (growth) growthTable(times)
  console.log('')
}

/** For each function, its median at each size and the growth from one size to the next. */
function growthTable(times) {
  const sizes = [...new Set([...times.values()].flatMap((bySize) => [...bySize.keys()]))]
  const header = ['function', ...sizes]
  for (let index = 1; index < sizes.length; index++) header.push(`growth ${sizes[index - 1]} → ${sizes[index]}`)
  const rows = [...times].map(([name, bySize]) => {
    const row = [name, ...sizes.map((size) => (bySize.has(size) ? format(bySize.get(size)) : '-'))]
    for (let index = 1; index < sizes.length; index++) {
      const before = bySize.get(sizes[index - 1])
      const after = bySize.get(sizes[index])
      row.push(before && after ? `${(after / before).toFixed(1)}x` : '-')
    }
    return row
  })
  console.log('')
  table(header, rows)
}

async function median(fn, size, samples) {
  globalThis.gc?.()
  const options = { min_cpu_time: size.startsWith('100k') ? 300e6 : 150e6 }
  if (samples) options.min_samples = samples
  const stats = await measure(fn, options)
  return stats.p50
}

/** Run a function for about 200 ms, untimed. */
function warmUp(fn) {
  const until = performance.now() + 200
  while (performance.now() < until) fn()
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function format(nanoseconds) {
  if (nanoseconds >= 1e6) return `${(nanoseconds / 1e6).toFixed(2)} ms`
  return `${(nanoseconds / 1e3).toFixed(1)} µs`
}

function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)))
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}
