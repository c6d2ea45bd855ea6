import type { Code } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId, hidden, ownId } from '../util.js'

/** A code block: `<pre><code class="language-x">`, the class highlighters look for (never prefixed). */
export function code(node: Code, state: HtmlState): string {
  void state
  const language =
    typeof node.language === 'string' && /^[\w+#.-]+$/.test(node.language) ? `language-${node.language}` : undefined
  const id = blockId(state, node.id)
  // A language the class cannot carry is kept for the reader alone.
  const unshown = language === undefined && typeof node.language === 'string' ? node.language : undefined
  return `<pre${attribute('id', id)}${hidden(state, { id: ownId(node.id, id), language: unshown })}><code${attribute('class', language)}>${escapeText(node.value)}</code></pre>`
}
