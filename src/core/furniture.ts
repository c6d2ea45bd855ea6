/** Block types that are page furniture rather than story: left out of word counts, `articleBody` and plain text by default. */
export const FURNITURE_BLOCK_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(['promo', 'relatedLinks'])

/** Whether a block is page furniture (a promo or a "Read more" box) rather than story text. */
export function isFurniture(node: { type: string }): boolean {
  return FURNITURE_BLOCK_TYPES.has(node.type)
}
