/**
 * The 模板 tab never acts on the wrong thing: a slow, older answer never lands over a newer choice,
 * a template that fails to open leaves the shown one highlighted, the picker, the preview and what
 * 插入 writes agree after a failed render, a request that takes too long says so with 重试, and the
 * start-up calls go out together, each failure saying what failed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { fakeDocument, openTaskpane, withFakeWordHost } from './browser.ts';
import { useServerAndBrowser } from './fixture.ts';
import { chooseStyle, failAnswers, holdAnswers, picker, pickerOffers, pickerValue, renderedLines, requestSettled, settled, statusSays } from './page-helpers.ts';

const e2e = useServerAndBrowser();

async function openInWord({ ready = true }: { ready?: boolean } = {}): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl);
  return openTaskpane(context, e2e.server.baseUrl, { ready });
}

const panel = (page: Page) => page.getByRole('tabpanel');
/** A template of the list, found by its text (whatever its role: the race tests ran on the buttons of before too). */
const option = (page: Page, name: RegExp) => panel(page).locator('.template-list .template-item', { hasText: name });
const templatePath = (id: string) => (url: URL) => url.pathname === `/api/templates/${id}`;
/** The headings 插入 wrote after the document's title. */
const insertedHeadings = async (page: Page) => (await fakeDocument(page)).slice(1).map((paragraph) => paragraph.text);

async function insertShown(page: Page): Promise<string[]> {
  const lines = await panel(page).locator('.outline-lines li').allTextContents();
  await panel(page).getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, `已插入 ${lines.length} 个标题`);
  return lines;
}

test('clicking A, then B while A’s answer is slow: B is shown, stays highlighted, and 插入 inserts B', async () => {
  const page = await openInWord();
  const slowA = await holdAnswers(page, templatePath('builtin-01'));
  const aSettled = requestSettled(page, templatePath('builtin-01'));
  await option(page, /五个加强/).click();
  await option(page, /强作风保增长/).click();
  await panel(page).locator('.template-name', { hasText: '强作风保增长' }).waitFor();
  const linesOfB = await renderedLines(page, /.+/);
  // A's answer comes late: it must not replace B.
  slowA.release();
  await aSettled;
  await settled(page);
  assert.match((await panel(page).locator('.template-name').textContent()) ?? '', /强作风保增长/);
  assert.equal(await option(page, /强作风保增长/).getAttribute('aria-selected'), 'true');
  assert.equal(await option(page, /五个加强/).getAttribute('aria-selected'), 'false');
  assert.deepEqual(await insertShown(page), linesOfB);
  assert.deepEqual(await insertedHeadings(page), linesOfB);
  await page.context().close();
});

/** Holds every Word.run until release: an insert that takes Word a while. */
async function holdWord(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(() => {
    const host = window as unknown as { Word: { run: (...args: unknown[]) => Promise<unknown> }; releaseWord?: () => void };
    const run = host.Word.run.bind(host.Word);
    const released = new Promise<void>((resolve) => (host.releaseWord = resolve));
    host.Word.run = async (...args) => {
      await released;
      return run(...args);
    };
  });
  return { release: () => page.evaluate(() => (window as unknown as { releaseWord: () => void }).releaseWord()) };
}

test('an insert of A that ends while B is opening leaves 插入 disabled until B is shown', async () => {
  const page = await openInWord();
  await option(page, /五个加强/).click();
  await renderedLines(page, /.+/);
  const insertButton = panel(page).getByRole('button', { name: '插入到文档' });
  const slowWord = await holdWord(page);
  await insertButton.click();
  const slowB = await holdAnswers(page, templatePath('builtin-02'));
  await option(page, /强作风保增长/).click();
  await slowWord.release();
  await statusSays(page, /已插入 \d+ 个标题/);
  assert.equal(await insertButton.isDisabled(), true, '插入 would write A’s lines while B is opening');
  slowB.release();
  await panel(page).locator('.template-name', { hasText: '强作风保增长' }).waitFor();
  await settled(page);
  assert.equal(await insertButton.isDisabled(), false);
  await page.context().close();
});

test('a list reload while B is opening keeps B highlighted, and B stays highlighted once shown', async () => {
  const page = await openInWord();
  await option(page, /五个加强/).click();
  await renderedLines(page, /.+/);
  const slowB = await holdAnswers(page, templatePath('builtin-02'));
  await option(page, /强作风保增长/).click();
  // The same search again (spaces are trimmed): the list is loaded and redrawn while B is on its way.
  const listReloaded = requestSettled(page, (url) => url.pathname === '/api/templates');
  await page.getByLabel('搜索模板').fill(' ');
  await listReloaded;
  // The answer is in; give the page a moment to redraw the list with it.
  await page.waitForTimeout(300);
  assert.equal(await option(page, /强作风保增长/).getAttribute('aria-selected'), 'true', 'the highlight stays on what is opening');
  // Busy is what is being redrawn, never an ancestor of the status region, whose progress must be heard.
  assert.equal(await panel(page).locator('.template-detail').getAttribute('aria-busy'), 'true');
  assert.equal(await page.locator('.status').evaluate((status) => status.closest('[aria-busy]')), null);
  slowB.release();
  await panel(page).locator('.template-name', { hasText: '强作风保增长' }).waitFor();
  await settled(page);
  assert.equal(await option(page, /强作风保增长/).getAttribute('aria-selected'), 'true');
  assert.equal(await option(page, /五个加强/).getAttribute('aria-selected'), 'false');
  await page.context().close();
});

