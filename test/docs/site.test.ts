// The typedoc site lists the guides in the order typedoc.json gives, since
// a glob would sort them by file name. A guide left out of that list would
// not be published, and one listed twice would be published twice.

import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const config = JSON.parse(readFileSync(new URL('../../typedoc.json', import.meta.url), 'utf8')) as {
  projectDocuments: string[]
}
const guides = readdirSync(new URL('../../docs/', import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`)

describe('typedoc.json', () => {
  it('lists every guide once, Getting started first', () => {
    expect([...config.projectDocuments].sort()).toEqual([...guides].sort())
    expect(config.projectDocuments[0]).toBe('docs/getting-started.md')
  })
})
