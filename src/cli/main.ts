// The command line: parse arguments, pick the command, run it, and turn every
// failure into a one-line message and an exit code.

import { isUtf8 } from 'node:buffer'
import { once } from 'node:events'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { articleJsonSchema, checkUrl, defineArticleSchema, isIsoInstant } from 'articlekit'
import { findConfig, loadConfig } from './config.js'
import {
  CONVERT_FORMATS,
  createEngine,
  type Engine,
  FORMAT_ALIASES,
  INPUT_FORMATS,
  type InputFormat,
  type Item,
  type ItemResult,
  isMarkdownPath,
  type Job,
  type LinesResult,
  loadMarkdown,
  RENDER_FORMATS,
} from './engine.js'
import { CliError, EXIT, type ExitCode, ioError, messageLines, PREFIX, prefixLines, usageError } from './errors.js'
import { FEED_FORMATS, readFeedOptions, runFeed } from './feed.js'
import {
  expandInputs,
  HTML_EXTENSIONS,
  type InputFile,
  isHtmlPath,
  outputPaths,
  removePendingTemps,
  TEXT_EXTENSIONS,
  writeAtomic,
} from './files.js'
import { COMMAND_HELP, MAIN_HELP } from './help.js'
import { EXAMPLE_ARTICLE, EXAMPLE_CONFIG } from './init-files.js'
import { batchItems, type LineBatch, ndjsonBatches } from './ndjson.js'
import { flushOut, guardOutput, writeOut } from './output.js'
import { adapt, type HelpedOptions, helpedRunner, inlineRunner, type Runner, runOrdered, workerRunner } from './pool.js'
import { Progress } from './progress.js'
import { createStyle, wantsColor } from './style.js'
import { optionHint, suggest } from './suggest.js'
import type { WorkerTask } from './worker.js'

/** Where the command line reads and writes; tests and embedders may pass their own. */
export interface Io {
  argv: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

const OPTIONS = {
  to: { type: 'string', short: 't' },
  'out-dir': { type: 'string', short: 'o' },
  document: { type: 'boolean' },
  stylesheet: { type: 'string', multiple: true },
  'title-template': { type: 'string' },
  'head-file': { type: 'string' },
  ndjson: { type: 'boolean' },
  lint: { type: 'boolean' },
  format: { type: 'string' },
  from: { type: 'string' },
  'base-url': { type: 'string' },
  url: { type: 'string' },
  drafts: { type: 'boolean' },
  now: { type: 'string' },
  'ignore-embargo': { type: 'boolean' },
  site: { type: 'string' },
  out: { type: 'string' },
  self: { type: 'string' },
  limit: { type: 'string' },
  'max-urls': { type: 'string' },
  'all-dates': { type: 'boolean' },
  indent: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const

type OptionName = keyof typeof OPTIONS
type Values = Partial<Record<OptionName, string | boolean | string[]>>

/** Which options each command accepts. */
const ACCEPTS: Record<string, readonly OptionName[]> = {
  render: [
    'to',
    'out-dir',
    'document',
    'stylesheet',
    'title-template',
    'head-file',
    'ndjson',
    'from',
    'base-url',
    'url',
    'drafts',
    'now',
    'ignore-embargo',
    'config',
    'jobs',
    'quiet',
    'verbose',
    'help',
  ],
  validate: ['lint', 'format', 'ndjson', 'from', 'base-url', 'url', 'config', 'jobs', 'quiet', 'verbose', 'help'],
  convert: [
    'to',
    'out-dir',
    'ndjson',
    'from',
    'base-url',
    'url',
    'drafts',
    'config',
    'jobs',
    'quiet',
    'verbose',
    'help',
  ],
  feed: [
    'to',
    'site',
    'out',
    'out-dir',
    'self',
    'limit',
    'max-urls',
    'all-dates',
    'indent',
    'ndjson',
    'from',
    'base-url',
    'drafts',
    'now',
    'ignore-embargo',
    'config',
    'quiet',
    'verbose',
    'help',
  ],
  schema: ['config', 'quiet', 'verbose', 'help'],
  init: ['quiet', 'verbose', 'help'],
}

/** Run the command line and return its exit code. */
export async function main(io: Io): Promise<ExitCode> {
  const verbose = io.argv.includes('--verbose')
  const errorStyle = createStyle(wantsColor(io.stderr, io.env))
  guardOutput(io.stdout)
  try {
    const code = await dispatch(io)
    await flushOut(io.stdout, code)
    return code
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(messageLines(error.message))
      if (verbose && error.cause instanceof Error && error.cause.stack) io.stderr.write(indent(error.cause.stack))
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`${PREFIX}${errorStyle.red('internal error')}: ${message.split('\n')[0]}\n`)
    if (verbose && error instanceof Error && error.stack) io.stderr.write(indent(error.stack))
    else io.stderr.write(`${PREFIX}run again with --verbose for the stack trace\n`)
    return EXIT.invalid
  }
}

/** A stack trace under the message it belongs to: indented, so every line of it is a continuation. */
function indent(stack: string): string {
  return `${stack.replace(/^/gm, '  ')}\n`
}

async function dispatch(io: Io): Promise<ExitCode> {
  const [command, ...rest] = io.argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(MAIN_HELP)
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version') {
    io.stdout.write(`${version()}\n`)
    return EXIT.ok
  }
  const accepts = ACCEPTS[command]
  if (!accepts) {
    const commands = Object.keys(ACCEPTS)
    const likely = command.startsWith('-') ? undefined : suggest(command, commands)
    const hint = command.startsWith('-')
      ? 'a command comes first'
      : likely
        ? `did you mean \`${likely}\`?`
        : `expected ${commands.join(', ')}`
    throw usageError(`unknown command \`${command}\`; ${hint} (see \`articlekit --help\`)`)
  }
  const { values, positionals } = parseCommandLine(command, rest, accepts)
  if (values.help) {
    io.stdout.write(COMMAND_HELP[command] as string)
    return EXIT.ok
  }
  switch (command) {
    case 'schema':
      return schema(io, values, positionals)
    case 'init':
      return init(io, values, positionals)
    default:
      return batch(io, command as Job['command'], values, positionals)
  }
}

