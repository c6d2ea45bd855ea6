import { nodeSpec, typesWhere } from './node-types.js'

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
  /**
   * Items in one array. The longest arrays of real articles (the body of a
   * long live blog, the rows of a data table) hold thousands.
   */
  items: 100_000,
  /** UTF-16 code units in one string: a whole 100,000-word article in one text is about 600,000. */
  textLength: 1_000_000,
  /** Issues one validation lists; a last one, `too_many_issues`, says that more were found. */
  issues: 1_000,
  /**
   * Crops of the lead image (`image.crops`). Checked by the schema (`too_big`),
   * not while reading: three aspect ratios in a few sizes each are plenty.
   */
  crops: 12,
} as const

/** Block types whose content is blocks (directly or in list items): each one nests a level deeper. */
export const BLOCK_CONTAINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ typesWhere((spec) =>
    Object.values(spec.fields).some((held) => held === 'blocks' || held === 'items'),
  ),
)

/** Inline types whose children are inline nodes. */
export const INLINE_PARENTS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ typesWhere((spec) => spec.kind === 'inline' && spec.fields.children === 'inline'),
)

/**
 * Inline types that cannot contain themselves (HTML cannot nest `<a>`), each
 * with its bit in the reader's "inside" flags.
 */
export const UNNESTABLE: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ typesWhere((spec) => spec.unnestable).map((type) => [type, nodeSpec(type)?.unnestable as number]),
)
