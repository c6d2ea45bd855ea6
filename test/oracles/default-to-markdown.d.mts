import type { Root } from 'mdast'

/** mdast-util-to-markdown with its default handlers and articlekit's extensions for the form: the oracle. */
export function defaultCall(tree: Root, options?: { frontmatter?: boolean }): string
