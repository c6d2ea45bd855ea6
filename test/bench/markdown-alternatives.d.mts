import type { Root } from 'mdast'
import type { Options } from 'mdast-util-to-markdown'

/** The options articlekit's toMarkdown passes to mdast-util-to-markdown. */
export const defaultCallOptions: Options
/** mdast-util-to-markdown with its default handlers: the oracle for byte-identical output. */
export function defaultCall(tree: Root): string
/** @portabletext/markdown on Portable Text blocks. */
export function renderPortableTextMarkdown(blocks: unknown[]): string
/** remark-parse alone: CommonMark to mdast, no extensions. */
export function remarkParseAlone(markdown: string): Root
