import { formatPath } from '../../core/path.js'
import { warn } from '../../core/problem.js'
import { RenderError } from '../../core/renderer.js'
import { isArticleType, isNewsType } from '../../model/article-types.js'
import { type FieldContent, nodeSpec } from '../../model/node-types.js'
import { squash } from '../../model/text.js'
import type { Article, Contributor, RelatedLink, Source } from '../../model/types.js'
import { wordCount as countWords, textOf } from '../../text/measures.js'
import type { JsonLdBreadcrumb, JsonLdNode, JsonLdState } from '../types.js'
import { absoluteUrl, idOf, inlineText, int, list, nodeOf, nonEmpty, put, ref, stateUrl } from '../util.js'
import { liveCoverage } from './live-blog.js'
import { associatedMedia } from './media.js'

const CONTEXT = 'https://schema.org'

/**
 * The whole output. Flat mode: the article node with `@context`. Graph mode:
 * a `@graph` of the Organization, WebSite, WebPage, the article, its authors
 * with profile URLs, the lead image and the BreadcrumbList, linked by `@id`.
 */
export function article(node: Article, state: JsonLdState): JsonLdNode {
  const main = nodeOf(state.handle('articleNode', node)) ?? {}
  const { options } = state
  if (options.mode !== 'graph') return { '@context': CONTEXT, ...main }
  const nodes: JsonLdNode[] = []
  const organization = options.graph.find((item) => item['@id'] === options.publisherId)
  if (organization) nodes.push(organization)
  const website = nodeOf(state.handle('webSite', node))
  if (website) nodes.push(website)
  // Without a canonical URL, the WebPage is nested in the article (see webPage).
  const page = options.canonical === undefined ? undefined : nodeOf(state.handle('webPage', node))
  if (page) nodes.push(page)
  nodes.push(main)
  for (const item of options.graph) if (item !== organization) nodes.push(item)
  return { '@context': CONTEXT, '@graph': nodes }
}

/**
 * The article's own node: every field of the article that schema.org has a
 * property for. In graph mode, the nodes it links to (publisher, authors with
 * a profile, lead image) are added to the graph and referenced by `@id`.
 */
export function articleNode(node: Article, state: JsonLdState): JsonLdNode {
  const { options } = state
  const { canonical } = options
  const graph = options.mode === 'graph'
  const type = isArticleType(node.type) ? node.type : 'Article'
  const out: JsonLdNode = { '@type': type !== 'NewsArticle' && isNewsType(type) ? [type, 'NewsArticle'] : type }
  if (graph && canonical !== undefined) out['@id'] = idOf(canonical, 'article')
  put(out, 'headline', nonEmpty(node.headline))
  put(out, 'alternativeHeadline', nonEmpty(node.alternativeHeadline))
  put(out, 'description', describe(node, state))
  put(out, 'url', canonical)
  // Without a canonical URL the WebPage has no id to link by: it stays nested, as in flat mode.
  if (graph && canonical !== undefined) out.mainEntityOfPage = ref(canonical)
  else put(out, 'mainEntityOfPage', nodeOf(state.handle('webPage', node)))
  put(out, 'inLanguage', nonEmpty(node.language))
  put(out, 'datePublished', nonEmpty(node.datePublished))
  put(out, 'dateModified', nonEmpty(node.dateModified))
  put(out, 'dateline', nonEmpty(node.dateline))
  // The publisher is linked first: when an author is the same organization, the publisher's node leads.
  const publisher = link(state, nodeOf(state.handle('publisher', node)), ['publisher'])
  if (graph && publisher !== undefined) options.publisherId = publisher['@id'] as string | undefined
  put(
    out,
    'author',
    list(node.authors)
      .map((author, index) => link(state, nodeOf(state.handle('author', author, 'authors', index)), ['authors', index]))
      .filter((author) => author !== undefined),
  )
  for (const [key, people] of Object.entries(contributors(node, state))) put(out, key, people)
  put(out, 'publisher', publisher)
  put(out, 'image', images(node, state))
  put(out, 'articleSection', nonEmpty(node.section))
  put(
    out,
    'keywords',
    list<unknown>(node.keywords).filter((keyword) => nonEmpty(keyword) !== undefined),
  )
  if (options.wordCount) put(out, 'wordCount', int(countWords(node)))
  if (options.includeBody) put(out, 'articleBody', nonEmpty(textOf(node)))
  if (node.isAccessibleForFree === true) out.isAccessibleForFree = true
  else if (node.isAccessibleForFree === false) {
    out.isAccessibleForFree = false
    out.hasPart = { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: options.paywallSelector }
  }
  const citations: JsonLdNode[] = []
  const basedOn: JsonLdNode[] = []
  list<Source>(node.sources).forEach((source, index) => {
    const work = nodeOf(state.handle('source', source, 'sources', index))
    if (work === undefined) return
    citations.push(work)
    if (source.basedOn === true) basedOn.push({ ...work })
  })
  put(out, 'citation', citations)
  put(out, 'isBasedOn', basedOn)
  put(
    out,
    'correction',
    list(node.corrections)
      .map((entry, index) => nodeOf(state.handle('correction', entry, 'corrections', index)))
      .filter((entry) => entry !== undefined),
  )
  put(out, 'copyrightHolder', nonEmpty(node.copyrightHolder))
  put(out, 'copyrightYear', int(node.copyrightYear))
  put(out, 'license', stateUrl(state, node.license, 'license', 'license'))
  put(out, 'backstory', nonEmpty(node.backstory))
  if (node.audio !== undefined) put(out, 'audio', nodeOf(state.handle('audioObject', node.audio, 'audio')))
  put(out, 'associatedMedia', associatedMedia(node, state))
  if (type === 'LiveBlogPosting') liveCoverage(out, node, state)
  return out
}

