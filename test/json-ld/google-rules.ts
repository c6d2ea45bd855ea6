// A checker of the rules Google states for Article structured data, and of
// the schema.org types and ranges our output uses. Written for articlekit's
// tests; it returns every problem it finds, as readable strings, so a test
// can assert an empty list and show all failures at once.
//
// What it checks:
// - the document: `@context` https://schema.org, and one article node (flat)
//   or a `@graph` with exactly one article node;
// - every node's `@type` is a schema.org type we know, with the properties
//   that type needs (headline on the article, name on people, url on images);
// - dates are ISO 8601: a calendar date, or a date and time with an offset;
//   `dateModified` is not before `datePublished`;
// - authors are Person or Organization nodes, one per person, named without
//   "By" and without their job title;
// - every URL (and every image) is absolute http(s);
// - every `@id` reference resolves to a node of the graph;
// - `wordCount` is a non-negative integer;
// - no text value holds HTML tags or character references;
// - a paywalled article marks its paywalled part with a WebPageElement;
// - given the article, the authors' names, read through `@id` references,
//   are the article's authors in order: no two authors merged into one node.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Node = { [key: string]: Json }

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
])
const NEWS_SUBTYPES = new Set([...ARTICLE_TYPES].filter((type) => /.NewsArticle$/.test(type)))
const OTHER_TYPES = new Set([
  'Person',
  'Organization',
  'NewsMediaOrganization',
  'ImageObject',
  'AudioObject',
  'WebPage',
  'WebSite',
  'WebPageElement',
  'BreadcrumbList',
  'ListItem',
  'CreativeWork',
  'CorrectionComment',
])

/** Properties whose values are URLs (strings), wherever they appear. */
const URL_KEYS = new Set(['url', 'contentUrl', 'sameAs', 'license', 'relatedLink', 'item', 'acquireLicensePage'])
/** Properties whose string values are URLs too (an author's portrait). */
const URL_WHEN_STRING = new Set(['image', 'logo', 'mainEntityOfPage'])

/** Properties whose values are dates. */
const DATE_KEYS = new Set(['datePublished', 'dateModified', 'dateCreated', 'uploadDate'])
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/
const HTML_TAG = /<\/?[a-z!?][^>]*>/i
const CHARACTER_REFERENCE = /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/i
const ABSOLUTE_HTTP = /^https?:\/\/[^/\s]+/i

/**
 * Every problem of a JSON-LD document against Google's Article rules and our
 * schema.org use; `[]` when there is none. With `article`, also that the
 * authors' names (through `@id` references) are the article's authors.
 */
export function checkGoogleRules(document: unknown, article?: { authors?: unknown }): string[] {
  const problems: string[] = []
  const report = (path: string, message: string) => problems.push(`${path}: ${message}`)
  const root = document as Node
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return ['$: not an object']
  if (root['@context'] !== 'https://schema.org') report('$', '`@context` is not "https://schema.org"')

  const nodes: [Node, string][] = []
  if ('@graph' in root) {
    if (!Array.isArray(root['@graph'])) return [...problems, '$.@graph: not an array']
    root['@graph'].forEach((node, index) => {
      nodes.push([node as Node, `$.@graph[${index}]`])
    })
  } else nodes.push([root, '$'])

  // Ids first, so references can be checked wherever they are.
  const ids = new Map<string, Node>()
  for (const [node, path] of nodes) {
    const id = node['@id']
    if (id === undefined) continue
    if (typeof id !== 'string' || !ABSOLUTE_HTTP.test(id)) report(path, `\`@id\` is not an absolute URL: ${String(id)}`)
    else if (ids.has(id)) report(path, `\`@id\` ${id} is used twice`)
    else ids.set(id, node)
  }
  const resolve = (value: Json): Node | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    if (Object.keys(value).length === 1 && typeof value['@id'] === 'string') return ids.get(value['@id'])
    return value
  }

  const articles = nodes.filter(([node]) => types(node).some((type) => ARTICLE_TYPES.has(type)))
  if (articles.length !== 1) report('$', `expected one article node, found ${articles.length}`)

  for (const [node, path] of nodes) walk(node, path, undefined, report, resolve)
  for (const [node, path] of articles) {
    checkArticle(node, path, report, resolve)
    if (article !== undefined) checkAuthorNames(node, path, article, report, resolve)
  }
  return problems
}

