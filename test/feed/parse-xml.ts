// A strict reading of the feeds' XML: saxes checks well-formedness and namespaces (an unbound
// prefix, a bad character or a `]]>` in text is an error), and the result is a small tree to
// assert on.

import { SaxesParser } from 'saxes'

/** An element as read back: its qualified name, namespace, attributes, children and text. */
export interface XmlElement {
  name: string
  uri: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text, its children's left out. */
  text: string
}

/** Parse `xml` strictly; throws on anything a conforming XML 1.0 parser with namespaces rejects. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: Error | undefined
  parser.on('error', (error) => {
    failure ??= error
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value
    const element: XmlElement = { name: tag.name, uri: tag.uri, attributes, children: [], text: '' }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('text', (text) => {
    const current = stack[stack.length - 1]
    if (current) current.text += text
  })
  parser.on('cdata', (text) => {
    const current = stack[stack.length - 1]
    if (current) current.text += text
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(xml).close()
  if (failure) throw failure
  if (!root) throw new Error('No root element')
  return root
}

/** Every descendant of `element` (itself included) named `name`, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = element.name === name ? [element] : []
  for (const child of element.children) found.push(...all(child, name))
  return found
}

/** The first descendant named `name`, or a failure naming it. */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name)[0]
  if (!found) throw new Error(`No <${name}> in <${element.name}>`)
  return found
}

/** The names of `element`'s children, in order. */
export function childNames(element: XmlElement): string[] {
  return element.children.map((child) => child.name)
}
