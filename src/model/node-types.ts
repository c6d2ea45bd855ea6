import type { BlockType, InlineType } from './types.js'

/** The `type` of every built-in block, in the order the docs list them. */
export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'list',
  'quote',
  'pullquote',
  'image',
  'embed',
  'code',
  'table',
  'relatedLinks',
  'divider',
  'aside',
  'promo',
] as const satisfies readonly BlockType[]

/** The `type` of every built-in inline node. */
export const INLINE_TYPES = [
  'text',
  'emphasis',
  'strong',
  'strikethrough',
  'inlineCode',
  'link',
  'break',
  'citation',
] as const satisfies readonly InlineType[]
