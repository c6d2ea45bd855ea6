import { NODE_TABLE, type NodeSpec } from '../model/node-types.js'
import type { Article } from '../model/types.js'

/** A node as {@link visitNodes} sees it: any object with a string `type`. */
export type VisitedNode = { type: string } & Record<string, unknown>

/** A node met by {@link visitNodes}, with where it is. */
export interface Visit {
  /** The node: a block, an inline node or a custom block. */
  readonly node: VisitedNode
  /** Keys and indices from the article root (`['body', 2, 'items', 0, 'children', 1]`), built when first read. */
  readonly path: (string | number)[]
  /** Nodes between the article and this node, outermost first, built when first read. */
  readonly ancestors: readonly VisitedNode[]
}

/**
 * Fields that hold child nodes, in document order: the article's `body` and
 * `standfirst`, then every field the node table lists as holding nodes
 * (blocks, inline content, list items, captions, rows). They are looked up on
 * every object, so custom blocks that use the same names are walked too.
 */
const CHILD_FIELDS = /* @__PURE__ */ childFields()

function childFields(): string[] {
  const fields = new Set(['body', 'standfirst'])
  for (const spec of Object.values(NODE_TABLE as Record<string, NodeSpec>))
    for (const field of Object.keys(spec.fields)) if (spec.fields[field] !== 'text') fields.add(field)
  return [...fields]
}

/** One value waiting to be visited; `parent` links make paths cheap to keep and cheap to build on demand. */
interface Entry {
  value: unknown
  key: string | number
  parent: Entry | undefined
  /** The entry of the nearest enclosing node. */
  owner: Entry | undefined
}

/**
 * Visit every node of an article in document order, without recursion and in
 * time linear in its size, so any depth is safe: the standfirst, the lead
 * image's caption, then the body. Return `false` from `visitor` to skip a
 * node's children. Each object is visited once, even if it appears twice.
 *
 * @example
 * const links: string[] = []
 * visitNodes(article, ({ node }) => {
 *   if (node.type === 'link') links.push(node.url as string)
 * })
 */
export function visitNodes(article: Article<unknown>, visitor: (visit: Visit) => unknown): void {
  const root = article as unknown as Record<string, unknown>
  const stack: Entry[] = []
  const lead = root.image as Record<string, unknown> | undefined
  const top: Entry = { value: root, key: '', parent: undefined, owner: undefined }
  if (Array.isArray(root.body)) stack.push({ value: root.body, key: 'body', parent: top, owner: undefined })
  if (lead && typeof lead === 'object' && lead.caption !== undefined) {
    const image: Entry = { value: lead, key: 'image', parent: top, owner: undefined }
    stack.push({ value: lead.caption, key: 'caption', parent: image, owner: undefined })
  }
  if (root.standfirst !== undefined)
    stack.push({ value: root.standfirst, key: 'standfirst', parent: top, owner: undefined })
  const seen = new Set<object>()
  while (stack.length > 0) {
    const entry = stack.pop() as Entry
    const { value } = entry
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], key: index, parent: entry, owner: entry.owner })
      }
      continue
    }
    const holder = value as Record<string, unknown>
    let owner = entry.owner
    if (typeof holder.type === 'string') {
      if (visitor(new LazyVisit(holder as VisitedNode, entry)) === false) continue
      owner = entry
    }
    for (let field = CHILD_FIELDS.length - 1; field >= 0; field--) {
      const name = CHILD_FIELDS[field] as string
      const child = holder[name]
      if (child !== undefined) stack.push({ value: child, key: name, parent: entry, owner })
    }
  }
}

/** A {@link Visit} whose path and ancestors are only built if the visitor reads them. */
class LazyVisit implements Visit {
  #entry: Entry
  #path: (string | number)[] | undefined
  #ancestors: VisitedNode[] | undefined

  constructor(
    readonly node: VisitedNode,
    entry: Entry,
  ) {
    this.#entry = entry
  }

  get path(): (string | number)[] {
    if (!this.#path) {
      const path: (string | number)[] = []
      for (let at: Entry | undefined = this.#entry; at?.parent; at = at.parent) path.push(at.key)
      this.#path = path.reverse()
    }
    return this.#path
  }

  get ancestors(): readonly VisitedNode[] {
    if (!this.#ancestors) {
      const ancestors: VisitedNode[] = []
      for (let at = this.#entry.owner; at; at = at.owner) ancestors.push(at.value as VisitedNode)
      this.#ancestors = ancestors.reverse()
    }
    return this.#ancestors
  }
}
