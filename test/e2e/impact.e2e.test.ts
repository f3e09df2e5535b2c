// In real Chromium: impact analysis of 23-QĐ/TW, the affected subgraph and table, the exports.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../support/browser.ts';
import type { LiveServer } from '../support/live-server.ts';
import { startLiveServer } from '../support/live-server.ts';

let live: LiveServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  live = await startLiveServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await live?.close();
});

async function download(testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('impact analysis in the browser', () => {
  it('opens 23-QĐ/TW, runs the analysis and sees the affected documents by depth', async () => {
    await page.goto(live.url);
    await page.getByTestId('search-input').fill('23-QĐ/TW');
    await page.getByTestId('search-result').filter({ hasText: '23-QĐ/TW' }).first().click();
    await page.getByTestId('panel-number').filter({ hasText: '23-QĐ/TW' }).waitFor();
    await page.getByTestId('impact-open').first().click();
    await page.getByTestId('impact-summary').waitFor();
    await page.getByTestId('impact-row').first().waitFor();
    expect(page.url()).toMatch(/\/impact$/);
    const table = (await page.getByTestId('impact-table').textContent()) ?? '';
    for (const number of ['407-QĐ/TU', '314-QĐ/HU', '01/QC-UBND-BDVHU']) expect(table).toContain(number);
    expect(table).toContain('Kế hoạch');
    expect(table).toContain('Công văn');
    expect(table).toContain('Điều 12 khoản 3');
    const graph = await page.evaluate(() => {
      const cy = (window as unknown as { __cancuCy: { nodes(): { length: number } } }).__cancuCy;
      return cy.nodes().length;
    });
    expect(graph).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: fileURLToPath(new URL('impact-23-QD-TW.png', ARTIFACTS)) });
  });

  it('downloads the CSV and the review list in Markdown and HTML', async () => {
    const csv = await download('impact-export-csv');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain(';');
    expect(csv).toContain('01/QC-UBND-BDVHU');
    const markdown = await download('impact-export-md');
    expect(markdown).toMatch(/Danh sách văn bản cần rà soát/i);
    expect(markdown).toContain('Ủy ban nhân dân huyện Tây Sơn');
    const html = await download('impact-export-html');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('407-QĐ/TU');
  });
});
