// How well a page reader reads the news-page corpus, field by field, against
// the reference of each page. Plain JavaScript, so that the accuracy test, the
// docs example and the bench (which run on the build) share it.
import { storyText } from 'articlekit/text'

/** Whitespace runs as one space, trimmed, in NFC. */
const squash = (text) => String(text).normalize('NFC').replace(/\s+/g, ' ').trim()

/** The plain text of inline content (a string or inline nodes). */
function inlineText(nodes) {
  if (typeof nodes === 'string') return nodes
  if (!Array.isArray(nodes)) return ''
  let text = ''
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue
    if (typeof node.value === 'string') text += node.value
    else if (node.type === 'break') text += ' '
    else text += inlineText(node.children)
  }
  return text
}

/** The longest piece handed to the segmenter at once (ICU slows down on long non-Latin-1 strings). */
const PIECE = 2000

/** The words of `text` as `Intl.Segmenter` finds them for `language`, lowercased. */
export function tokens(text, language) {
  let segmenter
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' })
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
  }
  const out = []
  for (const line of String(text).split(/\n+/)) {
    for (let start = 0; start < line.length; ) {
      let end = Math.min(line.length, start + PIECE)
      if (end < line.length) {
        const space = line.lastIndexOf(' ', end)
        if (space > start) end = space
      }
      for (const { segment, isWordLike } of segmenter.segment(line.slice(start, end)))
        if (isWordLike) out.push(segment.toLowerCase())
      start = end
    }
  }
  return out
}

/** Token F1 of `actual` against `expected`: words counted with their repeats; 1 when both are empty. */
export function tokenF1(expected, actual, language) {
  const want = tokens(expected, language)
  const got = tokens(actual, language)
  if (want.length === 0 && got.length === 0) return 1
  if (want.length === 0 || got.length === 0) return 0
  const counts = new Map()
  for (const token of want) counts.set(token, (counts.get(token) ?? 0) + 1)
  let overlap = 0
  for (const token of got) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      overlap++
      counts.set(token, left - 1)
    }
  }
  if (overlap === 0) return 0
  const precision = overlap / got.length
  const recall = overlap / want.length
  return (2 * precision * recall) / (precision + recall)
}

/** The text a reader found: the standfirst, then the story text (`storyText`: body and live updates, no furniture, no captions). */
export function articleText(article) {
  const standfirst = squash(inlineText(article.standfirst))
  const story = storyText(article)
  return standfirst ? `${standfirst}\n\n${story}` : story
}

/** Every image of an article (the lead image, images in the body, galleries and live updates), found by walking it. */
function images(article) {
  const found = article.image ? [article.image] : []
  const walk = (value) => {
    if (Array.isArray(value)) for (const item of value) walk(item)
    else if (value !== null && typeof value === 'object') {
      if (value.type === 'image') found.push(value)
      for (const key of ['body', 'children', 'items', 'updates']) if (key in value) walk(value[key])
      if (value.liveBlog) walk(value.liveBlog)
    }
  }
  walk(article.body)
  if (article.liveBlog) walk(article.liveBlog)
  return found
}

/** A credit without a leading label (`Photo:`, `Foto:`, `Credit:`), for comparing credit lines a reader may print either way. */
const unlabelled = (credit) => squash(credit).replace(/^\p{L}{1,12}\s?[:：]\s*/u, '')

/** The UTC offset of an ISO 8601 date-time in minutes, `undefined` without one. */
function offset(date) {
  const match = /(?:Z|([+-])(\d{2}):?(\d{2}))$/.exec(date)
  if (!match) return undefined
  if (!match[1]) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}

/** Whether `actual` names the same instant as `expected`, with the same offset. */
export function sameDate(expected, actual) {
  if (typeof actual !== 'string') return false
  const instant = Date.parse(expected)
  return Date.parse(actual) === instant && offset(actual) === offset(expected)
}

