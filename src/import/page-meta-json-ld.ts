// A page's JSON-LD (`<script type="application/ld+json">`): every script
// parsed, the nodes collected (arrays, `@graph`, nested nodes, `@id`
// references), the article node picked among WebPage, BreadcrumbList and
// Organization nodes, and what it states read into a `Found`.
//
// Hostile scripts are normal: the walk stops at a depth and a node count,
// lists are read up to `MAX_LIST` items, and only known keys are read, as own
// properties, so a `__proto__` key is never followed or copied.

import { decodeReferences } from '../html/references.js'
import { ARTICLE_TYPES, type ArticleType } from '../model/article-types.js'
import { excerpt } from '../model/excerpt.js'
import type { PageContext } from './page-meta.js'
import {
  bylineNames,
  clean,
  type Found,
  type FoundAuthor,
  type FoundImage,
  type FoundPublisher,
  keywordList,
  languageTag,
  MAX_LIST,
  personNames,
  sameName,
} from './page-meta-found.js'
import { repairJson } from './page-meta-json-repair.js'
import { creditText } from './text-rules.js'

/** How deep the walk goes into nested JSON-LD. */
export const MAX_JSON_LD_DEPTH = 32
/** How many objects and arrays the walk visits, over all of a page's scripts. */
export const MAX_JSON_LD_NODES = 10_000

type JsonObject = { readonly [key: string]: unknown }

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A key's value when the object has it as its own property: never one from the prototype chain. */
function own(node: JsonObject, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined
}

/** A value as a list: arrays as they are (up to `MAX_LIST` items), one value as a list of one. */
function listOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value.slice(0, MAX_LIST) : [value]
}

/** The node's types, without a `https://schema.org/` prefix. */
function typesOf(node: JsonObject): string[] {
  return listOf(own(node, '@type'))
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^https?:\/\/schema\.org\//i, ''))
}

/** The parsed scripts and the nodes found in them, in document order, with their `@id`s. */
interface Graph {
  nodes: JsonObject[]
  ids: Map<string, JsonObject>
  /** Nodes that are other works the page mentions or lists (see `ASIDE`), not the page's own. */
  aside: Set<JsonObject>
}

/** Keys whose values are other works: an article under them is a related or cited one, not the page's. */
const ASIDE = new Set([
  'itemListElement',
  'hasPart',
  'isPartOf',
  'citation',
  'isBasedOn',
  'relatedLink',
  'significantLink',
  'mentions',
  'about',
  'subjectOf',
  'workExample',
  'review',
  'comment',
])

/**
 * Read a page's JSON-LD. Scripts that are not strict JSON are read after
 * `repairJson` (reported as `json_ld_repaired`) when it makes them JSON;
 * those it does not are reported as `invalid_json_ld` and skipped;
 * a walk that reaches {@link MAX_JSON_LD_DEPTH} or {@link MAX_JSON_LD_NODES}
 * is reported and read as far as it went.
 */
export function readJsonLd(scripts: readonly Element[], context: PageContext): Found | undefined {
  const graph: Graph = { nodes: [], ids: new Map(), aside: new Set() }
  const budget = { nodes: 0, over: false }
  let index = 0
  for (const script of scripts) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/ld+json') continue
    // With every node of the budget spent, the walk reads nothing more: the scripts left are not parsed.
    if (budget.nodes >= MAX_JSON_LD_NODES) {
      budget.over = true
      break
    }
    index++
    const text = (script.textContent ?? '')
      .trim()
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    const value = parseLenient(text, index, context)
    if (value === undefined) continue
    walk(value, 0, false, graph, budget)
  }
  if (budget.over) {
    context.warn(
      'too_large',
      [],
      `The page's JSON-LD is nested deeper than ${MAX_JSON_LD_DEPTH} levels or holds more than ${MAX_JSON_LD_NODES} objects; the rest is not read`,
    )
  }
  const article = pickArticle(graph)
  if (article === undefined) return undefined
  return foundIn(article, graph)
}

/**
 * A script's JSON: strict JSON as it is; else, when `repairJson` makes it
 * JSON, the repaired text, reported as `json_ld_repaired`; else `undefined`,
 * reported as `invalid_json_ld`.
 */
function parseLenient(text: string, index: number, context: PageContext): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const reason = excerpt(error instanceof Error ? error.message : String(error), 80)
    const repaired = repairJson(text)
    if (repaired !== undefined) {
      try {
        const value: unknown = JSON.parse(repaired)
        context.warn(
          'json_ld_repaired',
          [],
          `JSON-LD script ${index} is not strict JSON (${reason}); read after repair`,
        )
        return value
      } catch {
        // Still not JSON: reported below with the first reason.
      }
    }
    context.warn('invalid_json_ld', [], `JSON-LD script ${index} is not valid JSON (${reason}); skipped`)
    return undefined
  }
}

