// In real Chromium: "Ai phải làm gì?", the cited article in the reader, an agency profile, a RACI CSV.
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const shot = (name: string) => page.screenshot({ path: fileURLToPath(new URL(name, ARTIFACTS)) });

describe('who must do X, in the browser', () => {
  it('searches "tiep cong dan" without diacritics and sees results grouped by agency, the words marked', async () => {
    await page.goto(live.url);
    await page.getByTestId('nav-who').click();
    await page.getByTestId('who-input').fill('tiep cong dan');
    await page.getByTestId('who-submit').click();
    await page.getByTestId('who-agency').first().waitFor();
    const agencies = await page.getByTestId('who-agency').allTextContents();
    const names = agencies.join('\n');
    for (const name of ['Ủy ban nhân dân huyện Thanh Oai', 'Ủy ban nhân dân huyện Tây Sơn', 'Thanh tra tỉnh Bình Định']) expect(names).toContain(name);
    const marked = await page.locator('[data-testid="who-duty"] mark').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toContain('tiếp công dân');
    expect(page.url()).toMatch(/\/who\?q=tiep/);
    await shot('who-tiep-cong-dan.png');
  });

  it('opens the cited article in the reader, scrolled to it', async () => {
    const group = page.getByTestId('who-agency').filter({ hasText: 'Ủy ban nhân dân huyện Thanh Oai' }).first();
    await group.getByTestId('who-source-link').filter({ hasText: 'Điều 9 khoản 4' }).first().click();
    await page.getByTestId('reader').waitFor();
    expect(page.url()).toMatch(/\/read#dieu-9$/);
    const article = page.locator('#dieu-9');
    await article.waitFor();
    expect(await article.textContent()).toContain('Chỉ đạo công tác tiếp công dân');
    const inView = await article.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
    expect(inView).toBe(true);
    await shot('reader-dieu-9.png');
  });

  it('opens a plan\'s section from its citation "Mục III.1.7", with the section\'s text', async () => {
    await page.goto(`${live.url}/who?q=${encodeURIComponent('tiếp công dân')}`);
    const group = page.getByTestId('who-agency').filter({ hasText: 'Ủy ban nhân dân huyện Tây Sơn' }).first();
    await group.getByTestId('who-source-link').filter({ hasText: 'Mục III.1.7' }).first().click();
    await page.getByTestId('reader').waitFor();
    expect(page.url()).toMatch(/\/read#muc-III-1-7$/);
    const section = page.locator('#muc-III-1-7');
    await section.waitFor();
    expect(await section.textContent()).toContain('Luật Tiếp công dân');
    await shot('reader-muc-III-1-7.png');
    await page.goto(`${live.url}/who?q=tiep%20cong%20dan`);
    await page.getByTestId('who-agency').first().waitFor();
    const thanhOai = page.getByTestId('who-agency').filter({ hasText: 'Ủy ban nhân dân huyện Thanh Oai' }).first();
    await thanhOai.getByTestId('who-source-link').filter({ hasText: 'Điều 9 khoản 4' }).first().click();
    await page.getByTestId('reader').waitFor();
  });

  it('downloads the RACI matrix of the document as CSV with a row per duty', async () => {
    await page.getByTestId('raci-open').first().click();
    await page.getByTestId('raci-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('raci-download').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^Nhiệm vụ;Nguồn;Văn bản;/);
    expect(rows[0]).toContain('Ủy ban nhân dân huyện Thanh Oai');
    const tiepDan = rows.find((r) => r.includes('tiếp công dân') && r.includes('Điều 9 khoản 4'))!;
    expect(tiepDan.split(';')).toContain('L');
    expect(rows.length).toBeGreaterThan(50);
    await shot('raci.png');
  });

  it('opens an agency profile with its duties grouped by document', async () => {
    await page.goto(`${live.url}/who?q=${encodeURIComponent('thẩm định đề án')}`);
    const group = page.getByTestId('who-agency').filter({ hasText: 'Ban Dân vận Huyện ủy Thanh Oai' }).first();
    await group.waitFor();
    await group.getByRole('link', { name: 'Ban Dân vận Huyện ủy Thanh Oai' }).click();
    await page.getByTestId('agency-profile').waitFor();
    expect(page.url()).toMatch(/\/agency\//);
    const text = (await page.getByTestId('agency-profile').textContent()) ?? '';
    expect(text).toContain('Ban Dân vận Huyện ủy Thanh Oai');
    expect(text).toContain('05-QC/HU');
    expect(await page.getByTestId('agency-duty').count()).toBeGreaterThan(5);
    await shot('agency-profile.png');
  });
});
