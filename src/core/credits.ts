// Credits as readers see them, shared by the HTML, Markdown and text
// renderers: which contributors go in which line, the words before their
// names, and the one way of listing names ("A, B and C").

import {
  CONTRIBUTOR_ROLES,
  type ContributorRole,
  IMAGE_CREATOR_ROLES,
  type ImageCreatorLabels,
  type ImageCreatorRole,
  type RoleLabels,
} from '../model/credits.js'
import type { Article, Contributor, ImageCreator } from '../model/types.js'
import { policyUrl } from './url-message.js'
import type { UrlPolicy } from './url-policy.js'

/**
 * `items` as a sentence lists them: `comma` between them and `and` before
 * the last ("A, B and C"). Strings for HTML and text, nodes for Markdown.
 *
 * @internal
 */
export function listed<T>(items: readonly T[], comma: T, and: T): T[] {
  const out: T[] = []
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? and : comma)
    out.push(item)
  })
  return out
}

/** A contributor and where it is in the article's `contributors`. */
export interface CreditEntry {
  readonly contributor: Contributor
  readonly index: number
}

/** Contributors credited together: one role, and for `other`, one label. */
export interface CreditGroup {
  readonly role: ContributorRole
  /** The contributors' own label, for `role: 'other'`. */
  readonly label?: string
  readonly entries: CreditEntry[]
}

const KNOWN_ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set(CONTRIBUTOR_ROLES)
const IMAGE_ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set(IMAGE_CREATOR_ROLES)

/** Whether a value is a non-empty string. */
function filled(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

/**
 * The article's contributors grouped as readers see them: one group per role,
 * in the order of `CONTRIBUTOR_ROLES`, and one per label for `other`, in the
 * order the labels first appear. An entry a renderer cannot credit (input
 * that skipped validation: not an object, no name, a role not in the list,
 * `other` without a label) is left out.
 *
 * @internal
 */
export function creditGroups(article: Pick<Article, 'contributors'>): CreditGroup[] {
  const contributors: unknown = article.contributors
  if (!Array.isArray(contributors)) return []
  const groups = new Map<string, CreditGroup>()
  contributors.forEach((contributor: Contributor | null, index) => {
    if (contributor === null || typeof contributor !== 'object' || !filled(contributor.name)) return
    const { role, label } = contributor
    if (!KNOWN_ROLES.has(role) || (role === 'other' && !filled(label))) return
    const key = role === 'other' ? `other:${label}` : role
    let group = groups.get(key)
    if (group === undefined) {
      group = role === 'other' ? { role, label: label as string, entries: [] } : { role, entries: [] }
      groups.set(key, group)
    }
    group.entries.push({ contributor, index })
  })
  const rank = (group: CreditGroup) => CONTRIBUTOR_ROLES.indexOf(group.role)
  // A stable sort: groups of one rank (the labels of `other`) keep the order they were met in.
  return [...groups.values()].sort((a, b) => rank(a) - rank(b))
}

/**
 * The additional reporters a byline names: the article's, in the article's
 * own byline (the `byline` part at path `authors`); none in any other, such
 * as a live blog update's, which credits its own authors only.
 *
 * @internal
 */
export function bylineReporting(state: {
  readonly article: Pick<Article, 'contributors'>
  readonly path: readonly (string | number)[]
}): CreditGroup | undefined {
  if (state.path.length !== 1 || state.path[0] !== 'authors') return undefined
  return creditGroups(state.article).find((group) => group.role === 'additionalReporting')
}

/** The words before a group's names: the role's phrase, or for `other` the label pack's template filled with its label. */
export function rolePhrase(labels: RoleLabels, group: CreditGroup): string {
  return group.role === 'other' ? labels.other.replace('{label}', () => group.label ?? '') : labels[group.role]
}

/** What {@link creditUrl} needs of a render's state. */
export interface CreditState {
  readonly options: {
    readonly urlPolicy: UrlPolicy
    readonly resolveUrl: boolean
    readonly onWarning?:
      | ((warning: { code: 'url_refused'; path: (string | number)[]; message: string }) => void)
      | undefined
  }
  readonly article: Article<unknown>
}

/**
 * A contributor's profile URL as a renderer may write it, or `undefined`,
 * with a refusal reported at its place in the article (`contributors[2].url`),
 * whichever part renders it.
 *
 * @internal
 */
export function creditUrl(state: CreditState, entry: CreditEntry): string | undefined {
  const { options, article } = state
  const base = options.resolveUrl ? article.url : undefined
  return policyUrl(options, entry.contributor.url, 'author', base, [], ['contributors', entry.index, 'url'])
}

/**
 * The words before an image creator's name in a credit line made from it
 * (`Photo:`, `Illustration:`), or `undefined` when the creator has no role
 * or cannot be credited (no name). The name follows as the renderer writes it.
 *
 * @internal
 */
export function creatorPhrase(labels: ImageCreatorLabels, creator: ImageCreator | undefined): string | undefined {
  if (creator === null || typeof creator !== 'object' || !filled(creator.name)) return undefined
  const role: unknown = creator.role
  return typeof role === 'string' && IMAGE_ROLES.has(role) ? labels[`${role as ImageCreatorRole}Credit`] : ''
}
