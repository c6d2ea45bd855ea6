// @ts-check
// docs/migrating.md: a post written for a static-site generator, read with
// fromMarkdown as it is (`raw`, the default: the error) and with the blog
// import mode (`blog`: the article, then each warning).
//
//   node examples/docs/site-markdown-demo.mjs [raw|blog]
import assert from 'node:assert/strict'
import { isArticleValidationError } from 'articlekit'
import { blog } from 'articlekit/import'
import { fromMarkdown } from 'articlekit/markdown'
import { compactJson } from './compact-json.mjs'

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
} else if (part === 'blog') {
  /** @type {import('articlekit/markdown').MarkdownIssue[]} */
  const warnings = []
  const article = fromMarkdown(post, { dialect: blog(), onWarning: (warning) => warnings.push(warning) })
  console.log(compactJson(article, 120))
  // The date keeps its offset, `draft: false` is read without a word, and nothing else is left out.
  assert.equal(article.datePublished, '2026-10-05T18:00:00+01:00')
  assert.deepEqual(article.keywords, ['buses', 'harbour'])
  assert.deepEqual(warnings, [])
} else throw new Error(`Unknown part ${part}; use raw or blog`)
