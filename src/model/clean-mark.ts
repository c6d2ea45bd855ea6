// The mark a parse leaves on an article whose text it has normalized, so
// that a renderer can skip looking for controls a second time. The marked
// articles are kept in a WeakSet, so an article carries no extra property
// (defining a hidden one made every parse measurably slower) and is never
// kept alive by the mark. The set is registered on the global object under
// a registered symbol, so the ESM and CommonJS builds (or two bundled copies
// of articlekit) share it.

/** The key of the shared set: a registered symbol, the same in every copy of articlekit. */
const KEY = Symbol.for('articlekit.cleanText')

let marked: WeakSet<object> | undefined

/** The set of marked articles, shared through the global object when it can be. */
function markedArticles(): WeakSet<object> {
  if (marked) return marked
  const holder = globalThis as { [KEY]?: unknown }
  const shared = holder[KEY]
  const set = shared instanceof WeakSet ? (shared as WeakSet<object>) : new WeakSet<object>()
  if (set !== shared) {
    try {
      Object.defineProperty(holder, KEY, { value: set })
    } catch {
      // A frozen global object: this copy keeps its own set, and articles parsed by another copy are checked.
    }
  }
  marked = set
  return set
}

/**
 * Mark a freshly parsed article as holding no control characters and no
 * bidirectional controls. Only this object is marked: a copy (spread,
 * `structuredClone`, JSON) is checked again.
 *
 * @internal
 */
export function markCleanText<T>(article: T): T {
  if (typeof article === 'object' && article !== null) markedArticles().add(article)
  return article
}

/**
 * Whether `article` was marked by {@link markCleanText}.
 *
 * @internal
 */
export function hasCleanText(article: unknown): boolean {
  // Nothing to create here: with no set yet, no article has been marked.
  const set = marked ?? (globalThis as { [KEY]?: unknown })[KEY]
  return set instanceof WeakSet && typeof article === 'object' && article !== null && set.has(article)
}