function types(node: Node): string[] {
  const type = node['@type']
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : []
}

type Report = (path: string, message: string) => void
type Resolve = (value: Json) => Node | undefined

/** Checks that hold for every value anywhere: types, URLs, references, text and dates. */
function walk(value: Json, path: string, key: string | undefined, report: Report, resolve: Resolve): void {
  if (typeof value === 'string') {
    if (key === '@id' || key === '@context' || key === '@type') return
    if (key !== undefined && (URL_KEYS.has(key) || URL_WHEN_STRING.has(key))) {
      if (!ABSOLUTE_HTTP.test(value)) report(path, `URL is not absolute http(s): ${JSON.stringify(value)}`)
      return
    }
    if (HTML_TAG.test(value)) report(path, `text holds an HTML tag: ${JSON.stringify(value.slice(0, 60))}`)
    if (CHARACTER_REFERENCE.test(value)) {
      report(path, `text holds a character reference: ${JSON.stringify(value.slice(0, 60))}`)
    }
    if (key !== undefined && DATE_KEYS.has(key) && !DATE.test(value) && !DATE_TIME.test(value)) {
      report(path, `date is not ISO 8601 with an offset: ${JSON.stringify(value)}`)
    }
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, key, report, resolve)
    })
    return
  }
  if (value === null || typeof value !== 'object') return
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] === '@id') {
    if (resolve(value) === undefined) report(path, `reference ${String(value['@id'])} does not resolve in the graph`)
    return
  }
  const nodeTypes = types(value)
  if (nodeTypes.length === 0) report(path, 'node has no `@type`')
  for (const type of nodeTypes) {
    if (!ARTICLE_TYPES.has(type) && !OTHER_TYPES.has(type)) report(path, `unknown type ${type}`)
  }
  if (nodeTypes.some((type) => NEWS_SUBTYPES.has(type)) && !nodeTypes.includes('NewsArticle')) {
    report(path, 'a NewsArticle subtype without NewsArticle beside it')
  }
  checkNode(value, nodeTypes, path, report)
  for (const child of keys) walk(value[child] as Json, `${path}.${child}`, child, report, resolve)
}

/** What each type we emit needs. */
function checkNode(node: Node, nodeTypes: string[], path: string, report: Report): void {
  const has = (key: string) => typeof node[key] === 'string' && (node[key] as string).trim() !== ''
  if (nodeTypes.includes('ImageObject')) {
    if (!has('url') && !has('contentUrl')) report(path, 'ImageObject without url')
    for (const key of ['width', 'height']) {
      const size = node[key]
      if (size !== undefined && !(Number.isInteger(size) && (size as number) > 0)) {
        report(path, `${key} is not a positive integer`)
      }
    }
  }
  if (nodeTypes.includes('LiveBlogPosting')) {
    // Google's live-blog guidance: the coverage's start, and updates with their time and words.
    const updates = Array.isArray(node.liveBlogUpdate) ? node.liveBlogUpdate : []
    if (updates.length > 0 && !has('coverageStartTime')) report(path, 'LiveBlogPosting without coverageStartTime')
    updates.forEach((update, index) => {
      const entry = update as Node
      if (!types(entry).includes('BlogPosting'))
        report(`${path}.liveBlogUpdate[${index}]`, 'update is not a BlogPosting')
      if (typeof entry.datePublished !== 'string')
        report(`${path}.liveBlogUpdate[${index}]`, 'update without datePublished')
      if (typeof entry.headline !== 'string' && typeof entry.articleBody !== 'string')
        report(`${path}.liveBlogUpdate[${index}]`, 'update without headline or articleBody')
    })
  }
  if (nodeTypes.includes('AudioObject')) {
    // Google's media guidance: a file to play, and a length in ISO 8601 when there is one.
    if (!has('contentUrl')) report(path, 'AudioObject without contentUrl')
    if (node.duration !== undefined && !/^PT(?=\d)(\d+H)?(\d+M)?(\d+S)?$/.test(String(node.duration)))
      report(path, `duration is not an ISO 8601 duration: ${String(node.duration)}`)
  }
  if (nodeTypes.some((type) => /Organization$/.test(type) || type === 'Person' || type === 'WebSite') && !has('name')) {
    report(path, `${nodeTypes.join('/')} without a name`)
  }
  if (nodeTypes.includes('ListItem') && !(Number.isInteger(node.position) && (node.position as number) >= 1)) {
    report(path, 'ListItem without a position from 1')
  }
  if (nodeTypes.includes('CorrectionComment') && !has('text')) report(path, 'CorrectionComment without text')
  if (nodeTypes.includes('WebPageElement') && (node.isAccessibleForFree !== false || !has('cssSelector'))) {
    report(path, 'WebPageElement without isAccessibleForFree false and a cssSelector')
  }
}

