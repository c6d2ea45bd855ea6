import type { ImageCreatorLabels, RoleLabels } from '../model/credits.js'

/**
 * Every word the text renderer writes by itself. Pass some or all of them as
 * the `labels` option to translate the output; missing ones are English.
 * Beside the keys below, it has the words of each contributor role
 * (`editor: 'Edited by'`, …, and `other: '{label}:'`; see `RoleLabels`) and
 * of an image creator's credit (`photographerCredit: 'Photo:'`,
 * `illustratorCredit: 'Illustration:'`).
 *
 * @example
 * const german: Partial<TextLabels> = { by: 'Von', and: 'und', updated: 'Aktualisiert', sources: 'Quellen', image: 'Bild' }
 * toText(article, { labels: german })
 */
export interface TextLabels extends RoleLabels, ImageCreatorLabels {
  /** Before the author names: "By Ada Quill". */
  by: string
  /** Between the last two author names. */
  and: string
  /** Before the modification date. */
  updated: string
  /** Before an image's caption: "[Image: …]". */
  image: string
  /** Before an embed's title: "[Media: …]". */
  media: string
  /** Heading of the sources list. */
  sources: string
  /** Heading of the related-articles list. */
  related: string
  /** Label of a "Read more" box without its own label. */
  readMore: string
  /** Heading of the numbered URL list in `links: 'footnotes'` mode. */
  links: string
  /** Heading of the note on how the story was reported (`backstory`). */
  backstory: string
  /** Heading of the corrections. */
  corrections: string
  /** A citation without words of its own; `{n}` is the source's number in the sources list. */
  citation: string
  /** Before an audio block's title: "[Audio: …]". */
  audio: string
  /** Before a gallery's caption: "[Gallery: …]". */
  gallery: string
  /** Name of the article's own audio (`audio`) when it has no title. */
  listen: string
  /** The link to an audio's transcript. */
  transcript: string
  /** Heading of a live blog's updates. */
  liveBlog: string
}

/** The built-in English labels. */
export const englishLabels: Readonly<TextLabels> = {
  by: 'By',
  and: 'and',
  updated: 'Updated',
  image: 'Image',
  media: 'Media',
  sources: 'Sources',
  related: 'Related',
  readMore: 'Read more',
  links: 'Links',
  backstory: 'Behind the story',
  corrections: 'Corrections',
  citation: 'Source {n}',
  audio: 'Audio',
  gallery: 'Gallery',
  listen: 'Listen to this article',
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
