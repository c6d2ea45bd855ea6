import { INLINE_TYPES } from 'articlekit'
import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { INLINE } from '../../src/text/inline-types.js'

describe("the text fallback's copy of the inline types", () => {
  it('holds every inline type of the node table, and nothing else', () => {
    expect([...INLINE].sort()).toEqual([...INLINE_TYPES].sort())
  })

  it('keeps the inline children of a node without a handler on one line', () => {
    const article = {
      type: 'Article',
      headline: 'H',
      body: [
        {
          type: 'box',
          children: [
            { type: 'text', value: 'One ' },
            { type: 'strong', children: [{ type: 'text', value: 'two' }] },
            { type: 'citation', sourceId: 'nope', children: [{ type: 'text', value: ' three' }] },
            { type: 'paragraph', children: [{ type: 'text', value: 'Four' }] },
          ],
        },
      ],
    }
    expect(toText(article as never, { sections: { header: false } })).toBe('One two three\n\nFour')
  })
})
