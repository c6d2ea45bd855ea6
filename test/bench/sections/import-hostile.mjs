// fromHtml on hostile web pages (issue 18): each shape that made the page
// reader, Readability or linkedom slow or crash, at 100 KB and 1 MB, beside
// Readability alone (linkedom's parseHTML, then `new Readability(document)
// .parse()`) on the same page. The growth table gives each side's growth
// from 100 KB to 1 MB: about 10x is linear. The shapes are shared with the
// test (test/import/page-hostile.test.ts), which checks what each gives.
// Unclosed `<b><i>` is not timed: fromHtml refuses it as too deep before
// parsing it, and Readability alone runs 44 s on 100 KB of it before it
// overflows the stack.
import { Readability } from '@mozilla/readability'
import { fromHtml } from 'articlekit/import'
import { parseHTML } from 'linkedom'
import { hostilePages, sizedPage } from '../../fixtures/hostile-pages.mjs'

const SIZES = { '100 KB': 100_000, '1 MB': 1_000_000 }

/** Keep either outcome of fromHtml: an article, or the validation error of a page it refuses. */
function read(html) {
  try {
    return fromHtml(html)
  } catch (error) {
    if (error?.name !== 'ArticleValidationError') throw error
    return error
  }
}

/** Readability alone; what it throws (a stack overflow on markup thousands deep) is its outcome. */
function readabilityAlone(html) {
  try {
    return new Readability(parseHTML(html).document).parse()
  } catch (error) {
    return error
  }
}

export default function importHostileSection() {
  const cases = []
  for (const [size, bytes] of Object.entries(SIZES)) {
    for (const shape of hostilePages.filter((each) => !each.untimed)) {
      const html = sizedPage(shape, bytes)
      cases.push({
        size,
        baseline: { name: `Readability alone: ${shape.name}`, fn: () => readabilityAlone(html) },
        ours: { name: shape.name, fn: () => read(html) },
      })
    }
  }
  return {
    title: 'fromHtml on hostile web pages vs Readability alone on the same page',
    goal: 'time at 1 MB within about 11x the time at 100 KB for every shape (linear), and under what a real 1 MB page takes',
    growth: true,
    samples: 2,
    cases,
  }
}