/**
 * The contributors as `editor`, `translator` and `contributor` (additional
 * reporting, photographers, illustrators, fact-checkers and the rest), each
 * a Person or Organization written by the `author` handler, in the order
 * given. In graph mode one with a profile URL is linked by `@id`, as authors
 * are. An entry that is not an object or has no name is left out.
 */
function contributors(node: Article, state: JsonLdState): Record<string, JsonLdNode[]> {
  const out: Record<string, JsonLdNode[]> = { editor: [], translator: [], contributor: [] }
  list<Contributor>(node.contributors).forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object') return
    const person = link(state, nodeOf(state.handle('author', entry, 'contributors', index)), ['contributors', index])
    if (person === undefined) return
    // schema.org has a property of their own for editors and translators; `contributor` is for the rest.
    const key = entry.role === 'editor' || entry.role === 'translator' ? entry.role : 'contributor'
    out[key]?.push(person)
  })
  return out
}

/** `description`: the explicit one, else the standfirst as text. */
export function describe(node: Article, state: JsonLdState): string | undefined {
  return (
    nonEmpty(node.description) ?? (Array.isArray(node.standfirst) ? inlineText(state, node, 'standfirst') : undefined)
  )
}

/**
 * In graph mode, a node with an `@id` goes into the graph and is replaced by
 * a reference. A second node with the same id adds the properties the first
 * one lacks, but only when it is the same entity (an organization that is
 * both author and publisher): same kind and same name. A different entity
 * with the same id (two authors who share a URL) keeps its own node, nested
 * without the id, and is reported as `id_conflict`.
 */
function link(state: JsonLdState, node: JsonLdNode | undefined, at: (string | number)[]): JsonLdNode | undefined {
  const id = node?.['@id']
  if (node === undefined || state.options.mode !== 'graph' || typeof id !== 'string') return node
  const { graph } = state.options
  const known = graph.find((item) => item['@id'] === id)
  if (known === undefined) graph.push(node)
  else if (sameEntity(known, node)) {
    for (const key of Object.keys(node)) if (!(key in known)) known[key] = node[key]
  } else {
    const { '@id': _, ...own } = node
    const other = `with ${quote(known.name)}, a different entity; written as its own node, without an @id`
    warn(state, 'id_conflict', at, `${formatPath(at)} (${quote(node.name)}) would share the @id \`${id}\` ${other}`)
    return own
  }
  return ref(id)
}

