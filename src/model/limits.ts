/**
 * Nesting limits, checked before schema validation and without recursion, so
 * that hostile input can neither overflow the stack nor make a renderer slow.
 * Real articles stay far below them.
 */
export const LIMITS = {
  /** Blocks inside blocks: a list in a quote in an aside counts three. */
  blockDepth: 32,
  /** Inline marks inside marks: emphasis in a link in strong counts three. */
  inlineDepth: 16,
  /** Objects and arrays inside each other, whatever they are (custom blocks included). */
  jsonDepth: 256,
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