/** Collect every object in document order, up to the depth and node budget. */
function walk(
  value: unknown,
  depth: number,
  aside: boolean,
  graph: Graph,
  budget: { nodes: number; over: boolean },
): void {
  if (typeof value !== 'object' || value === null) return
  if (depth > MAX_JSON_LD_DEPTH || budget.nodes >= MAX_JSON_LD_NODES) {
    budget.over = true
    return
  }
  budget.nodes++
  if (Array.isArray(value)) {
    for (const item of value) {
      if (budget.over) return
      walk(item, depth + 1, aside, graph, budget)
    }
    return
  }
  const node = value as JsonObject
  graph.nodes.push(node)
  if (aside) graph.aside.add(node)
  const id = own(node, '@id')
  // A reference (`{ "@id": … }` alone) names a node; it is not one.
  if (typeof id === 'string' && !graph.ids.has(id) && Object.keys(node).length > 1) graph.ids.set(id, node)
  for (const key of Object.keys(node)) {
    if (budget.over) return
    walk(node[key], depth + 1, aside || ASIDE.has(key), graph, budget)
  }
}

const ARTICLE_LIKE = /(?:Article|BlogPosting|Report)$/

/**
 * The article node: the first node of a type in `ARTICLE_TYPES` with a
 * headline, else the first of any article type (`MedicalScholarlyArticle`),
 * else the first web page (`WebPage`, `ItemPage`), whose name and dates are
 * the article's on pages without an article node. Articles the page lists or
 * cites (in an `ItemList`, a `citation`) are taken only when there is no other.
 */
function pickArticle(graph: Graph): JsonObject | undefined {
  const pages = graph.nodes.filter((node) => !graph.aside.has(node))
  return pickIn(pages) ?? pickIn(graph.nodes)
}

/** The article node among `nodes` (see `pickArticle`). */
function pickIn(nodes: readonly JsonObject[]): JsonObject | undefined {
  let known: JsonObject | undefined
  let other: JsonObject | undefined
  let page: JsonObject | undefined
  for (const node of nodes) {
    const types = typesOf(node)
    if (types.some((type) => (ARTICLE_TYPES as readonly string[]).includes(type))) {
      if (own(node, 'headline') !== undefined) return node
      known ??= node
    } else if (types.some((type) => ARTICLE_LIKE.test(type))) other ??= node
    else if (types.some((type) => /Page$/.test(type))) page ??= node
  }
  return known ?? other ?? page
}

/** A node, or the node its `{ "@id": … }` reference names. */
function deref(value: unknown, graph: Graph): unknown {
  if (!isObject(value)) return value
  const id = own(value, '@id')
  if (typeof id === 'string' && Object.keys(value).length === 1) return graph.ids.get(id) ?? value
  return value
}

/** The most specific article type: the latest in `ARTICLE_TYPES`, where subtypes follow their parents. */
function articleType(node: JsonObject): ArticleType | undefined {
  let best = -1
  for (const type of typesOf(node)) best = Math.max(best, (ARTICLE_TYPES as readonly string[]).indexOf(type))
  return best === -1 ? undefined : ARTICLE_TYPES[best]
}

/** A text value: a string, or the first string of an array. */
function textOf(value: unknown): string | undefined {
  for (const item of listOf(value)) {
    const text = clean(typeof item === 'string' ? decodeReferences(item) : undefined)
    if (text !== undefined) return text
  }
  return undefined
}

/** A URL value: a string, or an object's `url`, `contentUrl` or `@id`. */
function urlOf(value: unknown, graph: Graph): string | undefined {
  const item = deref(listOf(value)[0], graph)
  if (typeof item === 'string') return item.trim() || undefined
  if (!isObject(item)) return undefined
  for (const key of ['url', 'contentUrl', '@id']) {
    const url = own(item, key)
    if (typeof url === 'string' && url.trim() !== '') return url.trim()
  }
  return undefined
}

