/**
 * How the page finds Word: Office.js is in the <head> the server writes, and inside Office (Office's
 * host information in the URL) the page waits for Word however long it takes, and never falls back
 * to the browser preview, whose inserts would go into the simulated document.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { fakeDocument, officeJsCdn, openTaskpane, withFakeWordHost, withoutOfficeJs, withRealOfficeJs, wordHostQuery } from './browser.ts';
import { renderedLines, statusSays } from './page-helpers.ts';
import { useServerAndBrowser } from './fixture.ts';

const e2e = useServerAndBrowser();

const newContext = (): Promise<BrowserContext> => e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });

test('the page references Office.js in its <head>, before its own script', async () => {
  const context = await newContext();
  await withFakeWordHost(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl);
  const scripts = await page.locator('head script').evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
  assert.equal(scripts[0], `${officeJsCdn}office.js`);
  assert.match(scripts[1] ?? '', /^js\/taskpane-[A-Z0-9]+\.js$/);
  assert.equal(scripts.length, 2, 'nothing appended after start');
  await context.close();
});

test('inside Office, a Word slower than the old 5 s timeout is waited for: 正在连接 Word…, then Word, never the preview', async () => {
  const context = await newContext();
  await withFakeWordHost(context, e2e.server.baseUrl, { readyDelayMs: 6000 });
  const page = await openTaskpane(context, e2e.server.baseUrl, { query: wordHostQuery, ready: false });
  await page.getByText('正在连接 Word…').waitFor({ timeout: 5000 });
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'connecting');
  assert.equal(await page.getByRole('button', { name: '重试' }).isVisible(), true);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'word');
  assert.equal(await page.locator('.preview-panel').count(), 0);

  // And 插入 writes into Word's document, not a simulated one.
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, '已插入');
  assert.ok((await fakeDocument(page)).length > 2);
  await context.close();
});

test('inside Office without Office.js (the CDN unreachable) the page says what failed, with a retry, and is no preview', async () => {
  const context = await newContext();
  await withoutOfficeJs(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl, { query: wordHostQuery, ready: false });
  const failure = page.getByRole('alert');
  await failure.filter({ hasText: '未能加载 Office.js' }).waitFor();
  assert.match((await failure.textContent()) ?? '', /^未能连接 Word。 ?未能加载 Office\.js：请检查网络或代理设置/);
  assert.equal(await page.getByText('正在连接 Word…').count(), 0, 'a failure is not "connecting"');
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'connecting');
  assert.equal(await page.locator('.preview-panel, .badge').count(), 0);

  // 重试 loads the page again, with Office's host information still in the URL.
  await page.route(`${officeJsCdn}office.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.__reloaded = true;' }));
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '重试' }).click()]);
  assert.equal(await page.evaluate(() => (window as unknown as { __reloaded?: boolean }).__reloaded), true);
  assert.ok(page.url().includes('_host_Info='), page.url());
  await context.close();
});

test("the failure page follows the system's dark theme when Office gives none", async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', colorScheme: 'dark' });
  await withoutOfficeJs(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl, { query: wordHostQuery, ready: false });
  await page.getByRole('alert').filter({ hasText: '未能加载 Office.js' }).waitFor();
  const [background, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  await context.close();
  const brightness = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0) / 3;
  assert.ok(brightness(background) < 80 && brightness(text) > 180, `dark page: background ${background}, text ${text}`);
});

test('inside Office with the real Office.js and no Word answering, the page waits and is no preview', async () => {
  const context = await newContext();
  await withRealOfficeJs(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl, { query: wordHostQuery, ready: false });
  await page.getByText('正在连接 Word…').waitFor({ timeout: 10_000 });
  // Past the old 5 s timeout: still no preview.
  await page.waitForTimeout(6000);
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'connecting');
  assert.equal(await page.locator('.preview-panel').count(), 0);
  await context.close();
});

test('a top-level page that Office did not open, without Office.js, is the browser preview', async () => {
  const context = await newContext();
  await withoutOfficeJs(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl);
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'preview');
  assert.equal(await page.locator('.badge').textContent(), '浏览器预览');
  await context.close();
});

test("when the language's strings do not load (a 404 after a redeploy) the page says so in both languages and reloads", async () => {
  const context = await newContext();
  await withFakeWordHost(context, e2e.server.baseUrl);
  // Every request for it (index.html preloads it, the entry imports it) until the reload.
  let chunkMissing = true;
  await context.route(/\/js\/zh-[A-Z0-9]+\.js$/, (route) => (chunkMissing ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()));
  const page = await openTaskpane(context, e2e.server.baseUrl, { ready: false });
  const failure = page.getByRole('alert');
  await failure.waitFor({ timeout: 10_000 });
  assert.match((await failure.textContent()) ?? '', /未能加载提纲助手.*Outline Assistant could not load/);
  assert.equal(await page.getByText('正在加载').count(), 0);
  chunkMissing = false;
  await page.getByRole('button', { name: '重新加载 Reload' }).click();
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  await context.close();
});

test("a webview without the Popover API (Safari before 17) is told to update Office, as Fluent's drop-downs cannot open there", async () => {
  const context = await newContext();
  await withFakeWordHost(context, e2e.server.baseUrl);
  await context.addInitScript(() => delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover);
  const page = await openTaskpane(context, e2e.server.baseUrl);
  await page.getByRole('note').filter({ hasText: '请更新 Office' }).waitFor();
  await context.close();
});

test("before its script has run, the page is in the system's colours: no white flash in a dark Office", async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', colorScheme: 'dark' });
  // The script held back: only index.html and the stylesheet.
  await context.route(/\/js\/taskpane-[A-Z0-9]+\.js$/, (route) => route.abort());
  const page = await openTaskpane(context, e2e.server.baseUrl, { ready: false });
  await page.getByText('正在加载').waitFor();
  const colours = await page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
  await context.close();
  const lightness = (colour: string) => (colour.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0) / 3;
  assert.ok(lightness(colours.background) < 64 && lightness(colours.text) > 192, `dark, as the system: ${JSON.stringify(colours)}`);
});
