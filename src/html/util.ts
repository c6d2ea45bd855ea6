// Helpers shared by the HTML handlers.

import type { CreditState } from '../core/credits.js'
import { displayDate } from '../core/date.js'
import type { UrlContext } from '../core/index.js'
import { citeSource, inReadingOrder } from '../core/sources.js'
import { policyUrl } from '../core/url-message.js'
import { TRUST_POLICIES } from '../model/trust.js'
import { attribute, attributes, escapeAttribute, escapeSingleQuoted, escapeText } from './escape.js'
import type { HtmlState } from './types.js'

/** A class name with the configured prefix. */
export function cls(state: HtmlState, name: string): string {
  return state.options.classPrefix + name
}

/**
 * A URL as it may be written, or `undefined` if the URL policy refuses it
 * (reported through `onWarning` with its path). With `resolveUrl`, relative
 * URLs become absolute against `article.url`.
 */
export function safeUrl(
  state: HtmlState,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  const { options, article } = state
  return policyUrl(reportOnce(state), value, context, options.resolveUrl ? article.url : undefined, state.path, at)
}

/** The key of `reportOnce`'s options in the render's data. */
const REPORT_ONCE = Symbol('reportOnce')

/**
 * The URL policy with a warning hook that reports each path once per render: a URL the page shows
 * and `data-ak` keeps too (a contributor's, say) is checked at both places but refused once.
 */
export function reportOnce(state: HtmlState): CreditState['options'] {
  let found = state.data.get(REPORT_ONCE) as CreditState['options'] | undefined
  if (found === undefined) {
    const { urlPolicy, resolveUrl, onWarning } = state.options
    const seen = new Set<string>()
    found = {
      urlPolicy,
      resolveUrl,
      onWarning:
        onWarning &&
        ((warning) => {
          const key = warning.path.join('\u0000')
          if (!seen.has(key)) {
            seen.add(key)
            onWarning(warning)
          }
        }),
    }
    state.data.set(REPORT_ONCE, found)
  }
  return found
}

/** `href`, plus `target` and `rel` for links that leave the article's site. */
export function linkAttributes(state: HtmlState, href: string, rel?: string): string {
  const { linkTarget, linkRel, scratch } = state.options
  // Without `linkTarget` and `linkRel` (the default), where the link goes changes nothing.
  if (linkTarget === undefined && linkRel === undefined)
    return rel ? ` href="${escapeAttribute(href)}" rel="${escapeAttribute(rel)}"` : ` href="${escapeAttribute(href)}"`
  const external =
    /^https?:\/\//i.test(href) && (scratch.origin === undefined || !href.toLowerCase().startsWith(scratch.origin))
  const rels = [rel, external ? linkRel : undefined].filter(Boolean).join(' ')
  return attributes({ href, target: external ? linkTarget : undefined, rel: rels || undefined })
}

/**
 * A date for people, in the article's language, at the wall-clock time the
 * ISO string carries (its own offset, never converted to the reader's zone);
 * `undefined` if the string is not a date.
 */
export function formatDate(state: HtmlState, iso: unknown): string | undefined {
  return displayDate(iso, state.options.locale)
}

/** A heading element name for a model level, shifted by `headingOffset` and capped at 6. */
export function headingTag(state: HtmlState, level: number): string {
  const base = typeof level === 'number' && Number.isFinite(level) ? Math.trunc(level) : 2
  const shifted = Math.min(6, Math.max(1, base + state.options.headingOffset))
  return `h${shifted}`
}

/**
 * A part after the body (`element`, `<section>` or `<nav>`) named by its heading: the class and
 * the heading's id from `name`, the heading's text `label`, then what `content` renders. The
 * heading's id is reserved before `content` runs, so ids inside it come after it.
 */
export function headedPart(
  state: HtmlState,
  element: 'section' | 'nav',
  name: string,
  label: string,
  content: () => string,
): string {
  const headingId = uniqueId(state, cls(state, name))
  const tag = headingTag(state, 2)
  return `<${element} class="${cls(state, name)}"${attribute('aria-labelledby', headingId)}><${tag}${attribute('id', headingId)}>${escapeText(label)}</${tag}>${content()}</${element}>`
}

/** Reserve a unique element id, based on `wanted`: `intro`, then `intro-2`, `intro-3`… */
export function uniqueId(state: HtmlState, wanted: string): string {
  const { ids, suffixes } = state.options.scratch
  let id = wanted
  if (ids.has(id)) {
    // Go on from the last suffix this id was given: a live blog's hundredth "Update" takes one step, not a hundred.
    let suffix = suffixes.get(wanted) ?? 2
    for (id = `${wanted}-${suffix}`; ids.has(id); id = `${wanted}-${suffix}`) suffix++
    suffixes.set(wanted, suffix + 1)
  }
  ids.add(id)
  return id
}

/**
 * The `id` of a block, when it has one: its own, made unique in the output
 * (`-2`, `-3`… when an earlier element or a generated anchor took it).
 */
export function blockId(state: HtmlState, id: unknown): string | undefined {
  return typeof id === 'string' && id !== '' ? uniqueId(state, id) : undefined
}

/** A slug for an id: letters and digits of any script, joined by hyphens. */
export function slug(text: string): string {
  const result = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
  return result || 'section'
}

