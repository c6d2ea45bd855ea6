// Words for warnings about URLs, shared by every renderer.

/**
 * A URL as a warning quotes it: a short, escaped excerpt of a string, or
 * what else the value was (never calling its `toString`).
 *
 * @internal
 */
export function quoteUrl(value: unknown): string {
  return typeof value === 'string'
    ? `\`${JSON.stringify(value.slice(0, 80)).slice(1, -1)}\``
    : `not a string but ${value === null ? 'null' : `a ${typeof value}`}`
}

/**
 * The message of a `url_refused` warning.
 *
 * @internal
 */
export function refusedUrlMessage(value: unknown): string {
  return `URL refused by the URL policy and left out: ${quoteUrl(value)}`
}
