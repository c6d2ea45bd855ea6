import { bylineReporting, type CreditEntry, creditGroups, creditUrl, listed, rolePhrase } from '../../core/credits.js'
import { inReadingOrder, numberSources } from '../../core/sources.js'
import type { Article, Author, Image, Source } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import {
  cls,
  formatDate,
  headedPart,
  headingTag,
  hidden,
  isRightToLeft,
  linkAttributes,
  reportOnce,
  safeUrl,
  sourceAnchor,
  uniqueId,
} from '../util.js'
import { figure } from './image.js'
import { relatedLink } from './related-links.js'

/**
 * The whole article: `<article lang dir>` with the header, lead image, body,
 * live blog updates, backstory, corrections, sources and related articles, each a part with its own
 * overridable handler (`header`, `leadImage`, `body`, `corrections`,
 * `sources`, `related`). `sections` leaves parts out.
 */
export function article(node: Article, state: HtmlState): string {
  const { sections } = state.options
  const language = typeof node.language === 'string' ? node.language : undefined
  // Citations link to the sources' anchors before the list is written: keep those ids for them.
  if (sections.sources && Array.isArray(node.sources))
    for (let number = 1; number <= node.sources.length; number++)
      state.options.scratch.ids.add(sourceAnchor(state, number))
  let html = `<article class="${cls(state, 'article')}"${attribute('lang', language)}${attribute('dir', isRightToLeft(language) ? 'rtl' : undefined)}${unshown(node, state)}>`
  if (sections.header) html += state.handle('header', node)
  if (sections.leadImage && node.image) html += state.handle('leadImage', node.image, 'image')
  if (sections.body) {
    // The body first, so its headings have their ids; the contents go above it.
    const body = state.handle('body', node)
    if (state.options.scratch.headings.length > 0) html += state.handle('tableOfContents', node)
    html += body
  }
  const live = node.liveBlog
  if (sections.liveBlog && isObject(live) && Array.isArray(live.updates) && live.updates.length > 0)
    html += state.handle('liveBlog', live, 'liveBlog')
  if (sections.backstory && typeof node.backstory === 'string' && node.backstory !== '')
    html += state.handle('backstory', node)
  if (sections.corrections && Array.isArray(node.corrections) && node.corrections.length > 0)
    html += state.handle('corrections', node)
  // Sources come after the body: citations in the body tell them where to link back to.
  if (sections.sources && Array.isArray(node.sources) && node.sources.length > 0) html += state.handle('sources', node)
  if (sections.related && Array.isArray(node.related) && node.related.length > 0) html += state.handle('related', node)
  return `${html}</article>`
}

/** The header: kicker, headline, standfirst, byline, dates and the article's audio. */
export function header(node: Article, state: HtmlState): string {
  const tag = headingTag(state, 1)
  let html = `<header class="${cls(state, 'header')}">`
  if (typeof node.kicker === 'string') html += `<p class="${cls(state, 'kicker')}">${escapeText(node.kicker)}</p>`
  html += `<${tag} class="${cls(state, 'headline')}">${escapeText(node.headline)}</${tag}>`
  if (node.standfirst !== undefined)
    html += `<p class="${cls(state, 'standfirst')}">${state.join(node, 'standfirst')}</p>`
  const groups = creditGroups(node)
  // The byline also carries additional reporting, so it is written for that alone too.
  if ((Array.isArray(node.authors) && node.authors.length > 0) || groups[0]?.role === 'additionalReporting')
    html += state.handle('byline', Array.isArray(node.authors) ? node.authors : [], 'authors')
  if (groups.some((group) => group.role !== 'additionalReporting')) html += state.handle('credits', node)
  html += dates(node, state)
  if (node.audio !== undefined) html += state.handle('listen', node.audio, 'audio')
  return `${html}</header>`
}

/**
 * "By A, B and C · Additional reporting by D": every author, linked with
 * `rel="author"` when they have a URL, then the article's contributors with
 * the role `additionalReporting`, linked without it. Each name is isolated
 * with `<bdi>`.
 */
export function byline(authors: Author[], state: HtmlState): string {
  const { labels } = state.options
  const names: string[] = []
  authors.forEach((author, index) => {
    // An entry that is not an object (input that skipped validation) has no name to show.
    if (!isObject(author)) return
    const href = author.url === undefined ? undefined : safeUrl(state, author.url, 'author', index, 'url')
    // What the byline does not show of an author; it also marks the name as an author's.
    const data = hidden(
      state,
      { type: author.type, image: author.image, jobTitle: author.jobTitle, sameAs: author.sameAs },
      index,
    )
    names.push(personName(state, author.name, href, 'author', data))
  })
  const parts: string[] = []
  if (names.length > 0) parts.push(`${escapeText(labels.by)} ${nameList(state, names)}`)
  const reporting = bylineReporting(state)
  if (reporting !== undefined) parts.push(creditPhrase(state, reporting.entries, rolePhrase(labels, reporting)))
  return parts.length === 0 ? '' : `<p class="${cls(state, 'byline')}">${parts.join(' · ')}</p>`
}

