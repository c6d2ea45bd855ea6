import type { Code } from '../../model/types.js'
import { attribute, escapeText } from '../escape.js'
import type { HtmlState } from '../types.js'
import { blockId } from '../util.js'

/** A code block: `<pre><code class="language-x">`, the class highlighters look for (never prefixed). */
export function code(node: Code, state: HtmlState): string {
  void state
  const language =
    typeof node.language === 'string' && /^[\w+#.-]+$/.test(node.language) ? `language-${node.language}` : undefined
  return `<pre${attribute('id', blockId(state, node.id))}><code${attribute('class', language)}>${escapeText(node.value)}</code></pre>`
}
