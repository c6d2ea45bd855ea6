import { formatPath, type IssuePath } from '../core/path.js'
import type { Problem } from '../core/problem.js'
import { visitNodes } from '../core/visit.js'
import { hasTimeZone } from '../model/date.js'
import type { Article, Inline, LeadImage } from '../model/types.js'

/** How much a diagnostic matters. */
export type Severity = 'error' | 'warning' | 'info'

/** An editorial or SEO finding about a valid article. */
export interface Diagnostic extends Problem<LintCode> {
  severity: Severity
  /** Stable snake_case identifier, listed in {@link LINT_RULES}. */
  code: LintCode
  path: IssuePath
  message: string
}

/** Every lint rule: its code, its severity, and what it checks. */
export const LINT_RULES = {
  headline_too_long: {
    severity: 'warning',
    description: 'The headline is over 110 characters; search results and cards cut it.',
  },
  description_too_long: {
    severity: 'info',
    description: 'The description is over 160 characters; search results cut it.',
  },
  authors_missing: {
    severity: 'warning',
    description: 'No author is credited; search engines and readers expect a byline.',
  },
  author_name_not_plain: {
    severity: 'warning',
    description: 'An author name starts with "By" or holds the job title; search engines read all of it as the name.',
  },
  opinion_not_labelled: {
    severity: 'info',
    description:
      'An opinion piece is not labelled as one: its section, kicker or keywords say opinion but its `type` is not `OpinionNewsArticle`, or it is one without a `kicker` that tells readers so.',
  },
  live_blog_not_typed: {
    severity: 'warning',
    description:
      'The article has live updates (`liveBlog`) but its `type` is not `LiveBlogPosting`, so search engines are not told about them (JSON-LD writes the updates only on a `LiveBlogPosting`).',
  },
  canonical_url_missing: {
    severity: 'warning',
    description: 'The article has no canonical `url`; structured data and social tags leave its address out.',
  },
  lead_image_missing: {
    severity: 'info',
    description: 'There is no lead image; social cards and search features need one.',
  },
  lead_image_small: {
    severity: 'info',
    description: 'The lead image is narrower than 1200 pixels, the width large search previews need.',
  },
  lead_image_ratio_missing: {
    severity: 'info',
    description:
      'The lead image has crops, but it and its crops lack one of the aspect ratios Google asks for: 16:9, 4:3 and 1:1.',
  },
  lead_image_too_few_pixels: {
    severity: 'warning',
    description:
      'The lead image or one of its crops has fewer than 50,000 pixels (width × height), too few for search results to show it.',
  },
  image_alt_missing: {
    severity: 'warning',
    description: 'An image that carries content (the lead image, or one with a caption) has empty alt text.',
  },
  date_published_missing: {
    severity: 'warning',
    description: 'The article has no `datePublished`; search engines then show a date from elsewhere, or none.',
  },
  date_without_time_zone: {
    severity: 'warning',
    description: 'A date has no time zone, so it is ambiguous around the world.',
  },
  modified_before_published: { severity: 'error', description: '`dateModified` is earlier than `datePublished`.' },
  citation_unknown_source: {
    severity: 'error',
    description: 'A citation points at a source id that `sources` does not have.',
  },
  source_not_cited: { severity: 'info', description: 'A source has an id that no citation uses.' },
  duplicate_id: {
    severity: 'error',
    description: 'Two blocks or sources share an id, so anchors and citations are ambiguous.',
  },
  empty_paragraph: { severity: 'warning', description: 'A paragraph has no visible text.' },
  empty_link_text: {
    severity: 'warning',
    description: 'A link has no text, so readers and screen readers cannot tell where it goes.',
  },
  heading_level_skipped: {
    severity: 'warning',
    description: 'A heading skips a level (a level 4 after a level 2), which confuses the outline.',
  },
  table_ragged: {
    severity: 'warning',
    description: 'A table row has a different number of cells from the header or the first row.',
  },
  relative_url_without_base: {
    severity: 'warning',
    description: 'A URL is relative and the article has no canonical `url` to resolve it against.',
  },
  insecure_url: { severity: 'info', description: 'A URL uses `http:` where `https:` would be expected.' },
} as const satisfies Record<string, { severity: Severity; description: string }>

