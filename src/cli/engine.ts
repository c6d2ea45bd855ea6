// The work done for one input, the same in the main thread (`--jobs 1`) and
// in a worker: read it, validate it, render it, and return finished text, so
// that output never depends on where the work ran.

import { isUtf8 } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import {
  type Article,
  defineArticleSchema,
  formatPath,
  isArticleValidationError,
  lintArticle,
  type SafeParseResult,
  safeParseArticle,
} from 'articlekit'
import { toHtml, toHtmlDocument } from 'articlekit/html'
import { toJsonLd, toMetaTagsHtml } from 'articlekit/json-ld'
import type { FromMarkdownOptions, MarkdownDialect } from 'articlekit/markdown'
import { toText } from 'articlekit/text'
import { type CliConfig, loadConfig } from './config.js'
import { CliError, EXIT, systemReason } from './errors.js'
import { isHtmlPath } from './files.js'
import { findJsonError } from './json-error.js'
import { batchItems, type LineBatch, MAX_LINE_BYTES } from './ndjson.js'
import { createStyle, type Style } from './style.js'

/** What to do with every input of a run. Plain data, so it can be sent to workers. */
export interface Job {
  command: 'render' | 'validate' | 'convert' | 'feed'
  /** Output format: for `render` one of {@link RENDER_FORMATS}, for `convert` `json` or `markdown`. */
  format: string
  /** `--document`: a whole HTML page. */
  document: boolean
  /** `--stylesheet`, `--title-template` and the text of `--head-file`, for a page's head; they win over the config's. */
  page?: { stylesheets?: string[]; titleTemplate?: string; headHtml?: string } | undefined
  /** `--lint`: add lint diagnostics to `validate`. */
  lint: boolean
  /** `--format` of `validate`. */
  report: 'pretty' | 'json'
  /** Colour the lines meant for people. */
  color: boolean
  /** `--quiet`: leave renderer warnings out. */
  quiet: boolean
  /** `--verbose`: also report metadata that readers' Markdown leaves out (`not_carried`). */
  verbose: boolean
  /** Absolute path of the config file, if any. */
  configPath: string | undefined
  /** Whether the run needs `articlekit/markdown` (Markdown input or output). */
  markdown: boolean
  /**
   * `--from`: how to read every input: `json`, `md` (articlekit's Markdown),
   * `blog` (posts written for a static-site generator, read with `blog()`
   * of `articlekit/import`) or `text` (news stories saved as plain text,
   * read with `fromText()` of `articlekit/import`) or `html` (web pages, read with
   * `fromHtml()`). Without it, files by their extension and standard input by
   * its first characters.
   */
  from: InputFormat | undefined
  /** Whether the run may read web pages (`--from html`, a page among the inputs, or standard input). */
  pages: boolean
  /** `--url`: the address of the one page or story read, for `fromHtml` and `fromText`. */
  url: string | undefined
  /** `--base-url`: what relative URLs in blog posts are resolved against. */
  baseUrl: string | undefined
  /** `--drafts`: render and convert blog posts marked as drafts rather than skip them. */
  drafts: boolean
  /** `render`: `--now` (the time embargoes are checked against) and `--ignore-embargo`; they win over the config's. */
  embargo?: { now?: string; ignoreEmbargo?: true } | undefined
}

/** The input formats of `--from`. */
export const INPUT_FORMATS = ['md', 'json', 'blog', 'text', 'html'] as const

/** An input format of `--from`. */
export type InputFormat = (typeof INPUT_FORMATS)[number]

/** One input. */
export type Item =
  /** A `.json` or `.md` file, read where it is processed. */
  | { kind: 'file'; path: string; name: string }
  /** A whole article read from standard input; `invalidUtf8` when its bytes were not UTF-8. */
  | { kind: 'text'; text: string; name: string; invalidUtf8?: boolean }
  /** One line of an NDJSON stream: over the length limit, or not UTF-8, it has no text. */
  | { kind: 'line'; text: string; line: number; name: string; tooLong?: boolean; invalidUtf8?: boolean }

