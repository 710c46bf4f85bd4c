// Screenshot of the taskpane at Word's task pane width, for the README: docs/taskpane.png.
//
//   node scripts/screenshot.mjs [server base URL, default http://127.0.0.1:5000]
//
// Needs a running server (`dotnet run --project server`) and Debian's chromium with fonts-noto-cjk.
// Office.js is served from node_modules so no internet is needed; the page runs as the browser
// preview, with a template opened in the 公文 style.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const taskpaneRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(taskpaneRoot, '../docs/taskpane.png');
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5000').replace(/\/+$/, '');
const officeJsDist = join(taskpaneRoot, 'node_modules/@microsoft/office-js/dist');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 2, locale: 'zh-CN', colorScheme: 'light' });
  await context.route((url) => !url.href.startsWith(baseUrl), (route) => route.abort('internetdisconnected'));
  await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    const body = await readFile(join(officeJsDist, path)).catch(() => null);
    await (body ? route.fulfill({ body, contentType: 'text/javascript' }) : route.fulfill({ status: 404, body: '' }));
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/taskpane/`);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  await page.locator('.template-item').nth(1).click();
  await page.getByRole('tabpanel').getByLabel('编号样式').selectOption('gongwen');
  await page.locator('.outline-lines li').first().filter({ hasText: /^一、/ }).waitFor();
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}
