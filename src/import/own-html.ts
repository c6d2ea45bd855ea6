// articlekit's own HTML, read back: the article `toHtml` or `toHtmlDocument` wrote, from its hast
// tree. What the page shows is read by structure (elements and `ak-` classes, never label words);
// what it does not show comes from the `data-ak` JSON the writer puts on the element it belongs to
// (see `hidden` in `src/html/util.ts`). The result is article input: the caller validates it.

import type { Element, ElementContent, Root } from 'hast'
import type { Problem } from '../core/problem.js'
import { LIMITS } from '../model/limits.js'
import { hastText } from './hast-text.js'

/** Options of {@link readOwnHtml}. */
export interface OwnHtmlOptions {
  /** Receives what could not be read (a `data-ak` that is not JSON, an element no handler writes), with its path in the article. (default: none) */
  onWarning?: ((warning: Problem) => void) | undefined
}

type Fields = Record<string, unknown>
type Path = (string | number)[]

/** Keys a `data-ak` object may never set. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** How deep blocks and inline nodes may nest before the rest is reported and left out: the model's own limits. */
const MAX_DEPTH = Math.max(LIMITS.blockDepth, LIMITS.inlineDepth) * 2

/**
 * Read an article that `toHtml` (a fragment) or `toHtmlDocument` (a whole
 * page) wrote, from its hast tree: the first `<article class="ak-article">`
 * that carries the writer's `data-ak` mark. Returns article input for
 * `parseArticle`, which validates it (URLs included), or `undefined` when the
 * tree holds no such article. Written with the default options, the article
 * comes back whole: `parseArticle(readOwnHtml(tree))` deep-equals it.
 * Whatever cannot be read is reported through `onWarning` and left out.
 *
 * @example
 * import { fromHtml } from 'hast-util-from-html'
 *
 * const input = readOwnHtml(fromHtml(toHtml(article), { fragment: true }))
 * parseArticle(input) // the article again
 */
export function readOwnHtml(tree: Root | Element, options: OwnHtmlOptions = {}): Record<string, unknown> | undefined {
  const root = findArticle(tree)
  if (root === undefined) return undefined
  const reader = new Reader(options.onWarning)
  return reader.article(root)
}

/** The first element `<article class="ak-article" data-ak>`, found without recursion. */
function findArticle(tree: Root | Element): Element | undefined {
  const stack: (Root | ElementContent)[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Root | ElementContent
    if (node.type === 'element' && node.tagName === 'article' && hasClass(node, 'ak-article') && has(node, 'dataAk'))
      return node
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ElementContent)
  }
  return undefined
}

class Reader {
  readonly #onWarning: ((warning: Problem) => void) | undefined

  constructor(onWarning: ((warning: Problem) => void) | undefined) {
    this.#onWarning = onWarning
  }

  warn(code: string, path: Path, message: string): void {
    this.#onWarning?.({ code, path: [...path], message })
  }

  /** The article: its parts in the order the writer puts them, then its own `data-ak`. */
  article(root: Element): Fields {
    const out: Fields = { headline: '', authors: [], body: [] }
    const language = prop(root, 'lang')
    if (language !== undefined) out.language = language
    for (const child of elements(root)) {
      if (child.tagName === 'header') this.header(child, out)
      else if (hasClass(child, 'ak-lead-image')) out.image = this.image(child, ['image'])
      else if (hasClass(child, 'ak-toc')) continue
      else if (hasClass(child, 'ak-body')) out.body = this.blocks(child.children, ['body'], 0)
      else if (hasClass(child, 'ak-live-blog')) out.liveBlog = { updates: this.updates(child) }
      else if (hasClass(child, 'ak-backstory')) out.backstory = hastText(first(child, (el) => el.tagName === 'p'))
      else if (hasClass(child, 'ak-corrections')) out.corrections = this.corrections(child)
      else if (hasClass(child, 'ak-sources')) out.sources = this.sources(child)
      else if (hasClass(child, 'ak-related'))
        out.related = listItems(child).map((item, index) => this.relatedLink(item, ['related', index]))
      else this.unknown(child, [])
    }
    return this.patch(out, root, [])
  }

