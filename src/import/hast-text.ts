// The text of hast nodes, as the readers of HTML in `articlekit/import` take
// it: raw HTML in blog posts and web pages (`html-content.ts`) and
// articlekit's own pages (`own-html.ts`). A module of its own, so that the
// own-page reader does not bring the HTML parser `html-content.ts` imports.

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