/** What processing one input gives. */
export interface ItemResult {
  /** 0: done; 1: invalid input or failed render; 3: unreadable. */
  status: 0 | 1 | 3
  /** The rendered document (`render` and `convert` of a file). */
  output?: string
  /** Text for standard output: `validate`'s report, or an NDJSON record (each ends with a newline). */
  stdout?: string
  /** Lines for standard error: problems and warnings (each ends with a newline). */
  stderr?: string
}

/** Output formats of `render`, each with the extension of its files. */
export const RENDER_FORMATS: Record<string, string> = {
  html: '.html',
  markdown: '.md',
  'json-ld': '.jsonld',
  text: '.txt',
  meta: '.meta.html',
}

/** What users type for a format of `--to` or `--from`, and the format it means. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = {
  md: 'markdown',
  txt: 'text',
  jsonld: 'json-ld',
  ld: 'json-ld',
}

/** Output formats of `convert`, each with the extension of its files. */
export const CONVERT_FORMATS: Record<string, string> = {
  json: '.json',
  markdown: '.md',
}

/** Whether a file name is Markdown input. */
export function isMarkdownPath(path: string): boolean {
  const extension = extname(path).toLowerCase()
  return extension === '.md' || extension === '.markdown' || extension === '.mdx'
}

/**
 * How to read one input: as `--from` says; else a file by its extension, a
 * stream line as JSON, and standard input as JSON when it is one object
 * (`{` … `}`), as a web page when it starts with `<!doctype html>` or
 * `<html`, as Markdown otherwise (a Hugo post's JSON front matter is
 * followed by its body).
 */
export function inputFormat(item: Item, text: string, from: InputFormat | undefined): InputFormat {
  if (item.kind === 'line') return 'json'
  if (from !== undefined) return from
  if (item.kind === 'file') return isHtmlPath(item.path) ? 'html' : isMarkdownPath(item.path) ? 'md' : 'json'
  if (/^\uFEFF?\s*\{[\s\S]*\}\s*$/.test(text)) return 'json'
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text) ? 'html' : 'md'
}

type MarkdownModule = typeof import('articlekit/markdown')
type ImportModule = typeof import('articlekit/import')

/** Load `articlekit/import` for `--from blog`, `text` or `html`, or fail with a clear message when this build lacks it. */
export async function loadImport(from: InputFormat = 'blog'): Promise<ImportModule> {
  try {
    return await import('articlekit/import')
  } catch (error) {
    throw new CliError(EXIT.usage, `\`--from ${from}\` is not available: ${systemReason(error).split('\n')[0]}`, {
      cause: error,
    })
  }
}

/** Load `articlekit/markdown`, or fail with a clear message when this build lacks it. */
export async function loadMarkdown(): Promise<MarkdownModule> {
  try {
    return await import('articlekit/markdown')
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    const reason =
      code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED'
        ? 'this installation of articlekit has no `articlekit/markdown`'
        : `\`articlekit/markdown\` could not be loaded: ${systemReason(error).split('\n')[0]}`
    throw new CliError(EXIT.usage, `Markdown input and output are not available: ${reason}`, { cause: error })
  }
}

/** One problem with an input, ready to print. */
interface Problem {
  path: (string | number)[]
  code: string
  message: string
  severity: 'error' | 'warning' | 'info'
  line?: number
  column?: number
  /** Lint findings and renderer warnings name their severity when printed. */
  labelled?: boolean
}

/** What processing a batch of NDJSON lines gives: the records, ready to write. */
export interface LinesResult {
  /** The worst status of the batch's lines. */
  status: 0 | 1 | 3
  /** How many records (lines that are not blank). */
  count: number
  /** How many of them are errors (or, for `validate`, invalid). */
  failed: number
  /**
   * The records, one line each, in order, as UTF-8 in a buffer of their own
   * (never a slice of Node's shared pool), so a worker can transfer it.
   */
  stdout: Uint8Array
  /** Problems and warnings, one line each, in order. */
  stderr: string
}

