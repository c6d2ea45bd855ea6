// `articlekit feed`: articles read and validated as `render` reads them, then
// written as one RSS, Atom or JSON Feed document, or as a sitemap's files,
// with `articlekit/feed`. Nothing is written unless every input is an article.

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Article, checkUrl, formatPath } from 'articlekit'
import type { FeedChannel, FeedWarning, NewsPublication, Sitemap } from 'articlekit/feed'
import type { CliConfig } from './config.js'
import { type Engine, formatWarning, type Item, type Job } from './engine.js'
import { CliError, EXIT, type ExitCode, ioError, PREFIX, prefixLines, systemReason, usageError } from './errors.js'
import { canonical, type InputFile, writeAtomic } from './files.js'
import { findJsonError } from './json-error.js'
import { writeOut } from './output.js'

type FeedModule = typeof import('articlekit/feed')

/** Formats of `feed --to`, each with the extension its file usually has. */
export const FEED_FORMATS: Record<string, string> = {
  rss: '.xml',
  atom: '.atom',
  'json-feed': '.json',
  sitemap: '.xml',
  'news-sitemap': '.xml',
}

/** The formats that are sitemaps: files, maybe several, rather than one document. */
const SITEMAPS = new Set(['sitemap', 'news-sitemap'])

/** The fields of a site file that make the channel of RSS, Atom and JSON Feed (`FeedChannel`). */
const CHANNEL_KEYS = ['title', 'link', 'description', 'language', 'image', 'copyright', 'generator', 'self', 'author']

/** Every field of a site file: the channel, the news sitemap's publication, and where split sitemaps go. */
const SITE_KEYS = [...CHANNEL_KEYS, 'publication', 'sitemapBase']

/** What the site file of a format must give, for the message when `--site` is missing. */
const NEEDS: Record<string, string> = {
  rss: "the feed's title, link and description",
  atom: "the feed's title, link and the rest",
  'json-feed': "the feed's title, link and the rest",
  'news-sitemap': "the publication's name",
}

/** The options of `feed`, checked. */
export interface FeedOptions {
  format: string
  /** The site file, read and checked for the format. */
  site: Site | undefined
  /** `--out`: absolute path, and as given for messages. */
  out: { path: string; name: string } | undefined
  /** `--out-dir`: absolute path. */
  outDir: string | undefined
  limit: number | undefined
  maxUrls: number | undefined
  /** `--all-dates`: a news sitemap without the two-day window. */
  allDates: boolean
  indent: boolean
}

/** A site file, checked. */
interface Site {
  channel: FeedChannel | undefined
  publication: NewsPublication | undefined
  sitemapBase: string | undefined
}

/** Load `articlekit/feed`, or fail with a clear message when this build lacks it. */
async function loadFeed(): Promise<FeedModule> {
  try {
    return await import('articlekit/feed')
  } catch (error) {
    throw new CliError(EXIT.usage, `\`feed\` is not available: ${systemReason(error).split('\n')[0]}`, { cause: error })
  }
}

/** A whole number from `min` to `max`, or the usage error naming the flag. */
function count(value: unknown, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= min && number <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`
    throw usageError(`\`${flag}\` must be a whole number ${range}, not \`${String(value)}\``)
  }
  return number
}

/**
 * Check the options of `feed` for `format` and read its site file: which
 * flags go with which format, and whether `--site` is needed (by every
 * format but `sitemap`, where it gives only `sitemapBase`).
 */