  header(header: Element, out: Fields): void {
    for (const child of elements(header)) {
      if (hasClass(child, 'ak-kicker')) out.kicker = hastText(child)
      else if (hasClass(child, 'ak-headline')) out.headline = hastText(child)
      else if (hasClass(child, 'ak-standfirst')) out.standfirst = this.inlines(child.children, ['standfirst'], 0)
      else if (hasClass(child, 'ak-byline')) out.authors = this.authors(child)
      // The credit lines repeat the contributors, which the article's `data-ak` holds with their roles.
      else if (hasClass(child, 'ak-credits')) continue
      else if (hasClass(child, 'ak-dates')) this.dates(child, out)
      else if (hasClass(child, 'ak-listen')) out.audio = this.audioFile(child, {}, ['audio'])
      else this.unknown(child, [])
    }
  }

  /** The byline's authors: each name the writer marked with a `data-ak`, linked or not. */
  authors(byline: Element): Fields[] {
    const out: Fields[] = []
    for (const child of elements(byline)) {
      const link = child.tagName === 'a' ? child : undefined
      const name = link === undefined ? child : first(link, (el) => el.tagName === 'bdi')
      if (name?.tagName !== 'bdi' || !has(name, 'dataAk')) continue
      const author: Fields = { name: hastText(name) }
      const url = link === undefined ? undefined : prop(link, 'href')
      if (url !== undefined) author.url = url
      out.push(this.patch(author, name, ['authors', out.length]))
    }
    return out
  }

  dates(dates: Element, out: Fields): void {
    for (const child of elements(dates)) {
      if (hasClass(child, 'ak-dateline')) out.dateline = hastText(child)
      else if (hasClass(child, 'ak-published')) out.datePublished = timeOf(child)
      else if (hasClass(child, 'ak-updated')) out.dateModified = timeOf(child)
    }
  }

  /** Blocks, in order; text between them is the page's whitespace. */
  blocks(nodes: ElementContent[], path: Path, depth: number): Fields[] {
    const out: Fields[] = []
    if (depth > MAX_DEPTH) {
      this.warn('own_html_too_deep', path, `Blocks nested deeper than ${MAX_DEPTH} are left out`)
      return out
    }
    for (const node of nodes) {
      if (node.type === 'text') {
        if (node.value.trim() !== '')
          this.warn(
            'own_html_unread',
            [...path, out.length],
            `Text outside any block left out: \`${excerpt(node.value)}\``,
          )
        continue
      }
      if (node.type !== 'element') continue
      const block = this.block(node, [...path, out.length], depth)
      if (block !== undefined) out.push(block)
    }
    return out
  }

  block(el: Element, path: Path, depth: number): Fields | undefined {
    const tag = el.tagName
    const id = prop(el, 'id')
    const withId = (fields: Fields): Fields => this.patch(id === undefined ? fields : { ...fields, id }, el, path)
    if (tag === 'p')
      return withId({ type: 'paragraph', children: this.inlines(el.children, [...path, 'children'], depth) })
    if (/^h[2-6]$/.test(tag)) {
      // A heading always has an id, its own or a slug: its own is in its `data-ak`.
      const heading = {
        type: 'heading',
        level: Number(tag[1]),
        children: this.inlines(el.children, [...path, 'children'], depth),
      }
      return this.patch(heading, el, path)
    }
    if (tag === 'ul' || tag === 'ol') {
      const list: Fields = { type: 'list', ordered: tag === 'ol' }
      const start = numberProp(el, 'start')
      if (start !== undefined) list.start = start
      list.items = listItems(el).map((item, index) => ({
        children: this.blocks(item.children, [...path, 'items', index, 'children'], depth + 1),
      }))
      return withId(list)
    }
    if (tag === 'pre') {
      const code: Fields = { type: 'code', value: hastText(el) }
      const inner = first(el, (child) => child.tagName === 'code')
      const language = inner === undefined ? undefined : classes(inner).find((name) => name.startsWith('language-'))
      if (language !== undefined) code.language = language.slice('language-'.length)
      return withId(code)
    }
    if (tag === 'hr') return withId({ type: 'divider' })
    if (tag === 'table') return withId(this.table(el, path, depth))
    if (tag === 'figure') {
      if (hasClass(el, 'ak-image')) return withId({ type: 'image', ...this.image(el, path, false) })
      if (hasClass(el, 'ak-quote')) return withId(this.quote(el, path, depth))
      if (hasClass(el, 'ak-embed')) return withId(this.embed(el, path, depth))
      if (hasClass(el, 'ak-gallery')) return withId(this.gallery(el, path, depth))
      if (hasClass(el, 'ak-audio')) {
        const audio: Fields = { type: 'audio' }
        const kind = suffixClass(el, 'ak-audio-')
        if (kind !== undefined) audio.kind = kind
        return withId(this.audioFile(el, audio, path, depth))
      }
    }
    if (tag === 'aside') {
      if (hasClass(el, 'ak-pullquote')) return withId(this.pullquote(el, path, depth))
      if (hasClass(el, 'ak-read-more')) return withId(this.readMore(el, path))
      if (hasClass(el, 'ak-promo')) return withId(this.promo(el, path, depth))
      if (hasClass(el, 'ak-aside')) return withId(this.aside(el, path, depth))
    }
    this.unknown(el, path)
    return undefined
  }