/** Everything needed to process inputs: built once per thread. */
export interface Engine {
  job: Job
  process(item: Item): ItemResult
  /** Process every line of a batch and join the results, so a batch costs one message, not one per line. */
  processLines(batch: LineBatch): LinesResult
  /**
   * Read and validate one input as `render` does, without rendering it, for
   * a command that needs the article itself (`feed`): the article, or a
   * result whose `stderr` says why there is none (a draft post is skipped).
   */
  read(item: Item): { article: Article | undefined; result: ItemResult }
}

/** Build the engine for `job`: load the config and the renderers it needs. */
export async function createEngine(job: Job): Promise<Engine> {
  const config = await loadConfig(job.configPath)
  const markdown = job.markdown ? await loadMarkdown() : undefined
  const importer =
    job.from === 'blog' || job.from === 'text' || job.pages ? await loadImport(job.from ?? 'html') : undefined
  const dialect = job.from === 'blog' ? importer?.blog(job.baseUrl ? { baseUrl: job.baseUrl } : {}) : undefined
  const fromText = job.from === 'text' ? importer?.fromText : undefined
  const fromHtml = job.pages ? importer?.fromHtml : undefined
  const model = config.blocks ? defineArticleSchema({ blocks: config.blocks }) : undefined
  const safeParse = (value: unknown): SafeParseResult<Article> =>
    model ? (model.safeParse(value) as SafeParseResult<Article>) : safeParseArticle(value)
  const render = createRender(job, config, markdown)
  const style = createStyle(job.color)
  const importers = { dialect, fromText, fromHtml, url: job.url }
  const process = (item: Item) => processItem(item, job, style, safeParse, markdown, importers, render)
  const read = (item: Item) => {
    const found = readItem(item, job, safeParse, markdown, importers)
    if ('status' in found) return { article: undefined, result: found }
    const gated = gate(item, job, found.where, style, found.read)
    return 'article' in gated
      ? { article: gated.article, result: { status: EXIT.ok, ...(gated.notes ? { stderr: gated.notes } : {}) } }
      : { article: undefined, result: withoutRecord(gated.result) }
  }
  const processLines = (batch: LineBatch): LinesResult => {
    let status: LinesResult['status'] = EXIT.ok
    let failed = 0
    const records: string[] = []
    let stderr = ''
    const items = batchItems(batch)
    for (const item of items) {
      const result = process(item)
      if (result.status !== EXIT.ok) failed++
      if (result.status > status) status = result.status
      if (result.stdout) records.push(result.stdout)
      if (result.stderr) stderr += result.stderr
    }
    return { status, count: items.length, failed, stdout: encodeRecords(records), stderr }
  }
  return { job, process, processLines, read }
}

/**
 * Records as UTF-8, written one by one into a buffer of exactly their size.
 * Joining them into one string first would make a large object, which the
 * engine keeps until its next full collection, so memory would grow with
 * the length of a run before it levels off.
 */
function encodeRecords(records: readonly string[]): Uint8Array {
  let size = 0
  for (const record of records) size += Buffer.byteLength(record, 'utf8')
  const bytes = Buffer.allocUnsafeSlow(size)
  let at = 0
  for (const record of records) at += bytes.write(record, at, 'utf8')
  // `at` is `size`; the view never shows bytes that were not written.
  return bytes.subarray(0, at)
}

/** A rendered article: text, or (JSON-LD) a value whose text is made only when a file needs it. */
type Rendered = { text: string } | { value: unknown }

type Render = (article: Article, warn: (warning: { path: (string | number)[]; message: string }) => void) => Rendered

