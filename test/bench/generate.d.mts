import type { ArticleInput } from 'articlekit'

/** Generate a valid article of about `words` words in normalized form, the same for the same seed. */
export function generateArticle(words: number, seed?: number): ArticleInput & { body: { type: string }[] }
/** Count the words of a generated article's text. */
export function countWords(article: unknown): number
