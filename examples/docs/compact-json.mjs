// @ts-check
// A helper of the docs examples, not an example: JSON as the docs write it by
// hand, an object or array on one line when it fits, else one item a line.

/**
 * `value` as JSON, indented by two spaces, with every object and array that
 * fits in `width` columns (its indentation included) kept on one line.
 * @param {unknown} value
 * @param {number} [width]
 * @returns {string}
 */
export function compactJson(value, width = 100) {
  return write(value, '', 0, width)
}

/**
 * @param {unknown} value
 * @param {string} indent the indentation of the line the value starts on
 * @param {number} before how many characters come before the value on that line (a key)
 * @param {number} width
 * @returns {string}
 */
function write(value, indent, before, width) {
  const flat = oneLine(value)
  // A comma may follow the value.
  if (indent.length + before + flat.length < width || value === null || typeof value !== 'object') return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + write(item, inner, 0, width)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).map(([key, item]) => {
    const name = `${JSON.stringify(key)}: `
    return `${inner}${name}${write(item, inner, name.length, width)}`
  })
  return `{\n${entries.join(',\n')}\n${indent}}`
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function oneLine(value) {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}
