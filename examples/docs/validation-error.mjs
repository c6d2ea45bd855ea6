// @ts-check
// docs/validation.md: the message of an ArticleValidationError.
import assert from 'node:assert/strict'
import { ArticleValidationError, parseArticle } from 'articlekit'

try {
  parseArticle({
    headline: 'H',
    body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:x', children: [] }] }],
    autors: [],
  })
  assert.fail('parseArticle accepted the article')
} catch (error) {
  if (!(error instanceof ArticleValidationError)) throw error
  console.log(error.message)

  assert.deepEqual(
    error.issues.map((issue) => issue.code),
    ['invalid_url', 'unknown_key'],
  )
  // name and issues are own enumerable properties, so the error serializes as data.
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(error))), ['name', 'issues'])
}
