// Inputs and outputs on disk: glob expansion, output names that mirror the
// inputs, and atomic writes that never replace an input.

import { existsSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { CliError, EXIT, ioError, usageError } from './errors.js'

/** An input file: its absolute path, and its name as the user wrote it (for messages). */
export interface InputFile {
  path: string
  name: string
}

const INPUT_EXTENSIONS = new Set(['.json', '.md', '.markdown', '.mdx'])

/**
 * Expand the command line's inputs: literal paths are kept as written (a
 * missing one is an I/O error), globs are expanded and sorted. Duplicates
 * are dropped; every file must be `.json` or `.md` (any name for an NDJSON stream).
 */
export function expandInputs(patterns: readonly string[], cwd: string, anyExtension = false): InputFile[] {
  const files: InputFile[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    let names: string[]
    if (isGlob(pattern)) {
      names = globSync(pattern, { cwd, onlyFiles: true, expandDirectories: false }).sort()
      if (names.length === 0) throw new CliError(EXIT.io, `no file matches \`${pattern}\``)
    } else {
      const path = resolve(cwd, pattern)
      let isFolder = false
      try {
        isFolder = statSync(path).isDirectory()
      } catch (error) {
        throw ioError('cannot read', pattern, error)
      }
      if (isFolder) throw ioError('cannot read', pattern, Object.assign(new Error(), { code: 'EISDIR' }))
      names = [pattern]
    }
    for (const name of names) {
      const path = resolve(cwd, name)
      if (seen.has(path)) continue
      seen.add(path)
      if (!anyExtension && !INPUT_EXTENSIONS.has(extname(name).toLowerCase())) {
        throw usageError(`cannot read \`${name}\`: expected a \`.json\` or \`.md\` file`)
      }
      files.push({ path, name })
    }
  }
  return files
}

/** Whether an input is a glob pattern rather than a file name. */
export function isGlob(pattern: string): boolean {
  return isDynamicPattern(pattern)
}

/**
 * The output file of each input: the input's name with `extension`, in
 * `outDir` (mirroring the folders below the inputs' common folder), or
 * beside the input without `outDir`. Refuses, before anything is written,
 * an output that would replace an input or another output.
 */
export function outputPaths(inputs: readonly InputFile[], extension: string, outDir: string | undefined): string[] {
  const base = commonFolder(inputs.map((input) => dirname(input.path)))
  const outputs = inputs.map((input) => {
    const name = `${basename(input.path, extname(input.path))}${extension}`
    return outDir === undefined
      ? join(dirname(input.path), name)
      : join(outDir, relative(base, dirname(input.path)), name)
  })
  const inputSet = new Set(inputs.map((input) => canonical(input.path)))
  const taken = new Map<string, string>()
  outputs.forEach((output, index) => {
    const key = canonical(output)
    const input = inputs[index] as InputFile
    if (inputSet.has(key)) {
      throw usageError(
        `writing \`${input.name}\` as \`${extension}\` would overwrite an input; choose another --out-dir`,
      )
    }
    const other = taken.get(key)
    if (other !== undefined) {
      throw usageError(`\`${other}\` and \`${input.name}\` would both be written to \`${output}\``)
    }
    taken.set(key, input.name)
  })
  return outputs
}

function canonical(path: string): string {
  // An existing file may be reached through a symbolic link; compare real paths.
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path))
    } catch {
      return path
    }
  }
}

function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return process.cwd()
  let common = (folders[0] as string).split(sep)
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep)
    let same = 0
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++
    common = common.slice(0, same)
  }
  return common.join(sep) || sep
}

/** Temporary files being written right now, removed if the run is interrupted. */
const pendingTemps = new Set<string>()
let tempCounter = 0

/**
 * Write `text` to `path` atomically: into a temporary file beside it, then
 * renamed over it, so that a reader (or an interrupted run) never sees half a
 * file. Creates the folder if needed.
 */
export function writeAtomic(path: string, text: string): void {
  const folder = dirname(path)
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    throw ioError('cannot write to', folder, error)
  }
  const temp = join(folder, `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`)
  pendingTemps.add(temp)
  try {
    writeFileSync(temp, text)
    renameSync(temp, path)
  } catch (error) {
    try {
      if (existsSync(temp)) unlinkSync(temp)
    } catch {
      // Nothing more can be done; the message below says what failed.
    }
    throw ioError('cannot write', path, error)
  } finally {
    pendingTemps.delete(temp)
  }
}

/** Remove every temporary file still being written (on Ctrl-C). */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp)
    } catch {
      // Already gone.
    }
  }
  pendingTemps.clear()
}