/** Code of a lint rule. */
export type LintCode = keyof typeof LINT_RULES

const HEADLINE_LIMIT = 110
const DESCRIPTION_LIMIT = 160
const LARGE_IMAGE_WIDTH = 1200
/** Google's smallest image for search features, in pixels (width × height). */
const MIN_IMAGE_PIXELS = 50_000
/** The aspect ratios Google asks for, by name. */
const RATIOS: readonly [string, number][] = [
  ['16:9', 16 / 9],
  ['4:3', 4 / 3],
  ['1:1', 1],
]
/**
 * How far a size may be from a ratio and still count, relative: 1%, far more
 * than rounding a crop to whole pixels moves it (1366 × 768 is 16:9), far less
 * than the next common shape (1200 × 630, the 1.91:1 of social cards, is 7% off).
 */
const RATIO_TOLERANCE = 0.01

/**
 * Check a valid article for editorial and SEO problems that are not schema
 * errors: missing alt text, dates without a time zone, citations of unknown
 * sources, duplicate ids and more (see {@link LINT_RULES}).
 *
 * @returns Diagnostics: article-level ones first, then the body in document order, then uncited sources, then URLs;
 *   an empty array when all is well.
 *
 * @example
 * for (const { severity, path, message } of lintArticle(parseArticle(input))) {
 *   console.log(severity, formatPath(path), message)
 * }
 */
export function lintArticle(article: Article<unknown>): Diagnostic[] {
  const found: Diagnostic[] = []
  const report: Report = (code, path, message) => {
    found.push({ severity: LINT_RULES[code].severity, code, path, message })
  }
  checkFields(article, report)
  checkDates(article, report)
  if (article.liveBlog !== undefined && article.type !== 'LiveBlogPosting')
    report(
      'live_blog_not_typed',
      ['type'],
      `The article has live updates but \`type\` is \`${article.type}\`; use \`LiveBlogPosting\``,
    )
  checkNodes(article, report)
  checkUrls(article, report)
  return found
}

type Report = (code: LintCode, path: IssuePath, message: string) => void

/** The headline, description, authors, canonical URL and lead image. */
function checkFields(article: Article<unknown>, report: Report): void {
  const headlineLength = codePoints(article.headline)
  if (headlineLength > HEADLINE_LIMIT) {
    report(
      'headline_too_long',
      ['headline'],
      `Headline is ${headlineLength} characters; keep it within ${HEADLINE_LIMIT}`,
    )
  }
  const descriptionLength = codePoints(article.description ?? '')
  if (descriptionLength > DESCRIPTION_LIMIT) {
    report(
      'description_too_long',
      ['description'],
      `Description is ${descriptionLength} characters; keep it within ${DESCRIPTION_LIMIT}`,
    )
  }
  if (article.authors.length === 0) report('authors_missing', ['authors'], 'No author is credited')
  article.authors.forEach((author, index) => {
    const job = author.jobTitle?.trim()
    if (/^\s*by\b/i.test(author.name) || (job && author.name.toLowerCase().includes(job.toLowerCase()))) {
      report(
        'author_name_not_plain',
        ['authors', index, 'name'],
        `Author name \`${author.name}\` holds more than the name; put the job title in \`jobTitle\` and leave out "By"`,
      )
    }
  })
  if (article.url === undefined) report('canonical_url_missing', ['url'], 'The article has no canonical `url`')
  checkOpinion(article, report)

  if (!article.image) report('lead_image_missing', ['image'], 'The article has no lead image')
  else {
    if (article.image.width !== undefined && article.image.width < LARGE_IMAGE_WIDTH) {
      report(
        'lead_image_small',
        ['image', 'width'],
        `Lead image is ${article.image.width} pixels wide; ${LARGE_IMAGE_WIDTH} or more is recommended`,
      )
    }
    if (article.image.alt.trim() === '') report('image_alt_missing', ['image', 'alt'], 'The lead image has no alt text')
    checkCrops(article.image, report)
  }
}

