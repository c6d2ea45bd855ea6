// The node table: what the library knows about each built-in node type, in
// one place. The limits, the visitor, the furniture test and the story-text
// measures are derived from it; the schemas and one handler per renderer
// complete a type. `test/model/node-table.test.ts` checks it against the
// schemas, so a type cannot be in one and missing from the other.

import type { BlockType, InlineType } from './types.js'

/**
 * What a field of a node holds, for code that walks articles without knowing
 * each type:
 *
 * - `blocks`: an array of blocks;
 * - `inline`: inline content (an array of inline nodes);
 * - `caption`: inline content that captions the node (story text only when
 *   a measure asks for captions);
 * - `items`: list items, each `{ children: blocks }`;
 * - `row`: one table row, an array of cells of inline content;
 * - `rows`: an array of such rows;
 * - `text`: a plain string that is part of the story text (an aside's title,
 *   the code of a code block).
 */
export type FieldContent = 'blocks' | 'inline' | 'caption' | 'items' | 'row' | 'rows' | 'text'

/** One row of {@link NODE_TABLE}: what a built-in node type is and which of its fields hold content. */
export interface NodeSpec {
  /** Whether it is a block (in `body`, in containers) or an inline node (in inline content). */
  readonly kind: 'block' | 'inline'
  /** Its fields that hold nodes or story text, in document order. */
  readonly fields: Readonly<Record<string, FieldContent>>
  /**
   * Page furniture rather than story: word counts, JSON-LD `articleBody` and,
   * by default, plain text leave it out.
   */
  readonly furniture?: true
  /**
   * Set for inline types that may not contain themselves (HTML cannot nest
   * `<a>`): a distinct bit, so a reader can keep the ones it is inside as flags.
   */
  readonly unnestable?: number
}

const inline = { children: 'inline' } as const
const blocks = { children: 'blocks' } as const

/**
 * Every built-in node type, blocks first in the order the docs list them,
 * then inline types. Adding a built-in type means: its schema, a row here,
 * one handler per renderer, and the docs.
 *
 * @example
 * NODE_TABLE.aside // { kind: 'block', fields: { title: 'text', children: 'blocks' } }
 */
export const NODE_TABLE = {
  paragraph: { kind: 'block', fields: inline },
  heading: { kind: 'block', fields: inline },
  list: { kind: 'block', fields: { items: 'items' } },
  quote: { kind: 'block', fields: blocks },
  pullquote: { kind: 'block', fields: inline, furniture: true },
  image: { kind: 'block', fields: { caption: 'caption' } },
  embed: { kind: 'block', fields: { caption: 'caption' } },
  code: { kind: 'block', fields: { value: 'text' } },
  table: { kind: 'block', fields: { caption: 'caption', header: 'row', rows: 'rows' } },
  relatedLinks: { kind: 'block', fields: {}, furniture: true },
  divider: { kind: 'block', fields: {} },
  aside: { kind: 'block', fields: { title: 'text', children: 'blocks' } },
  promo: { kind: 'block', fields: inline, furniture: true },
  gallery: { kind: 'block', fields: { children: 'blocks', caption: 'caption' } },
  audio: { kind: 'block', fields: { caption: 'caption' } },
  text: { kind: 'inline', fields: { value: 'text' } },
  emphasis: { kind: 'inline', fields: inline },
  strong: { kind: 'inline', fields: inline },
  strikethrough: { kind: 'inline', fields: inline },
  inlineCode: { kind: 'inline', fields: { value: 'text' } },
  link: { kind: 'inline', fields: inline, unnestable: 1 },
  break: { kind: 'inline', fields: {} },
  citation: { kind: 'inline', fields: inline, unnestable: 2 },
} as const satisfies Record<BlockType | InlineType, NodeSpec>

/**
 * The built-in types whose row passes `test`, in table order. Call it with a
 * pure annotation (as below) so a bundle that never reads the result drops it.
 */
export function typesWhere(test: (spec: NodeSpec) => unknown): string[] {
  return Object.keys(NODE_TABLE).filter((type) => test((NODE_TABLE as Record<string, NodeSpec>)[type] as NodeSpec))
}

/** The `type` of every built-in block, in the order the docs list them. */
export const BLOCK_TYPES = /* @__PURE__ */ typesWhere((spec) => spec.kind === 'block') as readonly BlockType[]

/** The `type` of every built-in inline node. */
export const INLINE_TYPES = /* @__PURE__ */ typesWhere((spec) => spec.kind === 'inline') as readonly InlineType[]

/** The row of a built-in type, or `undefined` for anything else (a custom block, a typo, a non-string). */
export function nodeSpec(type: unknown): NodeSpec | undefined {
  return typeof type === 'string' && Object.hasOwn(NODE_TABLE, type)
    ? (NODE_TABLE as Record<string, NodeSpec>)[type]
    : undefined
}
