// The public surface of every entry point. Adding or removing an export
// changes this list, so it is always a visible decision.

import * as main from 'articlekit'
import * as core from 'articlekit/core'
import * as feed from 'articlekit/feed'
import * as html from 'articlekit/html'
import * as importers from 'articlekit/import'
import * as jsonLd from 'articlekit/json-ld'
import * as jsonSchema from 'articlekit/json-schema'
import * as markdown from 'articlekit/markdown'
import * as text from 'articlekit/text'
import { describe, expect, it } from 'vitest'

describe('exports', () => {
  it('articlekit', () => {
    expect(Object.keys(main).sort()).toEqual([
      'ALLOWED_URL_SCHEMES',
      'ARTICLE_TYPES',
      'ArticleValidationError',
      'BLOCK_TYPES',
      'CONTRIBUTOR_ROLES',
      'IMAGE_CREATOR_ROLES',
      'INLINE_TYPES',
      'LIMITS',
      'LINT_RULES',
      'NODE_TABLE',
      'TRUST_POLICIES',
      'articleJsonSchema',
      'checkUrl',
      'closest',
      'defineArticleSchema',
      'formatIssue',
      'formatPath',
      'hasTimeZone',
      'isArticleValidationError',
      'isIsoInstant',
      'isValidIsoDate',
      'lintArticle',
      'normalizeText',
      'parseArticle',
      'safeParseArticle',
      'visitNodes',
    ])
  })

  it('articlekit/core', () => {
    expect(Object.keys(core).sort()).toEqual([
      'FURNITURE_BLOCK_TYPES',
      'NODE_TABLE',
      'RenderError',
      'assertNotEmbargoed',
      'citeSource',
      'createRenderer',
      'defaultUrlPolicy',
      'formatPath',
      'inReadingOrder',
      'isFurniture',
      'normalizeText',
      'numberSources',
      'sourcePosition',
      'visitNodes',
      'warn',
    ])
  })

  it('articlekit/html', () => {
    expect(Object.keys(html).sort()).toEqual([
      'defaultHandlers',
      'embedProviders',
      'englishLabels',
      'escapeAttribute',
      'escapeText',
      'rawHtml',
      'soundcloud',
      'spotify',
      'toHast',
      'toHtml',
      'toHtmlDocument',
      'vimeo',
      'youtube',
    ])
  })

  it('articlekit/import', () => {
    expect(Object.keys(importers).sort()).toEqual([
      'blog',
      'defaultPageLimits',
      'fromDocument',
      'fromHtml',
      'fromText',
      'readOwnHtml',
    ])
  })

  it('articlekit/json-ld', () => {
    expect(Object.keys(jsonLd).sort()).toEqual([
      'X_CARD_LIMITS',
      'defaultHandlers',
      'serializeJsonLd',
      'toJsonLd',
      'toJsonLdScript',
      'toMetaTags',
      'toMetaTagsHtml',
    ])
  })

  it('articlekit/markdown', () => {
    expect(Object.keys(markdown).sort()).toEqual([
      'articleRemark',
      'defaultHandlers',
      'defaultMarkdownLimits',
      'englishLabels',
      'englishMarkdownLabels',
      'fromMarkdown',
      'fromMdast',
      'parseMarkdown',
      'remarkArticle',
      'toMarkdown',
      'toMarkdownExtensions',
      'toMdast',
    ])
  })

  it('articlekit/text', () => {
    expect(Object.keys(text).sort()).toEqual([
      'characterCount',
      'defaultHandlers',
      'displayWidth',
      'englishLabels',
      'excerpt',
      'readingTime',
      'storyText',
      'toSpeech',
      'toText',
      'wordCount',
      'wrap',
    ])
  })

  it('articlekit/json-schema', () => {
    expect(Object.keys(jsonSchema).sort()).toEqual(['toJsonSchema'])
  })

  it('articlekit/feed', () => {
    expect(Object.keys(feed).sort()).toEqual([
      'atomChannel',
      'atomHandlers',
      'jsonFeedChannel',
      'jsonFeedHandlers',
      'recentForNews',
      'rssChannel',
      'rssHandlers',
      'sitemapHandlers',
      'toAtom',
      'toJsonFeed',
      'toJsonFeedObject',
      'toNewsSitemap',
      'toRss',
      'toSitemap',
    ])
  })
})
