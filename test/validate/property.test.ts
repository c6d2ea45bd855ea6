// Property-based tests of `safeParseArticle`: it never throws, reports issues
// in a fixed shape at paths that exist in the input, returns clean JSON data
// that parses back to itself, and leaves its input untouched.
//
// Every property runs from one seed, so CI is deterministic. To explore other
// inputs, change SEED or run with `FC_SEED=123 npx vitest run test/validate/property.test.ts`.

import { BLOCK_TYPES, INLINE_TYPES, parseArticle, type SafeParseResult, safeParseArticle } from 'articlekit'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../fixtures/generate.mjs'
import { everyNode, shorthands } from '../fixtures/valid.js'

const SEED = Number(process.env.FC_SEED ?? 20260314)
const RUNS = { jsonValue: 2000, anything: 1500, nodeLike: 3000, mutated: 2000, idempotence: 1000, unmutated: 1000 }
const TIMEOUT = 30_000

/** Settings for one `fc.assert`: the shared seed and an explicit run count. */
const settings = (numRuns: number) => ({ seed: SEED, numRuns })

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const OTHER_TYPES = ['Article', 'NewsArticle', 'Person', 'Organization']
const BAD_TYPES = [
  'Paragraph',
  'code ',
  'script',
  '',
  '__proto__',
  'constructor',
  'toString',
  'paragraph\u0000',
  'e\u0301',
]
const ALL_TYPES = [...BLOCK_TYPES, ...INLINE_TYPES, ...OTHER_TYPES, ...BAD_TYPES]

/** Field names of the model, so that random objects sometimes look like articles and nodes. */
const FIELDS = [
  'headline',
  'body',
  'type',
  'children',
  'value',
  'items',
  'url',
  'alt',
  'level',
  'rows',
  'header',
  'authors',
  'name',
  'datePublished',
  'standfirst',
  'caption',
  'attribution',
  'sourceId',
  'start',
  'schemaVersion',
]

/** A key that must never reach `Object.prototype`. */
const SENTINEL = 'articlekitPolluted'
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', SENTINEL, 'hasOwnProperty', 'toString']

const HOSTILE_STRINGS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '</script><script>alert(1)</script>',
  '\u0000\u001b\u009b',
  'line\r\nbreak\rhere',
  '\ud800',
  'a\udc00b',
  '\u202egnp.exe',
  'Cafe\u0301',
  'x'.repeat(10_000),
  '',
  ' ',
  '\n',
]

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const key = fc.oneof(fc.string(), fc.constantFrom(...FIELDS, ...HOSTILE_KEYS))
/** 12k+ characters, lone surrogates likely; repeated, because generating each character is slow. */
const hugeString = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 16 })
  .map((unit) => unit.repeat(Math.ceil(12_000 / unit.length)))
const hostileString = fc
  .array(fc.constantFrom(...HOSTILE_STRINGS), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''))
const anyString = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary' }), weight: 6 },
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hugeString, weight: 1 },
)
const oddNumber = fc.constantFrom(Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, -1)
const leaf = fc.oneof(
  anyString,
  fc.boolean(),
  fc.integer(),
  fc.double(),
  oddNumber,
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(...ALL_TYPES),
)

const json = fc.jsonValue({ maxDepth: 8, stringUnit: 'binary' })

const anything = fc.anything({
  key,
  values: [leaf],
  maxDepth: 6,
  maxKeys: 8,
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withBigInt: true,
  withObjectString: true,
})

const nullPrototypeObject = fc.object({ key, values: [leaf], maxDepth: 4, withNullPrototype: true })

/** Random trees built from the model's own types and field names: they get past the first checks. */
const { nodeLike } = fc.letrec<{ nodeLike: unknown; node: object; nodes: unknown[] }>((tie) => ({
  nodeLike: fc.oneof({ depthSize: 'small', maxDepth: 8 }, leaf, tie('node'), tie('nodes')),
  node: fc
    .tuple(fc.constantFrom(...ALL_TYPES), fc.dictionary(key, tie('nodeLike'), { maxKeys: 5 }))
    .map(([type, fields]) => ({ type, ...fields })),
  nodes: fc.array(tie('nodeLike'), { maxLength: 4 }),
}))
const articleLike = fc.dictionary(fc.constantFrom(...FIELDS, ...HOSTILE_KEYS), nodeLike, { maxKeys: 8 })

