// Strict CSP pages and some edge runtimes forbid `new Function`. zod's JIT
// object parser, which the model uses, must then fall back by itself, and
// parsing must give the same results.
import { describe, expect, it } from 'vitest'
import { invalid } from '../fixtures/invalid.js'
import { everyNode, shorthands } from '../fixtures/valid.js'

async function withoutEval() {
  const RealFunction = globalThis.Function
  let refused = 0
  globalThis.Function = new Proxy(RealFunction, {
    construct() {
      refused++
      throw new EvalError('Code generation from strings disallowed for this context')
    },
    apply() {
      refused++
      throw new EvalError('Code generation from strings disallowed for this context')
    },
  })
  try {
    const articlekit = await import('articlekit')
    // The first parse is when zod asks whether it may generate code.
    articlekit.safeParseArticle(everyNode)
    return { articlekit, refused }
  } finally {
    globalThis.Function = RealFunction
  }
}

describe('without eval', () => {
  it('parses and reports exactly as with it', async () => {
    const { articlekit, refused } = await withoutEval()
    expect(refused).toBeGreaterThan(0)
    expect(articlekit.parseArticle(everyNode)).toEqual(everyNode)
    expect(articlekit.parseArticle(shorthands.input)).toEqual(shorthands.output)
    for (const fixture of invalid) {
      const result = articlekit.safeParseArticle(fixture.input)
      expect(result.success, fixture.name).toBe(false)
      if (!result.success) {
        expect(
          result.error.issues.map(({ path, code }) => ({ path, code })),
          fixture.name,
        ).toEqual(fixture.issues)
      }
    }
  })
})