function parseCommandLine(command: string, args: string[], accepts: readonly OptionName[]) {
  const options = Object.fromEntries(accepts.map((name) => [name, OPTIONS[name]]))
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: parsed.values as Values, positionals: parsed.positionals }
  } catch (error) {
    // parseArgs' messages span lines and advise `--` for positionals; keep their first sentence.
    const message = error instanceof Error ? error.message : String(error)
    const known = message.match(/Unknown option '([^']+)'/)
    if (known) {
      const hint = optionHint(known[1] as string, accepts)
      throw usageError(
        `unknown option \`${known[1]}\` for \`${command}\`${hint} (see \`articlekit ${command} --help\`)`,
      )
    }
    throw usageError(`${(message.split('\n')[0] ?? message).replace(/\.$/, '')} (see \`articlekit ${command} --help\`)`)
  }
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

// ---------------------------------------------------------------------------
// schema and init
// ---------------------------------------------------------------------------

async function schema(io: Io, values: Values, positionals: string[]): Promise<ExitCode> {
  if (positionals.length > 0) throw usageError('`schema` takes no inputs')
  const config = await loadConfig(findConfig(values.config as string | undefined, io.cwd))
  let document: Record<string, unknown> = articleJsonSchema()
  if (config.blocks) {
    const { toJsonSchema } = await import('articlekit/json-schema')
    document = toJsonSchema(defineArticleSchema({ blocks: config.blocks }))
  }
  await writeOut(io.stdout, `${JSON.stringify(document, null, 2)}\n`)
  return EXIT.ok
}

async function init(io: Io, values: Values, positionals: string[]): Promise<ExitCode> {
  if (positionals.length > 0) throw usageError('`init` takes no inputs')
  const files: [string, unknown][] = [
    ['article.json', EXAMPLE_ARTICLE],
    ['articlekit.config.json', EXAMPLE_CONFIG],
  ]
  let wrote = false
  for (const [name, content] of files) {
    const path = resolve(io.cwd, name)
    if (existsSync(path)) {
      if (!values.quiet) io.stderr.write(`articlekit: \`${name}\` already exists; left as it is\n`)
      continue
    }
    writeAtomic(path, `${JSON.stringify(content, null, 2)}\n`)
    io.stdout.write(`wrote ${name}\n`)
    wrote = true
  }
  if (wrote && !values.quiet) {
    io.stdout.write('next: articlekit render article.json --to html --document > article.html\n')
  }
  return EXIT.ok
}

