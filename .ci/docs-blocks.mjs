// Finds and fills the generated code blocks of a Markdown page. Pure string
// functions, no file system: .ci/docs-examples.mjs reads and writes the pages,
// test/docs/blocks.test.ts tests these.
//
// A generated block is an HTML comment alone on a line (the marker), then
// optional blank lines, then a fenced code block that starts at column 0:
//
//   <!-- include: examples/custom-block.mjs -->
//   ```js
//   (filled with the file's source)
//   ```
//
// Comments inside fenced code blocks are not markers. Filling a block
// replaces the fence lines and the content; the marker and the blank lines
// stay. The fence is as long as the content needs: three backticks (or
// tildes, if the block used them), or one more than the longest run of them
// that starts a line of the content.

/**
 * @typedef {{ info: string, language: string, fence: string, body: string, start: number, end: number }} FencedBlock
 * @typedef {{ text: string, line: number, block: FencedBlock | null }} Marker
 * @typedef {{ kind: 'include' | 'output', path: string, args: string[] } | { kind: 'run', command: string }} MarkerRequest
 * @typedef {{ body: string, language?: string }} Filling
 */

const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
const COMMENT = /^<!--\s*(.*?)\s*-->[ \t]*$/

/**
 * The lines of `source`, each with where it starts and ends (before its line feed).
 * @param {string} source
 */
function lines(source) {
  const result = []
  let start = 0
  while (start <= source.length) {
    const feed = source.indexOf('\n', start)
    const end = feed === -1 ? source.length : feed
    result.push({ text: source.slice(start, end), start, end })
    if (feed === -1) break
    start = feed + 1
  }
  return result
}

/**
 * The opening fence on `line`, if it is one. A backtick fence's info string may not hold a backtick.
 * @param {string} line
 */
function openingFence(line) {
  const match = OPENING_FENCE.exec(line)
  if (!match) return undefined
  const [, indent = '', fence = '', info = ''] = match
  if (fence[0] === '`' && info.includes('`')) return undefined
  return { indent, fence, info: info.trim() }
}

/**
 * Index of the line that closes `fence` opened at line `open`, or -1.
 * @param {{ text: string }[]} all
 * @param {number} open
 * @param {string} fence
 */
function closingLine(all, open, fence) {
  const char = fence[0] === '`' ? '`' : '~'
  const closer = new RegExp(`^ {0,3}\\${char}{${fence.length},}[ \\t]*$`)
  for (let index = open + 1; index < all.length; index++) {
    if (closer.test(all[index]?.text ?? '')) return index
  }
  return -1
}

/**
 * Every marker of `source` in order: HTML comments alone on a line, outside
 * fenced code, each with the fenced block that follows it (`null` if none
 * does). Throws when a marker's block is never closed.
 * @param {string} source
 * @returns {Marker[]}
 */
export function findMarkers(source) {
  const all = lines(source)
  /** @type {Marker[]} */
  const markers = []
  let index = 0
  while (index < all.length) {
    const line = all[index]?.text ?? ''
    const fence = openingFence(line)
    if (fence) {
      const close = closingLine(all, index, fence.fence)
      index = close === -1 ? all.length : close + 1
      continue
    }
    const comment = COMMENT.exec(line)
    if (!comment) {
      index++
      continue
    }
    const markerLine = index + 1
    let next = index + 1
    while (next < all.length && (all[next]?.text ?? '').trim() === '') next++
    const open = next < all.length ? openingFence(all[next]?.text ?? '') : undefined
    if (open?.indent !== '') {
      markers.push({ text: comment[1] ?? '', line: markerLine, block: null })
      index++
      continue
    }
    const close = closingLine(all, next, open.fence)
    if (close === -1) throw new Error(`line ${next + 1}: the code block after \`<!-- ${comment[1]} -->\` is not closed`)
    const content = all.slice(next + 1, close).map((entry) => `${entry.text}\n`)
    markers.push({
      text: comment[1] ?? '',
      line: markerLine,
      block: {
        info: open.info,
        language: open.info.split(/\s+/)[0] ?? '',
        fence: open.fence,
        body: content.join(''),
        start: all[next]?.start ?? 0,
        end: all[close]?.end ?? source.length,
      },
    })
    index = close + 1
  }
  return markers
}