  table(el: Element, path: Path, depth: number): Fields {
    const table: Fields = { type: 'table', rows: [] }
    const cells = (row: Element, tag: string, at: Path) =>
      elements(row)
        .filter((cell) => cell.tagName === tag)
        .map((cell, column) => this.inlines(cell.children, [...at, column], depth))
    for (const part of elements(el)) {
      if (part.tagName === 'caption') table.caption = this.inlines(part.children, [...path, 'caption'], depth)
      else if (part.tagName === 'thead') {
        const row = first(part, (child) => child.tagName === 'tr')
        table.header = row === undefined ? [] : cells(row, 'th', [...path, 'header'])
      } else if (part.tagName === 'tbody')
        table.rows = elements(part)
          .filter((row) => row.tagName === 'tr')
          .map((row, index) => cells(row, 'td', [...path, 'rows', index]))
    }
    return table
  }

  /** An image's figure: `<img>`, then the caption and the credit line in `<figcaption>`. */
  image(figure: Element, path: Path, patch = true): Fields {
    const image: Fields = {}
    const img = first(figure, (el) => el.tagName === 'img')
    if (img !== undefined) {
      const url = prop(img, 'src')
      if (url !== undefined) image.url = url
      image.alt = prop(img, 'alt') ?? ''
      const width = numberProp(img, 'width')
      if (width !== undefined) image.width = width
      const height = numberProp(img, 'height')
      if (height !== undefined) image.height = height
    }
    const caption = first(figure, (el) => el.tagName === 'figcaption')
    let credit: Element | undefined
    if (caption !== undefined)
      for (const part of elements(caption)) {
        if (hasClass(part, 'ak-caption')) image.caption = this.inlines(part.children, [...path, 'caption'], 0)
        else if (hasClass(part, 'ak-credit')) credit = part
      }
    const data = this.data(figure, path)
    // A credit line made from the creator is no credit: the figure's `data-ak` then says `credit`.
    if (credit !== undefined && !(data !== undefined && 'credit' in data)) {
      image.credit = hastText(credit)
      const link = first(credit, (el) => el.tagName === 'a')
      const href = link === undefined ? undefined : prop(link, 'href')
      if (href !== undefined) image.creditUrl = href
    }
    return patch ? merge(image, data) : image
  }

  quote(el: Element, path: Path, depth: number): Fields {
    const quote: Fields = { type: 'quote', children: [] }
    for (const part of elements(el)) {
      if (part.tagName === 'blockquote') {
        quote.children = this.blocks(part.children, [...path, 'children'], depth + 1)
        const url = prop(part, 'cite')
        if (url !== undefined) quote.attribution = { url }
      } else if (part.tagName === 'figcaption')
        quote.attribution = { ...attribution(part), ...(quote.attribution as Fields) }
    }
    return quote
  }

  pullquote(el: Element, path: Path, depth: number): Fields {
    const pullquote: Fields = { type: 'pullquote', children: [] }
    for (const part of elements(el)) {
      if (hasClass(part, 'ak-pullquote-attribution')) pullquote.attribution = attribution(part)
      else if (part.tagName === 'p') pullquote.children = this.inlines(part.children, [...path, 'children'], depth)
    }
    return pullquote
  }

  embed(el: Element, path: Path, depth: number): Fields {
    const embed: Fields = { type: 'embed' }
    const kind = suffixClass(el, 'ak-embed-')
    if (kind !== undefined) embed.kind = kind
    for (const part of elements(el)) {
      if (hasClass(part, 'ak-embed-link'))
        for (const piece of elements(part)) {
          if (piece.tagName === 'a') {
            const url = prop(piece, 'href')
            if (url !== undefined) embed.url = url
            embed.title = hastText(piece)
          } else if (hasClass(piece, 'ak-embed-provider')) embed.provider = hastText(piece)
        }
      else if (part.tagName === 'figcaption') embed.caption = this.inlines(part.children, [...path, 'caption'], depth)
    }
    return embed
  }