/** A pixel size: `1200`, `"1200"`, `"1200px"` or a `QuantitativeValue`. */
function sizeOf(value: unknown): number | undefined {
  const raw = isObject(value) ? own(value, 'value') : value
  const number =
    typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.replace(/\s*px$/i, '')) : Number.NaN
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/** Persons and organizations: nodes (their `name`, `url` and type) and strings (read as a byline). */
function peopleOf(value: unknown, graph: Graph): FoundAuthor[] {
  const out: FoundAuthor[] = []
  for (const raw of listOf(value)) {
    const item = deref(raw, graph)
    if (typeof item === 'string') {
      for (const name of bylineNames(decodeReferences(item))) out.push({ name })
      continue
    }
    if (!isObject(item)) continue
    const given = textOf(own(item, 'givenName'))
    const family = textOf(own(item, 'familyName'))
    const name = textOf(own(item, 'name')) ?? (given && family ? `${given} ${family}` : undefined)
    if (name === undefined) continue
    const types = typesOf(item)
    if (types.some((type) => /Organization$|^Corporation$/.test(type))) {
      out.push({
        ...authorUrl(item),
        name,
        type: 'Organization',
        ...(types.includes('NewsMediaOrganization') && { newsroom: true }),
      })
      continue
    }
    // One name that joins several people (`Ana Ruiz and Tom Lee`), or a list of names, is each of them; the page
    // is one person's only.
    // A list's later names that share a word with an earlier one or are in another script are the same person's
    // other forms (`Ana Ruiz García`, `Олена Коваль` / `Olena Koval`).
    const names: string[] = []
    for (const entry of listOf(own(item, 'name'))) {
      const text = textOf(entry)
      if (text === undefined) continue
      const latin = /^\p{Script=Latin}/u.test(text)
      const words = new Set(text.toLowerCase().split(' '))
      const other = names.some(
        (kept) =>
          /^\p{Script=Latin}/u.test(kept) !== latin ||
          kept
            .toLowerCase()
            .split(' ')
            .some((word) => words.has(word)),
      )
      if (!other) names.push(...personNames(text))
    }
    if (names.length === 0) names.push(...personNames(name))
    for (const person of names) out.push(names.length === 1 ? { ...authorUrl(item), name: person } : { name: person })
  }
  return out
}

/** `{ url }` of a person or organization node that names its page, else nothing. */
function authorUrl(item: JsonObject): { url?: string } {
  const url = own(item, 'url')
  return typeof url === 'string' && url.trim() !== '' ? { url: url.trim() } : {}
}

/** An image: a URL, an `ImageObject` (its caption, credit, creator and size), or the first of a list. */
function imageOf(value: unknown, graph: Graph): FoundImage | undefined {
  const item = deref(listOf(value)[0], graph)
  const url = urlOf(item, graph)
  if (url === undefined) return undefined
  const image: FoundImage = { url }
  if (!isObject(item)) return image
  const caption = textOf(own(item, 'caption')) ?? textOf(own(item, 'description'))
  const holder = deref(own(item, 'copyrightHolder'), graph)
  // A caption that is a credit line and no more (`Image Credits: Ann Example`) is the credit.
  const captionCredit = caption === undefined ? undefined : creditText(caption)
  const credit =
    textOf(own(item, 'creditText')) ??
    textOf(holder) ??
    (isObject(holder) ? textOf(own(holder, 'name')) : undefined) ??
    captionCredit
  if (caption !== undefined && captionCredit === undefined) image.caption = caption
  if (credit !== undefined) image.credit = credit
  const [creator] = peopleOf(own(item, 'creator'), graph)
  if (creator !== undefined) image.creator = creator
  const width = sizeOf(own(item, 'width'))
  const height = sizeOf(own(item, 'height'))
  if (width !== undefined) image.width = width
  if (height !== undefined) image.height = height
  return image
}

/** The publisher: its name, URL and logo. */
function publisherOf(value: unknown, graph: Graph): FoundPublisher | undefined {
  const item = deref(listOf(value)[0], graph)
  if (typeof item === 'string') {
    const name = textOf(item)
    return name === undefined ? undefined : { name }
  }
  if (!isObject(item)) return undefined
  const publisher: FoundPublisher = {}
  const name = textOf(own(item, 'name'))
  const url = own(item, 'url')
  const logo = urlOf(own(item, 'logo'), graph)
  if (name !== undefined) publisher.name = name
  if (typeof url === 'string' && url.trim() !== '') publisher.url = url.trim()
  if (logo !== undefined) publisher.logo = logo
  return Object.keys(publisher).length > 0 ? publisher : undefined
}

/** `false`, `"False"`, `"false"` (and the same for `true`), as schema.org's Boolean is written. */
function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const word = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/schema\.org\//, '')
  return word === 'true' ? true : word === 'false' ? false : undefined
}

