/**
 * What every problem articlekit reports has in common: a validation issue, a
 * lint diagnostic, a renderer's warning, a `RenderError`, an import warning.
 * `code` is stable and snake_case; `message` is for people and may change.
 *
 * @example
 * function log(problem: Problem): void {
 *   console.warn(`${formatPath(problem.path) || '(article)'}: ${problem.message} [${problem.code}]`)
 * }
 */
export interface Problem<Code extends string = string> {
  /** Stable identifier of the problem, such as `invalid_url` or `url_refused`. */
  readonly code: Code
  /** Where: object keys and array indices from the article root. */
  readonly path: readonly (string | number)[]
  /** What is wrong, for people. */
  readonly message: string
}

/**
 * Report a warning through a render's `onWarning` option, if it has one, at
 * the current node's path followed by `at`. Every renderer reports through
 * it, so warnings have one shape and one way of naming where they are.
 *
 * @example
 * warn(state, 'url_refused', ['url'], 'URL refused by the URL policy and left out')
 */
export function warn<Code extends string>(
  state: {
    readonly options: {
      readonly onWarning?: ((warning: { code: Code; path: (string | number)[]; message: string }) => void) | undefined
    }
    readonly path: readonly (string | number)[]
  },
  code: Code,
  at: readonly (string | number)[],
  message: string,
): void {
  state.options.onWarning?.({ code, path: [...state.path, ...at], message })
}
