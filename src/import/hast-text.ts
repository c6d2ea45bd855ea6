// The text of hast nodes, as the readers of HTML in `articlekit/import` take
// it: raw HTML in blog posts and web pages (`html-content.ts`) and
// articlekit's own pages (`own-html.ts`); the lists of elements the DOM
// passes share with them, and their one stack-free step through a DOM
// (`nextNode`). A module of its own, so that the own-page reader does not
// bring the HTML parser `html-content.ts` imports.

import type { Nodes } from 'hast'

/** Elements whose content no reader sees: left out with what they hold. */
export const HIDDEN: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'object',
  'embed',
  'param',
  'canvas',
  'svg',
  'select',
  'textarea',
  'dialog',
  'map',
])

/** The text of a node and everything in it, without what `HIDDEN` elements hold; without recursion. */
export function hastText(node: Nodes | undefined): string {
  let out = ''
  const stack: (Nodes | undefined)[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (current === undefined) continue
    if (current.type === 'text') out += current.value
    else if (current.type === 'element' && HIDDEN.has(current.tagName)) continue
    else if ('children' in current)
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
  }
  return out
}

/**
 * Elements that run inside a line of text; any other starts a line of its
 * own. The page reader's passes read markup as text by it: no space around
 * these when markup becomes text, a line break around the others (a
 * byline's lines).
 */
export const PHRASING: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
])

/**
 * The node after `node` under `root` in document order, its first child
 * when `enter`; `null` at the end. It follows the nodes' own links, so that a
 * walk needs no stack and stops wherever it likes; `left` is told of each
 * element the step climbs out of.
 */
export function nextNode(node: Node, root: Node, enter: boolean, left?: (element: Node) => void): Node | null {
  if (enter && node.firstChild) return node.firstChild
  let at: Node | null = node
  while (at && at !== root && !at.nextSibling) {
    at = at.parentNode
    if (at && at !== root) left?.(at)
  }
  return at && at !== root ? at.nextSibling : null
}