test('a template that fails to open leaves the shown one highlighted, and 插入 still inserts it', async () => {
  const page = await openInWord();
  await option(page, /五个加强/).click();
  const linesOfA = await renderedLines(page, /.+/);
  await failAnswers(page, templatePath('builtin-02'), 500, '模板暂时无法读取。');
  await option(page, /强作风保增长/).click();
  await statusSays(page, '模板暂时无法读取。');
  assert.equal(await option(page, /五个加强/).getAttribute('aria-selected'), 'true', 'the highlight is back on what is shown');
  assert.equal(await option(page, /强作风保增长/).getAttribute('aria-selected'), 'false');
  assert.match((await panel(page).locator('.template-name').textContent()) ?? '', /五个加强/);
  await insertShown(page);
  assert.deepEqual(await insertedHeadings(page), linesOfA);
  await page.context().close();
});

test('when the render of a newly chosen style fails, the picker goes back to the style shown, and 插入 writes what is shown', async () => {
  const page = await openInWord();
  await option(page, /五个加强/).click();
  const shownLines = await renderedLines(page, /.+/);
  const shownStyle = await pickerValue(page, '编号样式');
  await page.route('**/api/outlines/render', async (route) => {
    if (route.request().postDataJSON().styleId === 'legal')
      await route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ title: '服务器出错', status: 500, detail: '编号服务暂时不可用。' }) });
    else await route.continue();
  });
  await chooseStyle(page, 'legal');
  const message = await statusSays(page, '编号服务暂时不可用。');
  assert.match(message, /仍显示原来的样式/);
  assert.equal(await pickerValue(page, '编号样式'), shownStyle, 'the picker shows the style of the preview');
  assert.deepEqual(await panel(page).locator('.outline-lines li').allTextContents(), shownLines);
  await insertShown(page);
  assert.deepEqual(await insertedHeadings(page), shownLines);
  await page.context().close();
});

test('a request that takes too long says so with 重试, the page is no longer busy, and 重试 opens the template', async () => {
  const page = await openInWord();
  const never = await holdAnswers(page, templatePath('builtin-01'));
  // Only the held request is past its deadline: the page's clock is moved on once it is sent, so the
  // start-up requests keep the real deadline however busy the machine is.
  await page.clock.install();
  const sent = page.waitForRequest((request) => templatePath('builtin-01')(new URL(request.url())));
  await option(page, /五个加强/).click();
  await sent;
  await page.clock.fastForward('00:30');
  await statusSays(page, '服务器长时间没有响应');
  assert.equal(await page.evaluate(() => document.querySelector('[aria-busy]')), null, 'aria-busy is removed');
  await never.unroute();
  never.release();
  await page.locator('.status').getByRole('button', { name: '重试' }).click();
  await panel(page).locator('.template-name', { hasText: '五个加强' }).waitFor();
  await renderedLines(page, /.+/);
  await page.context().close();
});

test('start-up does not wait on the numbering styles; their failure says so with 重试, and the page works meanwhile', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl);
  let failStyles: () => void = () => undefined;
  const stylesFail = new Promise<void>((resolve) => (failStyles = resolve));
  await context.route('**/api/numbering-styles', async (route) => {
    await stylesFail;
    await route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: '服务暂不可用', status: 503, detail: '服务暂不可用。' }) });
  });
  const page = await openTaskpane(context, e2e.server.baseUrl, { ready: false });
  // The list comes while the styles are still on their way, and a template opens, as authored.
  await option(page, /五个加强/).click();
  await renderedLines(page, /.+/);
  assert.equal(await pickerValue(page, '编号样式'), '');
  failStyles();
  const message = await statusSays(page, '编号样式没有加载');
  assert.match(message, /^编号样式没有加载：服务暂不可用。/);
  await page.waitForSelector('#app[data-ready="true"]');

  await context.unroute('**/api/numbering-styles');
  await page.locator('.status').getByRole('button', { name: '重试' }).click();
  await pickerOffers(picker(page, '编号样式'), '公文标准');
  // The styles have come: the template is shown in its own default style, as it would have opened.
  const { defaultStyleId } = (await (await fetch(`${e2e.server.baseUrl}/api/templates/builtin-01`)).json()) as { defaultStyleId: string };
  assert.ok(defaultStyleId);
  await page.waitForFunction(
    (wanted) => (document.querySelector('[role="tabpanel"]:not([hidden]) .outline-preview fluent-dropdown') as (HTMLElement & { value: string }) | null)?.value === wanted,
    defaultStyleId,
  );
  await context.close();
});