// ---------------------------------------------------------------------------
// render, validate, convert
// ---------------------------------------------------------------------------

/** `--jobs`: how many worker threads; without it, `auto` (see {@link chooseRunner}). */
function parseJobs(value: string | boolean | undefined): number | 'auto' {
  if (value === undefined) return 'auto'
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw usageError(`\`--jobs\` must be a whole number from 1 to 256, not \`${String(value)}\``)
  }
  return jobs
}

/**
 * `render`, `validate` and `convert`: check the options and inputs, build the `Job`, run it over
 * every input (in worker threads when there is work for them) and return the worst exit code.
 */
async function batch(io: Io, command: Job['command'], values: Values, positionals: string[]): Promise<ExitCode> {
  const quiet = values.quiet === true
  const verbose = values.verbose === true && !quiet
  const ndjson = values.ndjson === true
  const jobs = parseJobs(values.jobs as string | boolean | undefined)
  const outDir = typeof values['out-dir'] === 'string' ? resolve(io.cwd, values['out-dir']) : undefined
  const options = readBatchOptions(command, values, ndjson)
  const feed = command === 'feed' ? await readFeedOptions(values, options.format, io.cwd) : undefined
  const inputs = readBatchInputs(command, positionals, ndjson, outDir, options, io.cwd)

  // Standard input may be Markdown: that is known only once it is read.
  const markdown =
    options.format === 'markdown' ||
    (!ndjson &&
      (inputs.fromStdin ||
        options.from === 'md' ||
        options.from === 'blog' ||
        inputs.files.some((file) => isMarkdownPath(file.path))))
  if (markdown) await loadMarkdown()

  const configPath = findConfig(values.config as string | undefined, io.cwd)
  if (configPath !== undefined && values.config === undefined && verbose)
    io.stderr.write(`articlekit: using config \`${configPath}\`\n`)
  // Problems go to standard output for `validate`, to standard error otherwise.
  const color = wantsColor(command === 'validate' ? io.stdout : io.stderr, io.env)
  const job: Job = {
    command,
    format: options.format,
    document: values.document === true,
    page: options.page,
    lint: values.lint === true,
    report: options.report,
    color: !ndjson && options.report === 'pretty' && color,
    quiet,
    verbose,
    configPath,
    markdown,
    from: options.from,
    pages:
      !ndjson &&
      (options.from === 'html' ||
        (options.from === undefined && (inputs.fromStdin || inputs.files.some((file) => isHtmlPath(file.path))))),
    url: options.url,
    baseUrl: options.baseUrl,
    drafts: values.drafts === true,
    embargo: options.embargo,
  }
  // Engine problems (a broken config) surface here, once, before any work.
  const engine = await createEngine(job)
  if (feed) {
    const items = ndjson ? streamItems(io, inputs.files[0]) : fileItems(io, inputs)
    return runFeed(io, job, engine, await loadConfig(configPath), items, inputs.files, feed)
  }
  const run = startRun(io, quiet)
  try {
    if (ndjson) await runNdjson(run, job, engine, jobs, inputs.files[0])
    else await runItems(run, job, engine, jobs, inputs)
  } finally {
    run.progress.clear()
    await run.close()
    run.stop()
  }
  if (verbose || (!quiet && io.stderr.isTTY && run.progress.done > 1)) summarize(run, command, ndjson)
  else if (command === 'validate' && !quiet && !ndjson && options.report === 'pretty' && run.worst === EXIT.ok) {
    // Silence would leave a user wondering whether anything was checked: one line says it was.
    const count = run.progress.done
    io.stderr.write(`articlekit: ${count} ${count === 1 ? 'input' : 'inputs'} valid\n`)
  }
  return run.worst
}

/** The options of `render`, `validate` and `convert` besides the inputs, checked. */
interface BatchOptions {
  /** `--to`; empty for `validate`. */
  format: string
  /** The extension of output files in that format. */
  extension: string
  report: Job['report']
  from: InputFormat | undefined
  baseUrl: string | undefined
  url: string | undefined
  page: Job['page']
  embargo: Job['embargo']
}