/** Nesting past the limits (256 levels of JSON, 32 of blocks, 16 of inline marks), inside an article. */
const deeplyNested = fc
  .tuple(fc.constantFrom('array', 'object', 'quote', 'emphasis'), fc.integer({ min: 1, max: 300 }))
  .map(([shape, depth]) => {
    let node: unknown = shape === 'emphasis' ? { type: 'text', value: 'x' } : 'x'
    for (let level = 0; level < depth; level++) {
      node = shape === 'array' ? [node] : shape === 'object' ? { nested: node } : { type: shape, children: [node] }
    }
    return { headline: 'Deep', body: [shape === 'emphasis' ? { type: 'paragraph', children: [node] } : node] }
  })

/** JSON text with prototype-polluting keys, parsed the way a server would. */
const pollutingJson = fc
  .tuple(json, fc.constantFrom('__proto__', 'constructor'))
  .map(([value, name]) =>
    JSON.parse(
      `{"headline":"h","body":[{"type":"paragraph","children":"x","${name}":{"${SENTINEL}":1,"prototype":{"${SENTINEL}":1}}}],"${name}":{"${SENTINEL}":${JSON.stringify(value)},"prototype":{"${SENTINEL}":1}}}`,
    ),
  )

// ---------------------------------------------------------------------------
// Mutations of valid articles
// ---------------------------------------------------------------------------

type Path = (string | number)[]
type Container = Record<string | number, unknown>
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'unknownKey'; at: number; key: string; value: unknown }
  | { kind: 'hostile'; at: number; text: string }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'date'; at: number; value: Date }
  | { kind: 'retype'; at: number; type: string }
  | { kind: 'wrap'; at: number; depth: number }
  | { kind: 'duplicate'; at: number; index: number }

/** Each kind of mutation, weighted so that many mutated articles stay valid and reach the output checks. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('set'), at: fc.nat(), value: fc.oneof(json, leaf) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknownKey'), at: fc.nat(), key, value: json }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('hostile'), at: fc.nat(), text: fc.oneof(hostileString, anyString) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('number'),
      at: fc.nat(),
      value: fc.oneof({ weight: 3, arbitrary: oddNumber }, fc.integer(), fc.double()),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('date'), at: fc.nat(), value: fc.date({ noInvalidDate: false }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('retype'), at: fc.nat(), type: fc.constantFrom(...ALL_TYPES) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('wrap'), at: fc.nat(), depth: fc.constantFrom(1, 2, 31, 32, 40) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), index: fc.nat() }) },
)

/** Which valid article a mutated input starts from. */
const base = fc.oneof(
  fc.constant({ fixture: 'everyNode' as const }),
  fc.constant({ fixture: 'shorthands' as const }),
  fc.record({ words: fc.integer({ min: 1, max: 120 }), seed: fc.nat() }),
)

function freshBase(choice: { fixture: 'everyNode' | 'shorthands' } | { words: number; seed: number }): unknown {
  if ('words' in choice) return generateArticle(choice.words, choice.seed)
  return structuredClone(choice.fixture === 'everyNode' ? everyNode : shorthands.input)
}

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null && !(value instanceof Date)
const isRecord = (value: unknown): value is Container => isContainer(value) && !Array.isArray(value)

/** Every location below the root, parents before children. */
function locations(root: unknown): { path: Path; value: unknown }[] {
  const found: { path: Path; value: unknown }[] = []
  const walk = (value: unknown, path: Path) => {
    if (path.length > 0) found.push({ path, value })
    if (Array.isArray(value)) for (let index = 0; index < value.length; index++) walk(value[index], [...path, index])
    else if (isRecord(value)) for (const name of Object.keys(value)) walk(value[name], [...path, name])
  }
  walk(root, [])
  return found
}

