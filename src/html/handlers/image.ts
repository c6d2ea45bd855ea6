import { creatorPhrase } from '../../core/credits.js'
import type { Image, ImageBlock, LeadImage } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, hidden, linkAttributes, ownId, safeUrl } from '../util.js'

/** An image in the body: a figure, loaded as `imageLoading` says (lazily by default). */
export function image(node: ImageBlock, state: HtmlState): string {
  const id = blockId(state, node.id)
  return figure(state, node, { className: 'image', loading: state.options.imageLoading, id, own: ownId(node.id, id) })
}

/**
 * An image as `<figure>`: `<img>` with its alt text (`alt=""` for decorative
 * images; the caption is never reused as alt), sizes and loading hints, and a
 * `<figcaption>` with the caption and, marked up apart, the credit: the
 * `credit` line as printed, else one made from the `creator` ("Photo: Jane
 * Roe", the name in `<bdi>`, linked to their profile). An image whose URL the
 * policy refuses renders its caption alone.
 */
export function figure(
  state: HtmlState,
  value: Image,
  {
    className,
    loading,
    id,
    own,
  }: { className: string; loading: 'lazy' | 'eager'; id?: string | undefined; own?: string | undefined },
): string {
  const src = safeUrl(state, value.url, 'image', 'url')
  const img =
    src === undefined
      ? ''
      : `<img${attribute('src', src)}${attribute('alt', typeof value.alt === 'string' ? value.alt : '')}${attribute('width', value.width)}${attribute('height', value.height)}${attribute('loading', loading)} decoding="async"${attribute('fetchpriority', loading === 'eager' ? 'high' : undefined)}>`
  const caption =
    value.caption === undefined ? '' : `<span class="${cls(state, 'caption')}">${state.join(value, 'caption')}</span>`
  const credit = creditMarkup(state, value)
  const figcaption =
    caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : ''
  if (!img && !figcaption) return ''
  return `<figure${attribute('id', id)} class="${cls(state, className)}"${unshown(state, value, own, credit !== '')}>${img}${figcaption}</figure>`
}

/** The credit line: `credit` (linked to `creditUrl`), else the creator's name after its role's words; `''` without either. */
function creditMarkup(state: HtmlState, value: Image): string {
  const { labels } = state.options
  let phrase: string | undefined
  let text: string
  let href: string | undefined
  if (typeof value.credit === 'string' && value.credit !== '') {
    text = escapeText(value.credit)
    href = value.creditUrl === undefined ? undefined : safeUrl(state, value.creditUrl, 'image', 'creditUrl')
  } else {
    phrase = creatorPhrase(labels, value.creator)
    if (phrase === undefined || value.creator === undefined) return ''
    text = `<bdi>${escapeText(value.creator.name)}</bdi>`
    href = value.creator.url === undefined ? undefined : safeUrl(state, value.creator.url, 'author', 'creator', 'url')
  }
  // A creator without a role stands where a credit line would, after the same words.
  const words = phrase || labels.credit
  const prefix = words ? `${escapeText(words)} ` : ''
  return `<small class="${cls(state, 'credit')}">${prefix}${href === undefined ? text : `<a${linkAttributes(state, href)}>${text}</a>`}</small>`
}

/**
 * What the figure does not show, for `hidden`: the creator (its role and type are only words on
 * the page), the licence, the crops, and the credit and its URL when the credit line is not theirs.
 */
function unshown(state: HtmlState, value: LeadImage, own: string | undefined, creditLine: boolean): string {
  const credited = typeof value.credit === 'string' && value.credit !== ''
  return hidden(state, {
    id: own,
    // A credit line made from the creator is no credit: `null` says so.
    credit: credited ? undefined : (value.credit ?? (creditLine ? null : undefined)),
    creditUrl: credited ? undefined : value.creditUrl,
    creator: value.creator,
    license: value.license,
    crops: value.crops,
  })
}
