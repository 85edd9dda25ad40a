import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, headless, without the background services a test has no use for. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const CHROMIUM_PATH = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Chromium with a profile on disk in `userDataDir`, as a user's browser has: unlike the
 * off-the-record contexts `launchChromium` makes, it keeps V8's compiled code for scripts seen
 * before, which a return visit then skips compiling.
 */
export function launchChromiumWithProfile(userDataDir: string, viewport = { width: 1280, height: 720 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport });
}

/*
 * The network is drawn on a canvas, so tests read it through the Cytoscape instance the web client
 * exposes as window.__cy. These are the few members the tests use; the root tsconfig has no DOM
 * library, so page-side callbacks reach it through globalThis.
 */
export interface CyElementProbe {
  id(): string;
  data(key: string): unknown;
  selected(): boolean;
  locked(): boolean;
  visible(): boolean;
  hasClass(name: string): boolean;
  empty(): boolean;
  renderedPosition(): { x: number; y: number };
  neighborhood(): { nodes(): CyCollectionProbe };
}
export interface CyCollectionProbe {
  length: number;
  map<T>(fn: (element: CyElementProbe) => T): T[];
  filter(fn: (element: CyElementProbe) => boolean): CyCollectionProbe;
}
export interface CyProbe {
  nodes(selector?: string): CyCollectionProbe;
  edges(selector?: string): CyCollectionProbe;
  getElementById(id: string): CyElementProbe;
  zoom(): number;
  pan(): { x: number; y: number };
}
export type PageGlobals = { __cy?: CyProbe };

/** Waits until the network has nodes and its layout has run. */
export async function waitForNetwork(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = (globalThis as unknown as PageGlobals).__cy;
      const canvas = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[data-testid="network"][data-layout="done"]');
      return Boolean(canvas && cy && cy.nodes().length > 0);
    },
    null,
    { timeout },
  );
}

export function nodeCount(page: Page, selector = ""): Promise<number> {
  return page.evaluate((s) => (globalThis as unknown as PageGlobals).__cy?.nodes(s || undefined).length ?? 0, selector);
}

/** Ids of the nodes drawn (not filtered out, not hidden). */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__cy?.nodes(":visible").map((node) => node.id()) ?? []);
}

/** Clicks (or double-clicks) a node where it is drawn, as a user would. */
export async function clickNode(page: Page, id: string, clickCount = 1): Promise<void> {
  const box = await page.getByTestId("network").boundingBox();
  if (!box) throw new Error("the network container has no box");
  const position = await page.evaluate((nodeId) => {
    const node = (globalThis as unknown as PageGlobals).__cy?.getElementById(nodeId);
    return node && !node.empty() ? node.renderedPosition() : null;
  }, id);
  if (!position) throw new Error(`${id} is not drawn`);
  await page.mouse.click(box.x + position.x, box.y + position.y, { clickCount });
}

/** Types into a search box and picks the first suggestion. */
export async function searchAndChoose(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(text);
  await page.locator('[role="option"]').first().waitFor({ timeout: 10_000 });
  await input.press("Enter");
}

/**
 * Elements whose cached bounding box differs from one computed afresh, and whether Entente's
 * initial styling fix for Cytoscape (web/src/graph/initialStylingFix.ts) is installed. The fix
 * skips clearing caches that cannot hold anything yet; a cache it wrongly left would show here.
 */
export function staleBoundingBoxes(page: Page): Promise<{ installed: boolean; checked: number; stale: string[] }> {
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Ele = { id(): string; boundingBox(): Box };
    type Eles = { map<T>(fn: (ele: Ele) => T): T[]; dirtyBoundingBoxCache(): void };
    const cy = (globalThis as unknown as { __cy?: { elements(): Eles; style(): object } }).__cy!;
    const key = (box: Box): string => [box.x1, box.y1, box.x2, box.y2].map((value) => Math.round(value * 10) / 10).join(",");
    const cached = cy.elements().map((ele) => [ele.id(), key(ele.boundingBox())] as const);
    cy.elements().dirtyBoundingBoxCache();
    const fresh = new Map(cy.elements().map((ele) => [ele.id(), key(ele.boundingBox())] as const));
    return {
      installed: Symbol.for("entente:originalCheckTriggers") in Object.getPrototypeOf(cy.style()),
      checked: cached.length,
      stale: cached.filter(([id, box]) => fresh.get(id) !== box).map(([id]) => id),
    };
  });
}
