// Escaping by context. Text content, double-quoted attribute values and the
// single-quoted `data-ak` JSON are the only contexts this renderer writes into;
// code points HTML forbids are dropped in all of them, so an article that
// skipped validation still yields valid HTML.

// What HTML forbids besides markup: C0 controls other than tab, line feed, form
// feed and carriage return, DEL and the C1 controls, and the noncharacters
// (U+FDD0–U+FDEF and the last two code points of every plane, the astral
// ones as surrogate pairs). A string without hazards comes back as it is.
/** The code points HTML forbids, as a character-class body; the feeds' XML text (`src/feed/xml.ts`) builds on it. */
export const FORBIDDEN = '\\0-\\x08\\v\\x0e-\\x1f\\x7f-\\x9f\\ufdd0-\\ufdef\\ufffe\\uffff'
/** The astral noncharacters as surrogate pairs, a pattern. */
export const ASTRAL_NONCHARACTER =
  '[\\ud83f\\ud87f\\ud8bf\\ud8ff\\ud93f\\ud97f\\ud9bf\\ud9ff\\uda3f\\uda7f\\udabf\\udaff\\udb3f\\udb7f\\udbbf\\udbff][\\udffe\\udfff]'
const textHazards = /* @__PURE__ */ new RegExp(`[&<>${FORBIDDEN}]|${ASTRAL_NONCHARACTER}`, 'g')
const attributeHazards = /* @__PURE__ */ new RegExp(`[&"<>${FORBIDDEN}]|${ASTRAL_NONCHARACTER}`, 'g')
const singleQuotedHazards = /* @__PURE__ */ new RegExp(`[&'<>${FORBIDDEN}]|${ASTRAL_NONCHARACTER}`, 'g')
// Whether a value needs the replace at all: one character class, which engines scan fastest. The
// low halves U+DFFE/U+DFFF stand for the astral noncharacters (a false alarm costs only the replace).
const textHazard = /* @__PURE__ */ new RegExp(`[&<>${FORBIDDEN}\\udffe\\udfff]`)
const attributeHazard = /* @__PURE__ */ new RegExp(`[&"<>${FORBIDDEN}\\udffe\\udfff]`)
const singleQuotedHazard = /* @__PURE__ */ new RegExp(`[&'<>${FORBIDDEN}\\udffe\\udfff]`)
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** A reference for the four markup characters, nothing for a forbidden one. */
const replaceHazard = (character: string) => entities[character] ?? ''

/** Turn any value into text: strings as they are, finite numbers as digits, anything else into nothing. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
}

/**
 * Escape text for HTML content: `&`, `<` and `>` become references, and
 * control characters and noncharacters, which HTML forbids, are removed.
 *
 * @example
 * escapeText('Fish & <chips>') // 'Fish &amp; &lt;chips&gt;'
 */
export function escapeText(value: unknown): string {
  const text = toText(value)
  return textHazard.test(text) ? text.replace(textHazards, replaceHazard) : text
}

/**
 * Escape text for a double-quoted attribute value: `&`, `"`, `<` and `>`
 * become references, and control characters and noncharacters are removed.
 *
 * @example
 * escapeAttribute('say "hi"') // 'say &quot;hi&quot;'
 */
export function escapeAttribute(value: unknown): string {
  const text = toText(value)
  return attributeHazard.test(text) ? text.replace(attributeHazards, replaceHazard) : text
}

/**
 * Escape text for a single-quoted attribute value: `&`, `'`, `<` and `>`
 * become references, and control characters and noncharacters are removed.
 * For values full of `"`, such as the JSON of `data-ak`, which then need no
 * references for them.
 *
 * @example
 * escapeSingleQuoted(`{"name":"O'Neill"}`) // '{"name":"O&#39;Neill"}'
 */
export function escapeSingleQuoted(value: unknown): string {
  const text = toText(value)
  return singleQuotedHazard.test(text) ? text.replace(singleQuotedHazards, replaceHazard) : text
}

/** Attributes as a string (` name="value"` each), skipping `undefined`, `false` and empty class lists. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  let result = ''
  for (const name of Object.keys(values)) result += attribute(name, values[name])
  return result
}

/**
 * One attribute as `attributes` writes it (` name="value"`, ` name` for `true`, nothing for
 * `undefined` or `false`), without an object to build: for the handlers that run per node.
 */
export function attribute(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined || value === false) return ''
  return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
}