/** Plain text of inline content, for slugs and labels. Iterative, so any depth is safe. */
export function plainText(nodes: unknown): string {
  let text = ''
  const stack: unknown[] = Array.isArray(nodes) ? [...nodes].reverse() : []
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; value?: unknown; children?: unknown }
    if (typeof node !== 'object' || node === null) continue
    if (typeof node.value === 'string') text += node.value
    else if (node.type === 'break') text += ' '
    if (Array.isArray(node.children))
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return text
}

/** Primary language subtags written right to left. */
const RTL_LANGUAGES = /* @__PURE__ */ new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
])

/** Whether a BCP 47 tag names a right-to-left language or script. */
export function isRightToLeft(language: unknown): boolean {
  if (typeof language !== 'string') return false
  const dash = language.indexOf('-')
  if (dash === -1) return RTL_LANGUAGES.has(language.toLowerCase())
  // A script subtag decides: Arabic, Hebrew, Thaana or Syriac script is right to left, Latin or Cyrillic is not.
  if (RTL_SCRIPT.test(language)) return true
  if (LTR_SCRIPT.test(language)) return false
  return RTL_LANGUAGES.has(language.slice(0, dash).toLowerCase())
}

const RTL_SCRIPT = /-(?:arab|hebr|thaa|syrc)(?=-|$)/i
const LTR_SCRIPT = /-(?:latn|cyrl)(?=-|$)/i

/** The number of the source with this id (see `numberSources`), or 0 for an id no source has. */
export function sourceNumber(state: HtmlState, sourceId: unknown): number {
  return citeSource(state, sourceId, inReadingOrder(state.options.sections)) ?? 0
}

/** The element id of a source's entry in the sources list. */
export function sourceAnchor(state: HtmlState, number: number): string {
  return cls(state, `source-${number}`)
}

/**
 * What the markup of one model object does not show, as a `data-ak` attribute of JSON that
 * `readOwnHtml` (`articlekit/import`) lays over what it reads from the markup: values no reader
 * sees (ids, types, exact values), and `null` for a field that is absent where the markup shows a
 * default in its place. `''` when every value is `undefined`. Every URL in it passes the URL
 * policy (a refused one is left out and reported at its path, `at` and the keys below it), and
 * only JSON data is kept, to the model's depth: input that skipped validation cannot make it throw.
 */
export function hidden(state: HtmlState, values: Record<string, unknown>, ...at: (string | number)[]): string {
  // Most elements have nothing to mark: no walk for them.
  let any = false
  for (const key in values) any ||= values[key] !== undefined
  if (!any) return ''
  // The values are a fresh object: one walk copies them, own keys only (a polluted Object.prototype adds nothing).
  const shown = keep(state, values, '', at, [], { nodes: HIDDEN_NODES })
  // Single quotes: the JSON's many `"` are then written as they are.
  for (const _ in shown as object) return ` data-ak='${escapeSingleQuoted(JSON.stringify(shown))}'`
  return ''
}

/**
 * How deep a `data-ak` value may nest: the model's `LIMITS.jsonDepth`, written here because
 * importing `LIMITS` would bring the node table into every HTML bundle (`test/html/own-data.test.ts`).
 */
export const HIDDEN_DEPTH = 256

/** How many values one `data-ak` may hold: shared references in unvalidated input cannot make it grow without end. */
const HIDDEN_NODES = 100_000

/** The URL policy's context of each key of the model that holds a URL. */
const URL_CONTEXTS: Readonly<Record<string, UrlContext>> = {
  url: 'link',
  image: 'image',
  sameAs: 'author',
  license: 'license',
  creditUrl: 'image',
  transcriptUrl: 'audio',
}

/** A copy of `value` as JSON data, its URLs through the policy; `undefined` to leave it out. */
function keep(
  state: HtmlState,
  value: unknown,
  key: string,
  path: (string | number)[],
  parents: unknown[],
  budget: { nodes: number },
): unknown {
  if (--budget.nodes < 0) return undefined
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string') {
    const context = URL_CONTEXTS[key] ?? (TRUST_POLICY_KEYS.has(key) ? 'link' : undefined)
    return context === undefined ? value : safeUrl(state, value, context, ...path)
  }
  if (typeof value !== 'object' || parents.includes(value) || parents.length >= HIDDEN_DEPTH) return undefined
  parents.push(value)
  let copy: unknown
  if (Array.isArray(value)) {
    const list: unknown[] = []
    value.forEach((item, index) => {
      const kept = keep(state, item, key, [...path, index], parents, budget)
      if (kept !== undefined) list.push(kept)
    })
    copy = list
  } else {
    const object: Record<string, unknown> = {}
    for (const name of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[name]
      if (item === undefined) continue
      const kept = keep(state, item, name, [...path, name], parents, budget)
      if (kept !== undefined) object[name] = kept
    }
    copy = object
  }
  parents.pop()
  return copy
}

/** The publisher's policy pages: URLs too. */
const TRUST_POLICY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(TRUST_POLICIES)

/** A block's own id when the id written for it differs (made unique in the output), for `hidden`. */
export function ownId(own: unknown, written: string | undefined): string | undefined {
  return typeof own === 'string' && own !== written ? own : undefined
}

/** Where two texts meet, the second goes in this span (see the `text` handler): the page would read them as one text. */
export const TEXT_MARK = '<span data-ak-text>'