/** Whether two nodes with one id describe one entity: both people or both organizations, with the same name. */
function sameEntity(a: JsonLdNode, b: JsonLdNode): boolean {
  const kind = (node: JsonLdNode) => {
    const type = Array.isArray(node['@type']) ? node['@type'][0] : node['@type']
    return typeof type === 'string' && type.endsWith('Organization') ? 'Organization' : type
  }
  const name = (node: JsonLdNode) => (typeof node.name === 'string' ? squash(node.name) : undefined)
  return kind(a) === kind(b) && name(a) === name(b)
}

/** A name for a message, in backticks. */
function quote(value: unknown): string {
  return typeof value === 'string' ? `\`${value.slice(0, 80)}\`` : 'a node without a name'
}

/**
 * `image`: the lead image, then its `crops`, then the extra crops of the
 * `images` option, each URL once: Google picks the one whose shape fits.
 */
function images(node: Article, state: JsonLdState): JsonLdNode[] {
  const { options } = state
  const result: JsonLdNode[] = []
  const image: unknown = node.image
  if (image !== undefined && image !== null) {
    const lead = nodeOf(state.handle('imageObject', image, 'image'))
    if (lead !== undefined && options.mode === 'graph' && options.canonical !== undefined) {
      const { '@type': type, ...rest } = lead
      const node = { '@type': type, '@id': idOf(options.canonical, 'primaryimage'), ...rest }
      result.push(link(state, node, ['image']) ?? node)
    } else if (lead !== undefined) result.push(lead)
  }
  const seen = new Set(result.map((entry) => entry.url))
  const crop = (value: unknown, path: (string | number)[]) => {
    const entry = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
    const url = absoluteUrl(options, entry.url, 'image', [...path, 'url'])
    if (url === undefined || seen.has(url)) return
    seen.add(url)
    const out: JsonLdNode = { '@type': 'ImageObject', url, contentUrl: url }
    put(out, 'width', size(entry.width))
    put(out, 'height', size(entry.height))
    result.push(out)
  }
  if (image !== null && typeof image === 'object')
    list((image as { crops?: unknown }).crops).forEach((entry, index) => {
      crop(entry, ['image', 'crops', index])
    })
  options.images.forEach((entry, index) => {
    crop(entry, ['options', 'images', index])
  })
  return result
}

/** A width or height: a positive safe integer, as the model allows. */
function size(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined
}

/**
 * The WebPage: in flat mode nested as the article's `mainEntityOfPage` (only
 * when there is something to say); in graph mode its own node, with
 * `isPartOf`, `primaryImageOfPage` and `breadcrumb` by reference. In graph
 * mode without a canonical URL it has no id, and is nested as in flat mode,
 * so breadcrumbs and related links are kept. It holds `relatedLink`, never
 * the article.
 */
export function webPage(node: Article, state: JsonLdState): JsonLdNode | undefined {
  const { options } = state
  const { canonical } = options
  const graph = options.mode === 'graph' && canonical !== undefined
  const page: JsonLdNode = { '@type': 'WebPage' }
  put(page, '@id', canonical)
  if (graph) {
    page.url = canonical
    put(page, 'name', nonEmpty(node.headline))
    put(page, 'inLanguage', nonEmpty(node.language))
    if (options.siteUrl !== undefined && nonEmpty(options.site.name) !== undefined) {
      page.isPartOf = ref(idOf(options.siteUrl, 'website'))
    }
    const image = options.graph.find((item) => item['@type'] === 'ImageObject')
    if (image !== undefined) page.primaryImageOfPage = ref(image['@id'] as string)
  }
  const crumbs =
    options.breadcrumbs.length > 0 ? nodeOf(state.handle('breadcrumbList', options.breadcrumbs)) : undefined
  if (graph && crumbs !== undefined) {
    options.graph.push(crumbs)
    page.breadcrumb = ref(crumbs['@id'] as string)
  } else put(page, 'breadcrumb', crumbs)
  put(page, 'relatedLink', relatedLinks(node, state))
  return Object.keys(page).length > 1 ? page : undefined
}

/**
 * The WebSite (graph mode), when the `site` option gives a URL and a name:
 * `<site>/#website`. A site without a name gives no WebSite (its name is
 * never made up). Its `publisher` is the article's publisher only when that
 * is the site's organization (`<site>/#organization`, with the site's name).
 */
