// The documented interfaces in src/model/types.ts and the zod schemas must
// describe the same shapes: these fail to compile the moment they drift.
import type * as Model from 'articlekit'
import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'

type Schemas = Model.ModelSchemas
type Out<K extends keyof Schemas['nodes']> = z.output<Schemas['nodes'][K]>
type In<K extends keyof Schemas['nodes']> = z.input<Schemas['nodes'][K]>

describe('output types match the schemas', () => {
  it('article', () => {
    expectTypeOf<z.output<Schemas['article']>>().toEqualTypeOf<Model.Article>()
  })
  it('inline nodes', () => {
    expectTypeOf<Out<'text'>>().toEqualTypeOf<Model.Text>()
    expectTypeOf<Out<'emphasis'>>().toEqualTypeOf<Model.Emphasis>()
    expectTypeOf<Out<'strong'>>().toEqualTypeOf<Model.Strong>()
    expectTypeOf<Out<'strikethrough'>>().toEqualTypeOf<Model.Strikethrough>()
    expectTypeOf<Out<'inlineCode'>>().toEqualTypeOf<Model.InlineCode>()
    expectTypeOf<Out<'link'>>().toEqualTypeOf<Model.Link>()
    expectTypeOf<Out<'break'>>().toEqualTypeOf<Model.Break>()
    expectTypeOf<Out<'citation'>>().toEqualTypeOf<Model.Citation>()
    expectTypeOf<z.output<Schemas['inline']>>().toEqualTypeOf<Model.Inline>()
  })
  it('blocks', () => {
    expectTypeOf<Out<'paragraph'>>().toEqualTypeOf<Model.Paragraph>()
    expectTypeOf<Out<'heading'>>().toEqualTypeOf<Model.Heading>()
    expectTypeOf<Out<'list'>>().toEqualTypeOf<Model.List>()
    expectTypeOf<Out<'quote'>>().toEqualTypeOf<Model.Quote>()
    expectTypeOf<Out<'pullquote'>>().toEqualTypeOf<Model.Pullquote>()
    expectTypeOf<Out<'image'>>().toEqualTypeOf<Model.ImageBlock>()
    expectTypeOf<Out<'embed'>>().toEqualTypeOf<Model.Embed>()
    expectTypeOf<Out<'code'>>().toEqualTypeOf<Model.Code>()
    expectTypeOf<Out<'table'>>().toEqualTypeOf<Model.Table>()
    expectTypeOf<Out<'relatedLinks'>>().toEqualTypeOf<Model.RelatedLinks>()
    expectTypeOf<Out<'divider'>>().toEqualTypeOf<Model.Divider>()
    expectTypeOf<Out<'aside'>>().toEqualTypeOf<Model.Aside>()
    expectTypeOf<Out<'promo'>>().toEqualTypeOf<Model.Promo>()
    expectTypeOf<z.output<Schemas['block']>>().toEqualTypeOf<Model.Block>()
  })
  it('shared parts', () => {
    expectTypeOf<z.output<Schemas['parts']['image']>>().toEqualTypeOf<Model.Image>()
    expectTypeOf<z.output<Schemas['parts']['leadImage']>>().toEqualTypeOf<Model.LeadImage>()
    expectTypeOf<z.output<Schemas['parts']['imageCrop']>>().toEqualTypeOf<Model.ImageCrop>()
    expectTypeOf<z.output<Schemas['parts']['author']>>().toEqualTypeOf<Model.Author>()
    expectTypeOf<z.output<Schemas['parts']['contributor']>>().toEqualTypeOf<Model.Contributor>()
    expectTypeOf<NonNullable<Model.Image['creator']>>().toEqualTypeOf<Model.ImageCreator>()
    expectTypeOf<z.output<Schemas['parts']['publisher']>>().toEqualTypeOf<Model.Publisher>()
    expectTypeOf<z.output<Schemas['parts']['source']>>().toEqualTypeOf<Model.Source>()
    expectTypeOf<z.output<Schemas['parts']['relatedLink']>>().toEqualTypeOf<Model.RelatedLink>()
    expectTypeOf<z.output<Schemas['parts']['attribution']>>().toEqualTypeOf<Model.Attribution>()
    expectTypeOf<z.output<Schemas['parts']['correction']>>().toEqualTypeOf<Model.Correction>()
  })
})