export async function readFeedOptions(
  values: Record<string, unknown>,
  format: string,
  cwd: string,
): Promise<FeedOptions> {
  const sitemap = SITEMAPS.has(format)
  const out = values.out as string | undefined
  const outDir = values['out-dir'] as string | undefined
  if (out !== undefined && outDir !== undefined) throw usageError('`--out` and `--out-dir` cannot go together')
  if (outDir !== undefined && !sitemap)
    throw usageError('`--out-dir` goes with sitemaps, which may be several files; write a feed with `--out FILE`')
  if (values['all-dates'] === true && format !== 'news-sitemap')
    throw usageError('`--all-dates` goes with `--to news-sitemap` only')
  const self = values.self as string | undefined
  if (self !== undefined && sitemap) throw usageError('`--self` goes with `--to rss`, `atom` or `json-feed` only')
  if (values['max-urls'] !== undefined && !sitemap) throw usageError('`--max-urls` goes with sitemaps only')
  const limit = count(values.limit, '--limit', 1)
  const maxUrls = count(values['max-urls'], '--max-urls', 1, format === 'news-sitemap' ? 1_000 : 50_000)
  const sitePath = values.site as string | undefined
  if (sitePath === undefined && format !== 'sitemap') {
    throw usageError(`\`--to ${format}\` needs \`--site FILE\`: ${NEEDS[format]} (see \`articlekit feed --help\`)`)
  }
  const site = sitePath === undefined ? undefined : await readSite(sitePath, resolve(cwd, sitePath), format, self)
  return {
    format,
    site,
    out: out === undefined ? undefined : { path: resolve(cwd, out), name: out },
    outDir: outDir === undefined ? undefined : resolve(cwd, outDir),
    limit,
    maxUrls,
    allDates: values['all-dates'] === true,
    indent: values.indent === true,
  }
}

/** The usage error for the site file `name` at `path`. */
function siteError(name: string, path: readonly (string | number)[], message: string): CliError {
  const where = formatPath(path)
  return usageError(`${name}${where ? `:${where}` : ''}: ${message}`)
}

/**
 * A library `RenderError` about the channel or publication as a site file
 * error, its path mapped by `rename`; `undefined` from it means a flag,
 * whose name is then `name`.
 */
function fromRender(
  name: string,
  error: unknown,
  rename: (path: (string | number)[]) => (string | number)[] | undefined,
): never {
  const found = error as { name?: unknown; code?: unknown; path?: unknown; message?: unknown }
  if (found?.name !== 'RenderError' || found.code !== 'invalid_option' || !Array.isArray(found.path)) throw error
  const path = found.path as (string | number)[]
  const message = String(found.message).slice(formatPath(path).length + 2)
  const renamed = rename(path)
  throw renamed === undefined ? usageError(`\`${name}\`: ${message}`) : siteError(name, renamed, message)
}

/**
 * Read the site file `name` and check what `format` uses of it, with the
 * library's own checks: the channel for RSS, Atom and JSON Feed (with
 * `--self` over its `self`), the publication for a news sitemap (its
 * `publication`, else `title` and `language`), and `sitemapBase`.
 */
async function readSite(name: string, path: string, format: string, self: string | undefined): Promise<Site> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw ioError('cannot read', name, error)
  }
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    const found = findJsonError(text)
    throw usageError(
      `${name}${found ? `:${found.line}:${found.column}` : ''}: invalid JSON: ${found?.message ?? 'cannot parse'}`,
    )
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw siteError(name, [], "Expected an object: the feed's `title`, `link` and the rest")
  }
  const fields = value as Record<string, unknown>
  for (const key of Object.keys(fields)) {
    if (!SITE_KEYS.includes(key)) {
      throw siteError(
        name,
        [],
        `unknown key \`${key}\`; expected ${SITE_KEYS.map((known) => `\`${known}\``).join(', ')}`,
      )
    }
  }
  const feed = await loadFeed()
  const site: Site = { channel: undefined, publication: undefined, sitemapBase: undefined }
  const base = fields.sitemapBase
  if (base !== undefined) {
    if (typeof base !== 'string' || !/^https?:\/\/[^/].*\/$/i.test(base) || checkUrl(base, true) !== undefined) {
      const got = typeof base === 'string' ? `\`${base}\`` : `a ${typeof base}`
      throw siteError(
        name,
        ['sitemapBase'],
        `Expected the absolute http: or https: URL of the sitemaps' folder, ending in \`/\`, got ${got}`,
      )
    }
    site.sitemapBase = base
  }
  if (format === 'news-sitemap') site.publication = checkPublication(feed, name, fields)
  else if (!SITEMAPS.has(format)) site.channel = checkChannel(feed, name, fields, format, self)
  return site
}