/** Google's rules for the article node itself. */
function checkArticle(article: Node, path: string, report: Report, resolve: Resolve): void {
  if (typeof article.headline !== 'string' || article.headline.trim() === '') report(path, 'article without a headline')

  const authors = article.author === undefined ? [] : Array.isArray(article.author) ? article.author : [article.author]
  for (const [index, entry] of authors.entries()) {
    const where = `${path}.author[${index}]`
    const author = resolve(entry as Json)
    if (author === undefined) {
      report(where, 'author is not a node')
      continue
    }
    const kind = types(author)
    if (!kind.includes('Person') && !kind.includes('Organization')) {
      report(where, `author is a ${kind.join('/')}, not a Person or an Organization`)
      continue
    }
    const name = author.name
    if (typeof name !== 'string') {
      report(where, 'author without a name')
      continue
    }
    if (/^\s*by\b/i.test(name)) report(where, `author name starts with "By": ${name}`)
    if (typeof author.jobTitle === 'string' && name.includes(author.jobTitle)) {
      report(where, `author name holds the job title: ${name}`)
    }
    if (/ and |&/.test(name) && kind.includes('Person')) report(where, `one Person holds several names: ${name}`)
  }

  const images = article.image === undefined ? [] : Array.isArray(article.image) ? article.image : [article.image]
  images.forEach((entry, index) => {
    const image =
      typeof entry === 'string' ? entry : (resolve(entry as Json)?.url ?? resolve(entry as Json)?.contentUrl)
    if (typeof image !== 'string' || !ABSOLUTE_HTTP.test(image)) {
      report(`${path}.image[${index}]`, 'image without an absolute URL')
    }
  })

  const published = article.datePublished
  const modified = article.dateModified
  for (const [key, value] of [
    ['datePublished', published],
    ['dateModified', modified],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || !(DATE.test(value) || DATE_TIME.test(value)))) {
      report(`${path}.${key}`, 'not an ISO 8601 date or a date and time with an offset')
    }
  }
  if (typeof published === 'string' && typeof modified === 'string' && Date.parse(modified) < Date.parse(published)) {
    report(`${path}.dateModified`, 'dateModified is before datePublished')
  }

  const count = article.wordCount
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 0)) {
    report(`${path}.wordCount`, 'wordCount is not a non-negative integer')
  }

  if (article.isAccessibleForFree === false) {
    const parts = Array.isArray(article.hasPart) ? article.hasPart : article.hasPart ? [article.hasPart] : []
    const marked = parts.some((part) => types((resolve(part as Json) ?? {}) as Node).includes('WebPageElement'))
    if (!marked) report(path, 'paywalled article without a WebPageElement in hasPart')
  }

  const publisher = article.publisher === undefined ? undefined : resolve(article.publisher as Json)
  if (article.publisher !== undefined) {
    if (publisher === undefined || !types(publisher).some((type) => /Organization$/.test(type))) {
      report(`${path}.publisher`, 'publisher is not an Organization')
    } else if (publisher.logo !== undefined) {
      const logo = resolve(publisher.logo as Json)
      if (logo === undefined || !types(logo).includes('ImageObject')) {
        report(`${path}.publisher.logo`, 'logo is not an ImageObject')
      }
    }
  }
}

/** The authors' names as the data gives them, through references, against the article's named authors. */
function checkAuthorNames(
  node: Node,
  path: string,
  article: { authors?: unknown },
  report: Report,
  resolve: Resolve,
): void {
  const expected = (Array.isArray(article.authors) ? article.authors : [])
    .map((author) => (author as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
  const entries = node.author === undefined ? [] : Array.isArray(node.author) ? node.author : [node.author]
  const found = entries.map((entry) => {
    const name = resolve(entry as Json)?.name
    return typeof name === 'string' ? name : null
  })
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    report(`${path}.author`, `author names are ${JSON.stringify(found)}, the article has ${JSON.stringify(expected)}`)
  }
}
