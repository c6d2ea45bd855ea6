// Type declarations for package-entries.mjs (tsconfig has no allowJs, and
// tsup.config.ts imports the helper).

export declare const SOURCE_CONDITION: 'articlekit-source'
export declare const ROOT: string

export interface PackageJson {
  name: string
  exports?: unknown
  [field: string]: unknown
}

export interface PackageEntry {
  /** Key in package.json `exports`, e.g. `.` or `./core`. */
  subpath: string
  /** Build entry name: `index` for `.`, otherwise the subpath without `./`. */
  name: string
  /** Source file relative to the package root, e.g. `src/core/index.ts`. */
  source: string
  sourceExists: boolean
  /** Bare specifier consumers use, e.g. `articlekit/core`. */
  specifier: string
  files: { esm: string; cjs: string; dts: string; dcts: string }
  /** `[condition path, expected target, actual target]` for targets the build would not produce. */
  mismatches: Array<[string, string, unknown]>
}

export declare function readPackageJson(root?: string): PackageJson
export declare function entryName(subpath: string): string
export declare function expectedTargets(name: string): {
  import: { types: string; default: string }
  require: { types: string; default: string }
}
export declare function jsEntries(pkg?: PackageJson, root?: string): PackageEntry[]
export declare function otherSubpaths(pkg?: PackageJson): string[]
