// Headless Chromium for the browser tests: Debian's own `/usr/bin/chromium`
// driven by playwright-core (nothing is ever downloaded), a fresh profile per
// run, and no network: every request is answered here, so the page, its
// images and the checks are the same on every machine.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AxeResults } from 'axe-core'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

/** Where `.ci/run` installs Chromium (`apt-get install -y chromium`). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A running browser with its own throw-away profile. */
export interface Browser {
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/**
 * Start Chromium with a fresh profile. `site` answers every request: return
 * a response for the URLs the page needs, or `undefined` to refuse the request.
 */
export async function launch(
  site: (url: string) => { body: string; contentType: string } | undefined,
  viewport: { width: number; height: number },
): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'articlekit-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport,
      deviceScaleFactor: 1,
    })
    await context.route('**/*', async (route) => {
      const response = site(route.request().url())
      if (response === undefined) await route.abort('blockedbyclient')
      else await route.fulfill({ status: 200, body: response.body, contentType: response.contentType })
    })
    const page = context.pages()[0] ?? (await context.newPage())
    return {
      context,
      page,
      close: async () => {
        await context.close()
        await rm(profile, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** One axe-core violation, reduced to what a failure message needs. */
export interface Violation {
  id: string
  impact: string | null | undefined
  help: string
  nodes: string[]
}

/** What axe-core found: rules that failed, and rules it could not decide (left for a person to review). */
export interface AxeFindings {
  violations: Violation[]
  incomplete: Violation[]
}

/** Run axe-core in the page, limited to rules with these tags. */
export async function runAxe(page: Page, tags: string[]): Promise<AxeFindings> {
  await page.addScriptTag({ content: await axeSource })
  const results = await page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }
    const { violations, incomplete } = await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations', 'incomplete'],
    })
    return { violations, incomplete }
  }, tags)
  const reduce = (found: AxeResults['violations']): Violation[] =>
    found.map((result) => ({
      id: result.id,
      impact: result.impact,
      help: result.help,
      nodes: result.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }))
  return { violations: reduce(results.violations), incomplete: reduce(results.incomplete) }
}

/** What Chromium's accessibility tree says about one element: its role and computed name, or that it is hidden. */
export interface AxSummary {
  role: string | undefined
  name: string | undefined
  ignored: boolean
}

/** The role and accessible name Chromium computed for the first element matching `selector`. */
export async function accessibleNode(browser: Browser, selector: string): Promise<AxSummary> {
  const cdp = await browser.context.newCDPSession(browser.page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    if (!nodeId) throw new Error(`No element matches \`${selector}\``)
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
    const node = nodes[0]
    return {
      role: node?.role?.value as string | undefined,
      name: node?.name?.value as string | undefined,
      ignored: node?.ignored === true,
    }
  } finally {
    await cdp.detach()
  }
}