/** The channel of the site file, checked by building an empty feed of `format` with it. */
function checkChannel(
  feed: FeedModule,
  name: string,
  fields: Record<string, unknown>,
  format: string,
  self: string | undefined,
): FeedChannel {
  const channel = Object.fromEntries(Object.entries(fields).filter(([key]) => CHANNEL_KEYS.includes(key)))
  if (self !== undefined) channel.self = self
  const build = format === 'rss' ? feed.toRss : format === 'atom' ? feed.toAtom : feed.toJsonFeed
  try {
    build([], channel as unknown as FeedChannel)
  } catch (error) {
    // `--self` is checked as the channel's `self`; say which one was wrong.
    const flag = self !== undefined && (error as { path?: unknown[] })?.path?.[1] === 'self'
    fromRender(flag ? '--self' : name, error, (path) => (flag ? undefined : path.slice(1)))
  }
  return channel as unknown as FeedChannel
}

/** The news sitemap's publication: the site file's `publication`, else its `title` and `language`. */
function checkPublication(feed: FeedModule, name: string, fields: Record<string, unknown>): NewsPublication {
  const given = fields.publication
  if (given !== undefined && given !== null && typeof given === 'object' && !Array.isArray(given)) {
    for (const key of Object.keys(given)) {
      if (key !== 'name' && key !== 'language')
        throw siteError(name, ['publication'], `unknown key \`${key}\`; expected \`name\`, \`language\``)
    }
  }
  const derived = given === undefined
  const publication = (derived ? { name: fields.title, language: fields.language } : given) as NewsPublication
  if (derived && publication.language === undefined) delete publication.language
  if (derived && publication.name === undefined) {
    throw siteError(name, [], "A news sitemap needs the publication's name: `publication.name`, or `title`")
  }
  try {
    feed.toNewsSitemap([], publication)
  } catch (error) {
    fromRender(name, error, (path) => (derived ? [path[1] === 'name' ? 'title' : 'language'] : path))
  }
  return publication
}