/** The value at `path`, or `missing` when some segment is not an own property. */
const missing = Symbol('missing')
function resolve(root: unknown, path: Path): unknown {
  let current = root
  for (const segment of path) {
    if (!isContainer(current) || !Object.hasOwn(current, segment)) return missing
    current = current[segment]
  }
  return current
}

/** Set an own data property, so that `__proto__` stays a key and never calls the prototype setter. */
function put(target: Container, name: string | number, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true })
}

const parentOf = (root: unknown, path: Path) => resolve(root, path.slice(0, -1)) as Container
const lastOf = (path: Path) => path[path.length - 1] as string | number
const pick = <T>(list: T[], at: number): T | undefined => list[at % Math.max(list.length, 1)]

function wrapInQuotes(node: unknown, depth: number): unknown {
  let wrapped = node
  for (let level = 0; level < depth; level++) wrapped = { type: 'quote', children: [wrapped] }
  return wrapped
}

/** Apply one mutation in place; values are cloned so fast-check's own values stay untouched. */
function mutate(root: unknown, change: Mutation): void {
  const all = locations(root)
  const where = (filter: (value: unknown) => boolean) =>
    pick(
      all.filter((location) => filter(location.value)),
      change.at,
    )
  switch (change.kind) {
    case 'delete': {
      const target = pick(all, change.at)
      if (!target) return
      const parent = parentOf(root, target.path)
      if (Array.isArray(parent)) parent.splice(lastOf(target.path) as number, 1)
      else delete parent[lastOf(target.path)]
      return
    }
    case 'set': {
      const target = pick(all, change.at)
      if (target) put(parentOf(root, target.path), lastOf(target.path), structuredClone(change.value))
      return
    }
    case 'unknownKey': {
      const target = where(isRecord)
      if (target) put(target.value as Container, change.key, structuredClone(change.value))
      return
    }
    case 'hostile': {
      const target = where((value) => typeof value === 'string')
      if (target) put(parentOf(root, target.path), lastOf(target.path), change.text)
      return
    }
    case 'number': {
      const target = where((value) => typeof value === 'number')
      if (target) put(parentOf(root, target.path), lastOf(target.path), change.value)
      return
    }
    case 'date': {
      const dateKeys = all.filter((location) => /^date/i.test(String(lastOf(location.path))))
      const target = pick(dateKeys, change.at)
      if (target) put(parentOf(root, target.path), lastOf(target.path), new Date(change.value.getTime()))
      return
    }
    case 'retype': {
      const target = where((value) => isRecord(value) && 'type' in value)
      if (target) put(target.value as Container, 'type', change.type)
      return
    }
    case 'wrap': {
      const target = where(
        (value) => isRecord(value) && (BLOCK_TYPES as readonly string[]).includes(value.type as string),
      )
      if (target) put(parentOf(root, target.path), lastOf(target.path), wrapInQuotes(target.value, change.depth))
      return
    }
    case 'duplicate': {
      const target = where((value) => Array.isArray(value) && value.length > 0)
      if (!target) return
      const array = target.value as unknown[]
      const index = change.index % array.length
      array.splice(index, 0, structuredClone(array[index]))
      return
    }
  }
}

const mutatedArticle = (maxMutations: number) =>
  fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: maxMutations })).map(([choice, changes]) => {
    const article = freshBase(choice)
    for (const change of changes) mutate(article, change)
    return article
  })

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const snakeCase = /^[a-z]+(_[a-z]+)*$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\r]/
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype)

/** What is wrong with a result whatever the input: a broken shape, a polluted prototype. */
function resultProblems(result: SafeParseResult<unknown>): string[] {
  const problems: string[] = []
  if (typeof result.success !== 'boolean') problems.push('`success` is not a boolean')
  if (SENTINEL in {} || Object.getOwnPropertyNames(Object.prototype).length !== prototypeKeys.length) {
    problems.push('Object.prototype was polluted')
  }
  if (result.success) return problems
  const { name, issues } = result.error
  if (name !== 'ArticleValidationError') problems.push(`error.name is ${name}`)
  if (!Array.isArray(issues) || issues.length === 0) return [...problems, 'error.issues is empty']
  for (const issue of issues) {
    const where = JSON.stringify(issue.path)
    const segments: unknown[] = Array.isArray(issue.path) ? issue.path : []
    const validPath = Array.isArray(issue.path) && segments.every((s) => typeof s === 'string' || typeof s === 'number')
    if (!validPath) problems.push(`bad path ${where}`)
    if (!snakeCase.test(issue.code)) problems.push(`code ${JSON.stringify(issue.code)} at ${where} is not snake_case`)
    if (typeof issue.message !== 'string' || issue.message === '') problems.push(`empty message at ${where}`)
  }
  return problems
}