  gallery(el: Element, path: Path, depth: number): Fields {
    const gallery: Fields = { type: 'gallery', children: [] }
    const images: Fields[] = []
    for (const part of elements(el)) {
      if (part.tagName === 'figure' && hasClass(part, 'ak-image')) {
        const at = [...path, 'children', images.length]
        const id = prop(part, 'id')
        images.push(
          this.patch({ type: 'image', ...(id === undefined ? {} : { id }), ...this.image(part, at, false) }, part, at),
        )
      } else if (part.tagName === 'figcaption')
        gallery.caption = this.inlines(part.children, [...path, 'caption'], depth)
    }
    gallery.children = images
    return gallery
  }

  /** A player's figure: the `<audio>` source, then title, length, transcript link and caption. */
  audioFile(el: Element, file: Fields, path: Path, depth = 0): Fields {
    const player = first(el, (child) => child.tagName === 'audio')
    const source = player === undefined ? undefined : first(player, (child) => child.tagName === 'source')
    if (source !== undefined) {
      const url = prop(source, 'src')
      if (url !== undefined) file.url = url
      const type = prop(source, 'type')
      if (type !== undefined) file.mimeType = type
    }
    const caption = first(el, (child) => child.tagName === 'figcaption')
    if (caption !== undefined)
      for (const part of elements(caption)) {
        if (hasClass(part, 'ak-audio-title')) file.title = hastText(part)
        else if (part.tagName === 'time') {
          const duration = seconds(prop(part, 'dateTime'))
          if (duration !== undefined) file.duration = duration
        } else if (part.tagName === 'a') {
          const url = prop(part, 'href')
          if (url !== undefined) file.transcriptUrl = url
        } else if (hasClass(part, 'ak-caption')) file.caption = this.inlines(part.children, [...path, 'caption'], depth)
      }
    return path.length === 1 ? this.patch(file, el, path) : file
  }

  readMore(el: Element, path: Path): Fields {
    const box: Fields = { type: 'relatedLinks', links: [] }
    for (const part of elements(el)) {
      if (hasClass(part, 'ak-read-more-label')) box.label = hastText(part)
      else if (part.tagName === 'ul')
        box.links = listItems(part).map((item, index) => this.relatedLink(item, [...path, 'links', index]))
    }
    return box
  }

  /** One related article: its title linked (the teaser's image in the link's `data-ak`), then its description. */
  relatedLink(item: Element, path: Path): Fields {
    const entry: Fields = { title: '' }
    for (const part of elements(item)) {
      if (part.tagName === 'a') {
        entry.title = hastText(part)
        const url = prop(part, 'href')
        if (url !== undefined) entry.url = url
        merge(entry, this.data(part, path))
      } else if (hasClass(part, 'ak-related-description')) entry.description = hastText(part)
    }
    return entry
  }

  promo(el: Element, path: Path, depth: number): Fields {
    const promo: Fields = { type: 'promo', children: [] }
    const kind = suffixClass(el, 'ak-promo-')
    if (kind !== undefined) promo.kind = kind
    const paragraph = first(el, (child) => child.tagName === 'p')
    if (paragraph !== undefined) {
      const only = elements(paragraph)
      // A promo without a URL whose content is one link says so with `url: null`.
      const linked = paragraph.children.length === 1 && only[0]?.tagName === 'a' && this.data(el, path)?.url !== null
      const link = linked ? only[0] : undefined
      const url = link === undefined ? undefined : prop(link, 'href')
      if (url !== undefined) promo.url = url
      promo.children = this.inlines((link ?? paragraph).children, [...path, 'children'], depth)
    }
    return promo
  }

  aside(el: Element, path: Path, depth: number): Fields {
    const aside: Fields = { type: 'aside' }
    const tone = suffixClass(el, 'ak-aside-')
    if (tone !== undefined && tone !== 'title') aside.tone = tone
    const title = first(el, (child) => hasClass(child, 'ak-aside-title'))
    if (title !== undefined) aside.title = hastText(title)
    aside.children = this.blocks(
      el.children.filter((child) => child !== title),
      [...path, 'children'],
      depth + 1,
    )
    return aside
  }

