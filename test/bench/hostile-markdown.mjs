// Markdown shapes that make parsers slow or crash, each a function of a
// repetition count whose length grows linearly with it. Shared by the hostile
// input test (test/markdown/hostile-input.test.ts), which checks the outcome,
// and the bench (sections/hostile-markdown.mjs), which checks the growth.

const lines = (count, line) => Array.from({ length: count }, (_, index) => line(index)).join('')

/**
 * Each shape: `make(n)` gives the Markdown after a headline; `code` is the
 * issue `fromMarkdown` must refuse it with from 1,000 repetitions on, or
 * `undefined` where any clean outcome is right (an article or validation
 * issues); `sizes` are the repetition counts the test and the bench use.
 */
export const hostileShapes = [
  { name: 'nested `>`', make: (n) => `${'>'.repeat(n)} a`, code: 'too_deep' },
  { name: 'nested `> ` with spaces', make: (n) => `${'> '.repeat(n)}a`, code: 'too_deep' },
  { name: 'nested `* ` list markers', make: (n) => `${'* '.repeat(n)}a`, code: 'too_deep' },
  { name: 'nested `1. ` list markers', make: (n) => `${'1. '.repeat(n)}a`, code: 'too_deep' },
  {
    name: 'indented list, 100 levels, repeated',
    make: (n) => lines(n, (index) => `${'  '.repeat(index % 100)}- a\n`),
    code: 'too_deep',
    sizes: [1e2, 1e3, 1e4],
  },
  { name: 'unclosed `:::a` directives', make: (n) => ':::a\n'.repeat(n), code: 'too_deep' },
  {
    name: 'block quotes `> a`, one after another',
    make: (n) => '> a\n\n'.repeat(n),
    code: 'too_large',
    sizes: [1e2, 2e3, 2e4],
  },
  {
    name: 'lists `- a` between paragraphs',
    make: (n) => '- a\n\nb\n\n'.repeat(n),
    code: 'too_large',
    sizes: [1e2, 2e3, 2e4],
  },
  { name: 'nested lists opening and closing', make: (n) => '- a\n  - b\n'.repeat(n), code: 'too_large' },
  { name: 'nested `[^a]: ` footnote definitions', make: (n) => `${'[^a]: '.repeat(n)}x`, code: 'too_deep' },
  { name: 'nested emphasis `*…a…*`', make: (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`, code: 'too_large' },
  { name: 'nested emphasis `*a `', make: (n) => `${'*a '.repeat(n)}b${' a*'.repeat(n)}`, code: 'too_large' },
  { name: 'nested strikethrough `~~a `', make: (n) => `${'~~a '.repeat(n)}b${' a~~'.repeat(n)}`, code: 'too_large' },
  { name: 'run of `*` in text', make: (n) => `a${'*'.repeat(n)}`, code: 'too_large' },
  { name: 'run of `_` in text', make: (n) => `a${'_'.repeat(n)}`, code: 'too_large' },
  { name: 'unclosed emphasis `_a `', make: (n) => '_a '.repeat(n), code: 'too_large' },
  { name: 'emphasis closers `a_ `', make: (n) => 'a_ '.repeat(n), code: 'too_large' },
  { name: 'mismatched emphasis `*a_ `', make: (n) => '*a_ '.repeat(n), code: 'too_large' },
  { name: 'emphasis after escapes `\\**a `', make: (n) => '\\**a '.repeat(n), code: 'too_large' },
  { name: 'runs of `~` in text', make: (n) => `a${'~'.repeat(n)}`, code: 'too_large' },
  { name: 'emphasis `*a* `, one paragraph', make: (n) => '*a* '.repeat(n), code: 'too_large' },
  {
    name: 'backtick runs of 64 lengths, repeated',
    make: (n) => lines(n, (index) => `e${'`'.repeat((index % 64) + 1)}`),
    code: 'too_large',
  },
  {
    name: 'backtick runs of growing lengths',
    make: (n) => lines(n, (index) => `e${'`'.repeat(index + 1)}`),
    code: 'too_large',
    sizes: [1e2, 1e3],
  },
  { name: 'many `[`', make: (n) => '['.repeat(n), code: 'too_deep' },
  { name: 'many `![`', make: (n) => '!['.repeat(n), code: 'too_deep' },
  { name: 'link openers `[ a_`', make: (n) => '[ a_'.repeat(n), code: 'too_deep' },
  { name: 'nested links `[…a](u)…`', make: (n) => `${'['.repeat(n)}a${'](u)'.repeat(n)}`, code: 'too_deep' },
  { name: 'nested images `![…a](u)…`', make: (n) => `${'!['.repeat(n)}a${'](u)'.repeat(n)}`, code: 'too_deep' },
  { name: 'link closers `a]`', make: (n) => 'a]'.repeat(n), code: 'too_large' },
  { name: 'unclosed links `[a](<b`', make: (n) => '[a](<b'.repeat(n), code: 'too_large' },
  { name: 'pattern `[ (](`', make: (n) => '[ (]('.repeat(n), code: 'too_large', sizes: [1e2, 1e3, 1e4] },
  { name: 'footnote calls `[^a]`', make: (n) => `${'[^a] '.repeat(n)}\n\n[^a]: A source.`, code: 'too_large' },
  {
    name: 'footnote definitions',
    make: (n) => `${lines(n, (index) => `Said.[^${index}]\n`)}\n${lines(n, (index) => `[^${index}]: Source.\n`)}`,
    code: 'too_large',
    sizes: [1e3, 1e4],
  },
  { name: 'directive labels `:x[`', make: (n) => ':x['.repeat(n), code: 'too_deep' },
  { name: 'nested directive labels `:x[…a]…`', make: (n) => `${':x['.repeat(n)}a${']'.repeat(n)}`, code: 'too_deep' },
  { name: 'attribute braces `:x{`', make: (n) => ':x{'.repeat(n), sizes: [1e2, 1e3, 1e4] },
  { name: 'many `<`', make: (n) => '<'.repeat(n) },
  { name: 'many `&`', make: (n) => '&'.repeat(n) },
  { name: 'html openers `<a `', make: (n) => '<a '.repeat(n), sizes: [1e2, 1e3, 1e4] },
  {
    name: 'table with many columns',
    make: (n) => `${'|a'.repeat(n)}|\n${'|-'.repeat(n)}|\n${'|b'.repeat(n)}|`,
    sizes: [1e2, 1e3, 1e4],
  },
  {
    name: 'table, many columns and many short rows',
    make: (n) => `${'|a'.repeat(n)}|\n${'|-'.repeat(n)}|\n${'b\n'.repeat(n)}`,
    sizes: [1e2, 1e3, 1e4],
  },
]

/**
 * The worst input the default limits let through, for each mechanism that
 * grows faster than the input: blocks just under a limit, repeated. Parsing
 * them must take time linear in the repetitions.
 */
export const atTheLimits = [
  { name: '1,000 block quotes, then paragraphs', make: (n) => `${'> a\n\n'.repeat(1000)}${'a\n\n'.repeat(n)}` },
  {
    name: 'quotes 63 deep, then lines in them',
    make: (n) => `${'>'.repeat(63)} a\n${`${'>'.repeat(63)} b\n`.repeat(n)}`,
  },
  {
    name: 'list markers 63 deep, then lines in them',
    make: (n) => `${'* '.repeat(63)}a\n${`${'  '.repeat(63)}b\n`.repeat(n)}`,
  },
  { name: '500 markers `*a_ ` per paragraph', make: (n) => `${'*a_ '.repeat(250)}\n\n`.repeat(n) },
  {
    name: 'emphasis `*a ` 250 deep per paragraph',
    make: (n) => `${'*a '.repeat(125)}b${' a*'.repeat(125)}\n\n`.repeat(n),
  },
  { name: 'images 32 deep per paragraph', make: (n) => `${'!['.repeat(32)}a${'](u)'.repeat(32)}\n\n`.repeat(n) },
  { name: 'unclosed link titles `[ (](`, 250 per paragraph', make: (n) => `${'[ (]('.repeat(250)}\n\n`.repeat(n) },
  {
    name: 'backtick runs of 8 lengths, one long paragraph',
    make: (n) => `${lines(8, (index) => `e${'`'.repeat(index + 1)}`)} ${'a '.repeat(n * 50)}\n`,
  },
  {
    name: '1,000 footnotes, cited in many paragraphs',
    make: (n) => `${lines(n, (index) => `Said.[^${index % 1000}]\n\n`)}${lines(1000, (index) => `[^${index}]: A.\n`)}`,
  },
]

/** The repetition counts of a shape. */
export function sizesOf(shape) {
  return shape.sizes ?? [1e3, 1e4, 1e5]
}

/** The whole document: a headline, then the shape. */
export function hostileMarkdown(shape, n) {
  return `# Hostile input\n\n${shape.make(n)}\n`
}
