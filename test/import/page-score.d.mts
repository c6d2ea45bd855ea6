import type { Article } from 'articlekit'
import type { NewsPage } from '../fixtures/news-pages.mjs'

/** A page reader, such as `fromHtml`. */
export type PageReader = (html: string, options: { url: string }) => Article

/** Captions or credits of one page: how many the reference has and which of them the article lacks. */
export interface Kept {
  expected: number
  missing: string[]
}

/** One page's scores; `null` where the page has nothing to score for that field. */
export interface PageScore {
  name: string
  /** What the reader threw, when it threw. */
  error?: string
  /** Milliseconds the reader took. */
  ms: number
  headline: boolean
  byline: boolean | null
  authorKinds: boolean | null
  date: boolean | null
  /** Token F1 of the article's text against the reference. */
  f1: number
  captions: Kept
  credits: Kept
  leadImage: boolean | null
  section: boolean | null
  language: boolean
  isAccessibleForFree: boolean
}

/** A field over the corpus: the share right, and of how many pages (or captions, credits). */
export interface Share {
  score: number
  right: number
  of: number
}

/** The scores of a whole corpus. */
export interface CorpusScore {
  pages: PageScore[]
  fields: {
    headline: Share
    byline: Share
    authorKinds: Share
    date: Share
    bodyF1: { median: number; min: number }
    captions: Share
    credits: Share
    leadImage: Share
    section: Share
    language: Share
    isAccessibleForFree: Share
    time: { median: number; max: number }
  }
}

/** The words of `text` as `Intl.Segmenter` finds them for `language`, lowercased. */
export function tokens(text: string, language: string): string[]
/** Token F1 of `actual` against `expected`; 1 when both are empty. */
export function tokenF1(expected: string, actual: string, language: string): number
/** The standfirst, then `storyText`. */
export function articleText(article: Article): string
/** Whether `actual` names the same instant as `expected`, with the same offset. */
export function sameDate(expected: string, actual: unknown): boolean
/** Read every page and score it against its reference. */
export function scorePages(read: PageReader, pages: readonly NewsPage[]): CorpusScore
/** The per-field table in Markdown; times only with `time: true`. */
export function accuracyTable(score: CorpusScore, options?: { time?: boolean }): string
