/** A location in an article: object keys and array indices from the root. */
export type IssuePath = (string | number)[]

const identifier = /^[A-Za-z_$][\w$]*$/

/**
 * Write a path the way JavaScript would access it: `body[3].children[0].url`.
 * Keys that are not identifiers are quoted: `meta["two words"]`.
 *
 * @example
 * formatPath(['body', 3, 'children', 0, 'url']) // 'body[3].children[0].url'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let result = ''
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`
    else if (identifier.test(segment)) result += result ? `.${segment}` : segment
    else result += `[${JSON.stringify(segment)}]`
  }
  return result
}