/** One page's scores; `null` where the page has nothing to score for a field. */
function scorePage(read, page) {
  const { expected } = page
  const started = performance.now()
  let article
  let error
  try {
    article = read(page.html, { url: expected.url })
  } catch (caught) {
    error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)
  }
  const ms = performance.now() - started
  const wantCaptions = [expected.leadImage, ...expected.figures].filter((figure) => figure?.caption)
  const wantCredits = [expected.leadImage, ...expected.figures].filter((figure) => figure?.credit)
  const shows = expected.authors.length > 0
  const states = expected.datePublished !== null
  if (!article) {
    return {
      name: page.name,
      error,
      ms,
      headline: false,
      byline: shows ? false : null,
      authorKinds: null,
      date: states ? false : null,
      f1: 0,
      captions: { expected: wantCaptions.length, missing: wantCaptions.map((figure) => figure.caption) },
      credits: { expected: wantCredits.length, missing: wantCredits.map((figure) => figure.credit) },
      leadImage: expected.leadImage ? false : null,
      section: expected.section ? false : null,
      language: false,
      isAccessibleForFree: false,
    }
  }
  const names = (authors) => [...new Set(authors.map((author) => squash(author.name)))].sort()
  const kinds = (authors) => authors.map((author) => `${squash(author.name)}\u0000${author.type ?? 'Person'}`).sort()
  const byline = shows ? String(names(expected.authors)) === String(names(article.authors ?? [])) : null
  const found = images(article)
  const captions = new Set(found.map((image) => squash(inlineText(image.caption))))
  const credits = new Set(found.filter((image) => image.credit).map((image) => unlabelled(image.credit)))
  return {
    name: page.name,
    ms,
    headline: squash(article.headline) === squash(expected.headline),
    byline,
    authorKinds: byline ? String(kinds(expected.authors)) === String(kinds(article.authors)) : null,
    date: states ? sameDate(expected.datePublished, article.datePublished) : null,
    f1: tokenF1(expected.bodyText, articleText(article), expected.language),
    captions: {
      expected: wantCaptions.length,
      missing: wantCaptions.map((figure) => figure.caption).filter((caption) => !captions.has(squash(caption))),
    },
    credits: {
      expected: wantCredits.length,
      missing: wantCredits.map((figure) => figure.credit).filter((credit) => !credits.has(unlabelled(credit))),
    },
    leadImage: expected.leadImage ? article.image?.url === expected.leadImage.url : null,
    section: expected.section ? squash(article.section ?? '') === squash(expected.section) : null,
    language: (article.language ?? '').split('-')[0].toLowerCase() === expected.language.split('-')[0].toLowerCase(),
    isAccessibleForFree: (article.isAccessibleForFree ?? true) === expected.isAccessibleForFree,
  }
}

function median(values) {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Share of the pages where a yes/no field holds, over the pages it applies to. */
function share(pages, field) {
  const scored = pages.filter((page) => page[field] !== null)
  const right = scored.filter((page) => page[field] === true)
  return { score: scored.length ? right.length / scored.length : 1, right: right.length, of: scored.length }
}

/** Kept over expected, for captions or credits. */
function kept(pages, field) {
  const of = pages.reduce((sum, page) => sum + page[field].expected, 0)
  const missing = pages.reduce((sum, page) => sum + page[field].missing.length, 0)
  return { score: of ? (of - missing) / of : 1, right: of - missing, of }
}

/**
 * Read every page with `read(html, { url })` and score what it returns
 * against the page's reference: per page, and per field over the corpus.
 * A reader that throws scores nothing on that page; the error is kept.
 */
export function scorePages(read, pages) {
  const scores = pages.map((page) => scorePage(read, page))
  const f1s = scores.map((page) => page.f1)
  return {
    pages: scores,
    fields: {
      headline: share(scores, 'headline'),
      byline: share(scores, 'byline'),
      authorKinds: share(scores, 'authorKinds'),
      date: share(scores, 'date'),
      bodyF1: { median: median(f1s), min: f1s.length ? Math.min(...f1s) : 0 },
      captions: kept(scores, 'captions'),
      credits: kept(scores, 'credits'),
      leadImage: share(scores, 'leadImage'),
      section: share(scores, 'section'),
      language: share(scores, 'language'),
      isAccessibleForFree: share(scores, 'isAccessibleForFree'),
      time: { median: median(scores.map((page) => page.ms)), max: Math.max(0, ...scores.map((page) => page.ms)) },
    },
  }
}

const percent = (value) => `${(value * 100).toFixed(0)}%`
const ratio = ({ score, right, of }) => `${percent(score)} (${right} of ${of})`

/**
 * The per-field table in Markdown: each field, how it is scored, the result
 * and the goal where the issue sets one. Times are left out unless asked
 * for, so that the table is the same on every run.
 */
export function accuracyTable(score, { time = false } = {}) {
  const { fields } = score
  const rows = [
    ['headline', 'exact, spaces squashed', ratio(fields.headline), '≥ 95%'],
    ['byline', 'same set of names, on pages that show one', ratio(fields.byline), '≥ 90%'],
    ['authors’ kind', 'person or organization, where the names are right', ratio(fields.authorKinds), ''],
    ['date published', 'same instant and offset, on pages that state one', ratio(fields.date), '≥ 95%'],
    [
      'body text',
      'token F1 against the reference, median (lowest)',
      `${fields.bodyF1.median.toFixed(3)} (${fields.bodyF1.min.toFixed(3)})`,
      '≥ 0.95',
    ],
    ['captions', 'each one of the page found on an image', ratio(fields.captions), 'all'],
    ['credits', 'each one of the page found on an image', ratio(fields.credits), 'all'],
    ['lead image', 'the largest candidate, absolute', ratio(fields.leadImage), ''],
    ['section', 'exact', ratio(fields.section), ''],
    ['language', 'same primary subtag', ratio(fields.language), ''],
    ['paywall', '`isAccessibleForFree` as the page says', ratio(fields.isAccessibleForFree), ''],
  ]
  if (time)
    rows.push([
      'time',
      'per page, median (slowest)',
      `${fields.time.median.toFixed(1)} ms (${fields.time.max.toFixed(1)} ms)`,
      '< 1 s',
    ])
  const header = ['field', 'scored as', `result on ${score.pages.length} pages`, 'goal']
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
