import type { Article } from '../model/types.js'

/** A node met by {@link visitNodes}, with where it is. */
export interface Visit {
  /** The node: any object with a string `type` (a block, an inline node, a custom block). */
  node: { type: string } & Record<string, unknown>
  /** Keys and indices from the article root (`['body', 2, 'items', 0, 'children', 1]`). */
  path: (string | number)[]
  /** Nodes between the article and this node, outermost first. */
  ancestors: readonly ({ type: string } & Record<string, unknown>)[]
}

/** Fields that hold child nodes: blocks, inline content, list items, captions and cells. */
const CHILD_FIELDS = ['body', 'standfirst', 'children', 'items', 'caption', 'header', 'rows']

/**
 * Visit every node of an article in document order, without recursion (so
 * any depth is safe): the standfirst, lead image caption, then the body.
 * Return `false` from `visitor` to skip a node's children.
 *
 * @example
 * const links: string[] = []
 * visitNodes(article, ({ node }) => {
 *   if (node.type === 'link') links.push(node.url as string)
 * })
 */
export function visitNodes(article: Article<unknown>, visitor: (visit: Visit) => unknown): void {
  type Entry = [value: unknown, path: (string | number)[], ancestors: Visit['ancestors']]
  const stack: Entry[] = []
  const pushFields = (holder: Record<string, unknown>, path: (string | number)[], ancestors: Visit['ancestors']) => {
    for (let field = CHILD_FIELDS.length - 1; field >= 0; field--) {
      const name = CHILD_FIELDS[field] as string
      const value = holder[name]
      if (value !== undefined) stack.push([value, [...path, name], ancestors])
    }
  }
  const lead = (article as unknown as { image?: Record<string, unknown> }).image
  const root = article as unknown as Record<string, unknown>
  if (Array.isArray(root.body)) stack.push([root.body, ['body'], []])
  if (lead && typeof lead === 'object' && lead.caption !== undefined)
    stack.push([lead.caption, ['image', 'caption'], []])
  if (root.standfirst !== undefined) stack.push([root.standfirst, ['standfirst'], []])
  const seen = new Set<object>()
  while (stack.length > 0) {
    const [value, path, ancestors] = stack.pop() as Entry
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push([value[index], [...path, index], ancestors])
      continue
    }
    const holder = value as Record<string, unknown>
    if (typeof holder.type === 'string') {
      const node = holder as Visit['node']
      if (visitor({ node, path, ancestors }) === false) continue
      pushFields(holder, path, [...ancestors, node])
    } else {
      pushFields(holder, path, ancestors)
    }
  }
}
