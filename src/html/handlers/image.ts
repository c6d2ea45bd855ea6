import type { Image, ImageBlock } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, cls, linkAttributes, safeUrl } from '../util.js'

/** An image in the body: a figure, loaded as `imageLoading` says (lazily by default). */
export function image(node: ImageBlock, state: HtmlState): string {
  return figure(state, node, { className: 'image', loading: state.options.imageLoading, id: blockId(state, node.id) })
}

/**
 * An image as `<figure>`: `<img>` with its alt text (`alt=""` for decorative
 * images; the caption is never reused as alt), sizes and loading hints, and a
 * `<figcaption>` with the caption and, marked up apart, the credit. An image
 * whose URL the policy refuses renders its caption alone.
 */
export function figure(
  state: HtmlState,
  value: Image,
  { className, loading, id }: { className: string; loading: 'lazy' | 'eager'; id?: string | undefined },
): string {
  const src = safeUrl(state, value.url, 'image', 'url')
  const img =
    src === undefined
      ? ''
      : `<img${attribute('src', src)}${attribute('alt', typeof value.alt === 'string' ? value.alt : '')}${attribute('width', value.width)}${attribute('height', value.height)}${attribute('loading', loading)} decoding="async"${attribute('fetchpriority', loading === 'eager' ? 'high' : undefined)}>`
  const caption =
    value.caption === undefined ? '' : `<span class="${cls(state, 'caption')}">${state.join(value, 'caption')}</span>`
  const credit = typeof value.credit === 'string' && value.credit !== '' ? creditMarkup(state, value) : ''
  const figcaption =
    caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : ''
  if (!img && !figcaption) return ''
  return `<figure${attribute('id', id)} class="${cls(state, className)}">${img}${figcaption}</figure>`
}

function creditMarkup(state: HtmlState, value: Image): string {
  const prefix = state.options.labels.credit ? `${escapeText(state.options.labels.credit)} ` : ''
  const href = value.creditUrl === undefined ? undefined : safeUrl(state, value.creditUrl, 'image', 'creditUrl')
  const text = escapeText(value.credit)
  return `<small class="${cls(state, 'credit')}">${prefix}${href === undefined ? text : `<a${linkAttributes(state, href)}>${text}</a>`}</small>`
}