/** Mutual assignability: the input types are written with `Omit` and intersections, zod's are flat. */
type Equivalent<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function equivalent<A, B>(_proof: Equivalent<A, B>): void {}

describe('input types match the schemas', () => {
  it('article', () => {
    equivalent<z.input<Schemas['article']>, Model.ArticleInput>(true)
  })
  it('nodes with shorthands', () => {
    equivalent<In<'paragraph'>, Extract<Model.BlockInput, { type: 'paragraph' }>>(true)
    equivalent<In<'list'>, Extract<Model.BlockInput, { type: 'list' }>>(true)
    equivalent<In<'table'>, Extract<Model.BlockInput, { type: 'table' }>>(true)
    equivalent<In<'image'>, Extract<Model.BlockInput, { type: 'image' }>>(true)
    equivalent<In<'embed'>, Extract<Model.BlockInput, { type: 'embed' }>>(true)
    equivalent<In<'quote'>, Extract<Model.BlockInput, { type: 'quote' }>>(true)
    equivalent<In<'relatedLinks'>, Extract<Model.BlockInput, { type: 'relatedLinks' }>>(true)
    equivalent<In<'link'>, Extract<Model.InlineInput, { type: 'link' }>>(true)
    equivalent<In<'citation'>, Extract<Model.InlineInput, { type: 'citation' }>>(true)
    equivalent<z.input<Schemas['parts']['image']>, Model.ImageInput>(true)
    equivalent<z.input<Schemas['parts']['leadImage']>, Model.LeadImageInput>(true)
    equivalent<z.input<Schemas['parts']['author']>, Model.AuthorInput>(true)
    equivalent<z.input<Schemas['parts']['contributor']>, Model.ContributorInput>(true)
    equivalent<NonNullable<z.input<Schemas['parts']['image']>['creator']>, Model.ImageCreatorInput>(true)
    equivalent<z.input<Schemas['block']>, Exclude<Model.BlockInput, string>>(true)
  })
  it('a wrong input type is caught', () => {
    // @ts-expect-error: headline is required
    expectTypeOf<{ body: [] }>().toExtend<Model.ArticleInput>()
  })
})

describe('the type lists name every built-in type', () => {
  it('BLOCK_TYPES and INLINE_TYPES', () => {
    type Listed<T extends readonly string[]> = T[number]
    expectTypeOf<Listed<typeof Model.BLOCK_TYPES>>().toEqualTypeOf<Model.BlockType>()
    expectTypeOf<Listed<typeof Model.INLINE_TYPES>>().toEqualTypeOf<Model.InlineType>()
  })
})

describe('custom blocks flow into the types', () => {
  it('Article<C> includes C in body and in nested containers', () => {
    type Poll = { type: 'poll'; question: string }
    expectTypeOf<Model.Article<Poll>['body'][number]>().toEqualTypeOf<Model.Block<Poll>>()
    expectTypeOf<Extract<Model.Block<Poll>, { type: 'quote' }>['children'][number]>().toEqualTypeOf<Model.Block<Poll>>()
    expectTypeOf<Extract<Model.Block<Poll>, { type: 'poll' }>>().toEqualTypeOf<Poll>()
  })
})

describe('every reported problem shares one shape', () => {
  it('issues, diagnostics, warnings and RenderError are Problems with their own code unions', async () => {
    type Core = typeof import('articlekit/core')
    expectTypeOf<Model.ValidationIssue>().toExtend<Model.Problem<Model.ValidationCode>>()
    expectTypeOf<Model.Diagnostic>().toExtend<Model.Problem<Model.LintCode>>()
    expectTypeOf<InstanceType<Core['RenderError']>>().toExtend<
      Model.Problem<'unknown_node' | 'invalid_node' | 'too_deep' | 'embargoed' | 'invalid_option'>
    >()
    expectTypeOf<import('articlekit/html').HtmlWarning>().toExtend<Model.Problem>()
    expectTypeOf<import('articlekit/markdown').MarkdownWarning['code']>().toEqualTypeOf<
      'url_refused' | 'not_carried' | 'fallback'
    >()
    expectTypeOf<import('articlekit/text').TextWarning>().toExtend<Model.Problem>()
    expectTypeOf<import('articlekit/json-ld').JsonLdWarning>().toExtend<Model.Problem>()
    expectTypeOf<'invalid_url'>().toExtend<Model.ValidationCode>()
  })
})