/**
 * The credit lines under the byline, one phrase per role in the order of
 * `CONTRIBUTOR_ROLES` ("Edited by A · Translated by B · Graphics: C"), from
 * the article's `contributors` (additional reporting is in the byline).
 * Names are isolated with `<bdi>` and linked to their profiles.
 */
export function credits(node: Article, state: HtmlState): string {
  const { labels } = state.options
  const phrases = creditGroups(node)
    .filter((group) => group.role !== 'additionalReporting')
    .map((group) => creditPhrase(state, group.entries, rolePhrase(labels, group)))
  return phrases.length === 0 ? '' : `<p class="${cls(state, 'credits')}">${phrases.join(' · ')}</p>`
}

/** A name in `<bdi>`, linked when it has a URL. */
function personName(state: HtmlState, name: unknown, href: string | undefined, rel?: string, data = ''): string {
  const html = `<bdi${data}>${escapeText(name)}</bdi>`
  return href === undefined ? html : `<a${linkAttributes(state, href, rel)}>${html}</a>`
}

/** Names as the byline lists them: "A, B and C". */
function nameList(state: HtmlState, names: readonly string[]): string {
  return listed(names, ', ', ` ${escapeText(state.options.labels.and)} `).join('')
}

/** A role's words and its contributors' names: "Edited by A and B". */
function creditPhrase(state: HtmlState, entries: readonly CreditEntry[], phrase: string): string {
  const names = entries.map((entry) =>
    personName(state, entry.contributor.name, creditUrl({ options: reportOnce(state), article: state.article }, entry)),
  )
  return `${escapeText(phrase)} ${nameList(state, names)}`
}

/** The dateline and the dates, each in `<time datetime>` with the machine value. */
function dates(node: Article, state: HtmlState): string {
  const { labels } = state.options
  // Parts separated by a space, added up with `+=` (joining an array would copy them).
  let parts =
    typeof node.dateline === 'string'
      ? `<span class="${cls(state, 'dateline')}">${escapeText(node.dateline)}</span>`
      : ''
  const published = time(state, node.datePublished, 'published', labels.published)
  if (published) parts = parts ? `${parts} ${published}` : published
  const updated =
    node.dateModified !== node.datePublished ? time(state, node.dateModified, 'updated', labels.updated) : ''
  if (updated) parts = parts ? `${parts} ${updated}` : updated
  return parts === '' ? '' : `<p class="${cls(state, 'dates')}">${parts}</p>`
}

function time(state: HtmlState, value: unknown, className: string, label: string): string {
  const shown = formatDate(state, value)
  if (shown === undefined) return ''
  return `<span class="${cls(state, className)}">${escapeText(label)} <time${attribute('datetime', value as string)}>${escapeText(shown)}</time></span>`
}

/** The lead image: a figure loaded eagerly, since it is at the top of the page. */
export function leadImage(image: Image, state: HtmlState): string {
  return figure(state, image, { className: 'lead-image', loading: 'eager' })
}

/** The body: every block, in a `<div>`. */
export function body(node: Article, state: HtmlState): string {
  return `<div class="${cls(state, 'body')}">${state.join(node, 'body')}</div>`
}

/**
 * The table of contents (with the `tableOfContents` option): a `<nav>` named
 * by its title, with an ordered list of links to the body's headings, nested
 * by level. A heading that skips a level nests under the nearest one above.
 */
export function tableOfContents(_node: Article, state: HtmlState): string {
  const { labels, scratch } = state.options
  const labelId = uniqueId(state, cls(state, 'toc-label'))
  let list = ''
  const levels: number[] = []
  for (const { level, id, text } of scratch.headings) {
    const top = levels[levels.length - 1]
    if (top === undefined || level > top) {
      list += '<ol>'
      levels.push(level)
    } else {
      list += '</li>'
      while (levels.length > 1 && level <= (levels[levels.length - 2] as number)) {
        list += '</ol></li>'
        levels.pop()
      }
      levels[levels.length - 1] = level
    }
    list += `<li><a${attribute('href', `#${id}`)}>${escapeText(text)}</a>`
  }
  list += `</li>${'</ol></li>'.repeat(levels.length - 1)}</ol>`
  return `<nav class="${cls(state, 'toc')}"${attribute('aria-labelledby', labelId)}><p${attribute('id', labelId)} class="${cls(state, 'toc-label')}">${escapeText(labels.contents)}</p>${list}</nav>`
}