function createRender(job: Job, config: CliConfig, markdown: MarkdownModule | undefined): Render | undefined {
  if (job.command === 'validate' || job.command === 'feed') return undefined
  const chain =
    <W>(own: ((warning: W) => void) | undefined, warn: (warning: W) => void) =>
    (warning: W) => {
      own?.(warning)
      warn(warning)
    }
  if (job.command === 'convert') {
    if (job.format === 'json') return (article) => ({ text: `${JSON.stringify(article, null, 2)}\n` })
    const options = config.markdown ?? {}
    return (article, warn) => ({
      text: (markdown as MarkdownModule).toMarkdown(article, {
        ...options,
        frontmatter: true,
        onWarning: chain(options.onWarning as never, warn),
      }),
    })
  }
  // `--now` and `--ignore-embargo` go to every renderer, over the config's options.
  const embargo = job.embargo ?? {}
  switch (job.format) {
    case 'html': {
      // `document` is the config's own switch for a whole page; `--document` turns it on too.
      const { document, ...html } = config.html ?? {}
      const page = job.document || document === true
      // A page's head tags say what `--to meta` says for the same config: `jsonLd` is the default of `html.jsonLd`.
      // Its warnings go where the page's go (`onWarning` of `html`), so the head's one is left out.
      const { onWarning: _, ...seo } = config.jsonLd ?? {}
      const head = page && html.jsonLd !== false ? { ...html, jsonLd: { ...seo, ...html.jsonLd } } : html
      const options = { ...(page ? { ...head, ...job.page } : head), ...embargo }
      const render = page ? toHtmlDocument : toHtml
      return (article, warn) => ({ text: render(article, { ...options, onWarning: chain(options.onWarning, warn) }) })
    }
    case 'markdown': {
      const options: Record<string, unknown> = { ...config.markdown, ...embargo }
      return (article, warn) => ({
        text: (markdown as MarkdownModule).toMarkdown(article, {
          ...options,
          onWarning: chain(options.onWarning as never, warn),
        }),
      })
    }
    case 'text': {
      const options = { ...(config.text ?? {}), ...embargo }
      return (article, warn) => ({ text: toText(article, { ...options, onWarning: chain(options.onWarning, warn) }) })
    }
    case 'json-ld': {
      const options = { ...(config.jsonLd ?? {}), ...embargo }
      return (article, warn) => {
        return { value: toJsonLd(article, { ...options, onWarning: chain(options.onWarning, warn) }) }
      }
    }
    case 'meta': {
      const options = { ...(config.jsonLd ?? {}), ...embargo }
      return (article, warn) => ({
        text: toMetaTagsHtml(article, { ...options, onWarning: chain(options.onWarning, warn) }),
      })
    }
    default:
      throw new CliError(EXIT.usage, `unknown format \`${job.format}\``)
  }
}

/** One input, read, validated and, unless the command is `validate`, rendered. */
function processItem(
  item: Item,
  job: Job,
  style: Style,
  safeParse: (value: unknown) => SafeParseResult<Article>,
  markdown: MarkdownModule | undefined,
  importers: Importers,
  render: Render | undefined,
): ItemResult {
  const found = readItem(item, job, safeParse, markdown, importers)
  if ('status' in found) return found
  const { where, read } = found
  if (job.command === 'validate') return validated(item, job, where, style, read)
  return rendered(item, job, where, style, read, render as Render)
}

/** One input read and validated, with where its problems are reported. */
function readItem(
  item: Item,
  job: Job,
  safeParse: (value: unknown) => SafeParseResult<Article>,
  markdown: MarkdownModule | undefined,
  importers: Importers,
): { where: string; read: ReadArticle } | ItemResult {
  // Where problems are reported: `file`, or `stdin:12` for a stream line.
  const where = item.kind === 'line' ? `${item.name}:${item.line}` : item.name
  let text = ''
  let invalidUtf8 = item.kind !== 'file' && item.invalidUtf8 === true
  if (item.kind === 'file') {
    let bytes: Buffer
    try {
      bytes = readFileSync(item.path)
    } catch (error) {
      return { status: EXIT.io, stderr: `cannot read \`${item.name}\`: ${systemReason(error)}\n` }
    }
    const page = job.from === 'html' || (job.from === undefined && isHtmlPath(item.path))
    const decoded = page ? decodePage(bytes) : isUtf8(bytes) ? bytes.toString('utf8') : undefined
    invalidUtf8 = decoded === undefined
    if (decoded !== undefined) text = decoded
  } else {
    text = item.text
  }
  const unreadable = unreadableProblem(item, invalidUtf8)
  const read = unreadable
    ? { article: undefined, problems: [unreadable], notes: [] }
    : readArticle(item, text, job.from, safeParse, markdown, importers)
  return { where, read }
}

/**
 * A web page's text: in the encoding its first 1,024 bytes declare
 * (`<meta charset>`, or `http-equiv="Content-Type"`), as browsers read a
 * saved page, else as UTF-8; `undefined` when it is neither a known
 * encoding nor UTF-8.
 */
