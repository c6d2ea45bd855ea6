// Type declarations for docs-blocks.mjs (tsconfig has no allowJs, and
// test/docs/blocks.test.ts imports the module).

/** A fenced code block after a marker. `start` and `end` are offsets of its first and last fence line. */
export interface FencedBlock {
  info: string
  language: string
  fence: string
  /** The lines between the fences, each ending with a line feed. */
  body: string
  start: number
  end: number
}

/** An HTML comment alone on a line, outside fenced code. `line` counts from 1. */
export interface Marker {
  text: string
  line: number
  block: FencedBlock | null
}

/** What a marker asks for (see `parseMarker`). */
export type MarkerRequest =
  | { kind: 'include' | 'output'; path: string; args: string[] }
  | { kind: 'run'; command: string }

export interface Filling {
  body: string
  language?: string
}

export declare function findMarkers(source: string): Marker[]
export declare function parseMarker(text: string): MarkerRequest | undefined
export declare function languageOf(path: string): string
export declare function fencedBlock(content: string, info: string, char?: '`' | '~'): string
export declare function fillBlocks(
  source: string,
  fill: (marker: Marker) => Filling | undefined,
): { text: string; changed: Marker[]; errors: string[] }