function readBatchOptions(command: Job['command'], values: Values, ndjson: boolean): BatchOptions {
  let format = ''
  let extension = ''
  if (command !== 'validate') {
    const formats = command === 'render' ? RENDER_FORMATS : command === 'feed' ? FEED_FORMATS : CONVERT_FORMATS
    const names = Object.keys(formats).join(', ')
    if (typeof values.to !== 'string') throw usageError(`\`${command}\` needs \`--to FORMAT\`, one of ${names}`)
    const alias = Object.hasOwn(FORMAT_ALIASES, values.to) ? FORMAT_ALIASES[values.to] : undefined
    format = Object.hasOwn(formats, values.to) ? values.to : (alias ?? values.to)
    if (!Object.hasOwn(formats, format)) throw usageError(`unknown format \`${format}\`; expected one of ${names}`)
    extension = formats[format] as string
  }
  const report = values.format ?? 'pretty'
  if (report !== 'pretty' && report !== 'json') {
    throw usageError(`unknown \`--format\` \`${String(report)}\`; expected pretty or json`)
  }
  if (values.document && format !== 'html') throw usageError('`--document` goes with `--to html` only')
  // `--from markdown` means `md`, the one name kept for reading.
  const from = (values.from === 'markdown' ? 'md' : values.from) as InputFormat | undefined
  if (from !== undefined && !INPUT_FORMATS.includes(from)) {
    throw usageError(`unknown \`--from\` \`${String(from)}\`; expected ${INPUT_FORMATS.join(', ')}`)
  }
  if (ndjson && from !== undefined && from !== 'json')
    throw usageError('`--ndjson` reads JSON articles; leave out `--from`')
  const baseUrl = values['base-url'] as string | undefined
  if (baseUrl !== undefined) {
    if (from !== 'blog') throw usageError('`--base-url` goes with `--from blog` only')
    if (checkUrl(baseUrl, true) !== undefined)
      throw usageError(`\`--base-url\` must be an absolute http: or https: URL, not \`${baseUrl}\``)
  }
  const url = values.url as string | undefined
  if (url !== undefined) {
    if (from !== undefined && from !== 'html' && from !== 'text')
      throw usageError('`--url` goes with web pages and `--from text` only')
    if (ndjson) throw usageError('`--ndjson` reads JSON articles; leave out `--url`')
    if (checkUrl(url, true) !== undefined)
      throw usageError(`\`--url\` must be an absolute http: or https: URL, not \`${url}\``)
  }
  return {
    format,
    extension,
    report,
    from,
    baseUrl,
    url,
    page: readPageOptions(values),
    embargo: readEmbargo(values),
  }
}

/** `--now` and `--ignore-embargo`: how `render` checks embargoes. */
function readEmbargo(values: Values): Job['embargo'] {
  const now = values.now as string | undefined
  if (now !== undefined && !isIsoInstant(now))
    throw usageError(
      `\`--now\` must be a date and time with an offset or Z, such as 2026-03-14T06:00:00Z, not \`${now}\``,
    )
  if (now === undefined && values['ignore-embargo'] !== true) return undefined
  return { ...(now !== undefined && { now }), ...(values['ignore-embargo'] === true && { ignoreEmbargo: true }) }
}

/** `--stylesheet`, `--title-template` and `--head-file`: what a page's head gets besides its tags. */
function readPageOptions(values: Values): Job['page'] {
  const stylesheets = values.stylesheet as string[] | undefined
  const titleTemplate = values['title-template'] as string | undefined
  const headFile = values['head-file'] as string | undefined
  if (stylesheets === undefined && titleTemplate === undefined && headFile === undefined) return undefined
  if (!values.document) throw usageError('`--stylesheet`, `--title-template` and `--head-file` go with `--document`')
  let headHtml: string | undefined
  if (headFile !== undefined) {
    try {
      headHtml = readFileSync(headFile, 'utf8')
    } catch (error) {
      throw ioError('cannot read', headFile, error)
    }
  }
  return {
    ...(stylesheets && { stylesheets }),
    ...(titleTemplate !== undefined && { titleTemplate }),
    ...(headHtml !== undefined && { headHtml }),
  }
}

/** What a batch reads, and where its output goes. */
interface BatchInputs {
  /** Standard input, not files. */
  fromStdin: boolean
  files: InputFile[]
  /** Output to standard output rather than to files. */
  toStdout: boolean
  /** The output file of each input file, in order, when output goes to files. */
  outputs: string[]
}

