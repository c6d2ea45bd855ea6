/**
 * The renderer core: build a renderer from a map of handlers, with the same
 * contract as articlekit's own renderers. It does not import zod.
 *
 * @module articlekit/core
 */

export { type FieldContent, NODE_TABLE, type NodeSpec } from '../model/node-types.js'
export { normalizeText } from '../model/text.js'
export { FURNITURE_BLOCK_TYPES, isFurniture } from './furniture.js'
export { formatPath, type IssuePath } from './path.js'
export { type Problem, warn } from './problem.js'
export {
  type ArticleParts,
  type ArticleSection,
  assertNotEmbargoed,
  createRenderer,
  type EmbargoOptions,
  type Handler,
  type Handlers,
  type NodeMap,
  RenderError,
  type RenderErrorCode,
  type Renderer,
  type RendererDefinition,
  type RendererOptions,
  type RenderPath,
  type RenderState,
  type UnknownNodePolicy,
} from './renderer.js'
export { citeSource, inReadingOrder, numberSources, type SourceNumbering, sourcePosition } from './sources.js'
export { defaultUrlPolicy, type UrlContext, type UrlPolicy } from './url-policy.js'
export { type Visit, type VisitedNode, visitNodes } from './visit.js'