  /** A live blog's updates: each `<article class="ak-update">` with its time, headline, byline and blocks. */
  updates(section: Element): Fields[] {
    const out: Fields[] = []
    for (const el of elements(section)) {
      if (!hasClass(el, 'ak-update')) continue
      const path = ['liveBlog', 'updates', out.length]
      const update: Fields = { body: [] }
      const id = prop(el, 'id')
      if (id !== undefined) update.id = id
      const rest: ElementContent[] = []
      for (const child of el.children) {
        if (child.type === 'element' && child.tagName === 'header') {
          for (const part of elements(child)) {
            if (hasClass(part, 'ak-update-time')) update.date = timeOf(part)
            else if (hasClass(part, 'ak-update-headline')) update.headline = hastText(part)
            else if (hasClass(part, 'ak-byline')) update.authors = this.authors(part)
          }
        } else rest.push(child)
      }
      update.body = this.blocks(rest, [...path, 'body'], 1)
      out.push(this.patch(update, el, path))
    }
    return out
  }

  corrections(section: Element): Fields[] {
    const list = first(section, (el) => el.tagName === 'ul')
    return (list === undefined ? [] : listItems(list)).map((item) => {
      const time = first(item, (el) => el.tagName === 'time')
      const after = time === undefined ? item.children : item.children.slice(item.children.indexOf(time) + 1)
      // The writer puts `: ` between the date and the text.
      const words = after.map((node) => hastText(node)).join('')
      const correction: Fields = { text: time === undefined ? words : words.replace(/^: /, '') }
      const date = time === undefined ? undefined : prop(time, 'dateTime')
      if (date !== undefined) correction.date = date
      return correction
    })
  }

  /** The sources, put back in the model's order (the page lists them in citation order). */
  sources(section: Element): Fields[] {
    const list = first(section, (el) => el.tagName === 'ol')
    const read: { at: number; source: Fields }[] = []
    ;(list === undefined ? [] : listItems(list)).forEach((item, position) => {
      const index = numberProp(item, 'dataAkIndex') ?? position
      const link = first(item, (el) => el.tagName === 'a' && !hasClass(el, 'ak-back-link'))
      const names = elements(link ?? item).filter((el) => el.tagName === 'bdi')
      const source: Fields = { name: hastText(names[0]) }
      if (names[1] !== undefined) source.title = hastText(names[1])
      const url = link === undefined ? undefined : prop(link, 'href')
      if (url !== undefined) source.url = url
      read.push({ at: index, source: this.patch(source, item, ['sources', index]) })
    })
    return read.sort((a, b) => a.at - b.at).map((entry) => entry.source)
  }

  /** Inline content: text, marks, code, links, breaks and citations. */
  inlines(nodes: ElementContent[], path: Path, depth: number): Fields[] {
    const out: Fields[] = []
    if (depth > MAX_DEPTH) {
      this.warn('own_html_too_deep', path, `Inline content nested deeper than ${MAX_DEPTH} is left out`)
      return out
    }
    // The text being read outside any span, which the next text node continues.
    let loose: { type: 'text'; value: string } | undefined
    for (const node of nodes) {
      const at = [...path, out.length]
      if (node.type === 'text') {
        // A DOM may split one text at its references (linkedom does): the writer's texts are apart only in spans.
        if (loose === undefined) {
          loose = { type: 'text', value: node.value }
          out.push(loose)
        } else loose.value += node.value
        continue
      }
      loose = undefined
      if (node.type !== 'element') continue
      const tag = node.tagName
      const children = () => this.inlines(node.children, [...at, 'children'], depth + 1)
      if (tag === 'em') out.push({ type: 'emphasis', children: children() })
      else if (tag === 'strong') out.push({ type: 'strong', children: children() })
      else if (tag === 's') out.push({ type: 'strikethrough', children: children() })
      else if (tag === 'code') out.push({ type: 'inlineCode', value: hastText(node) })
      else if (tag === 'br') out.push({ type: 'break' })
      else if (tag === 'a') {
        const link: Fields = { type: 'link', url: prop(node, 'href') ?? '' }
        const title = prop(node, 'title')
        if (title !== undefined) link.title = title
        link.children = children()
        out.push(link)
      } else if (tag === 'span' && has(node, 'dataAkText')) out.push({ type: 'text', value: hastText(node) })
      else if (tag === 'span' && hasClass(node, 'ak-cite')) {
        // The cited words, then the marker, which only numbers the source the `data-ak` names.
        const words = node.children.filter((child) => !(child.type === 'element' && hasClass(child, 'ak-citation')))
        const citation: Fields = { type: 'citation' }
        if (words.length > 0) citation.children = this.inlines(words, [...at, 'children'], depth + 1)
        out.push(this.patch(citation, node, at))
      } else this.unknown(node, at)
    }
    return out
  }

