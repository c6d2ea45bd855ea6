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
