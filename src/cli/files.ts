// Inputs and outputs on disk: glob expansion, output names that mirror the
// inputs, and atomic writes that never replace an input.

import {
  type Dirent,
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { CliError, EXIT, ioError, usageError } from './errors.js'

/** An input file: its absolute path, and its name as the user wrote it (for messages). */
export interface InputFile {
  path: string
  name: string
  /** How it was named: by its own name, by a glob, or by a folder that holds it. */
  via: 'name' | 'glob' | 'folder'
}

/** The extensions of article files: what a folder given as an input yields, and what a file name may end with. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(['.json', '.md', '.markdown', '.mdx'])

/** The extensions of plain-text stories, which `--from text` reads instead. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text'])

/**
 * The extensions of web pages: read as pages when named (by their own name
 * or a glob), and what `--from html` reads; a folder's walk yields them only
 * with `--from html`, since a site's folders hold pages that are not articles.
 */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm'])

/** Whether a file name is a web page. */
export function isHtmlPath(path: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase())
}

/** Folders a walk never enters, besides those whose name starts with a dot. */
const SKIPPED_FOLDERS = new Set(['node_modules'])

/** Files a walk leaves out: the config file is not an article. */
const SKIPPED_FILES = new Set(['articlekit.config.json'])

/** How {@link expandInputs} reads the command line's inputs. */
export interface ExpandOptions {
  /** Any file name (an NDJSON stream), and no folders. */
  stream?: boolean
  /** A folder that a walk leaves out: `--out-dir`, whose files are outputs. */
  skip?: string
  /** The extensions of input files, for a name and a folder's walk. (default: {@link INPUT_EXTENSIONS}) */
  extensions?: ReadonlySet<string>
}

/** The extensions as a message lists them: `` `.json`, `.md` ``. */
const listed = (extensions: ReadonlySet<string>) => [...extensions].map((extension) => `\`${extension}\``).join(', ')

/**
 * Expand the command line's inputs: a path that exists is taken as it is
 * written, even when it holds glob characters (`x[1].json`); a folder is
 * walked (see {@link walkFolder}); anything else with glob characters is
 * expanded and sorted, and a missing file is an I/O error. Duplicates are
 * dropped; every file must be `.json` or `.md`, or a page (`.html`) named
 * by its name or a glob (any name for an NDJSON stream).
 */
export function expandInputs(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): InputFile[] {
  const files: InputFile[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    for (const file of expandOne(pattern, cwd, options)) {
      if (seen.has(file.path)) continue
      seen.add(file.path)
      const extensions = options.extensions ?? INPUT_EXTENSIONS
      const extension = extname(file.name).toLowerCase()
      // A page named on the command line is read as one; a folder's walk only yields article files.
      const page = options.extensions === undefined && file.via !== 'folder' && HTML_EXTENSIONS.has(extension)
      if (!options.stream && !page && !extensions.has(extension)) {
        const expected = options.extensions ? `one of ${listed(extensions)}` : 'a `.json`, `.md` or `.html` file'
        throw usageError(`cannot read \`${file.name}\`: expected ${expected}`)
      }
      files.push(file)
    }
  }
  return files
}

function expandOne(pattern: string, cwd: string, options: ExpandOptions): InputFile[] {
  const path = resolve(cwd, pattern)
  let stats: Stats | undefined
  try {
    stats = statSync(path)
  } catch (error) {
    if (!isGlob(pattern)) throw ioError('cannot read', pattern, error)
  }
  if (stats === undefined) {
    const names = globSync(pattern, { cwd, onlyFiles: true, expandDirectories: false }).sort()
    if (names.length === 0) throw new CliError(EXIT.io, `no file matches \`${pattern}\``)
    return names.map((name) => ({ path: resolve(cwd, name), name, via: 'glob' as const }))
  }
  if (!stats.isDirectory()) return [{ path, name: pattern, via: 'name' }]
  if (options.stream) throw ioError('cannot read', pattern, Object.assign(new Error(), { code: 'EISDIR' }))
  const names = walkFolder(path, options.skip, options.extensions)
  if (names.length === 0) {
    const expected = options.extensions ? listed(options.extensions) : '`.json`, `.md`, `.markdown` or `.mdx`'
    throw new CliError(EXIT.io, `no ${expected} file in \`${pattern}\``)
  }
  return names.map((name) => ({ path: join(path, name), name: join(pattern, name), via: 'folder' as const }))
}

/**
 * The article files under `folder`, as paths relative to it with `/`,
 * sorted by code unit as glob matches are: files with an extension of `extensions` ({@link INPUT_EXTENSIONS}),
 * in every folder below, except folders and files whose name starts with a
 * dot, `node_modules`, `articlekit.config.json` and the folder `skip`.
 * Symbolic links to files are followed, those to folders are not (a link
 * may lead back up the tree).
 */
export function walkFolder(folder: string, skip?: string, extensions = INPUT_EXTENSIONS): string[] {
  const found: string[] = []
  const pending: string[] = ['']
  for (let relativeFolder = pending.pop(); relativeFolder !== undefined; relativeFolder = pending.pop()) {
    const absolute = join(folder, relativeFolder)
    if (skip !== undefined && absolute === skip) continue
    let entries: Dirent[]
    try {
      entries = readdirSync(absolute, { withFileTypes: true })
    } catch (error) {
      throw ioError('cannot read', absolute, error)
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const name = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(name)
      } else if (extensions.has(extname(entry.name).toLowerCase()) && !SKIPPED_FILES.has(entry.name)) {
        if (entry.isFile() || (entry.isSymbolicLink() && isFile(join(folder, name)))) found.push(name)
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
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

/** A path as the file system resolves it, through symbolic links, to compare two paths. */
export function canonical(path: string): string {
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
