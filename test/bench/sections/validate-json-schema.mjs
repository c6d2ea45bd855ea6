// parseArticle beside ajv with the exported JSON Schema: what a team that
// only wants to check JSON (not normalize it) would pick instead. ajv only
// answers yes or no; parseArticle also copies, normalizes and expands.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { articleJsonSchema, parseArticle } from 'articlekit'

/** @param {Record<string, object>} articles */
export default function jsonSchemaSection(articles) {
  const validate = new Ajv2020().compile(articleJsonSchema())
  return {
    title: 'parseArticle vs ajv validating against articleJsonSchema() (check only, no output)',
    goal: 'informational: ajv does less work',
    cases: Object.entries(articles).map(([size, article]) => ({
      size,
      baseline: {
        name: 'ajv',
        fn: () => {
          if (!validate(article)) throw new Error('generated article must be valid')
        },
      },
      ours: { name: 'parseArticle', fn: () => parseArticle(article) },
    })),
  }
}
