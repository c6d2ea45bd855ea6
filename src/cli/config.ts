// The config file: renderer options and custom blocks, from
// `articlekit.config.json` or `articlekit.config.mjs`.

import { existsSync, readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BlockSchema } from 'articlekit'
import type { HtmlDocumentOptions } from 'articlekit/html'
import type { JsonLdOptions } from 'articlekit/json-ld'
import type { TextOptions } from 'articlekit/text'
import { CliError, EXIT, ioError, usageError } from './errors.js'
import { findJsonError } from './json-error.js'

/**
 * What a config file holds. Every key is optional. In a `.mjs` file, options
 * may hold functions: `handlers` for custom blocks, `urlPolicy`.
 */
export interface CliConfig {
  /**
   * Options of `toHtml` (`--to html`); with `document: true` or `--document`,
   * of `toHtmlDocument`, `jsonLd` included.
   */
  html?: Omit<HtmlDocumentOptions, 'document'> & { document?: boolean }
  /** Options of `toMarkdown` (`--to markdown`; `convert` always adds `frontmatter: true`). */
  markdown?: Record<string, unknown>
  /** Options of `toText` (`--to text`). */
  text?: TextOptions
  /** Options of `toJsonLd` and `toMetaTagsHtml` (`--to json-ld`, `--to meta`). */
  jsonLd?: JsonLdOptions
  /** Custom block types, as for `defineArticleSchema` (`.mjs` only: zod schemas). */
  blocks?: Record<string, BlockSchema>
}

/** File names looked for in the current folder when `--config` is not given, in this order. */
export const CONFIG_NAMES = ['articlekit.config.mjs', 'articlekit.config.json'] as const

const KEYS = new Set(['html', 'markdown', 'text', 'jsonLd', 'blocks'])

/** The config file to use: `--config`, else one of {@link CONFIG_NAMES} in `cwd`, else none. */
export function findConfig(option: string | undefined, cwd: string): string | undefined {
  if (option !== undefined) return resolve(cwd, option)
  for (const name of CONFIG_NAMES) {
    const path = resolve(cwd, name)
    if (existsSync(path)) return path
  }
  return undefined
}

/** Load and check a config file. */
export async function loadConfig(path: string | undefined): Promise<CliConfig> {
  if (path === undefined) return {}
  const extension = extname(path)
  let value: unknown
  if (extension === '.json') {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw ioError('cannot read config', path, error)
    }
    try {
      value = JSON.parse(text)
    } catch {
      const where = findJsonError(text)
      throw new CliError(
        EXIT.usage,
        `config \`${path}\`${where ? `:${where.line}:${where.column}` : ''}: invalid JSON: ${where?.message ?? 'cannot parse'}`,
      )
    }
  } else if (extension === '.mjs' || extension === '.js') {
    if (!existsSync(path)) throw ioError('cannot read config', path, Object.assign(new Error(), { code: 'ENOENT' }))
    try {
      const module = (await import(pathToFileURL(path).href)) as { default?: unknown }
      value = module.default
    } catch (error) {
      throw new CliError(
        EXIT.usage,
        `cannot load config \`${path}\`: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    }
  } else {
    throw usageError(`config \`${path}\` must be a \`.json\` or \`.mjs\` file`)
  }
  return checkConfig(value, path)
}

function checkConfig(value: unknown, path: string): CliConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw usageError(`config \`${path}\` must hold an object (in \`.mjs\`: its default export)`)
  }
  for (const [key, option] of Object.entries(value)) {
    if (!KEYS.has(key)) {
      throw usageError(
        `config \`${path}\`: unknown key \`${key}\`; expected ${[...KEYS].map((k) => `\`${k}\``).join(', ')}`,
      )
    }
    if (option !== undefined && (typeof option !== 'object' || option === null || Array.isArray(option))) {
      throw usageError(`config \`${path}\`: \`${key}\` must be an object`)
    }
  }
  return value as CliConfig
}