export function decodePage(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString('latin1')
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
  if (label !== undefined && !/^utf-?8$/i.test(label)) {
    try {
      return new TextDecoder(label).decode(bytes)
    } catch {
      // An encoding this runtime does not know: read the page as UTF-8 if it is.
    }
  }
  return isUtf8(bytes) ? bytes.toString('utf8') : undefined
}

/** Why an input has no text to read, if it has none: a line over the length limit, or bytes that are not UTF-8. */
function unreadableProblem(item: Item, invalidUtf8: boolean): Problem | undefined {
  if (item.kind === 'line' && item.tooLong) {
    const message = `line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB; skipped`
    return { path: [], code: 'line_too_long', message, severity: 'error' }
  }
  if (!invalidUtf8) return undefined
  const what = item.kind === 'line' ? 'line' : item.kind === 'file' ? 'file' : 'input'
  return { path: [], code: 'invalid_utf8', message: `invalid UTF-8: the ${what} is not UTF-8 text`, severity: 'error' }
}

/** An input read: the article, or the problems that kept it from being one. */
interface ReadArticle {
  article: Article | undefined
  problems: Problem[]
  /** Warnings of the blog import mode: what it left out or read differently, with its place. */
  notes: Problem[]
}

/**
 * The importers of `articlekit/import` a run uses: the blog dialect (`--from blog`), `fromText`
 * (`--from text`), `fromHtml` (web pages), and `--url`, the address of the one page or story read.
 */
interface Importers {
  dialect: MarkdownDialect | undefined
  fromText: ImportModule['fromText'] | undefined
  fromHtml: ImportModule['fromHtml'] | undefined
  url: string | undefined
}

/** Read and validate one input, as JSON, as Markdown (articlekit's, or a blog post), as a plain-text story or a web page. */
function readArticle(
  item: Item,
  text: string,
  from: InputFormat | undefined,
  safeParse: (value: unknown) => SafeParseResult<Article>,
  markdown: MarkdownModule | undefined,
  { dialect, fromText, fromHtml, url }: Importers,
): ReadArticle {
  const notes: Problem[] = []
  const format = inputFormat(item, text, from)
  if (format === 'json') return { ...readJson(item, text, safeParse), notes }
  // The story's report goes where a blog post's warnings go.
  const onWarning = (warning: Parameters<typeof located>[0]) =>
    notes.push({ ...located(warning), severity: 'warning', labelled: true })
  const importer = format === 'text' ? fromText : format === 'html' ? fromHtml : undefined
  if (importer) {
    try {
      return { article: importer(text, { onWarning, ...(url === undefined ? {} : { url }) }), problems: [], notes }
    } catch (error) {
      return { article: undefined, problems: problemsOf(error), notes }
    }
  }
  if (!markdown) throw new CliError(EXIT.usage, 'Markdown input needs `articlekit/markdown`, which was not loaded')
  try {
    const options: FromMarkdownOptions<never> = { model: { safeParse } as never }
    if (format === 'blog' && dialect) {
      options.dialect = dialect
      if (item.kind === 'file') options.fileName = item.path
      options.onWarning = onWarning
    }
    return { article: markdown.fromMarkdown(text, options) as Article, problems: [], notes }
  } catch (error) {
    return { article: undefined, problems: problemsOf(error), notes }
  }
}

/** Parse JSON (a byte order mark allowed) and validate it; bad JSON is one problem, placed where it breaks. */
function readJson(
  item: Item,
  text: string,
  safeParse: (value: unknown) => SafeParseResult<Article>,
): { article: Article | undefined; problems: Problem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (error) {
    const found = findJsonError(source)
    const problem: Problem = {
      path: [],
      code: 'invalid_json',
      message: `invalid JSON: ${found?.message ?? systemReason(error)}`,
      severity: 'error',
      ...(found && item.kind !== 'line' ? { line: found.line, column: found.column } : {}),
      ...(found && item.kind === 'line' ? { column: found.column } : {}),
    }
    return { article: undefined, problems: [problem] }
  }
  const result = safeParse(value)
  return result.success
    ? { article: result.data, problems: [] }
    : { article: undefined, problems: problemsOf(result.error) }
}