/** Where `feed` reads and writes. */
interface FeedIo {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

/**
 * Read every item, then write the feed: nothing when an input failed (its
 * problems printed as `render` prints them, exit code 1 or 3), else the
 * document or the sitemap's files, with the library's warnings (articles
 * left out, and why) on standard error.
 */
export async function runFeed(
  io: FeedIo,
  job: Job,
  engine: Engine,
  config: CliConfig,
  items: AsyncIterable<Item> | Iterable<Item>,
  inputs: readonly InputFile[],
  options: FeedOptions,
): Promise<ExitCode> {
  const taken = new Set(inputs.map((input) => canonical(input.path)))
  if (options.out && taken.has(canonical(options.out.path)))
    throw usageError(`\`--out ${options.out.name}\` would overwrite an input`)
  const articles: Article[] = []
  const names: string[] = []
  let worst: ExitCode = EXIT.ok
  let failed = 0
  for await (const item of items) {
    const { article, result } = engine.read(item)
    if (result.stderr) io.stderr.write(prefixLines(result.stderr))
    if (result.status !== EXIT.ok) {
      failed++
      if (result.status > worst) worst = result.status
    } else if (article) {
      articles.push(article)
      names.push(item.kind === 'line' ? `${item.name}:${item.line}` : item.name)
    }
  }
  if (failed > 0) {
    io.stderr.write(`${PREFIX}the feed is not written: ${failed} ${failed === 1 ? 'input' : 'inputs'} failed\n`)
    return worst
  }
  const feed = await loadFeed()
  const picked = window(io, job, feed, options, articles, names)
  const output = build(feed, job, config, options, picked.articles, (warning) => {
    if (job.quiet) return
    const [index, ...path] = warning.path
    io.stderr.write(prefixLines(formatWarning(picked.names[index as number] ?? '', { ...warning, path }, job.color)))
  })
  if (typeof output === 'string') await write(io, job, options, output)
  else await writeSitemap(io, job, options, output, taken)
  return EXIT.ok
}

/**
 * A news sitemap lists the articles of the last two days, as Google asks:
 * the others are left out with one note, unless `--all-dates`.
 */
function window(
  io: FeedIo,
  job: Job,
  feed: FeedModule,
  options: FeedOptions,
  articles: Article[],
  names: string[],
): { articles: Article[]; names: string[] } {
  if (options.format !== 'news-sitemap' || options.allDates) return { articles, names }
  const recent = new Set<Article>(feed.recentForNews(articles, { now: job.embargo?.now ?? Date.now() }))
  const kept = articles.flatMap((article, index) => (recent.has(article) ? [index] : []))
  const left = articles.length - kept.length
  if (left > 0 && !job.quiet) {
    const what = left === 1 ? '1 article' : `${left} articles`
    io.stderr.write(
      `${PREFIX}${what} not published in the two days before now left out of the news sitemap (\`--all-dates\` keeps them)\n`,
    )
  }
  return {
    articles: kept.map((index) => articles[index] as Article),
    names: kept.map((index) => names[index] as string),
  }
}

/** The feed as text, or the sitemap's files; a library error as the CLI's. */
function build(
  feed: FeedModule,
  job: Job,
  config: CliConfig,
  options: FeedOptions,
  articles: Article[],
  onWarning: (warning: FeedWarning) => void,
): string | Sitemap {
  const { document: _, ...html } = config.html ?? {}
  const common = {
    ...(options.limit !== undefined && { limit: options.limit }),
    ...job.embargo,
    indent: options.indent,
    onWarning,
  }
  const site = options.site
  const sitemap = {
    ...common,
    ...(options.maxUrls !== undefined && { maxUrls: options.maxUrls }),
    ...(site?.sitemapBase !== undefined && { base: site.sitemapBase }),
  }
  try {
    switch (options.format) {
      case 'rss':
        return feed.toRss(articles, site?.channel as FeedChannel, { ...common, html })
      case 'atom':
        return feed.toAtom(articles, site?.channel as FeedChannel, { ...common, html })
      case 'json-feed':
        return feed.toJsonFeed(articles, site?.channel as FeedChannel, { ...common, html, text: config.text ?? {} })
      case 'sitemap':
        return feed.toSitemap(articles, sitemap)
      default:
        return feed.toNewsSitemap(articles, site?.publication as NewsPublication, {
          ...sitemap,
          indexName: 'news-sitemap.xml',
          fileName: (number) => `news-sitemap-${number}.xml`,
        })
    }
  } catch (error) {
    const found = error as { name?: unknown; path?: unknown; message?: unknown }
    if (found?.name !== 'RenderError') throw error
    if (Array.isArray(found.path) && found.path[0] === 'base') {
      throw usageError(
        'the sitemap needs several files and an index, which lists them by URL: give `sitemapBase` in the site file (`--site FILE`), the absolute URL of the folder they go in, ending in `/`',
      )
    }
    throw new CliError(EXIT.invalid, `cannot write the feed: ${String(found.message)}`, { cause: error })
  }
}

/** A document ending in a line feed, as text files do (the XML ones have it already). */
function lineEnded(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}

/** One document to `--out` (atomically) or standard output. */
async function write(io: FeedIo, job: Job, options: FeedOptions, document: string): Promise<void> {
  const text = lineEnded(document)
  if (!options.out) return writeOut(io.stdout, text)
  writeAtomic(options.out.path, text)
  if (job.verbose) io.stderr.write(`${PREFIX}wrote ${options.out.path}\n`)
}

/**
 * A sitemap: one file as one document; several, with their index, into
 * `--out-dir` only, the index last, so that it never lists a file not yet written.
 */
async function writeSitemap(
  io: FeedIo,
  job: Job,
  options: FeedOptions,
  sitemap: Sitemap,
  taken: ReadonlySet<string>,
): Promise<void> {
  const { files, index } = sitemap
  if (options.outDir === undefined) {
    if (index) {
      const instead = options.out ? '`--out`' : 'standard output'
      throw usageError(
        `the sitemap needs ${files.length - 1} files and an index; write them with \`--out-dir DIR\` rather than ${instead}`,
      )
    }
    return write(io, job, options, (files[0] as { xml: string }).xml)
  }
  const ordered = index ? [...files.slice(1), index] : files
  const targets = ordered.map((file) => join(options.outDir as string, file.name))
  for (const [at, target] of targets.entries()) {
    if (taken.has(canonical(target)))
      throw usageError(`\`--out-dir\` would write \`${ordered[at]?.name}\` over an input`)
  }
  for (const [at, target] of targets.entries()) {
    writeAtomic(target, lineEnded((ordered[at] as { xml: string }).xml))
    if (job.verbose) io.stderr.write(`${PREFIX}wrote ${target}\n`)
  }
}
