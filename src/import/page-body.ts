// Finding the article in a prepared page with Readability, and reading the
// element it returns as model nodes with the same mapping raw HTML in blog
// posts goes through (`html-content.ts`), after turning it into hast.

import { Readability } from '@mozilla/readability'
import type { Root as HastRoot } from 'hast'
import { fromDom } from 'hast-util-from-dom'
import type { EmbedProvider } from '../html/embeds.js'
import type { Json } from '../markdown/from-mdast.js'
import { type HtmlReader, htmlBlocks, htmlInlines } from './html-content.js'
import { KEEP_FRAME } from './page-prepare.js'

/** What Readability found, read as model nodes. */
export interface PageBody {
  /** The blocks of the article's text; empty when Readability found none. */
  blocks: Json[]
  /** Readability's title of the page. */
  title?: string
  /** Readability's byline, as the page writes it (`By Ann Example and Ben Sample`). */
  byline?: string
}

/** What reading the body needs: where warnings go, how URLs are read, which players are allowed. */
export interface BodyReading {
  warn(code: string, message: string): void
  url(value: string, kind: 'link' | 'image'): string | undefined
  embeds: readonly EmbedProvider[]
}

/** The reader `html-content.ts` maps elements with, for a page. */
function pageReader(reading: BodyReading): HtmlReader {
  return {
    warn: (code, message) => reading.warn(code, message),
    url: (value, _offset, kind) => reading.url(value, kind),
    headingShift: 0,
    embeds: reading.embeds,
    links: 0,
    quietMarkup: true,
  }
}

/** Run Readability on the prepared copy and read its article. */
export function readBody(clone: Document, reading: BodyReading): PageBody {
  const found = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // Short pages are articles too: Readability's 500 characters would make it try again and again.
    charThreshold: 100,
    // The body reader reads classes: a code block's language, a social post's network.
    keepClasses: true,
    allowedVideoRegex: new RegExp(`^${KEEP_FRAME}$`),
  }).parse()
  const out: PageBody = { blocks: [] }
  if (found?.title) out.title = found.title
  if (found?.byline) out.byline = found.byline
  if (found?.content) out.blocks = htmlBlocks(hastOf(found.content), pageReader(reading))
  return out
}

/** An element of the page as blocks (the key points taken out before Readability). */
export function readBlocks(element: Element, reading: BodyReading): Json[] {
  return htmlBlocks(hastOf(element), pageReader(reading))
}

/** An element of the page as inline content (the standfirst). */
export function readInlines(element: Element, reading: BodyReading): Json[] {
  return htmlInlines(hastOf(element), pageReader(reading))
}

/** More attributes than an element of a real page has. */
const MAX_ATTRIBUTES = 64

/** The attributes the body reader (`html-content.ts`) reads. */
const READ_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'alt',
  'title',
  'width',
  'height',
  'class',
  'start',
  'cite',
  'type',
  'checked',
  'data-instgrm-permalink',
]

/**
 * A copy of each element of `root` (itself included) with more than
 * {@link MAX_ATTRIBUTES} attributes, holding only those the body reader
 * reads. `hast-util-from-dom` asks for each attribute by name, and DOMs such
 * as linkedom look each name up in a list: an element of thousands of
 * attributes would cost time in the square of their number. Returns the root,
 * or its copy.
 */
function withoutExtraAttributes(root: Element): Element {
  let out = root
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.attributes.length <= MAX_ATTRIBUTES) continue
    const copy = (element.ownerDocument as Document).createElement(element.localName)
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value !== null) copy.setAttribute(name, value)
    }
    copy.append(...Array.from(element.childNodes))
    if (element === root) out = copy
    else element.replaceWith(copy)
  }
  return out
}

function hastOf(element: Element): HastRoot {
  const node = fromDom(withoutExtraAttributes(element))
  return { type: 'root', children: node.type === 'root' ? node.children : [node as HastRoot['children'][number]] }
}
