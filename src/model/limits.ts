/**
 * Nesting and size limits, checked before schema validation and without
 * recursion, so that hostile input can neither overflow the stack nor make a
 * renderer slow. Real articles stay far below them.
 */
export const LIMITS = {
  /** Blocks inside blocks: a list in a quote in an aside counts three. */
  blockDepth: 32,
  /** Inline marks inside marks: emphasis in a link in strong counts three. */
  inlineDepth: 16,
  /** Objects and arrays inside each other, whatever they are (custom blocks included). */
  jsonDepth: 256,
  /**
   * Objects and arrays in one input (a 100,000-word article has about 50,000).
   * It also bounds input built in code that reuses one object many times.
   */
  containers: 2_000_000,
} as const

/** Block types whose children are blocks. */
export const BLOCK_CONTAINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['list', 'quote', 'aside'])

/** Inline types whose children are inline nodes. */
export const INLINE_PARENTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'emphasis',
  'strong',
  'strikethrough',
  'link',
  'citation',
])

/**
 * Inline types that cannot contain themselves (HTML cannot nest `<a>`), each
 * with its bit in the reader's "inside" flags.
 */
export const UNNESTABLE: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['link', 1],
  ['citation', 2],
])
