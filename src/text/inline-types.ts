// The model's inline types for the text renderer's walks: the fallback for nodes without a
// handler, and the story-text measures.

import type { InlineType } from '../model/types.js'

/**
 * The model's inline types, written here rather than read from the node table (`INLINE_TYPES`):
 * `toText` reads the table nowhere else, and it would weigh 0.23 KB gzipped in its bundle. The
 * compiler refuses a record that misses a type or names another, and
 * `test/text/inline-types.test.ts` checks it against the table.
 */
const INLINE_TYPE_NAMES = {
  text: true,
  emphasis: true,
  strong: true,
  strikethrough: true,
  inlineCode: true,
  link: true,
  break: true,
  citation: true,
} as const satisfies Record<InlineType, true>

/**
 * Node types whose text is inline: the model's own inline types, as a set.
 *
 * @internal
 */
export const INLINE: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(Object.keys(INLINE_TYPE_NAMES))
