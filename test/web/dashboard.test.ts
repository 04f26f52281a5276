// The dashboard in a real browser: overview, filters in the URL, permalinks, the document view's
// highlighting, hostile stored strings, and no request leaving the machine. With
// SPIRAL_SCREENSHOT=1 it saves the README's screenshot (docs/screenshot-overview.png).
// SPIRAL_WEB_BENCH_EVENTS=N adds a timed first view of the overview on a synthetic store of N
// events (benchmark mode, printed, not asserted); SPIRAL_WEB_BENCH_DB=FILE times it on a store
// filled before.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCorpus } from '../../src/cli/commands/demo.js';
import { fillSyntheticStore } from '../../src/bench/synthetic-events.js';
import { packageRoot } from '../../src/paths.js';
import { createSpiral } from '../../src/pipeline/spiral.js';
import type { EventRecord } from '../../src/records.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { FIXTURE_DOCUMENTS, HOSTILE_TITLE } from '../../src/server/fixtures.js';
import { DEFAULT_WEB_ROOT } from '../../src/server/static.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { IngestItem } from '../../src/ingest/index.js';
import { browserMissing, launchBrowser, type Browser } from './browser.js';

const missing =
  browserMissing() ??
  (existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))
    ? null
    : 'dist/web is not built (npm run build)');
if (missing) console.log(`browser tests skipped: ${missing}`);
if (missing && process.env.SPIRAL_REQUIRE_SERVICES === '1')
  throw new Error(`browser tests required: ${missing}`);