function readBatchInputs(
  command: Job['command'],
  positionals: string[],
  ndjson: boolean,
  outDir: string | undefined,
  { extension, from, url }: Pick<BatchOptions, 'extension' | 'from' | 'url'>,
  cwd: string,
): BatchInputs {
  const fromStdin = positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')
  if (positionals.length === 0 && !ndjson) {
    throw usageError(`\`${command}\` needs at least one input file (or \`-\` for standard input, or --ndjson)`)
  }
  if (positionals.length > 1 && positionals.includes('-'))
    throw usageError('`-` (standard input) must be the only input')
  let files: InputFile[] = []
  if (ndjson) {
    if (positionals.length > 1) throw usageError('`--ndjson` reads one stream: standard input, or one file')
    if (outDir !== undefined && command !== 'feed')
      throw usageError('`--ndjson` writes to standard output; leave out `--out-dir`')
    if (!fromStdin) files = expandInputs(positionals, cwd, { stream: true })
    if (files.length > 1) throw usageError('`--ndjson` reads one stream, but the glob matches several files')
  } else if (!fromStdin) {
    // `--from text` reads plain-text stories, and only them; `--from html` web pages.
    const extensions =
      from === 'text' ? { extensions: TEXT_EXTENSIONS } : from === 'html' ? { extensions: HTML_EXTENSIONS } : {}
    files = expandInputs(positionals, cwd, outDir === undefined ? extensions : { ...extensions, skip: outDir })
  }
  if (url !== undefined && (files.length > 1 || files[0]?.via === 'folder')) {
    throw usageError('`--url` is the address of one page or story: give one input')
  }
  // One file named as it is goes to standard output; a glob or a folder writes files, even for one match.
  const toStdout = ndjson || fromStdin || (outDir === undefined && positionals.length === 1 && files[0]?.via === 'name')
  const outputs = command !== 'validate' && command !== 'feed' && !toStdout ? outputPaths(files, extension, outDir) : []
  return { fromStdin, files, toStdout, outputs }
}

/** A batch in progress. */
interface BatchRun {
  io: Io
  quiet: boolean
  progress: Progress
  /** The worst exit code so far. */
  worst: ExitCode
  /** Output files written. */
  written: number
  /** Inputs (or lines) that failed: unreadable, invalid, or failed to render. */
  failed: number
  /** Inputs that gave nothing and did not fail: drafts skipped. */
  skipped: number
  started: number
  /** Stops the workers, once the runner exists. */
  close: () => Promise<void>
  /** Removes the signal handlers. */
  stop: () => void
  /** Writes text for people to standard error, clearing the progress bar first. */
  errors: (text: string | undefined) => void
}

/** A run with its progress bar, and Ctrl-C and closed-pipe handling in place. */
function startRun(io: Io, quiet: boolean): BatchRun {
  const progress = new Progress(!quiet && io.stderr.isTTY ? io.stderr : undefined)
  // Between two inputs, in every mode: the work of `--jobs 1` lets signals in now and then (pool.ts).
  const onInterrupt = (signal: NodeJS.Signals) => {
    removePendingTemps()
    progress.clear()
    const how = signal === 'SIGTERM' ? 'terminated' : 'interrupted'
    io.stderr.write(`${PREFIX}${how}; files already written are complete, no partial file is left\n`)
    process.exit(signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted)
  }
  const run: BatchRun = {
    io,
    quiet,
    progress,
    worst: EXIT.ok,
    written: 0,
    failed: 0,
    skipped: 0,
    started: Date.now(),
    close: async () => {},
    stop: () => {
      process.off('SIGINT', onInterrupt)
      process.off('SIGTERM', onInterrupt)
    },
    errors: (text) => {
      if (!text) return
      progress.clear()
      io.stderr.write(prefixLines(text))
    },
  }
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  return run
}