/** `validate`: the problems, warnings and, with `--lint`, lint diagnostics, as lines or as a JSON record. */
function validated(item: Item, job: Job, where: string, style: Style, read: ReadArticle): ItemResult {
  const problems = [...read.notes, ...read.problems].sort(byPlace)
  if (read.article && job.lint) {
    for (const found of lintArticle(read.article)) {
      problems.push({
        path: found.path,
        code: found.code,
        message: found.message,
        severity: found.severity,
        labelled: true,
      })
    }
  }
  const status = problems.some((problem) => problem.severity === 'error') ? EXIT.invalid : EXIT.ok
  if (job.report === 'json') {
    const record = { ...(item.kind === 'line' ? { line: item.line } : { file: item.name }), valid: status === 0 }
    return { status, stdout: `${JSON.stringify({ ...record, issues: problems.map(plainProblem) })}\n` }
  }
  return { status, stdout: problems.map((problem) => formatProblem(where, problem, style)).join('') }
}

/**
 * What `render`, `convert` and `feed` do with an input read: fail it when it
 * is no article, skip a draft post unless `--drafts`, else go on with the
 * article and the import's notes, ready to print.
 */
function gate(
  item: Item,
  job: Job,
  where: string,
  style: Style,
  read: ReadArticle,
): { article: Article; notes: string } | { result: ItemResult } {
  const article = read.article
  const notes = job.quiet ? '' : read.notes.map((warning) => formatProblem(where, warning, style)).join('')
  if (!article) {
    const failed = failure(item, where, 'invalid_article', read.problems, style)
    return { result: notes ? { ...failed, stderr: notes + (failed.stderr ?? '') } : failed }
  }
  if (!job.drafts && read.notes.some((warning) => warning.code === 'draft')) {
    const skipped = job.quiet ? '' : `${style.bold(where)}: skipped: the post is a draft (\`--drafts\` includes it)\n`
    return { result: { status: EXIT.ok, ...(notes || skipped ? { stderr: notes + skipped } : {}) } }
  }
  return { article, notes }
}

/** A result without its standard output: a failed stream line's record is for `render`'s output, not a feed's. */
function withoutRecord({ stdout: _, ...result }: ItemResult): ItemResult {
  return result
}

/** `render` and `convert`: the output, with the renderer's warnings; a draft post is skipped unless `--drafts`. */
function rendered(item: Item, job: Job, where: string, style: Style, read: ReadArticle, render: Render): ItemResult {
  const gated = gate(item, job, where, style, read)
  if ('result' in gated) return gated.result
  const { article, notes } = gated
  const warnings: Problem[] = []
  let output: Rendered
  try {
    output = render(article, (warning) => {
      warnings.push({
        path: warning.path,
        code: (warning as { code?: string }).code ?? 'warning',
        message: warning.message,
        severity: 'warning',
        labelled: true,
      })
    })
    // A stream record embeds a JSON-LD value as it is; a file gets it as indented text.
    if (item.kind !== 'line' && 'value' in output) output = { text: `${JSON.stringify(output.value, null, 2)}\n` }
  } catch (error) {
    // The library names its options; here they are flags.
    const hint =
      (error as { code?: unknown } | null)?.code === 'embargoed' ? ' (here: `--now TIME` or `--ignore-embargo`)' : ''
    const message = `cannot render: ${error instanceof Error ? error.message : String(error)}${hint}`
    return failure(
      item,
      where,
      'render_failed',
      [{ path: renderPath(error), code: 'render_failed', message, severity: 'error' }],
      style,
    )
  }
  const shown = warnings.filter((warning) => job.verbose || warning.code !== 'not_carried')
  const stderr = job.quiet ? '' : notes + shown.map((warning) => formatProblem(where, warning, style)).join('')
  if (item.kind === 'line') {
    const record: Record<string, unknown> = {
      line: item.line,
      output: 'value' in output ? output.value : output.text,
    }
    if (warnings.length > 0) record.warnings = warnings.map(plainProblem)
    return { status: EXIT.ok, stdout: `${JSON.stringify(record)}\n` }
  }
  const document = 'text' in output ? output.text : ''
  const text = document.endsWith('\n') ? document : `${document}\n`
  return { status: EXIT.ok, output: text, ...(stderr ? { stderr } : {}) }
}

