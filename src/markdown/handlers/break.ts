import type { Break } from '../../model/types.js'
import type { MdastResult } from '../types.js'

/** A hard line break: a backslash at the end of the line. */
export function lineBreak(_node: Break): MdastResult {
  return [{ type: 'break' }]
}
