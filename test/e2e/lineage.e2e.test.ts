// In real Chromium: search 23-QĐ/TW, see its lineage drawn, open a node's panel, expand a node.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../support/browser.ts';
import type { LiveServer } from '../support/live-server.ts';
import { startLiveServer } from '../support/live-server.ts';

let live: LiveServer;
let browser: Browser;
let page: Page;

interface CyNode {
  id: string;
  label: string;
}

const cyNodes = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as unknown as { __cancuCy?: { nodes(): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] } } }).__cancuCy;
    return cy ? cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label') ?? '') })) : [];
  }) as Promise<CyNode[]>;

beforeAll(async () => {
  live = await startLiveServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await live?.close();
});

describe('lineage in the browser', () => {
  it('searches 23-QĐ/TW and draws its lineage with the seed documents reachable', async () => {
    await page.goto(live.url);
    await page.getByTestId('search-input').fill('23-QĐ/TW');
    const result = page.getByTestId('search-result').first();
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('23-QĐ/TW');
    await result.click();
    await page.getByTestId('lineage-graph').waitFor();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __cancuCy?: { nodes(): { length: number } } }).__cancuCy;
      return cy !== undefined && cy.nodes().length > 5;
    });
    const labels = (await cyNodes(page)).map((n) => n.label).join('\n');
    for (const number of ['23-QĐ/TW', '01/QC-UBND-BDVHU', '407-QĐ/TU', '314-QĐ/HU', '05-QC/HU']) {
      expect(labels).toContain(number);
    }
    expect(page.url()).toMatch(/\/document\//);
    await page.screenshot({ path: fileURLToPath(new URL('lineage-23-QD-TW.png', ARTIFACTS)) });
  });

  it('opens a node\'s panel on click, with its metadata and bases', async () => {
    const node = (await cyNodes(page)).find((n) => n.label.includes('01/QC-UBND-BDVHU'))!;
    await page.evaluate((id) => {
      const cy = (window as unknown as { __cancuCy: { getElementById(id: string): { emit(e: string): void } } }).__cancuCy;
      cy.getElementById(id).emit('tap');
    }, node.id);
    const panel = page.getByTestId('document-panel');
    await page.getByTestId('panel-number').filter({ hasText: '01/QC-UBND-BDVHU' }).waitFor();
    await page.getByTestId('panel-bases').waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Quy chế');
    expect(text).toContain('114-KL/TW');
    await page.screenshot({ path: fileURLToPath(new URL('lineage-panel.png', ARTIFACTS)) });
  });

  it('expands a node\'s neighbours on double-click', async () => {
    const before = await cyNodes(page);
    const node = before.find((n) => n.label.includes('01/QC-UBND-BDVHU'))!;
    await page.evaluate((id) => {
      const cy = (window as unknown as { __cancuCy: { getElementById(id: string): { emit(e: string): void } } }).__cancuCy;
      cy.getElementById(id).emit('dbltap');
    }, node.id);
    await page.waitForFunction((n) => {
      const cy = (window as unknown as { __cancuCy: { nodes(): { length: number } } }).__cancuCy;
      return cy.nodes().length > n;
    }, before.length);
    const labels = (await cyNodes(page)).map((n) => n.label).join('\n');
    expect(labels).toContain('33/CT-TTg');
  });

  it('shows a document\'s data issues with the quoted text, and draws inferred relations dashed', async () => {
    await page.getByTestId('search-input').fill('phoi hop thuc hien cong tac dan van nam 2022');
    await page.getByTestId('search-result').filter({ hasText: 'Kế hoạch' }).first().click();
    const issues = page.getByTestId('panel-issues');
    await issues.waitFor();
    const text = (await issues.textContent()) ?? '';
    expect(text).toContain('NUMBER_CORRECTED');
    expect(text).toContain('314-QĐ/TU');
    const dashed = await page.evaluate(() => {
      const cy = (window as unknown as { __cancuCy: { edges(): { map<T>(f: (e: { data(k: string): unknown; style(k: string): string }) => T): T[] } } }).__cancuCy;
      return cy.edges().map((e) => ({ inferred: e.data('inferred') === true, style: e.style('line-style') }));
    });
    expect(dashed.filter((e) => e.inferred).length).toBeGreaterThan(0);
    expect(dashed.every((e) => (e.inferred ? e.style === 'dashed' : e.style === 'solid'))).toBe(true);
    await page.screenshot({ path: fileURLToPath(new URL('data-issues.png', ARTIFACTS)) });
  });
});