/**
 * What a marker asks for: `include: examples/NAME` (the file),
 * `output: examples/NAME [ARGS...]` (what the example prints) or
 * `run: COMMAND` (a shell command and what it prints); `undefined` for any
 * other comment. Throws for a comment that starts like a marker but is not
 * one, so that a mistyped marker cannot go unnoticed.
 * @param {string} text the comment's text, as in {@link Marker}
 * @returns {MarkerRequest | undefined}
 */
export function parseMarker(text) {
  const run = /^run:\s*(.*)$/.exec(text)
  if (run) {
    const command = (run[1] ?? '').trim()
    if (command === '') throw new Error('`run:` needs a command')
    return { kind: 'run', command }
  }
  const match = /^(include|output):\s*(.*)$/.exec(text)
  if (!match) return undefined
  const kind = /** @type {'include' | 'output'} */ (match[1])
  const [path, ...args] = (match[2] ?? '').split(/\s+/).filter(Boolean)
  if (!path?.startsWith('examples/')) {
    throw new Error(`\`${text}\`: use \`include: examples/NAME\` or \`output: examples/NAME [ARGS...]\``)
  }
  if (path.split('/').includes('..')) throw new Error(`\`${text}\`: the path must stay inside examples/`)
  if (kind === 'include' && args.length > 0) throw new Error(`\`${text}\`: include takes a file name and nothing else`)
  return { kind, path, args }
}

/** Fence languages by file extension; any other file is `text`. */
const LANGUAGES = {
  mjs: 'js',
  js: 'js',
  cjs: 'js',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  jsx: 'jsx',
  json: 'json',
  md: 'md',
  html: 'html',
  css: 'css',
  sh: 'sh',
  yaml: 'yaml',
  yml: 'yaml',
}

/**
 * The fence language for a file: `js` for `.mjs`, `.js`, `.cjs`; `ts` for
 * `.ts`, `.mts`, `.cts`; the extension for `json`, `md`, `html`, `css`, `sh`,
 * `yaml`; `text` otherwise.
 * @param {string} path
 */
export function languageOf(path) {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  return Object.hasOwn(LANGUAGES, extension) ? LANGUAGES[/** @type {keyof typeof LANGUAGES} */ (extension)] : 'text'
}

/**
 * A fenced block holding `content` as it is, with a line feed added at its
 * end when it has none. The fence uses `char` and is long enough that no
 * line of the content can close it.
 * @param {string} content
 * @param {string} info the info string (language)
 * @param {'`' | '~'} [char]
 */
export function fencedBlock(content, info, char = '`') {
  const body = content === '' || content.endsWith('\n') ? content : `${content}\n`
  let longest = 0
  const run = new RegExp(`^ {0,3}(\\${char}+)`, 'gm')
  for (const match of body.matchAll(run)) longest = Math.max(longest, match[1]?.length ?? 0)
  const fence = char.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${body}${fence}`
}

/**
 * Fills the blocks of `source`. `fill` is called for every marker; it
 * returns the block's new content (and, optionally, its language), or
 * `undefined` to leave the block alone. A marker that `fill` claims but no
 * fenced block follows, and an exception thrown by `fill`, become an entry
 * of `errors` and leave that block as it was.
 * @param {string} source
 * @param {(marker: Marker) => Filling | undefined} fill
 * @returns {{ text: string, changed: Marker[], errors: string[] }}
 */
export function fillBlocks(source, fill) {
  /** @type {Marker[]} */
  const changed = []
  /** @type {string[]} */
  const errors = []
  let text = ''
  let position = 0
  for (const marker of findMarkers(source)) {
    let filling
    try {
      filling = fill(marker)
    } catch (error) {
      errors.push(`line ${marker.line}: \`<!-- ${marker.text} -->\`: ${error instanceof Error ? error.message : error}`)
      continue
    }
    if (filling === undefined) continue
    const { block } = marker
    if (!block) {
      errors.push(`line ${marker.line}: \`<!-- ${marker.text} -->\` must be followed by a fenced code block`)
      continue
    }
    const info = filling.language ?? block.info
    const char = block.fence[0] === '~' ? '~' : '`'
    const fresh = fencedBlock(filling.body, info, char)
    if (fresh !== source.slice(block.start, block.end)) changed.push(marker)
    text += source.slice(position, block.start) + fresh
    position = block.end
  }
  return { text: text + source.slice(position), changed, errors }
}
