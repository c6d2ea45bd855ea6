// Derives the list of JavaScript entry points from package.json `exports`.
//
// A subpath counts as a JS entry when its value is a conditions object whose
// `articlekit-source` condition points at a `./src/**/*.ts` file. The entry
// name is the subpath without its leading `./`, with `.` mapped to `index`,
// and the build writes `dist/<name>.{js,cjs,d.ts,d.cts}` for it.
//
// Shared by tsup.config.ts, .ci/size.mjs and .ci/check-package.mjs so
// the rule lives in exactly one place.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SOURCE_CONDITION = 'articlekit-source'
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))

const SOURCE_PATTERN = /^\.\/src\/.+\.ts$/

/** @param {string} [root] */
export function readPackageJson(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
}

/** @param {string} subpath */
export function entryName(subpath) {
  return subpath === '.' ? 'index' : subpath.replace(/^\.\//, '')
}

/** @param {string} name */
export function expectedTargets(name) {
  return {
    import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
  }
}

/**
 * Lists `[condition path, expected, actual]` for every target in the exports
 * value that differs from the file name the build produces.
 *
 * @param {Record<string, unknown>} value
 * @param {string} name
 */
function targetMismatches(value, name) {
  const expected = expectedTargets(name)
  /** @type {Array<[string, string, unknown]>} */
  const problems = []
  for (const kind of /** @type {const} */ (['import', 'require'])) {
    const actual = /** @type {Record<string, unknown> | undefined} */ (value[kind])
    for (const field of /** @type {const} */ (['types', 'default'])) {
      const got = actual && typeof actual === 'object' ? actual[field] : undefined
      if (got !== expected[kind][field]) problems.push([`${kind}.${field}`, expected[kind][field], got])
    }
  }
  return problems
}

/**
 * @param {Record<string, any>} [pkg]
 * @param {string} [root]
 */
export function jsEntries(pkg = readPackageJson(), root = ROOT) {
  const exportsField = pkg.exports
  if (!exportsField || typeof exportsField !== 'object' || Array.isArray(exportsField)) return []
  const entries = []
  for (const [subpath, value] of Object.entries(exportsField)) {
    if (subpath.includes('*') || !value || typeof value !== 'object' || Array.isArray(value)) continue
    const source = value[SOURCE_CONDITION]
    if (typeof source !== 'string' || !SOURCE_PATTERN.test(source)) continue
    const name = entryName(subpath)
    const sourcePath = source.replace(/^\.\//, '')
    entries.push({
      subpath,
      name,
      source: sourcePath,
      sourceExists: existsSync(join(root, sourcePath)),
      specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
      files: {
        esm: `dist/${name}.js`,
        cjs: `dist/${name}.cjs`,
        dts: `dist/${name}.d.ts`,
        dcts: `dist/${name}.d.cts`,
      },
      mismatches: targetMismatches(value, name),
    })
  }
  return entries
}

/**
 * Subpaths that are not JS entries (e.g. `./schema.json`, `./package.json`).
 *
 * @param {Record<string, any>} [pkg]
 */
export function otherSubpaths(pkg = readPackageJson()) {
  const js = new Set(jsEntries(pkg).map((entry) => entry.subpath))
  return Object.keys(pkg.exports ?? {}).filter((subpath) => !js.has(subpath))
}
