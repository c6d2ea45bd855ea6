// The blog dialect of `fromMarkdown`: posts written for Jekyll, Hugo,
// Eleventy, Astro, Gatsby, Ghost's Markdown export or Decap CMS, read into a
// validated article. What the model has no place for is a warning, never an
// error: the only error left is a post with no headline anywhere.

import type { Heading, Nodes, RootContent } from 'mdast'
import { fromMarkdown as parse } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { formatPath } from '../core/path.js'
import { type EmbedProvider, embedProviders } from '../html/embeds.js'
import {
  blocks,
  type Context,
  collectDefinitions,
  createContext,
  type FromMarkdownOptions,
  issue,
  type Json,
  type MarkdownDialect,
  type Point,
  place,
  plainText,
} from '../markdown/from-mdast.js'
import { readWithin } from '../markdown/parse-guard.js'
import type { MarkdownIssue } from '../markdown/types.js'
import { squash } from '../model/text.js'
import type { Article } from '../model/types.js'
import { cutText } from '../text/cut.js'
import type { ArticleModel } from '../validate/define.js'
import { ArticleValidationError, type ValidationIssue } from '../validate/errors.js'
import { defaultModel } from '../validate/parse.js'
import { splitPost } from './front-matter.js'
import { bodyHooks } from './post-body.js'
import { readPostFields, type Warn } from './post-fields.js'
import { checkBaseUrl } from './post-url.js'
import { repair } from './repair.js'
import { fenceTemplateCode } from './template-code.js'

/** Options of {@link blog}. */
export interface BlogOptions {
  /**
   * Absolute `http:` or `https:` URL that relative URLs in the post (the
   * lead image, images and links in the body, a relative canonical URL) are
   * resolved against: the site's address, or the post's own for paths
   * relative to the post. Without it, relative URLs stay relative, which the
   * model allows. (default: none)
   */
  baseUrl?: string
  /**
   * The providers whose players an `<iframe>` in the post may show: such a
   * frame becomes an embed; any other becomes a link to its address, with a
   * warning. (default: `embedProviders` of `articlekit/html`: YouTube, Vimeo,
   * Spotify and SoundCloud)
   */
  embeds?: readonly EmbedProvider[]
}

/**
 * The import mode of `fromMarkdown` for posts written for a static-site
 * generator (Jekyll, Hugo, Eleventy, Astro, Gatsby, Ghost's Markdown export,
 * Decap CMS): pass it as the `dialect` option. The front matter may be YAML,
 * TOML or JSON, its common keys (`title`, `date`, `tags`, `cover`, …) are
 * mapped onto the article, and raw HTML, Liquid tags and Hugo shortcodes in
 * the body are read as far as the model allows. Whatever has no place in
 * the model is reported through `onWarning` with its line and column, never
 * as an error; `draft: true` is a warning with code `draft`.
 *
 * @throws {TypeError} when `baseUrl` is not an absolute `http:` or `https:` URL.
 *
 * @example
 * import { fromMarkdown } from 'articlekit/markdown'
 * import { blog } from 'articlekit/import'
 *
 * const article = fromMarkdown(source, {
 *   dialect: blog({ baseUrl: 'https://blog.example.com/' }),
 *   fileName: '2025-01-27-night-ferry.md',
 *   onWarning: (warning) => console.warn(warning.message),
 * })
 */
export function blog(options: BlogOptions = {}): MarkdownDialect {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const baseUrl = checkBaseUrl(options.baseUrl)
  const embeds = options.embeds ?? embedProviders
  if (!Array.isArray(embeds)) throw new TypeError('Expected `embeds` to be an array of embed providers')
  return {
    name: 'blog',
    fromMarkdown: <C = never>(markdown: string, given: FromMarkdownOptions<C>) =>
      importPost<C>(markdown, baseUrl, embeds, given ?? {}),
  }
}

/**
 * The one entry of the blog dialect: split the front matter off, parse the
 * body with GFM (autolink literals and task lists included), convert it with
 * the blog hooks, and validate.
 */
function importPost<C>(
  markdown: string,
  baseUrl: string | undefined,
  embeds: readonly EmbedProvider[],
  options: FromMarkdownOptions<C>,
): Article<C> {
  const warnings: MarkdownIssue[] = []
  const warn: Warn = (code, path, message, at) => {
    warnings.push(issue(path, code, message, at))
  }
  const fileName = typeof options.fileName === 'string' ? options.fileName : undefined
  const { frontMatter, body } = splitPost(String(markdown))
  for (const problem of frontMatter?.problems ?? []) warn(problem.code, [], problem.message, problem.at)
  const fenced = fenceTemplateCode(body)
  for (const note of fenced.notes) warn('template_tag', [], note.message, note.at)
  // Within `fromMarkdown`'s limits, so that hostile posts are refused in linear time, never a stack overflow.
  const tree = readWithin(
    fenced.text,
    options.limits,
    (guard) => parse(fenced.text, { extensions: [gfm(), guard], mdastExtensions: [gfmFromMarkdown()] }),
    (parsed) => parsed,
  )
  const post = readPostFields(frontMatter, { baseUrl, fileName }, warn)
  const fields: Json = { ...post.fields }
  const children: RootContent[] = [...tree.children]
  const positions = new Map(post.positions)
  findHeadline(fields, positions, children, post.fileTitle, warn)

  // Level-1 headings left in the body: every heading moves one level down, so the outline keeps its shape.
  const first = firstLevelOne(children)
  if (first) {
    warn(
      'heading_shifted',
      ['body'],
      'The body has level-1 headings, which are the headline in the model; every heading is moved one level down',
      startOf(first),
    )
  }
  const context = createContext(bodyHooks({ source: fenced.text, baseUrl, embeds, headingShift: first ? 1 : 0, warn }))
  for (const [field, where] of positions) context.positions.set(formatPath([field]), where)
  collectDefinitions(children, context, fields)
  const input: Json = { ...fields, body: blocks(children, ['body'], context) }
  // What the shared conversion reports as not part of the model is left out; in this dialect it is a warning.
  for (const found of context.issues) warnings.push(found)
  return validatePost(input, context, warnings, warn, options)
}

