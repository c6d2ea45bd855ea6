import { isoDuration } from '../../core/duration.js'
import { nodeSpec } from '../../model/node-types.js'
import type { Article, Audio, AudioFile } from '../../model/types.js'
import type { JsonLdNode, JsonLdState } from '../types.js'
import { inlineText, list, nodeOf, nonEmpty, put, stateUrl } from '../util.js'

/**
 * An audio file (the article's `audio`, or an audio block) as an
 * AudioObject: `contentUrl` (absolute), `name`, `duration` in ISO 8601
 * (`PT25M30S`), `encodingFormat` and, for a block, `caption` as text. One
 * whose URL cannot be written is left out (`undefined`).
 */
export function audioObject(file: AudioFile | Audio, state: JsonLdState): JsonLdNode | undefined {
  if (file === null || typeof file !== 'object') return undefined
  const url = stateUrl(state, file.url, 'audio', 'url')
  if (url === undefined) return undefined
  const node: JsonLdNode = { '@type': 'AudioObject', contentUrl: url }
  put(node, 'name', nonEmpty(file.title))
  put(node, 'duration', isoDuration(file.duration))
  put(node, 'encodingFormat', nonEmpty(file.mimeType))
  if ('caption' in file && Array.isArray(file.caption)) put(node, 'caption', inlineText(state, file, 'caption'))
  return node
}

/** A block waiting to be looked at, with how to build its path if it holds media. */
interface Entry {
  node: unknown
  key: string | number
  parent: Entry | undefined
}

/**
 * `associatedMedia`: the media of the body, in reading order: each image of
 * every gallery as an ImageObject and every audio block as an AudioObject,
 * through the `imageObject` and `audioObject` handlers. Blocks that hold
 * blocks (the node table's `blocks` and `items` fields) are searched too,
 * without recursion, without looking at inline content, and each block
 * once, so a block that holds itself ends too. Not `visitNodes`, which also
 * walks every inline node and builds paths as it goes: this walk is 0.3 KB
 * smaller in `toJsonLdScript` and builds a path only for a media block.
 */
export function associatedMedia(article: Article, state: JsonLdState): JsonLdNode[] {
  const media: JsonLdNode[] = []
  const stack: Entry[] = []
  const push = (list: unknown, parent: Entry) => {
    if (Array.isArray(list))
      for (let index = list.length - 1; index >= 0; index--) stack.push({ node: list[index], key: index, parent })
  }
  push(article.body, { node: undefined, key: 'body', parent: undefined })
  // Input that skipped validation may share or nest a block in itself: each is looked at once.
  const seen = new Set<object>()
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const node = entry.node as Record<string, unknown> | null
    if (node === null || typeof node !== 'object' || seen.has(node)) continue
    seen.add(node)
    if (node.type === 'audio') {
      const audio = nodeOf(state.handle('audioObject', node, ...pathOf(entry)))
      if (audio) media.push(audio)
    } else if (node.type === 'gallery') {
      const at = pathOf(entry)
      list(node.children).forEach((image, index) => {
        const object = nodeOf(state.handle('imageObject', image, ...at, 'children', index))
        if (object) media.push(object)
      })
    } else {
      const fields = nodeSpec(node.type)?.fields ?? {}
      for (const field of Object.keys(fields).reverse()) {
        const holder: Entry = { node: undefined, key: field, parent: entry }
        if (fields[field] === 'blocks') push(node[field], holder)
        else if (fields[field] === 'items')
          list<{ children?: unknown }>(node[field]).forEach((item, index) => {
            if (item !== null && typeof item === 'object')
              push(item.children, {
                node: undefined,
                key: 'children',
                parent: { node: item, key: index, parent: holder },
              })
          })
      }
    }
  }
  return media
}

/** The path of an entry from the article root. */
function pathOf(entry: Entry | undefined): (string | number)[] {
  const path: (string | number)[] = []
  for (let at = entry; at !== undefined; at = at.parent) path.push(at.key)
  return path.reverse()
}
