import { typesWhere } from '../model/node-types.js'

/**
 * Block types that are page furniture rather than story: promos, "Read more"
 * boxes, and pullquotes (which repeat words the story already has). Word
 * counts, JSON-LD `articleBody` and, by default, plain text leave them out;
 * HTML and Markdown render them set apart from the prose.
 */
export const FURNITURE_BLOCK_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ typesWhere((spec) => spec.furniture),
)

/** Whether a block is page furniture (a promo, a "Read more" box, a pullquote) rather than story text. */
export function isFurniture(node: { type: string }): boolean {
  return FURNITURE_BLOCK_TYPES.has(node.type)
}
