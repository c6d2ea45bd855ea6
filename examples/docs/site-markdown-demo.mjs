// @ts-check
// docs/migrating.md: a post written for a static-site generator, read with
// fromMarkdown as it is (`raw`, the default: the error) and through
// fromSiteMarkdown (`renamed`: the article).
//
//   node examples/docs/site-markdown-demo.mjs [raw|renamed]
import assert from 'node:assert/strict'
import { isArticleValidationError } from 'articlekit'
import { fromMarkdown } from 'articlekit/markdown'
import { compactJson } from './compact-json.mjs'
import { fromSiteMarkdown } from './site-markdown.mjs'

const post = `---
title: Night buses return to the harbour route
date: 2026-10-05T18:00:00+01:00
author: Tamsin Rowe
tags: [buses, harbour]
draft: false
---

From Monday, the **N7** runs every 30 minutes after midnight.
`

const part = process.argv[2] ?? 'raw'
if (part === 'raw') {
  try {
    fromMarkdown(post)
    assert.fail('fromMarkdown accepted the site keys')
  } catch (error) {
    if (!isArticleValidationError(error)) throw error
    console.log(error.message)
    assert.ok(error.issues.every((issue) => issue.code === 'unknown_key' || issue.code === 'required'))
  }
} else if (part === 'renamed') {
  const article = fromSiteMarkdown(post)
  console.log(compactJson(article, 120))
  // The unquoted date stays a string with its offset.
  assert.equal(article.datePublished, '2026-10-05T18:00:00+01:00')
  assert.deepEqual(article.keywords, ['buses', 'harbour'])
} else throw new Error(`Unknown part ${part}; use raw or renamed`)