describe.skipIf(missing !== null)('dashboard in chromium', () => {
  let dir: string;
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-web-'));
    store = SqliteStore.open(path.join(dir, 'web.db'), { create: true });
    const spiral = createSpiral({ store });
    await spiral.ingest([demoCorpus], { ingest: { maxBytes: 1_000_000 }, quiet: true });
    await spiral.ingest(['fixture'], {
      ingest: { maxBytes: 1_000_000 },
      quiet: true,
      read: async function* () {
        for (const doc of FIXTURE_DOCUMENTS) yield { kind: 'document', doc } satisfies IngestItem;
      },
    });
    server = await startServer(store, { port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records script errors and alert dialogs (neither may happen). */
  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`error: ${err.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${url}`);
    await page.waitForSelector('#app[data-ready]');
    return { page, problems };
  }

  it('renders the overview: events, the map with outlines, points and regions, the charts', async () => {
    const { page, problems } = await open('/');
    expect(await page.getAttribute('#app', 'data-ready')).toBe('true');
    expect(await page.locator('li.event').count()).toBeGreaterThan(10);
    // Country outlines drawn from the bundled world-atlas: one path per country.
    expect(await page.locator('.map svg g[aria-label="geo"] path').count()).toBeGreaterThan(100);
    expect(await page.locator('.map g[data-mark="event"] circle').count()).toBeGreaterThan(0);
    expect(await page.locator('.map g[data-mark="region"] circle').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(3);
    // The analysis panels: the day's brief, spikes, positions, each loaded (not an error).
    const panels = await page.locator('section.panel').allTextContents();
    for (const title of ["The day's brief", 'Spikes', 'Positions: demands and replies']) {
      const panel = panels.find((p) => p.startsWith(title));
      expect(panel, title).toBeDefined();
      expect(panel, title).not.toMatch(/Loading…|Not available/);
    }
    expect(panels.find((p) => p.startsWith("The day's brief"))).toMatch(
      /Brief of \d{4}-\d{2}-\d{2}/,
    );
    // The README's screenshot is rewritten only when asked (SPIRAL_SCREENSHOT=1): a test run
    // must leave the checkout as it found it.
    const shotDir = process.env.SPIRAL_SCREENSHOT ? path.join(packageRoot, 'docs') : os.tmpdir();
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({
      path: path.join(shotDir, 'screenshot-overview.png'),
      fullPage: false,
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a filter changes the URL and the list; the permalink restores the view', async () => {
    const { page } = await open('/');
    await page.selectOption('#f-type', 'CONSULT');
    await page.fill('#f-actor', 'RUS');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/type=CONSULT/);
    await page.waitForSelector('#app[data-ready]');
    expect(page.url()).toMatch(/actor=RUS/);
    const heads = await page.locator('li.event .event-link').allTextContents();
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      expect(head).toContain('CONSULT');
      expect(head).toContain('RUS');
    }
    const permalink = page.url();
    await page.close();

    const again = await browser.context.newPage();
    await again.goto(permalink);
    await again.waitForSelector('#app[data-ready]');
    expect(await again.inputValue('#f-type')).toBe('CONSULT');
    expect(await again.inputValue('#f-actor')).toBe('RUS');
    expect(await again.locator('li.event .event-link').allTextContents()).toEqual(heads);
    // Back to the unfiltered list through the history.
    await again.close();
  });

  it('clicking a region on the map filters by it', async () => {
    const { page } = await open('/');
    // The event points sit on the regions' centres: click a large circle near its rim.
    const circles = page.locator('.map g[data-mark="region"] circle');
    let target = circles.first();
    for (let i = (await circles.count()) - 1; i >= 0; i -= 1) {
      if (((await circles.nth(i).boundingBox())?.width ?? 0) >= 20) {
        target = circles.nth(i);
        break;
      }
    }
    const box = (await target.boundingBox())!;
    await target.click({ position: { x: box.width / 2, y: 3 }, force: true });
    await page.waitForURL(/region=/);
    await page.waitForSelector('#app[data-ready]');
    expect(await page.locator('li.event').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the document view highlights the evidence sentence and the trigger', async () => {
    const [event] = (await store.events({ type: 'CONSULT', limit: 1 })) as EventRecord[];
    const [mention] = await store.eventMentions(event!.id);
    const { page, problems } = await open(`/documents/${event!.evidence.doc}?event=${event!.id}`);
    const selected = await page.locator('mark.selected').allTextContents();
    expect(selected.join('')).toContain(mention!.trigger.text);
    expect(await page.locator('mark.selected mark.trigger').first().textContent()).toBe(
      mention!.trigger.text,
    );
    expect(await page.locator('span.actor').count()).toBeGreaterThan(0);
    // The event view shows the same sentence, trigger marked, linked to the document.
    await page.goto(`${server.url}/events/${event!.id}`);
    await page.waitForSelector('#app[data-ready]');
    expect(await page.locator('.mention mark.trigger').first().textContent()).toBe(
      mention!.trigger.text,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs none of the markup a hostile document carries, and shows it as text', async () => {
    const [hostile] = (await store.documents({ source: 'Evil <b>Outlet</b>' })) ?? [];
    expect(hostile).toBeDefined();
    for (const url of [
      `/documents/${hostile!.id}`,
      '/?q=Avdiivka',
      `/events/${(await store.events({ from: '2022-02-20', to: '2022-02-20', type: 'ASSAULT' }))[0]!.id}`,
    ]) {
      const { page, problems } = await open(url);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      // Only the bundle's own script element exists; no img from the text.
      expect(await page.locator('script:not([src^="/assets/"])').count()).toBe(0);
      expect(await page.locator('#app img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    }
    const { page } = await open(`/documents/${hostile!.id}`);
    expect(await page.locator('h1.doc-title').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('.doc-text').textContent()).toContain(
      '<script>window.__pwned = 4</script>',
    );
    await page.close();
  });

  it('sends no request off the machine', () => {
    expect(browser.outside).toEqual([]);
  });
});

const LOOPBACK = { port: 0, host: '127.0.0.1' };
const benchEvents = Number(process.env.SPIRAL_WEB_BENCH_EVENTS ?? 0);

describe.skipIf(missing !== null || benchEvents <= 0)(
  'overview first view (benchmark mode)',
  () => {
    it(`times the overview on ${benchEvents} events`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-web-bench-'));
      // SPIRAL_WEB_BENCH_DB: a store filled earlier (e.g. by the api bench) instead of a new one.
      const kept = process.env.SPIRAL_WEB_BENCH_DB;
      const store = SqliteStore.open(kept ?? path.join(dir, 'bench.db'), { create: true });
      if (!kept) await fillSyntheticStore(store, { events: benchEvents, seed: 3 });
      // Twice: every answer computed (what the first view after a start or a change costs),
      // then with the server's kept answers (run 1 fills them; a reload or a shared link after).
      const servers = [
        {
          label: 'answers computed',
          server: await startServer(store, { ...LOOPBACK, cachedAnswers: 0 }),
        },
        { label: 'answers kept', server: await startServer(store, LOOPBACK) },
      ];
      const browser = await launchBrowser();
      try {
        for (const { label, server } of servers) {
          // Two marks the page sets (performance.mark, from navigation start in the page's clock):
          // the overview's charts and map drawn, and every panel loaded (spikes, brief, positions).
          // Read in the page, not timed here: the server runs in this process, and while it computes
          // a panel this process cannot hear the browser, so a wall clock here counts that wait.
          const charts: number[] = [];
          const times: number[] = [];
          // What each panel waits for: every API request's start and end (Resource Timing, ms
          // from navigation start) and its size, per run.
          const requests = new Map<string, string[]>();
          // CPU time of this process (the server, and the test's side of playwright) per view: on
          // a shared machine the page's clock also counts waiting for a core.
          const cpu: number[] = [];
          for (let run = 0; run < 3; run += 1) {
            const page = await browser.context.newPage();
            const before = process.cpuUsage();
            await page.goto(`${server.url}/`);
            await page.waitForSelector('#app[data-ready="true"]', { timeout: 120_000 });
            const used = process.cpuUsage(before);
            cpu.push(Math.round((used.user + used.system) / 1000));
            const marks = await page.evaluate(() =>
              ['spiral-overview-charts', 'spiral-overview-ready'].map(
                (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
              ),
            );
            charts.push(Math.round(marks[0]!));
            times.push(Math.round(marks[1]!));
            // The strongest spikes' days are marked on the drawn timeline, and listed.
            expect(await page.locator('.chart g[data-mark="spikes"] line').count()).toBeGreaterThan(
              0,
            );
            expect(await page.locator('ul.spikes li').count()).toBe(12);
            const resources = await page.evaluate(() =>
              (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
                .filter((r) => new URL(r.name).pathname.startsWith('/api/'))
                .map((r) => ({
                  path: new URL(r.name).pathname,
                  start: r.startTime,
                  end: r.responseEnd,
                  kb: r.encodedBodySize / 1024,
                })),
            );
            for (const r of resources) {
              const times = requests.get(r.path) ?? [];
              times.push(`${Math.round(r.start)}-${Math.round(r.end)} ms (${Math.round(r.kb)} KB)`);
              requests.set(r.path, times);
            }
            await page.close();
          }
          for (const [path, list] of requests) {
            console.log(`  ${path}: ${list.join(', ')}`);
          }
          console.log(
            `${label}: overview charts and map drawn, ${benchEvents} events: ${charts.join(', ')} ms (runs 1-3)`,
          );
          console.log(
            `${label}: overview with every panel loaded, ${benchEvents} events: ${times.join(', ')} ms (runs 1-3)`,
          );
          console.log(`${label}: server process CPU per view: ${cpu.join(', ')} ms (runs 1-3)`);
        }
        expect(browser.outside).toEqual([]);
      } finally {
        await browser.close();
        for (const { server } of servers) await server.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 900_000);
  },
);