export function webSite(_node: Article, state: JsonLdState): JsonLdNode | undefined {
  const { options } = state
  const name = nonEmpty(options.site.name)
  if (options.siteUrl === undefined || name === undefined) return undefined
  const site: JsonLdNode = { '@type': 'WebSite', '@id': idOf(options.siteUrl, 'website'), url: options.siteUrl, name }
  put(site, 'inLanguage', nonEmpty(options.site.language))
  const id = idOf(options.siteUrl, 'organization')
  const organization = options.graph.find((item) => item['@id'] === id)
  if (organization !== undefined && options.publisherId === id && organization.name === name) site.publisher = ref(id)
  return site
}

/** The `breadcrumbs` option as a BreadcrumbList of ListItems, positions from 1; `<canonical>#breadcrumb` in graph mode. */
export function breadcrumbList(crumbs: readonly JsonLdBreadcrumb[], state: JsonLdState): JsonLdNode | undefined {
  const { options } = state
  const items: JsonLdNode[] = []
  crumbs.forEach((crumb, index) => {
    const name = nonEmpty(crumb?.name)
    if (name === undefined) return
    const item: JsonLdNode = { '@type': 'ListItem', position: items.length + 1, name }
    put(item, 'item', absoluteUrl(options, crumb.url, 'other', ['options', 'breadcrumbs', index, 'url']))
    items.push(item)
  })
  if (items.length === 0) return undefined
  const list: JsonLdNode = { '@type': 'BreadcrumbList' }
  if (options.mode === 'graph' && options.canonical !== undefined) list['@id'] = idOf(options.canonical, 'breadcrumb')
  list.itemListElement = items
  return list
}

/**
 * Absolute URLs of the related articles: the article's `related` list, then
 * the links of "Read more" boxes in the body, each once.
 */
function relatedLinks(node: Article, state: JsonLdState): string[] {
  const found = new Set<string>()
  const add = (links: readonly RelatedLink[], path: (string | number)[]) => {
    links.forEach((entry, index) => {
      if (entry === null || typeof entry !== 'object') return
      const url = absoluteUrl(state.options, entry.url, 'related', [...path, index, 'url'])
      if (url !== undefined) found.add(url)
    })
  }
  add(list(node.related), ['related'])
  // Blocks only, never inline content: a short walk even for a long article. Each block once, so a
  // cycle ends. Entries link to their parent, so a path is only built for a box found or an error.
  const seen = new Set<unknown>()
  const stack: Walked[] = []
  const push = (blocks: unknown, parent: Walked | undefined, at: (string | number)[], depth: number) => {
    const children = list(blocks)
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ block: children[index], parent, at: [...at, index], depth })
  }
  push(node.body, undefined, ['body'], 1)
  while (stack.length > 0) {
    const entry = stack.pop() as Walked
    const block = entry.block as Record<string, unknown> | null
    if (block === null || typeof block !== 'object' || seen.has(block)) continue
    seen.add(block)
    // The core's nesting guard, with its limit and message: unvalidated input may nest without end.
    if (entry.depth > state.maxDepth)
      throw new RenderError('too_deep', pathOf(entry), `Nodes nest more than ${state.maxDepth} deep`)
    if (block.type === 'relatedLinks') add(list(block.links), [...pathOf(entry), 'links'])
    // Blocks inside blocks, as the node table says; pushed last first, so they come off in document order.
    const fields = Object.entries(nodeSpec(block.type)?.fields ?? {})
    for (let field = fields.length - 1; field >= 0; field--) {
      const [name, held] = fields[field] as [string, FieldContent]
      if (held === 'blocks') push(block[name], entry, [name], entry.depth + 1)
      else if (held === 'items') {
        const items = list<Record<string, unknown> | null>(block[name])
        for (let index = items.length - 1; index >= 0; index--)
          push(items[index]?.children, entry, [name, index, 'children'], entry.depth + 2)
      }
    }
  }

  return [...found]
}

/** A block waiting in the walk of {@link relatedLinks}: the segments from its parent, and its nesting depth. */
interface Walked {
  block: unknown
  parent: Walked | undefined
  at: (string | number)[]
  depth: number
}

function pathOf(entry: Walked): (string | number)[] {
  const parts: (string | number)[][] = []
  for (let at: Walked | undefined = entry; at; at = at.parent) parts.push(at.at)
  return parts.reverse().flat()
}
