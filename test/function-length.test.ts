// No function in src/ is longer than 100 lines unless a comment right above
// it, starting `// long:`, says why it must be. A justified function's lines
// do not count again towards the function that holds it.

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const LIMIT = 100
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const JUSTIFIED = /^\/\/\s*long:\s*\S/

/** A function longer than the limit, without a justification. */
interface Long {
  where: string
  lines: number
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The node whose leading comments describe `node`: for `const f = () => …`, the statement. */
function commentAnchor(node: ts.Node): ts.Node {
  let anchor = node
  while (
    ts.isVariableDeclaration(anchor.parent) ||
    ts.isVariableDeclarationList(anchor.parent) ||
    ts.isVariableStatement(anchor.parent) ||
    ts.isPropertyAssignment(anchor.parent) ||
    ts.isParenthesizedExpression(anchor.parent)
  ) {
    anchor = anchor.parent
  }
  return anchor
}

function isJustified(node: ts.Node, file: ts.SourceFile): boolean {
  const ranges = ts.getLeadingCommentRanges(file.text, commentAnchor(node).getFullStart()) ?? []
  return ranges.some((range) => JUSTIFIED.test(file.text.slice(range.pos, range.end)))
}

function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file)
  const anchor = commentAnchor(node)
  if (ts.isVariableStatement(anchor)) return anchor.declarationList.declarations[0]?.name.getText(file) ?? '(anonymous)'
  return '(anonymous)'
}

/** Every function of the source `text` of `path` longer than the limit without a justification. */
function longFunctions(path: string, text = readFileSync(path, 'utf8')): Long[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const line = (position: number) => file.getLineAndCharacterOfPosition(position).line
  const found: Long[] = []
  /** Visit `node`; returns the lines of the justified functions in it, which its holders do not count. */
  const visit = (node: ts.Node): number => {
    let excused = 0
    ts.forEachChild(node, (child) => {
      excused += visit(child)
    })
    if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) return excused
    const span = line(node.end) - line(node.getStart(file)) + 1
    if (isJustified(node, file)) return span
    if (span - excused > LIMIT) {
      const where = `${relative(ROOT, path)}:${line(node.getStart(file)) + 1} ${nameOf(node, file)}`
      found.push({ where, lines: span - excused })
    }
    return excused
  }
  visit(file)
  return found
}

describe('functions in src/', () => {
  it(`are at most ${LIMIT} lines, or say why above them with \`// long:\``, () => {
    const found = sourceFiles(join(ROOT, 'src')).flatMap((path) => longFunctions(path))
    expect(found.map((long) => `${long.where} (${long.lines} lines)`)).toEqual([])
  })

  it('counts a function without a justification, and not the lines of a justified one inside it', () => {
    const body = Array.from({ length: LIMIT }, (_, index) => `  const a${index} = ${index}`).join('\n')
    const sample = [
      `export function tooLong() {\n${body}\n}`,
      `// long: a reason\nexport function justified() {\n${body}\n}`,
      `export function holder() {\n  // long: a reason\n  const inner = () => {\n${body}\n  }\n  return inner\n}`,
    ].join('\n\n')
    expect(longFunctions(join(ROOT, 'src', 'sample.ts'), sample)).toEqual([
      { where: 'src/sample.ts:1 tooLong', lines: LIMIT + 2 },
    ])
  })
})