/**
 * The lead image and its crops against Google's advice: 16:9, 4:3 and 1:1,
 * each of at least 50,000 pixels. Ratios are only asked of an image that
 * has crops (a single image is `lead_image_small`'s business); pixels of
 * every image whose size is known.
 */
function checkCrops(image: LeadImage, report: Report): void {
  const sized: [IssuePath, string, number, number][] = []
  if (image.width !== undefined && image.height !== undefined)
    sized.push([['image'], 'Lead image', image.width, image.height])
  image.crops?.forEach((crop, index) => {
    sized.push([['image', 'crops', index], 'Crop', crop.width, crop.height])
  })
  for (const [path, what, width, height] of sized) {
    if (width * height < MIN_IMAGE_PIXELS)
      report(
        'lead_image_too_few_pixels',
        path,
        `${what} is ${width} × ${height}, ${width * height} pixels; search results need at least ${MIN_IMAGE_PIXELS}`,
      )
  }
  if (!image.crops?.length) return
  const missing = RATIOS.filter(
    ([, ratio]) => !sized.some(([, , width, height]) => Math.abs(width / height - ratio) / ratio <= RATIO_TOLERANCE),
  ).map(([name]) => name)
  if (missing.length > 0)
    report(
      'lead_image_ratio_missing',
      ['image', 'crops'],
      `The lead image and its crops have no ${missing.join(' or ')} version; add crops so that 16:9, 4:3 and 1:1 are all there`,
    )
}

/** Words that mark a piece as opinion in a section name, a kicker or a keyword. */
const OPINION = /\b(?:opinions?|comment|commentary|columns?|columnists?|editorials?|op-eds?|viewpoints?)\b/i

/**
 * Opinion labelled for search engines (`type`) and for readers (`kicker`), as
 * the Trust Project asks: readers must tell opinion from news at a glance.
 */
function checkOpinion(article: Article<unknown>, report: Report): void {
  if (article.type === 'OpinionNewsArticle') {
    if (article.kicker === undefined)
      report(
        'opinion_not_labelled',
        ['kicker'],
        'An opinion piece has no `kicker`; label it for readers, such as `Opinion`',
      )
    return
  }
  const said = [article.section, article.kicker, ...(article.keywords ?? [])].find(
    (value) => value && OPINION.test(value),
  )
  if (said !== undefined)
    report(
      'opinion_not_labelled',
      ['type'],
      `\`${said}\` marks this as opinion, but \`type\` is \`${article.type}\`; use \`OpinionNewsArticle\``,
    )
}

/** Dates: published, with a time zone, and not modified before they were published. */
function checkDates(article: Article<unknown>, report: Report): void {
  if (article.datePublished === undefined) {
    report('date_published_missing', ['datePublished'], 'The article has no `datePublished`')
  }
  const dates: [IssuePath, string | undefined][] = [
    [['datePublished'], article.datePublished],
    [['dateModified'], article.dateModified],
    ...(article.corrections ?? []).map((correction, index): [IssuePath, string] => [
      ['corrections', index, 'date'],
      correction.date,
    ]),
  ]
  for (const [path, value] of dates) {
    if (value !== undefined && !hasTimeZone(value)) {
      report(
        'date_without_time_zone',
        path,
        `Date \`${value}\` has no time zone; add an offset such as \`+01:00\` or \`Z\``,
      )
    }
  }
  if (article.datePublished && article.dateModified && instant(article.dateModified) < instant(article.datePublished)) {
    report(
      'modified_before_published',
      ['dateModified'],
      `\`dateModified\` (${article.dateModified}) is before \`datePublished\` (${article.datePublished})`,
    )
  }
}

/**
 * Ids, citations and the body's nodes, in document order, then the sources
 * no citation uses.
 */
