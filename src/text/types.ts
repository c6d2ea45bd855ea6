import type { ArticleParts, ArticleSection, RendererOptions, RenderState, UrlPolicy } from '../core/index.js'
import type { Problem } from '../core/problem.js'
import type { TextLabels } from './labels.js'

/** The parts of an article `toText` can render: the same as every renderer's. */
export type TextSection = ArticleSection

/** How links and other URLs are written. */
export type LinkStyle = 'inline' | 'footnotes' | 'none'

/** A problem the renderer worked around, reported through `onWarning`. */
export interface TextWarning extends Problem<'url_refused' | 'node_without_text'> {
  /**
   * `url_refused`: a URL failed the URL policy and was left out (its text is
   * kept). `node_without_text`: a node without a handler had neither
   * `children` nor a string `value`; its other string fields were written
   * instead, or nothing if it had none.
   */
  code: 'url_refused' | 'node_without_text'
  /** Where, from the article root. */
  path: (string | number)[]
  message: string
}

/** The article's parts a text handler can replace: those of every renderer, and the numbered links. */
export interface TextParts extends ArticleParts {
  /** The URLs numbered by `links: 'footnotes'`, in order. */
  notes: string[]
}

/** Options of `toText` and `toSpeech`. */
export interface TextOptions extends RendererOptions<string, ResolvedTextOptions, TextParts> {
  /**
   * `'text'` for reading; `'speech'` for text-to-speech: no URLs, no list
   * markers or brackets, every heading, list item and table row a sentence.
   * `toSpeech` sets it. (default: `'text'`)
   */
  mode?: 'text' | 'speech'
  /**
   * Wrap lines at this many columns, at word boundaries, by display width:
   * East Asian wide characters count as two columns, combining marks as
   * zero. URLs and words no longer than the width are never broken; longer
   * words are cut at a character boundary. No-break spaces and the word
   * joiner never break; Thai, Lao, Burmese and Khmer break between words.
   * Code and tables are not wrapped.
   * `0` does not wrap. (default: `0`)
   */
  wrap?: number
  /**
   * `'inline'`: the link text, then the URL in parentheses. `'footnotes'`:
   * the link text with a number (`text[1]`), and a numbered URL list at the
   * end. `'none'`: the text alone. (default: `'inline'`; `'none'` in speech)
   */
  links?: LinkStyle
  /**
   * Headings as they are, underlined (`=` under the headline, `-` under the
   * others), or in upper case (their words only: URLs, inline code and
   * labels stay as they are). (default: `'plain'`)
   */
  headings?: 'plain' | 'underline' | 'upper'
  /** Render image captions and credits (`[Image: caption (credit)]`), and embed and table captions. (default: `true`; `false` in speech) */
  captions?: boolean
  /**
   * The same as `sections.sources`, which wins when both are set.
   *
   * @deprecated Use `sections: { sources }`, as in every renderer.
   */
  sources?: boolean
  /**
   * The same as `sections.related`, which wins when both are set.
   *
   * @deprecated Use `sections: { related }`, as in every renderer.
   */
  related?: boolean
  /** Render page furniture in the body: promos, "Read more" boxes and pullquotes. (default: `false`) */
  furniture?: boolean
  /**
   * Which parts to render (`header`, `leadImage`, `body`, `backstory`,
   * `corrections`, `sources`, `related`). Omitted ones are rendered, except `related`
   * (off unless asked for) and, in speech, `sources`. Without `sources`,
   * citation markers are left out too. (default: all but `related`; in
   * speech, also not `sources`)
   */
  sections?: Partial<Record<TextSection, boolean>>
  /** Words the renderer adds by itself; missing ones are English. (default: `englishLabels`) */
  labels?: Partial<TextLabels>
  /** Locale for dates. (default: `article.language`, else `'en'`) */
  locale?: string
  /** Decides at render time whether each URL may be written; refused URLs are left out. (default: `defaultUrlPolicy`) */
  urlPolicy?: UrlPolicy
  /**
   * Resolve relative URLs against `article.url` before the URL policy sees
   * them, for text read away from the site (feeds, e-mail, SMS). Without
   * `article.url`, URLs are written as they are. (default: `false`)
   */
  resolveUrl?: boolean
  /** Receives each problem the renderer worked around. (default: none) */
  onWarning?: (warning: TextWarning) => void
}

/** What handlers find in `state.options`: every option resolved, plus the render's own bookkeeping. */
export interface ResolvedTextOptions {
  speech: boolean
  wrap: number
  links: LinkStyle
  headings: 'plain' | 'underline' | 'upper'
  captions: boolean
  furniture: boolean
  sections: Record<TextSection, boolean>
  labels: TextLabels
  locale: string
  urlPolicy: UrlPolicy
  resolveUrl: boolean
  /** The `onWarning` option, or `undefined` when warnings are not wanted. */
  onWarning: ((warning: TextWarning) => void) | undefined
  /**
   * Bookkeeping of the built-in handlers for this render. Not part of the
   * API: it may change in any release. Keep data of your own in `state.data`.
   *
   * @internal
   */
  scratch: TextScratch
}

/** Per-render bookkeeping. */
export interface TextScratch {
  /** Columns left for the current block after the indentation of the lists and quotes it is in; `Infinity` without wrapping. */
  width: number
  /** URLs numbered so far in `'footnotes'` mode, in order. */
  notes: string[]
  /** Whether inline content is being rendered (so a custom node without handler renders as inline text). */
  inline: boolean
  /** Whether every field is cleaned of controls as it is written: the second render of output that held some. */
  careful: boolean
  /** Whether text nodes are written in upper case: inside a heading with `headings: 'upper'`. */
  upper: boolean
}

/** The state every text handler receives. */
export type TextState = RenderState<string, ResolvedTextOptions>