  /** An element no handler of the writer makes here: reported, left out. */
  unknown(el: Element, path: Path): void {
    this.warn('own_html_unread', path, `\`<${el.tagName}>\` is not something toHtml writes here; left out`)
  }

  /** The element's `data-ak`, or `undefined` (reported when it is there but not a JSON object). */
  data(el: Element, path: Path): Fields | undefined {
    const raw = prop(el, 'dataAk')
    if (raw === undefined) return undefined
    try {
      const value: unknown = JSON.parse(raw)
      if (isPlainObject(value)) return value
    } catch {
      // Reported below, as a value of the wrong type is.
    }
    this.warn('own_html_data', path, `A \`data-ak\` that is not a JSON object is ignored: \`${excerpt(raw)}\``)
    return undefined
  }

  /** Lay the element's `data-ak` over what was read from its markup. */
  patch(fields: Fields, el: Element, path: Path): Fields {
    return merge(fields, this.data(el, path))
  }
}

/**
 * Lay `patch` over `target`: `null` removes a field, objects merge, anything else replaces.
 * Keys that would reach a prototype are skipped; nesting stops at the model's JSON depth.
 */
function merge(target: Fields, patch: Fields | undefined, depth = 0): Fields {
  if (patch === undefined || depth > LIMITS.jsonDepth) return target
  for (const key of Object.keys(patch)) {
    if (UNSAFE_KEYS.has(key)) continue
    const value = patch[key]
    const current = target[key]
    if (value === null) delete target[key]
    else if (isPlainObject(value) && isPlainObject(current)) merge(current, value, depth + 1)
    else target[key] = value
  }
  return target
}

/** "— Name, title": the name in `<cite>`, the title in the `<bdi>` after it. */
function attribution(el: Element): Fields {
  const out: Fields = { name: '' }
  for (const part of elements(el)) {
    if (part.tagName === 'cite') out.name = hastText(part)
    else if (part.tagName === 'bdi') out.title = hastText(part)
  }
  return out
}

/** Seconds from the writer's ISO 8601 duration (`PT1H2M5S`). */
function seconds(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(value)
  if (match === null) return undefined
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
}

function timeOf(el: Element): string | undefined {
  const time = el.tagName === 'time' ? el : first(el, (child) => child.tagName === 'time')
  return time === undefined ? undefined : prop(time, 'dateTime')
}

function isPlainObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function elements(el: Element): Element[] {
  return el.children.filter((child): child is Element => child.type === 'element')
}

function first(el: Element, test: (child: Element) => boolean): Element | undefined {
  return elements(el).find(test)
}

function listItems(el: Element): Element[] {
  const list = el.tagName === 'ul' || el.tagName === 'ol' ? el : first(el, (child) => child.tagName === 'ul')
  return list === undefined ? [] : elements(list).filter((child) => child.tagName === 'li')
}

function classes(el: Element): string[] {
  const value = el.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

function hasClass(el: Element, name: string): boolean {
  return classes(el).includes(name)
}

/** The part after `prefix` of the element's class that has it (`ak-embed-video` → `video`). */
function suffixClass(el: Element, prefix: string): string | undefined {
  return classes(el)
    .find((name) => name.startsWith(prefix) && name.length > prefix.length)
    ?.slice(prefix.length)
}

function has(el: Element, name: string): boolean {
  const value = el.properties[name]
  return value !== undefined && value !== null && value !== false
}

/** A property as a string, or `undefined`. */
function prop(el: Element, name: string): string | undefined {
  const value = el.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return undefined
}

/** A property as a whole number, or `undefined`. */
function numberProp(el: Element, name: string): number | undefined {
  const value = el.properties[name]
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : Number.NaN
  return Number.isSafeInteger(number) ? number : undefined
}

function excerpt(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
