// The linear setext construct (src/markdown/setext.ts) must parse exactly as
// micromark's own: the same mdast, positions included, for documents built
// from the lines that make and break setext headings (definitions, lazy
// lines, containers, code, directives, front matter). That it is linear is
// measured by the bench (the setext shapes of test/fixtures/hostile-markdown.mjs).

import fc from 'fast-check'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { linearSetext } from '../../src/markdown/setext.js'

const SEED = Number(process.env.FC_SEED ?? 20261206)

const LINES = [
  'a',
  'Two words',
  '---',
  '===',
  '- - -',
  ' ---',
  '   ===',
  '    ---',
  '---  x',
  '-',
  '=',
  '',
  '[x]: /u',
  '[y]: /v "t"',
  '> a',
  '> ---',
  '- a',
  '  ---',
  '1. a',
  '```',
  '    code',
  '<div>',
  ':::note',
  ':::',
  '| a | b |',
  '| - | - |',
  '# h',
  '***',
  'a\\',
]

const parse = (markdown: string, linear: boolean, extensions = true) =>
  fromMarkdown(markdown, {
    extensions: [...(extensions ? [gfm(), directive(), frontmatter(['yaml'])] : []), ...(linear ? [linearSetext] : [])],
    mdastExtensions: extensions ? [gfmFromMarkdown(), directiveFromMarkdown(), frontmatterFromMarkdown(['yaml'])] : [],
  })

describe('setext headings in linear time', () => {
  it('parse as micromark parses them, on hand-picked documents', () => {
    const documents = [
      'Title\n=====\n\nText',
      'Title\n---',
      '[x]: /u\nTitle\n---\n\n[x]',
      '[x]: /u\n[y]: /v\nTitle\n===',
      '> a\n---',
      '- a\n  ---\n- b\n---',
      'a\nb\nc\n---',
      '---\ntitle: a\n---\nText\n---',
      ':::note\nInside\n---\n:::',
      'a\\\n---',
    ]
    for (const markdown of documents) {
      expect(parse(markdown, true), markdown).toEqual(parse(markdown, false))
      expect(parse(markdown, true, false), markdown).toEqual(parse(markdown, false, false))
    }
    expect(parse('[x]: /u\nTitle\n===', true).children.map((node) => node.type)).toEqual(['definition', 'heading'])
  })

  it('parse as micromark parses them, on random documents', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 24 }), fc.boolean(), (lines, crlf) => {
        const markdown = lines.join(crlf ? '\r\n' : '\n')
        expect(parse(markdown, true)).toEqual(parse(markdown, false))
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })
})