/** How the story was reported: a section under its heading, after the body, where readers look for it. */
export function backstory(node: Article, state: HtmlState): string {
  return headedPart(
    state,
    'section',
    'backstory',
    state.options.labels.backstory,
    () => `<p>${escapeText(node.backstory)}</p>`,
  )
}

/** Corrections: a labelled list, each with its date. */
export function corrections(node: Article, state: HtmlState): string {
  return headedPart(state, 'section', 'corrections', state.options.labels.corrections, () => {
    const items = (node.corrections ?? [])
      .filter(isObject)
      .map((entry) => {
        const shown = formatDate(state, entry.date)
        const when =
          shown === undefined ? '' : `<time${attribute('datetime', entry.date)}>${escapeText(shown)}</time>: `
        return `<li>${when}${escapeText(entry.text)}</li>`
      })
      .join('')
    return `<ul>${items}</ul>`
  })
}

/**
 * Sources: a section with a heading and an ordered list, numbered as the
 * citation markers are; each entry shows "Outlet: title", linked when it has
 * a URL, and links back to where it was first cited.
 */
export function sources(node: Article, state: HtmlState): string {
  const { labels, scratch } = state.options
  return headedPart(state, 'section', 'sources', labels.sources, () => {
    const list: Source[] = node.sources ?? []
    // Items are added up with `+=`, not joined from an array: joining copies every character.
    let items = ''
    // In numbered order, which every output shares: the first cited first.
    numberSources(state, inReadingOrder(state.options.sections)).order.forEach((index, at) => {
      const source = list[index] as Source
      const number = at + 1
      const outlet = `<bdi>${escapeText(source.name)}</bdi>`
      const title = typeof source.title === 'string' ? `: <bdi>${escapeText(source.title)}</bdi>` : ''
      const href = source.url === undefined ? undefined : safeUrl(state, source.url, 'source', 'sources', index, 'url')
      const entry = href === undefined ? outlet + title : `<a${linkAttributes(state, href)}>${outlet}${title}</a>`
      const cited = scratch.firstCitation.get(number)
      const back =
        cited === undefined
          ? ''
          : ` <a${attribute('href', `#${cited}`)} class="${cls(state, 'back-link')}"${attribute('aria-label', labels.backToText)}>↩</a>`
      // The list is in citation order: the model's place, and what the entry does not show, are kept.
      const data = hidden(
        state,
        {
          id: source.id,
          author: source.author,
          datePublished: source.datePublished,
          basedOn: source.basedOn,
        },
        'sources',
        index,
      )
      items += `<li${attribute('id', sourceAnchor(state, number))}${attribute('data-ak-index', index === at ? undefined : index)}${data}>${entry}${back}</li>`
    })
    return `<ol>${items}</ol>`
  })
}

/** Related articles after the body: a `<nav>` named by its heading, with a list of links. */
export function related(node: Article, state: HtmlState): string {
  return headedPart(state, 'nav', 'related', state.options.labels.related, () => {
    let items = ''
    ;(node.related ?? []).forEach((entry, index) => {
      if (isObject(entry)) items += `<li>${relatedLink(state, entry, 'related', index)}</li>`
    })
    return `<ul>${items}</ul>`
  })
}

/** The article's fields the page does not show, as the article's `data-ak`. */
const UNSHOWN = [
  'type',
  'id',
  'url',
  'alternativeHeadline',
  'description',
  'contributors',
  'publisher',
  'embargo',
  'section',
  'keywords',
  'license',
  'copyrightHolder',
  'copyrightYear',
  'isAccessibleForFree',
] as const

/**
 * The article's `data-ak`: the fields above, an update date equal to the publication date (the
 * page shows it once), and the live blog's order and coverage. Also the mark `readOwnHtml` looks
 * for: every article has a `type`.
 */
function unshown(node: Article, state: HtmlState): string {
  const values: Record<string, unknown> = {}
  for (const key of UNSHOWN) values[key] = node[key]
  if (node.dateModified !== undefined && node.dateModified === node.datePublished)
    values.dateModified = node.dateModified
  // Parts the page leaves out when they are empty.
  for (const key of ['corrections', 'sources', 'related'] as const) {
    const list = node[key]
    if (Array.isArray(list) && list.length === 0) values[key] = list
  }
  if (node.backstory === '') values.backstory = ''
  const live = node.liveBlog
  if (isObject(live)) {
    const { updates, ...rest } = live
    values.liveBlog = Array.isArray(updates) && updates.length > 0 ? rest : live
  }
  // The canonical URL is held to its stricter rule, as the page's head holds it.
  if (values.url !== undefined) values.url = safeUrl(state, values.url, 'canonical', 'url')
  return hidden(state, values)
}

/** Whether a list entry is an object: input that skipped validation may hold anything. */
function isObject<T>(value: T): value is T & object {
  return value !== null && typeof value === 'object'
}