/** Parse, and check what every result must satisfy whatever the input. */
function parseAndCheck(input: unknown): SafeParseResult<unknown> {
  const result = safeParseArticle(input)
  expect(resultProblems(result)).toEqual([])
  return result
}

/** Each issue points into the input: everything but its last segment exists there. */
function expectPathsInInput(input: unknown, result: SafeParseResult<unknown>): void {
  if (result.success) return
  const astray = result.error.issues.filter((issue) => resolve(input, issue.path.slice(0, -1)) === missing)
  expect(astray).toEqual([])
}

/** Every string below `value`, keys included. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value)
  else if (isContainer(value)) {
    for (const [name, item] of Object.entries(value)) {
      found.push(name)
      stringsIn(item, found)
    }
  }
  return found
}

/** Whether a string is clean: no controls or CR, no lone surrogates, NFC. */
const isCleanText = (text: string) =>
  !forbidden.test(text) && !loneSurrogate.test(text) && text === text.normalize('NFC')

/** A successful result is plain JSON with clean, NFC text. */
function expectCleanOutput(result: SafeParseResult<unknown>): void {
  if (!result.success) return
  const output = result.data
  expect(JSON.parse(JSON.stringify(output))).toStrictEqual(output)
  const dirty = stringsIn(output).filter((text) => !isCleanText(text))
  expect(dirty.map((text) => JSON.stringify(text.slice(0, 80)))).toEqual([])
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('safeParseArticle: properties', { timeout: TIMEOUT }, () => {
  it('never throws on random JSON and reports failures in a fixed shape', () => {
    fc.assert(
      fc.property(json, (input) => {
        parseAndCheck(input)
      }),
      settings(RUNS.jsonValue),
    )
  })

  it('never throws on random values: prototypes, sparse arrays, Dates, NaN, -0, huge strings', () => {
    const input = fc.oneof(anything, nullPrototypeObject, pollutingJson, hugeString)
    fc.assert(
      fc.property(input, (value) => {
        parseAndCheck(value)
      }),
      settings(RUNS.anything),
    )
  })

  it('never throws on random article-like trees, and their issues point into the input', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, nodeLike, deeplyNested), (input) => {
        expectPathsInInput(input, parseAndCheck(input))
      }),
      settings(RUNS.nodeLike),
    )
  })

  it('handles mutated valid articles: issues point into the input, output is clean JSON', () => {
    fc.assert(
      fc.property(mutatedArticle(2), (input) => {
        const result = parseAndCheck(input)
        expectPathsInInput(input, result)
        expectCleanOutput(result)
      }),
      settings(RUNS.mutated),
    )
  })

  it('is idempotent: the normalized output parses to itself', () => {
    let parsed = 0
    fc.assert(
      fc.property(mutatedArticle(2), (input) => {
        const first = safeParseArticle(input)
        if (!first.success) return
        parsed++
        expect(parseArticle(first.data)).toStrictEqual(first.data)
      }),
      settings(RUNS.idempotence),
    )
    // Guard against a vacuous property: enough inputs must have parsed.
    expect(parsed).toBeGreaterThan(RUNS.idempotence / 5)
  })

  it('never mutates its input', () => {
    const input = fc.oneof(anything, nullPrototypeObject, articleLike, mutatedArticle(4))
    fc.assert(
      fc.property(input, (value) => {
        let before: unknown
        try {
          before = structuredClone(value)
        } catch {
          return // not cloneable, so there is nothing to compare with
        }
        safeParseArticle(value)
        // toEqual, not toStrictEqual: a structured clone loses null prototypes.
        expect(value).toEqual(before)
      }),
      settings(RUNS.unmutated),
    )
  })
})
