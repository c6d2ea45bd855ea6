/**
 * A short, single-line excerpt of untrusted text for an error message: at most
 * `max` characters, with quotes, backslashes and line breaks escaped as in JSON.
 *
 * @internal
 */
export function excerpt(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value
  return JSON.stringify(cut).slice(1, -1)
}