/** `--ndjson`: one stream of JSON lines, from `file` or standard input, in batches of lines. */
async function runNdjson(run: BatchRun, job: Job, engine: Engine, jobs: number | 'auto', file: InputFile | undefined) {
  const { io, progress } = run
  const { stream, name, size } = await openStream(io, file)
  const onBytes = file
    ? (bytes: number) => {
        progress.fraction = size > 0 ? bytes / size : undefined
      }
    : undefined
  // Batches of raw lines go to the workers, which send back finished records as bytes.
  const runner = chooseRunner<LineBatch, LinesResult>(job, jobs, undefined, {
    work: (lines) => engine.processLines(lines),
    weigh: (result) => result.count,
    toWorker: (lines) => ({ lines }),
  })
  run.close = () => runner.close()
  await runOrdered(ndjsonBatches(stream, name, onBytes), runner, async (result) => {
    if (result.status > run.worst) run.worst = result.status
    if (!run.quiet) run.errors(result.stderr)
    progress.done += result.count
    run.failed += result.failed
    if (result.stdout.length > 0) {
      progress.clear()
      await writeOut(io.stdout, result.stdout, run.worst)
    }
    progress.tick()
  })
}

/** The stream of `--ndjson`: `file`, opened (an error to open it is one line), or standard input. */
async function openStream(
  io: Io,
  file: InputFile | undefined,
): Promise<{ stream: AsyncIterable<Buffer | string>; name: string; size: number }> {
  if (!file) return { stream: io.stdin as AsyncIterable<Buffer>, name: 'stdin', size: 0 }
  try {
    const size = statSync(file.path).size
    const stream = createReadStream(file.path, { highWaterMark: 256 * 1024 })
    // Opening errors surface on the first read; make them one line.
    await once(stream, 'open')
    return { stream, name: file.name, size }
  } catch (error) {
    throw ioError('cannot read', file.name, error)
  }
}

/** `feed --ndjson`: the stream's lines as items, one batch of lines at a time. */
async function* streamItems(io: Io, file: InputFile | undefined): AsyncGenerator<Item> {
  const { stream, name } = await openStream(io, file)
  for await (const batch of ndjsonBatches(stream, name)) yield* batchItems(batch)
}

/** `feed`: the input files as items, or the one text of standard input. */
async function* fileItems(io: Io, inputs: BatchInputs): AsyncGenerator<Item> {
  if (!inputs.fromStdin) {
    for (const file of inputs.files) yield { kind: 'file', path: file.path, name: file.name }
    return
  }
  yield await stdinItem(io)
}

/** The one article of standard input, as an item: without text when its bytes are not UTF-8. */
async function stdinItem(io: Io): Promise<Item> {
  const bytes = await readAll(io.stdin)
  const invalidUtf8 = !isUtf8(bytes)
  return { kind: 'text', text: invalidUtf8 ? '' : bytes.toString('utf8'), name: 'stdin', invalidUtf8 }
}

/**
 * Inputs the default `--jobs` does in this thread before worker threads start
 * to help: fewer are done faster alone (see "Worker threads" in docs/cli.md,
 * and `npm run bench:cli -- --defaults`, which measured it).
 * `ARTICLEKIT_HELP_AFTER` sets another count, for measuring and tests, and
 * then threads start whether or not cores were idle.
 */
const HELP_AFTER_SET = process.env.ARTICLEKIT_HELP_AFTER
const HELP_AFTER = HELP_AFTER_SET !== undefined && /^\d+$/.test(HELP_AFTER_SET) ? Number(HELP_AFTER_SET) : 10_000

/**
 * The runner of a run: `--jobs 1` in this thread, `--jobs N` on N worker
 * threads (no more than there are inputs, when that is known), and by
 * default this thread: for a stream, helped by a worker thread on each other
 * idle CPU once it has done {@link HELP_AFTER} lines; for files, alone.
 */
function chooseRunner<T, R>(
  job: Job,
  jobs: number | 'auto',
  count: number | undefined,
  options: Pick<HelpedOptions<T, R, WorkerTask>, 'work' | 'weigh' | 'toWorker'>,
): Runner<T, R> {
  // Files stay in this thread by default: measured on two cores, helpers never paid for files up to 20,000
  // (docs/cli.md). `ARTICLEKIT_HELP_AFTER` lets them help with files too, for measuring.
  const helped = jobs === 'auto' && (count === undefined || HELP_AFTER_SET !== undefined)
  const helpers = helped ? Math.min(availableParallelism() - 1, (count ?? Number.POSITIVE_INFINITY) - 1) : 0
  const threads = jobs === 'auto' ? 0 : Math.min(jobs, count ?? jobs)
  if (helpers >= 1) {
    return helpedRunner(job, {
      ...options,
      transfer: transferOf,
      helpers,
      after: HELP_AFTER,
      onIdleCores: HELP_AFTER_SET === undefined,
      ...(count === undefined ? {} : { total: count }),
    })
  }
  if (threads > 1) {
    return adapt(workerRunner<WorkerTask, R>(job, threads, transferOf), options.toWorker)
  }
  return inlineRunner(options.work)
}

