/**
 * The server's Content-Security-Policy (server/Http/SecurityHeaders.cs) lets the taskpane do all it does: with the
 * real Office.js outside Office and with Word, the page comes up, renders and inserts, and the browser reports no
 * violation of the policy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openTaskpane, withFakeWordHost, withRealOfficeJs, wordHostQuery } from './browser.ts';
import { renderedLines, statusSays } from './page-helpers.ts';
import { useServerAndBrowser } from './fixture.ts';

const e2e = useServerAndBrowser();

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every securitypolicyviolation event and every console message about the policy, from the first script on. */
async function watchViolations(context: BrowserContext): Promise<{ violations: (page: Page) => Promise<Violation[]>; console: string[] }> {
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
  });
  const console: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return { violations: (page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations), console };
}

async function renderAndInsert(page: Page): Promise<void> {
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, '已插入');
}

test('the taskpane is served with a policy that allows this server and Office.js only', async () => {
  const response = await fetch(`${e2e.server.baseUrl}/taskpane/`);
  const policy = response.headers.get('content-security-policy') ?? '';
  assert.match(policy, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('server'), null);
});

test('with the real Office.js outside Office, the preview works and nothing breaks the policy', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  const watch = await watchViolations(context);
  await withRealOfficeJs(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl);
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'preview');
  await renderAndInsert(page);

  assert.deepEqual(await watch.violations(page), []);
  assert.deepEqual(watch.console, []);
  await context.close();
});

test('in Word, the taskpane renders and inserts and nothing breaks the policy', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  const watch = await watchViolations(context);
  await withFakeWordHost(context, e2e.server.baseUrl);
  const page = await openTaskpane(context, e2e.server.baseUrl, { query: wordHostQuery });
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'word');
  await renderAndInsert(page);
  await page.getByRole('tab', { name: /团队/ }).click();

  assert.deepEqual(await watch.violations(page), []);
  assert.deepEqual(watch.console, []);
  await context.close();
});
