/** A Markdown shape that makes parsers slow or crash. */
export interface HostileShape {
  name: string
  /** The Markdown after the headline, for `n` repetitions. */
  make: (n: number) => string
  /** The issue `fromMarkdown` refuses it with from 1,000 repetitions on; any clean outcome when absent. */
  code?: 'too_deep' | 'too_large'
  /** Repetition counts to try (default: 1e3, 1e4, 1e5). */
  sizes?: number[]
}

export const hostileShapes: HostileShape[]
/** The worst input the default limits let through, per mechanism: blocks just under a limit, repeated. */
export const atTheLimits: HostileShape[]
/** The repetition counts of a shape. */
export function sizesOf(shape: HostileShape): number[]
/** The whole document: a headline, then the shape. */
export function hostileMarkdown(shape: HostileShape, n: number): string
