import type { ImageCreatorLabels, RoleLabels } from '../model/credits.js'

/**
 * Every word the Markdown renderer writes by itself, in the reader form
 * (without `frontmatter: true`). Missing ones fall back to English. Beside
 * the keys below, it has the words of each contributor role (`editor:
 * 'Edited by'`, …, and `other: '{label}:'`; see `RoleLabels`) and of an image
 * creator's credit (`photographerCredit: 'Photo:'`, `illustratorCredit:
 * 'Illustration:'`).
 *
 * @example
 * toMarkdown(article, { labels: { by: 'Von', and: 'und', sources: 'Quellen' } })
 */
export interface MarkdownLabels extends RoleLabels, ImageCreatorLabels {
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
  /** Heading of the related-articles list after the body. */
  related: string
  /** Heading of the note on how the story was reported (`backstory`). */
  backstory: string
  /** Heading of the corrections list. */
  corrections: string
  /** Label of a "Read more" box without its own label. */
  readMore: string
  /** Text of the link to an image's licence, after its credit. */
  license: string
  /** Text of the link to an audio block without a title. */
  audio: string
  /** Text of the link to the article's own audio (`audio`) when it has no title. */
  listen: string
  /** Text of the link to an audio's transcript. */
  transcript: string
  /** Heading of a live blog's updates. */
  liveBlog: string
}

/** The built-in English labels of the Markdown renderer. */
export const englishLabels: Readonly<MarkdownLabels> = {
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  sources: 'Sources',
  related: 'Related',
  backstory: 'Behind the story',
  corrections: 'Corrections',
  readMore: 'Read more',
  license: 'License',
  audio: 'Audio',
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

/**
 * The former name of {@link englishLabels}, from before every renderer named
 * its label pack the same way.
 *
 * @deprecated Use `englishLabels`; this name goes in the next minor version.
 */
export const englishMarkdownLabels: Readonly<MarkdownLabels> = englishLabels
