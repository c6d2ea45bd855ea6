import type { Root } from 'mdast'

/** mdast-util-to-markdown with its default handlers and articlekit's extensions for the form: the oracle. */
export function defaultCall(tree: Root, options?: { frontmatter?: boolean }): string
/** @portabletext/markdown on Portable Text blocks. */
export function renderPortableTextMarkdown(blocks: unknown[]): string
/** remark-parse alone: CommonMark to mdast, no extensions. */
export function remarkParseAlone(markdown: string): Root