/** Where a node starts. */
function startOf(node: Nodes | undefined): Point | undefined {
  const start = node?.position?.start
  return start ? { line: start.line, column: start.column } : undefined
}

/**
 * The headline: the title, else the first level-1 heading (taken out of the
 * body), else the file name, else the first words. A level-1 heading that
 * repeats the title is taken out of the body.
 */
function findHeadline(
  fields: Json,
  positions: Map<string, Point>,
  children: RootContent[],
  fileTitle: string | undefined,
  warn: Warn,
): void {
  const isTitle = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === 1
  const text = (node: Nodes) => squash(plainText(node))
  const title = typeof fields.headline === 'string' ? fields.headline : undefined
  if (title !== undefined) {
    const same = (value: string) => value.toLowerCase() === title.toLowerCase()
    const index = children.findIndex((node) => isTitle(node) && same(text(node)))
    if (index !== -1) {
      warn(
        'headline_repeated',
        ['body'],
        'A level-1 heading repeats the title; it is left out',
        startOf(children[index]),
      )
      children.splice(index, 1)
    }
    return
  }
  const index = children.findIndex((node) => isTitle(node) && text(node) !== '')
  if (index !== -1) {
    fields.headline = text(children[index] as Heading)
    const where = startOf(children[index])
    if (where) positions.set('headline', where)
    children.splice(index, 1)
  } else if (fileTitle !== undefined) {
    fields.headline = fileTitle
    warn(
      'headline_from_file_name',
      ['headline'],
      `The post has no title; the headline \`${fileTitle}\` is taken from its file name`,
    )
  } else {
    // Nothing names the post: its first words stand in, so that the post still imports.
    const words = children.map((node) => text(node)).find((value) => value !== '')
    if (words !== undefined) {
      fields.headline = cutText(words, 81)
      warn(
        'headline_from_text',
        ['headline'],
        `The post has no title, no level-1 heading and no file name; its first words \`${fields.headline}\` are the headline`,
      )
    }
  }
}

/**
 * Validate the converted post with the model, repairing (and reporting) what
 * it refuses, round by round; hand the warnings over in the order of the
 * file; throw what cannot be repaired.
 */
function validatePost<C>(
  input: Json,
  context: Context,
  warnings: MarkdownIssue[],
  warn: Warn,
  options: FromMarkdownOptions<C>,
): Article<C> {
  const model = (options.model ?? defaultModel()) as Pick<ArticleModel<C, unknown>, 'safeParse'>
  const problems: MarkdownIssue[] = []
  if (input.headline === undefined) {
    problems.push(
      issue(
        ['headline'],
        'missing_headline',
        'The post has no title and no text: give its front matter a `title`, start it with a `# Title` line, or pass its `fileName`',
        undefined,
      ),
    )
  }
  let result = model.safeParse(input)
  // Whatever the model still refuses is repaired (kept as text, or left out) and reported, round by round.
  for (let round = 0; problems.length === 0 && !result.success && round < 20; round++) {
    const locate = (found: ValidationIssue) => {
      const placed = place(found, context)
      return placed.line === undefined ? undefined : { line: placed.line, column: placed.column ?? 1 }
    }
    if (!repair(input, result.error.issues, warn, locate)) break
    result = model.safeParse(input)
  }
  const byPlace = (a: MarkdownIssue, b: MarkdownIssue) =>
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.column ?? 0) - (b.column ?? 0)
  if (typeof options.onWarning === 'function') for (const warning of warnings.sort(byPlace)) options.onWarning(warning)
  if (problems.length === 0 && !result.success)
    for (const found of result.error.issues) problems.push(place(found, context))
  if (problems.length > 0 || !result.success) throw new ArticleValidationError(problems.sort(byPlace))
  return result.data as Article<C>
}

/** The first level-1 heading anywhere in the flow content, without recursion. */
function firstLevelOne(children: readonly RootContent[]): Heading | undefined {
  const stack: Nodes[] = [...children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'heading') {
      if (node.depth === 1) return node
      continue
    }
    if (
      node.type === 'blockquote' ||
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'footnoteDefinition'
    )
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return undefined
}
