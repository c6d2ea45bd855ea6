import type { ImageCreatorLabels, RoleLabels } from '../model/credits.js'

/**
 * Every word the HTML renderer writes by itself. Pass some or all of them as
 * the `labels` option to translate the output; missing ones fall back to
 * English. A language pack is just an object of this shape.
 *
 * @example
 * const german: Partial<HtmlLabels> = { by: 'Von', and: 'und', updated: 'Aktualisiert', sources: 'Quellen' }
 * toHtml(article, { labels: german })
 */
export interface HtmlLabels extends RoleLabels, ImageCreatorLabels {
  /** Before the author names: "By Ada Quill". */
  by: string
  /** Between the last two author names. */
  and: string
  /** Before the publication date. */
  published: string
  /** Before the modification date. */
  updated: string
  /** Heading of the sources section. */
  sources: string
  /** Label of a "Read more" box without its own label. */
  readMore: string
  /** Heading of the related-articles list after the body. */
  related: string
  /** Accessible name of a promo. */
  promo: string
  /** Accessible name of an aside without a title. */
  aside: string
  /** Before an image credit: "Photo: © Agency". Empty to show the credit alone. */
  credit: string
  /** Accessible name of the link from a source back to where it is cited. */
  backToText: string
  /** Accessible name of a citation marker; `{n}` is replaced with its number. */
  citation: string
  /** Heading of the note on how the story was reported (`backstory`). */
  backstory: string
  /** Heading of the corrections list. */
  corrections: string
  /** Text of an embed's link when it has no title. */
  embed: string
  /** Title of the table of contents. */
  contents: string
  /** Accessible name of an audio player without a title. */
  audio: string
  /** Name of the article's own audio (`audio`) when it has no title. */
  listen: string
  /** The link inside a player, for browsers that cannot play the audio. */
  downloadAudio: string
  /** Text of the link to an audio's transcript. */
  transcript: string
  /** Heading of a live blog's updates. */
  liveBlog: string
}

/** The built-in English labels. */
export const englishLabels: Readonly<HtmlLabels> = {
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  sources: 'Sources',
  readMore: 'Read more',
  related: 'Related',
  promo: 'Promotion',
  aside: 'Note',
  credit: '',
  backToText: 'Back to text',
  citation: 'Source {n}',
  backstory: 'Behind the story',
  corrections: 'Corrections',
  embed: 'Open the embedded content',
  contents: 'Contents',
  audio: 'Audio',
  listen: 'Listen to this article',
  downloadAudio: 'Download the audio',
  transcript: 'Transcript',
  liveBlog: 'Live updates',
  additionalReporting: 'Additional reporting by',
  editor: 'Edited by',
  translator: 'Translated by',
  photographer: 'Photographs by',
  illustrator: 'Illustrations by',
  factChecker: 'Fact-checked by',
  other: '{label}:',
  photographerCredit: 'Photo:',
  illustratorCredit: 'Illustration:',
}
