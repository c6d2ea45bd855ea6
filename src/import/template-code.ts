// Code written between template tags rather than in a Markdown fence:
// Liquid's `{% highlight ruby %}…{% endhighlight %}` (Jekyll; Octopress's
// `{% codeblock %}`), Hugo's `{{< highlight go >}}…{{< /highlight >}}`, and
// display math between `$$` lines. Markdown would read the code inside as
// Markdown (a `#` comment as a heading), so before parsing, the opening and
// closing lines are written as a code fence. Only those lines change: every
// line keeps its number, so positions still point into the file.

import type { Point } from '../markdown/from-mdast.js'
import { splitLines } from './front-matter.js'

/** The tag lines that open code, with the language after the tag name. */
const OPENERS: { open: RegExp; close: RegExp; what: string }[] = [
  {
    open: /^ {0,3}\{%-?\s*(?:highlight|codeblock)\b\s*([\w+#.-]*)[^%]*-?%\}\s*$/,
    close: /^ {0,3}\{%-?\s*end(?:highlight|codeblock)\s*-?%\}\s*$/,
    what: 'Liquid tag',
  },
  {
    open: /^ {0,3}\{\{[<%]\s*(?:highlight|code)\b\s*(?:lang=)?["']?([\w+#.-]*)["']?[^>%]*[>%]\}\}\s*$/,
    close: /^ {0,3}\{\{[<%]\s*\/\s*(?:highlight|code)\s*[>%]\}\}\s*$/,
    what: 'Hugo shortcode',
  },
  { open: /^ {0,3}\$\$\s*$/, close: /^ {0,3}\$\$\s*$/, what: '' },
]

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * The body with code between template tags fenced, and a note for each
 * such block (its line), so the importer can say what it read.
 */
export function fenceTemplateCode(body: string): { text: string; notes: { at: Point; message: string }[] } {
  if (!body.includes('{%') && !body.includes('{{') && !body.includes('$$')) return { text: body, notes: [] }
  const notes: { at: Point; message: string }[] = []
  const lines = splitLines(body)
  let fence: string | undefined
  // Openers whose closing line was looked for and not found: none is found later either.
  const unclosed = new Set<RegExp>()
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as { text: string; end: string }
    const fenced = FENCE.exec(line.text)
    if (fence !== undefined) {
      if (fenced && (fenced[1] as string)[0] === fence[0] && (fenced[1] as string).length >= fence.length)
        fence = undefined
      continue
    }
    if (fenced) {
      fence = fenced[1]
      continue
    }
    if (line.text.includes('](')) line.text = closeUp(line.text)
    for (const { open, close, what } of OPENERS) {
      const opened = unclosed.has(open) ? null : open.exec(line.text)
      if (!opened) continue
      // The closing line, and the longest run of backticks between, so the fence is longer than any.
      let longest = 2
      let end = -1
      for (let inner = index + 1; inner < lines.length; inner++) {
        const text = (lines[inner] as { text: string }).text
        if (close.test(text)) {
          end = inner
          break
        }
        for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
      }
      if (end === -1) {
        unclosed.add(open)
        break
      }
      const marker = '`'.repeat(longest + 1)
      const language = what === '' ? 'math' : (opened[1] ?? '')
      line.text = `${marker}${language}`
      ;(lines[end] as { text: string }).text = marker
      if (what !== '')
        notes.push({
          at: { line: index + 1, column: 1 },
          message: `${what} \`${excerpt(opened[0])}\` is read as a code block`,
        })
      index = end
      break
    }
  }
  return { text: lines.map((line) => line.text + line.end).join(''), notes }
}

/**
 * A template tag at the start of a link's destination (`[page]({{ site.baseurl }}/travel/)`,
 * `![map]({{ "/img/map.png" | relative_url }})`, `[post]({% post_url x %})`):
 * its spaces would end the destination, so they are written as `-`, Liquid's
 * own whitespace marker, and the line keeps its length. The URL reader then
 * takes the site's address off, or keeps the link's text when the tag is
 * another one.
 */
const LINK_TEMPLATE = /\]\((\{[{%][^}\n]{1,200}[}%]\})/g

/** The line with each template tag at the start of a link's destination closed up, in one pass. */
function closeUp(line: string): string {
  // Inside inline code (an odd number of backticks before it) the tag is code to show, not an address.
  let counted = 0
  let ticks = 0
  return line.replace(LINK_TEMPLATE, (match: string, tag: string, offset: number) => {
    for (; counted < offset; counted++) if (line.charCodeAt(counted) === 0x60) ticks++
    return ticks % 2 === 1 ? match : `](${tag.replace(/\s/g, '-')}`
  })
}

function excerpt(text: string): string {
  const line = text.trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