function checkNodes(article: Article<unknown>, report: Report): void {
  // Ids: sources and blocks share one namespace of anchors.
  const ids = new Map<string, IssuePath>()
  const claim = (id: string | undefined, path: IssuePath) => {
    if (id === undefined) return
    const first = ids.get(id)
    if (first) report('duplicate_id', [...path, 'id'], `Id \`${id}\` is already used at ${formatPath(first)}`)
    else ids.set(id, path)
  }
  const sourceIds = new Set<string>()
  article.sources?.forEach((source, index) => {
    claim(source.id, ['sources', index])
    if (source.id !== undefined) sourceIds.add(source.id)
  })

  const cited = new Set<string>()
  let previousHeading = 1
  visitNodes(article, ({ node, path }) => {
    claim(node.id as string | undefined, path)
    switch (node.type) {
      case 'citation': {
        const sourceId = node.sourceId as string
        cited.add(sourceId)
        if (!sourceIds.has(sourceId))
          report('citation_unknown_source', [...path, 'sourceId'], `No source has id \`${sourceId}\``)
        break
      }
      case 'paragraph':
        if (!hasVisibleContent(node.children as Inline[]))
          report('empty_paragraph', path, 'Paragraph has no visible text')
        break
      case 'link':
        if (!hasVisibleContent(node.children as Inline[])) report('empty_link_text', path, 'Link has no text')
        break
      case 'heading': {
        const level = node.level as number
        if (level > previousHeading + 1) {
          report('heading_level_skipped', [...path, 'level'], `Heading level ${level} follows level ${previousHeading}`)
        }
        previousHeading = level
        break
      }
      case 'image':
        if ((node.alt as string).trim() === '' && node.caption !== undefined) {
          report('image_alt_missing', [...path, 'alt'], 'Image has a caption but no alt text; describe what it shows')
        }
        break
      case 'table':
        checkTable(node as unknown as { header?: unknown[]; rows: unknown[][] }, path, report)
        break
    }
    return undefined
  })
  article.sources?.forEach((source, index) => {
    if (source.id !== undefined && !cited.has(source.id)) {
      report('source_not_cited', ['sources', index, 'id'], `Source \`${source.id}\` is never cited`)
    }
  })
}

function checkTable(table: { header?: unknown[]; rows: unknown[][] }, path: IssuePath, report: Report): void {
  const width = table.header?.length ?? table.rows[0]?.length
  table.rows.forEach((row, index) => {
    if (width !== undefined && row.length !== width) {
      report('table_ragged', [...path, 'rows', index], `Row has ${plural(row.length, 'cell')}; expected ${width}`)
    }
  })
}

/** Keys whose string values are URLs, wherever they appear (`image` only when it is a string: an author's portrait). */
const URL_KEYS: ReadonlySet<string> = new Set(['url', 'creditUrl', 'license', 'image', 'sameAs'])

/** Every URL in the article with its path, found by walking all of it, so no field is forgotten. */
function urls(article: Article<unknown>): [IssuePath, string][] {
  const found: [IssuePath, string][] = []
  const stack: [unknown, IssuePath, boolean][] = [[article, [], false]]
  while (stack.length > 0) {
    const [value, path, isUrl] = stack.pop() as [unknown, IssuePath, boolean]
    if (typeof value === 'string') {
      if (isUrl) found.push([path, value])
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push([value[index], [...path, index], isUrl])
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown]
        stack.push([child, [...path, key], URL_KEYS.has(key)])
      }
    }
  }
  return found
}

function checkUrls(article: Article<unknown>, report: Report): void {
  for (const [path, url] of urls(article)) {
    if (/^http:/i.test(url)) report('insecure_url', path, `URL \`${url}\` uses http:; prefer https:`)
    else if (!article.url && !/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url) && !url.startsWith('#')) {
      report('relative_url_without_base', path, `URL \`${url}\` is relative and the article has no canonical \`url\``)
    }
  }
}

/** Length in code points, so an emoji counts once. */
function codePoints(text: string): number {
  return text.length - (text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function hasVisibleContent(children: Inline[]): boolean {
  const stack = [...children]
  while (stack.length > 0) {
    const node = stack.pop() as Inline
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (node.value.trim() !== '') return true
    } else if (node.type === 'citation' && !node.children) {
      return true
    } else if ('children' in node && node.children) {
      stack.push(...node.children)
    }
  }
  return false
}

/** Milliseconds since the epoch; a date without a zone is read as UTC, which is what lint can do. */
function instant(value: string): number {
  return Date.parse(hasTimeZone(value) || value.length === 10 ? value : `${value}Z`)
}
