// docs/text.md shows real output: every fenced block after an
// `<!-- output: toText {…} -->` or `<!-- output: toSpeech {…} -->` comment is
// what that call returns for examples/article.json. Run with
// `UPDATE_DOCS=1 npx vitest run test/text/docs.test.ts` to write the blocks
// from the code after a deliberate change of output.

import { readFileSync, writeFileSync } from 'node:fs'
import { parseArticle } from 'articlekit'
import { type TextOptions, toSpeech, toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'

const DOCS = new URL('../../docs/text.md', import.meta.url)
const example = parseArticle(JSON.parse(readFileSync(new URL('../../examples/article.json', import.meta.url), 'utf8')))
const marker = /<!-- output: (toText|toSpeech) (\{.*\}) -->\n+```text\n([\s\S]*?)\n?```/g

describe('docs/text.md', () => {
  const docs = readFileSync(DOCS, 'utf8')
  const blocks = [...docs.matchAll(marker)]

  it('shows the example article in each links mode, and in speech', () => {
    const calls = blocks.map(([, name, options]) => `${name} ${options}`)
    for (const links of ['inline', 'footnotes', 'none']) {
      expect(calls.some((call) => call.startsWith('toText') && call.includes(`"links":"${links}"`))).toBe(true)
    }
    expect(calls.some((call) => call.startsWith('toSpeech'))).toBe(true)
  })

  it('shows exactly what the code returns', () => {
    let updated = docs
    for (const [whole, name, json, shown] of blocks) {
      const options = JSON.parse(json as string) as TextOptions
      const actual = name === 'toSpeech' ? toSpeech(example, options) : toText(example, options)
      if (process.env.UPDATE_DOCS) {
        const fresh = whole.replace(/```text\n[\s\S]*$/, () => `\`\`\`text\n${actual}\n\`\`\``)
        updated = updated.replace(whole, () => fresh)
      } else expect(shown, `${name} ${json}`).toBe(actual)
    }
    if (process.env.UPDATE_DOCS && updated !== docs) writeFileSync(DOCS, updated)
  })
})
