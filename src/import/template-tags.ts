// Template tags that static-site generators expand at build time and that a
// post's text therefore holds: Liquid tags and output (`{% include x %}`,
// `{{ site.url }}`; Jekyll, Eleventy) and Hugo shortcodes (`{{< figure >}}`,
// `{{% note %}}`). Found in one pass; the importer keeps them as text and
// reports each one.

/** A template tag in a text. */
export interface TemplateTag {
  /** Where it starts in the text. */
  offset: number
  /** The tag as written. */
  text: string
  /** What it is, for messages. */
  kind: 'Liquid tag' | 'Template variable' | 'Hugo shortcode'
}

/** Tags longer than this are not tags but text with braces in it. */
const MAX_TAG = 500

/**
 * Every template tag in `text`, in order. Linear: the search for each
 * closing delimiter resumes where the last one for that delimiter ended.
 */
export function templateTags(text: string): TemplateTag[] {
  const out: TemplateTag[] = []
  if (!text.includes('{')) return out
  const next = new Map<string, { from: number; at: number }>()
  const find = (close: string, from: number): number => {
    const cached = next.get(close)
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at
    const at = text.indexOf(close, from)
    next.set(close, { from, at })
    return at
  }
  let index = text.indexOf('{')
  while (index !== -1 && index < text.length - 1) {
    const second = text[index + 1]
    let close: string | undefined
    let kind: TemplateTag['kind'] | undefined
    if (second === '%') {
      close = '%}'
      kind = 'Liquid tag'
    } else if (second === '{') {
      const third = text[index + 2]
      if (third === '<') {
        close = '>}}'
        kind = 'Hugo shortcode'
      } else if (third === '%') {
        close = '%}}'
        kind = 'Hugo shortcode'
      } else {
        close = '}}'
        kind = 'Template variable'
      }
    }
    if (close === undefined || kind === undefined) {
      index = text.indexOf('{', index + 1)
      continue
    }
    const end = find(close, index + 2)
    if (end === -1 || end + close.length - index > MAX_TAG) {
      index = text.indexOf('{', index + 2)
      continue
    }
    out.push({ offset: index, text: text.slice(index, end + close.length), kind })
    index = text.indexOf('{', end + close.length)
  }
  return out
}
