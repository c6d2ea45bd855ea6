// @ts-check
// docs/validation.md: the issue codes that come from a custom block's zod schema.
import assert from 'node:assert/strict'
import { defineArticleSchema, formatIssue } from 'articlekit'
import * as z from 'zod'

const Poll = z.strictObject({
  type: z.literal('poll'),
  question: z.string().refine((text) => text.endsWith('?'), {
    message: 'A poll question ends with a question mark',
    params: { code: 'not_a_question' },
  }),
  closes: z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text)),
  contact: z.email(),
  votes: z.number().multipleOf(5),
  counts: z.record(z.string().regex(/^[a-z]+$/), z.number()),
})
const model = defineArticleSchema({ blocks: { poll: Poll } })

const result = model.safeParse({
  headline: 'Should the ferry run on Sundays?',
  body: [
    {
      type: 'poll',
      question: 'Sunday ferries',
      closes: 'Friday',
      contact: 'the ferry office',
      votes: 12,
      counts: { Yes: 1 },
    },
  ],
})

if (result.success) assert.fail('the poll was accepted')
for (const issue of result.error.issues) console.log(`${issue.code}: ${formatIssue(issue)}`)

assert.deepEqual(
  result.error.issues.map((issue) => issue.code),
  ['not_a_question', 'custom', 'invalid_format', 'not_multiple_of', 'invalid_key'],
)