/** The buffers of a task that move to a worker rather than being copied: a batch's bytes. */
function transferOf(task: WorkerTask): ArrayBuffer[] {
  return 'lines' in task ? [task.lines.bytes.buffer as ArrayBuffer] : []
}

/** Files, or one text from standard input: one item each, results written in input order. */
async function runItems(run: BatchRun, job: Job, engine: Engine, jobs: number | 'auto', inputs: BatchInputs) {
  const { io, progress } = run
  const runner = chooseRunner<Item[], ItemResult[]>(job, jobs, Math.max(1, inputs.files.length), {
    work: (items) => items.map((item) => engine.process(item)),
    weigh: (results) => results.length,
    toWorker: (items) => ({ items }),
  })
  run.close = () => runner.close()
  let source: Item[][]
  if (inputs.fromStdin) {
    source = [[await stdinItem(io)]]
  } else {
    progress.total = inputs.files.length
    source = inputs.files.map((file) => [{ kind: 'file', path: file.path, name: file.name }])
  }

  let index = 0
  let pendingRecord = ''
  const jsonArray = job.command === 'validate' && job.report === 'json'
  if (jsonArray) await writeOut(io.stdout, '[', run.worst)

  await runOrdered(source, runner, async (results) => {
    let out = ''
    for (const result of results) {
      const at = index++
      if (result.status > run.worst) run.worst = result.status
      if (result.status !== EXIT.ok) run.failed++
      else if (job.command !== 'validate' && result.output === undefined) run.skipped++
      run.errors(result.stderr)
      if (jsonArray && result.stdout) {
        out += `${pendingRecord ? ',' : ''}\n${result.stdout.trimEnd()}`
        pendingRecord = 'x'
      } else if (result.stdout) {
        out += result.stdout
      }
      if (result.output !== undefined) {
        if (inputs.toStdout) {
          out += result.output
        } else {
          const target = inputs.outputs[at] as string
          writeAtomic(target, result.output)
          run.written++
          if (job.verbose) run.errors(`wrote ${target}\n`)
        }
      }
    }
    progress.done += results.length
    if (out) {
      progress.clear()
      await writeOut(io.stdout, out, run.worst)
    }
    progress.tick()
  })
  if (jsonArray) await writeOut(io.stdout, '\n]\n', run.worst)
}

/** What the summary calls the inputs that went well and those that failed, by command. */
const OUTCOMES: Record<Job['command'], [done: string, failed: string]> = {
  render: ['rendered', 'failed'],
  convert: ['converted', 'failed'],
  validate: ['valid', 'invalid'],
  feed: ['read', 'failed'],
}

/**
 * The closing line: how many inputs went well, failed and were skipped, out
 * of how many, how long it took, and the files written:
 * `articlekit: 12 rendered, 1 failed (13 inputs in 0.52s, 12 files written)`.
 */
function summarize(run: BatchRun, command: Job['command'], ndjson: boolean): void {
  const { io, progress, written, failed, skipped } = run
  const seconds = (Date.now() - run.started) / 1000
  const style = createStyle(wantsColor(io.stderr, io.env))
  const [doneWord, failedWord] = OUTCOMES[command]
  const counts = [style.green(`${progress.done - failed - skipped} ${doneWord}`)]
  if (failed > 0) counts.push(style.red(`${failed} ${failedWord}`))
  if (skipped > 0) counts.push(`${skipped} skipped`)
  const noun = ndjson ? 'line' : 'input'
  const files = written > 0 ? `, ${written} ${written === 1 ? 'file' : 'files'} written` : ''
  const total = `${progress.done} ${noun}${progress.done === 1 ? '' : 's'}`
  io.stderr.write(`${PREFIX}${counts.join(', ')} (${total} in ${seconds.toFixed(2)}s${files})\n`)
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}
