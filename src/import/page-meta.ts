// What a web page says about its article outside the article's text: JSON-LD,
// Open Graph, <meta name>, <time datetime>, microdata and the visible byline,
// read best source first.
//
// SCAFFOLD (issue 18, part 1): the contract between the page reader
// (`page.ts`) and this module. The body of `readPageMetadata` is replaced by
// the real reader; the types may gain fields.

import type { ArticleType } from '../model/article-types.js'
import type { AuthorInput, ImageCreatorInput, ImageInput, Url } from '../model/types.js'

/** Where a page's metadata is read from, and how it reports what it leaves out. */
export interface PageContext {
  /** The page's own address (the `url` option), absolute, or `undefined`. */
  readonly url: string | undefined
  /** The base for relative URLs: `<base href>` resolved against `url`, else `url`. */
  readonly base: string | undefined
  /** Report something read, dropped or missing, at a path of the article (`['authors', 0]`). */
  warn(code: string, path: readonly (string | number)[], message: string): void
}

/** A lead-image candidate from the page's metadata (`og:image`, JSON-LD `image`). */
export interface PageImage {
  url: Url
  alt?: string
  caption?: string
  credit?: string
  creator?: ImageCreatorInput
  width?: number
  height?: number
}

/** The article's metadata as the page states it; every field absent when the page does not say it. */
export interface PageMetadata {
  type?: ArticleType
  /** The headline without the site's suffix (`| Site`, `- Site`). */
  headline?: string
  alternativeHeadline?: string
  description?: string
  authors: AuthorInput[]
  /** ISO 8601, with the page's own offset where it gives one. */
  datePublished?: string
  dateModified?: string
  section?: string
  keywords?: string[]
  language?: string
  /** The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`/`mainEntityOfPage`), absolute. */
  url?: Url
  publisher?: { name: string; url?: Url; logo?: ImageInput }
  image?: PageImage
  /** `false` on a paywalled page (JSON-LD `isAccessibleForFree`). */
  isAccessibleForFree?: boolean
  /** The site's name (`og:site_name`, JSON-LD publisher), used to trim headlines. */
  siteName?: string
}

/** Read what `document` says about its article. Never throws on a hostile page. */
export function readPageMetadata(document: Document, _context: PageContext): PageMetadata {
  const title = document.querySelector('title')?.textContent?.trim()
  return { authors: [], ...(title ? { headline: title } : {}) }
}
