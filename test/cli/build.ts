// Builds the command line for the tests: the library and the CLI bundled
// from source with esbuild (the bundler tsup uses) into a private package
// folder under .tmp/, with a copy of package.json, so that the CLI loads
// `articlekit/html` and the rest through the package's own exports, as it
// does when installed. A folder per test file: no test depends on dist/,
// which other builds may be cleaning at the same moment.

import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { jsEntries, ROOT } from '../../.ci/package-entries.mjs'

/** Build into `.tmp/cli/<name>` and return the path of the executable. */
export async function buildCli(name: string): Promise<{ bin: string; root: string }> {
  const root = join(ROOT, '.tmp', 'cli', `${name}-${process.pid}`)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(root, 'dist'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'))
  const entryPoints: Record<string, string> = {}
  for (const item of jsEntries()) if (item.sourceExists) entryPoints[item.name] = join(ROOT, item.source)
  await build({
    entryPoints,
    outdir: join(root, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    logLevel: 'error',
  })
  await build({
    entryPoints: { index: join(ROOT, 'src/cli/index.ts'), worker: join(ROOT, 'src/cli/worker.ts') },
    outdir: join(root, 'dist', 'cli'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  })
  return { bin: join(root, 'dist', 'cli', 'index.js'), root }
}

/** Remove a build. */
export function removeBuild(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/** What a run of the CLI gave. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the CLI with `args` in `cwd`, feeding `input` to its standard input. */
export function run(
  bin: string,
  args: string[],
  options: { cwd: string; input?: string; env?: Record<string, string>; latin1?: boolean },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.on('error', () => {})
    // `latin1: true` sends each character of `input` as one byte: a way to write bytes that are not UTF-8.
    child.stdin.end(Buffer.from(options.input ?? '', options.latin1 ? 'latin1' : 'utf8'))
  })
}