/** Codes of the errors that are one problem each, whose code is the record's (the input could not be read). */
const ONE_PROBLEM_CODES = new Set(['invalid_json', 'line_too_long', 'invalid_utf8'])

function failure(item: Item, where: string, code: string, problems: Problem[], style: Style): ItemResult {
  const stderr = problems.map((problem) => formatProblem(where, problem, style)).join('')
  if (item.kind !== 'line') return { status: EXIT.invalid, stderr }
  const first = problems[0]
  // Bad JSON and failed renders have one problem, which is the message; an invalid article lists its issues.
  const kind = first && ONE_PROBLEM_CODES.has(first.code) ? first.code : code
  const message =
    kind === 'invalid_article'
      ? `Invalid article (${problems.length} ${problems.length === 1 ? 'issue' : 'issues'})`
      : (first?.message ?? kind)
  const record = { line: item.line, error: { code: kind, message, issues: problems.map(plainProblem) } }
  return { status: EXIT.invalid, stdout: `${JSON.stringify(record)}\n`, stderr }
}

/** A Markdown issue's fields as a problem's: its place moves out of the message. */
function located(issue: {
  path: readonly (string | number)[]
  code: string
  message: string
  line?: number
  column?: number
}): Omit<Problem, 'severity'> {
  const { line, column } = issue
  const message = typeof line === 'number' ? issue.message.replace(/ \(line \d+, column \d+\)$/, '') : issue.message
  return {
    path: [...issue.path],
    code: issue.code,
    message,
    ...(typeof line === 'number' ? { line } : {}),
    ...(typeof column === 'number' ? { column } : {}),
  }
}

/** Problems in the order of the file; those without a place last. */
function byPlace(a: Problem, b: Problem): number {
  return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.column ?? 0) - (b.column ?? 0)
}

function problemsOf(error: unknown): Problem[] {
  if (isArticleValidationError(error)) {
    // The location is printed before the message; `located` drops it from the message's end.
    return error.issues.map((issue) => ({ ...located(issue), severity: 'error' as const }))
  }
  return [
    {
      path: [],
      code: 'invalid_article',
      message: error instanceof Error ? error.message : String(error),
      severity: 'error',
    },
  ]
}

function renderPath(error: unknown): (string | number)[] {
  const path = (error as { path?: unknown } | null)?.path
  return Array.isArray(path) ? (path as (string | number)[]) : []
}

function plainProblem(problem: Problem): Record<string, unknown> {
  const { labelled: _, ...rest } = problem
  return { ...rest, path: formatPath(problem.path) }
}

/**
 * One problem as one line: `file:path: message`, with `:line:column` after
 * the file when known; lint findings and warnings name their severity.
 */
function formatProblem(where: string, problem: Problem, style: Style): string {
  let location = where
  if (problem.line !== undefined) location += `:${problem.line}:${problem.column ?? 1}`
  else if (problem.column !== undefined) location += `:${problem.column}`
  const path = formatPath(problem.path)
  if (path) location += `:${path}`
  if (!problem.labelled) return `${style.bold(location)}: ${oneLine(problem.message)}\n`
  const paint = problem.severity === 'error' ? style.red : problem.severity === 'warning' ? style.yellow : style.cyan
  return `${style.bold(location)}: ${paint(problem.severity)}: ${oneLine(problem.message)} ${style.dim(`(${problem.code})`)}\n`
}

/**
 * A warning about the input `where` as one line, as `render` prints the
 * renderer's: `file:path: warning: message (code)`.
 */
export function formatWarning(
  where: string,
  warning: { path: (string | number)[]; code: string; message: string },
  color: boolean,
): string {
  const problem: Problem = { ...warning, severity: 'warning', labelled: true }
  return formatProblem(where, problem, createStyle(color))
}

/** Messages are single lines; a stray newline in one would break `file:path: message`. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ')
}
