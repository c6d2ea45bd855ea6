/** A hard line break: `<br>`. */
export function lineBreak(): string {
  return '<br>'
}