/** What the article node states. */
function foundIn(node: JsonObject, graph: Graph): Found {
  const found: Found = { source: 'JSON-LD' }
  const type = articleType(node)
  if (type !== undefined) found.type = type
  const headline = textOf(own(node, 'headline'))
  if (headline !== undefined) {
    found.headline = headline
    found.headlineExact = true
  } else {
    const name = textOf(own(node, 'name'))
    if (name !== undefined) found.headline = name
  }
  const set = <K extends keyof Found>(field: K, value: Found[K] | undefined) => {
    if (value !== undefined) found[field] = value
  }
  set('alternativeHeadline', textOf(own(node, 'alternativeHeadline')))
  set('description', textOf(own(node, 'description')))
  const authors = peopleOf(own(node, 'author'), graph)
  // The outlet a syndicated story comes from, named as its `provider` or `sourceOrganization`, is its newsroom.
  const sources = [...peopleOf(own(node, 'provider'), graph), ...peopleOf(own(node, 'sourceOrganization'), graph)]
  for (const author of authors)
    if (author.type === 'Organization' && sources.some((source) => sameName(source.name, author.name)))
      author.newsroom = true
  if (authors.length > 0) found.authors = authors
  const page = webPageOf(node, graph)
  // Yoast and Rank Math state the dates on the `WebPage` node only: the article's are its page's.
  const dates = (key: string) => {
    for (const holder of page === undefined ? [node] : [node, page]) {
      const value = listOf(own(holder, key))[0]
      if (typeof value === 'string' && value.trim() !== '') return value.trim()
    }
    return undefined
  }
  set('datePublished', dates('datePublished'))
  set('dateModified', dates('dateModified'))
  set('section', textOf(own(node, 'articleSection')))
  set('keywords', keywordList(listOf(own(node, 'keywords'))))
  const language = deref(listOf(own(node, 'inLanguage'))[0], graph)
  const tag = typeof language === 'string' ? language : isObject(language) ? own(language, 'alternateName') : undefined
  if (typeof tag === 'string') set('language', languageTag(tag) ?? tag)
  set('url', urlOf(own(node, 'url'), graph) ?? urlOf(own(node, 'mainEntityOfPage'), graph))
  const publisher = publisherOf(own(node, 'publisher'), graph)
  set('publisher', publisher)
  set('siteName', publisher?.name ?? siteNameOf(graph))
  set('image', imageOf(own(node, 'image'), graph) ?? imageOf(own(node, 'primaryImageOfPage'), graph))
  set('isAccessibleForFree', booleanOf(own(node, 'isAccessibleForFree')))
  set('paidParts', paidPartsOf(own(node, 'hasPart'), graph))
  return found
}

/** The most parts `paidPartsOf` reads. */
const MAX_PARTS = 16

/**
 * The classes of the text's paid parts, as Google's markup of paywalled content names them: each
 * `hasPart` node with `isAccessibleForFree` false and a `cssSelector` of one class (`.paywall`). The
 * page holds that text; the classes mark it for search engines, not as a box to leave out.
 */
function paidPartsOf(value: unknown, graph: Graph): string[] | undefined {
  const out: string[] = []
  for (const raw of listOf(value).slice(0, MAX_PARTS)) {
    const part = deref(raw, graph)
    if (!isObject(part) || booleanOf(own(part, 'isAccessibleForFree')) !== false) continue
    for (const selector of listOf(own(part, 'cssSelector')).slice(0, MAX_PARTS)) {
      const name = typeof selector === 'string' ? /^\s*\.([\w-]{1,60})\s*$/.exec(selector)?.[1] : undefined
      if (name !== undefined && !out.includes(name)) out.push(name)
    }
  }
  return out.length > 0 ? out : undefined
}

/**
 * The web page of an article node: the node its `mainEntityOfPage` or
 * `isPartOf` names when that is a `…Page`, else the first `…Page` node the
 * page does not list or cite; `undefined` for a page node itself.
 */
function webPageOf(node: JsonObject, graph: Graph): JsonObject | undefined {
  const isPage = (value: unknown): value is JsonObject =>
    isObject(value) && typesOf(value).some((type) => /Page$/.test(type))
  if (isPage(node)) return undefined
  for (const key of ['mainEntityOfPage', 'isPartOf']) {
    const page = deref(listOf(own(node, key))[0], graph)
    if (isPage(page)) return page
  }
  return graph.nodes.find((candidate) => !graph.aside.has(candidate) && isPage(candidate))
}

/** The name of the page's `WebSite` node, when the article names no publisher. */
function siteNameOf(graph: Graph): string | undefined {
  const site = graph.nodes.find((node) => typesOf(node).includes('WebSite'))
  return site === undefined ? undefined : textOf(own(site, 'name'))
}
