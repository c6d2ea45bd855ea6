// The mark a parse leaves on an article whose text it has normalized, so
// that a renderer can skip looking for controls a second time. A registered
// symbol, so that the ESM and CommonJS builds (or two bundled copies of
// articlekit) read each other's mark.

/** The key of the mark: a registered symbol, the same in every copy of articlekit. */
const CLEAN_TEXT = Symbol.for('articlekit.cleanText')

/**
 * Mark a freshly parsed article as holding no control characters and no
 * bidirectional controls. The mark is a non-enumerable, read-only property:
 * JSON, `Object.keys`, spreading and `structuredClone` leave it behind, so a
 * copy is checked again.
 *
 * @internal
 */
export function markCleanText<T>(article: T): T {
  if (typeof article === 'object' && article !== null && Object.isExtensible(article))
    Object.defineProperty(article, CLEAN_TEXT, { value: true })
  return article
}

/**
 * Whether `article` carries the mark of {@link markCleanText}.
 *
 * @internal
 */
export function hasCleanText(article: unknown): boolean {
  return (article as { [CLEAN_TEXT]?: unknown } | null)?.[CLEAN_TEXT] === true
}