test('several start-up parts failing are each told, in one message whose one 重试 loads them all', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl);
  const unavailable = { status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: '服务暂不可用', status: 503, detail: '服务暂不可用。' }) };
  await context.route('**/api/numbering-styles', (route) => route.fulfill(unavailable));
  await context.route('**/api/templates/categories', (route) => route.fulfill(unavailable));
  const page = await openTaskpane(context, e2e.server.baseUrl);
  const message = await statusSays(page, '没有加载');
  assert.match(message, /编号样式没有加载/);
  assert.match(message, /模板分类没有加载/);

  await context.unroute('**/api/numbering-styles');
  await context.unroute('**/api/templates/categories');
  await page.locator('.status').getByRole('button', { name: '重试' }).click();
  await pickerOffers(picker(page, '分类'), '一季度总结');
  await option(page, /五个加强/).click();
  await pickerOffers(picker(page, '编号样式'), '公文标准');
  await context.close();
});

test('a template opens in its own default style', async () => {
  const { items } = (await (await fetch(`${e2e.server.baseUrl}/api/templates?pageSize=100`)).json()) as { items: { id: string; name: string }[] };
  const details = await Promise.all(
    items.map(async ({ id }) => (await (await fetch(`${e2e.server.baseUrl}/api/templates/${id}`)).json()) as { id: string; name: string; defaultStyleId: string; nodes: unknown[] }),
  );
  const template = details.find((detail) => detail.defaultStyleId === 'yishi')!;
  const rendered = await fetch(`${e2e.server.baseUrl}/api/outlines/render`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nodes: template.nodes, styleId: 'yishi', levels: null }),
  });
  const { lines } = (await rendered.json()) as { lines: { text: string }[] };
  const page = await openInWord();
  await panel(page).locator(`.template-item[data-template-id="${template.id}"]`).click();
  await panel(page).locator('.template-name', { hasText: template.name }).waitFor();
  assert.deepEqual(
    await renderedLines(page, /.+/),
    lines.map((line) => line.text),
  );
  assert.equal(await pickerValue(page, '编号样式'), 'yishi');
  await page.context().close();
});

test('the template list is one tab stop with arrow keys, Home and End; Enter opens; names keep their full text', async () => {
  const page = await openInWord();
  const options = panel(page).getByRole('listbox').getByRole('option');
  const focusedName = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'option' ? document.activeElement.getAttribute('title') : null));
  const names = await options.evaluateAll((items) => items.map((item) => item.getAttribute('title')));
  await options.first().click();
  await renderedLines(page, /.+/);
  await picker(page, '分类').focus();
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(), names[0], 'Tab enters the list at the template shown');
  // One tab stop: Tab leaves the list instead of walking through it, Shift+Tab comes back to it.
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(), null);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedName(), names[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedName(), names[1]);
  await page.keyboard.press('End');
  assert.equal(await focusedName(), names.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await focusedName(), names[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await panel(page).locator('.template-name', { hasText: names[1]! }).waitFor();
  assert.equal(await options.nth(1).getAttribute('aria-selected'), 'true');
  await page.context().close();
});

test('a reload of the list in the background keeps the focus on the template the arrow keys are on', async () => {
  const page = await openInWord();
  const options = panel(page).getByRole('listbox').getByRole('option');
  const focusedName = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'option' ? document.activeElement.getAttribute('title') : null));
  const names = await options.evaluateAll((items) => items.map((item) => item.getAttribute('title')));
  await options.first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedName(), names[1]);
  // The search's input event, without moving the focus to the search: the list loads and redraws as a background reload does.
  const listReloaded = requestSettled(page, (url) => url.pathname === '/api/templates');
  await page.getByLabel('搜索模板').dispatchEvent('input');
  await listReloaded;
  await settled(page);
  await page.waitForTimeout(100);
  assert.equal(await focusedName(), names[1]);
  await page.context().close();
});

test('the count of what a search found is announced by a live region that stays in the page', async () => {
  const page = await openInWord();
  const summary = panel(page).locator('.list-summary');
  assert.equal(await summary.getAttribute('aria-live'), 'polite');
  await page.getByLabel('搜索模板').fill('没有这样的模板名称');
  await summary.filter({ hasText: '没有符合条件的模板。' }).waitFor();
  assert.equal(await summary.isVisible(), true, 'still in the accessibility tree');
  await page.getByLabel('搜索模板').fill('');
  await summary.filter({ hasText: /共 \d+ 个模板/ }).waitFor();
  await page.context().close();
});
