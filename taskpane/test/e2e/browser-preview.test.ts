/**
 * The browser preview, end to end: the real server and the real Office.js (from node_modules, in
 * place of the CDN) outside Office. The page must take the real loading path, find no host, and
 * work on its simulated document.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openTaskpane, withRealOfficeJs } from './browser.ts';
import { choose, chooseStyle, picker, renderedLines, renderedLinesBecome, statusSays } from './page-helpers.ts';
import { useServerAndBrowser } from './fixture.ts';

const e2e = useServerAndBrowser();

async function openPreview(): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  await withRealOfficeJs(context, e2e.server.baseUrl);
  return openTaskpane(context, e2e.server.baseUrl);
}

/** The simulated document as drawn: text and heading level of each paragraph. */
function previewParagraphs(page: Page): Promise<{ text: string; level: string | null }[]> {
  return page.locator('.preview-page p').evaluateAll((paragraphs) => paragraphs.map((paragraph) => ({ text: paragraph.textContent ?? '', level: paragraph.getAttribute('data-level') })));
}

test('outside Office the real Office.js finds no host and the page comes up as a preview', async () => {
  const page = await openPreview();
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'preview');
  assert.equal(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office), 'object', 'the real Office.js loaded');
  assert.equal(await page.locator('.badge').textContent(), '浏览器预览');
  const paragraphs = await previewParagraphs(page);
  assert.equal(paragraphs[0].text, '关于开展安全生产专项检查的通知');
  assert.ok((await page.locator('.template-item').count()) > 0, 'templates listed');
  await page.context().close();
});

test('renumbering the sample document shows its problems and repairs it, keeping formatting', async () => {
  const page = await openPreview();
  await page.getByRole('tab', { name: '编号' }).click();
  await page.getByRole('button', { name: '检查编号' }).click();
  await statusSays(page, /发现 \d+ 个问题/);
  const codes = await page.locator('.problems li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
  for (const code of ['half-width-bracket', 'gap', 'nonstandard-punctuation']) assert.ok(codes.includes(code), `${code} in ${codes}`);
  assert.match((await page.locator('.convention-markers').textContent()) ?? '', /^一、 → /);

  await choose(picker(page, '目标样式'), 'gongwen');
  await page.getByRole('button', { name: '应用编号' }).click();
  await statusSays(page, /已更新 \d+ 个段落/);
  const texts = (await previewParagraphs(page)).map((paragraph) => paragraph.text);
  assert.deepEqual(texts.slice(3, 10), ['一、检查范围', '（一）生产车间', '（二）仓储区域', '二、检查内容', '1.消防设施是否完好', '2.用电安全', '三、工作要求']);
  assert.equal(texts[2], '为落实安全生产责任，经研究，决定开展专项检查。现将有关事项通知如下。', 'body text untouched');
  const bold = await page
    .locator('.preview-page p')
    .nth(7)
    .locator('span')
    .evaluateAll((spans) => spans.filter((span) => (span as HTMLElement).style.fontWeight === '700').map((span) => span.textContent));
  assert.deepEqual(bold, ['消防设施'], 'the bold words after the marker stay bold');
  await statusSays(page, '已更新');
  assert.equal(await page.locator('.problems li').count(), 0, 'the refreshed analysis finds nothing');
  await page.context().close();
});

test('a template inserts at the cursor of the simulated document', async () => {
  const page = await openPreview();
  // Put the cursor on the last paragraph, with the keyboard.
  await page.locator('.preview-page').focus();
  await page.keyboard.press('End');
  await page.getByRole('option', { name: /强作风保增长/ }).click();
  await chooseStyle(page, 'gongwen-short');
  const lines = await renderedLines(page, /^一、/);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, `已插入 ${lines.length} 个标题`);
  const paragraphs = await previewParagraphs(page);
  assert.deepEqual(
    paragraphs.slice(11).map((paragraph) => paragraph.text),
    lines,
  );
  assert.equal(paragraphs[11].level, '1');
  assert.equal(paragraphs[12].level, '2');
  // The simulated document shows what Word keeps in the file's settings: where the outline came from.
  assert.match((await page.locator('.preview-sources').textContent()) ?? '', /强作风保增长.*第 \d+ 版/);
  await page.context().close();
});

test('a pasted outline is parsed, its problems shown, and inserted', async () => {
  const page = await openPreview();
  await page.getByRole('tab', { name: '导入' }).click();
  await page.getByLabel('粘贴提纲文本').fill('一、总体要求\n(一)指导思想\n（三）工作目标\n二.主要任务');
  await page.getByRole('button', { name: '解析' }).click();
  await statusSays(page, '解析出 4 个条目');
  const problems = await page.locator('.problems li').allTextContents();
  assert.ok(
    problems.some((problem) => problem.startsWith('第 2 行') && problem.includes('半角括号')),
    problems.join('\n'),
  );
  await chooseStyle(page, 'gongwen');
  // As authored it also starts with 一、: wait for the 公文 render itself, not the one before it.
  await renderedLinesBecome(page, ['一、总体要求', '（一）指导思想', '（二）工作目标', '二、主要任务']);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, '已插入 4 个标题');
  const texts = (await previewParagraphs(page)).map((paragraph) => paragraph.text);
  assert.deepEqual(texts.slice(-4), ['一、总体要求', '（一）指导思想', '（二）工作目标', '二、主要任务']);
  await page.context().close();
});

test('a whole notice pasted into 导入 keeps its title, body and signature out, and 按原样 shows its numbering tidied', async () => {
  const page = await openPreview();
  await page.getByRole('tab', { name: '导入' }).click();
  const notice = [
    '关于开展专项检查的通知',
    '各单位：',
    '为加强管理，现就有关事项通知如下。',
    '一、检查范围',
    '本次检查覆盖全部单位。',
    '二、检查内容',
    '(一)制度建设',
    '（三)工作落实',
    '各单位要认真落实。',
    'XX办公室',
    '2024年3月5日',
  ];
  await page.getByLabel('粘贴提纲文本').fill(notice.join('\n'));
  await page.getByRole('button', { name: '解析' }).click();
  await statusSays(page, '解析出 4 个条目');
  assert.equal(await page.locator('.kept-out').textContent(), '7 行按正文处理，未作为标题：第 1、2、3、5、9、10、11 行。');
  await chooseStyle(page, { label: '按原样（编号已规范）' });
  // (一) and （三) as written: 按原样 writes them right and in sequence, as repairing the document would.
  await renderedLinesBecome(page, ['一、检查范围', '二、检查内容', '（一）制度建设', '（二）工作落实']);
  await page.context().close();
});

test('a problem+json refusal from the server shows its detail', async () => {
  const page = await openPreview();
  await page.getByRole('tab', { name: '导入' }).click();
  const tooLong = Array.from({ length: 5001 }, (_, i) => `${i + 1}.条目`).join('\n');
  // Typing 5,001 lines through fill() is slow; the value is what the page reads.
  await page.getByLabel('粘贴提纲文本').evaluate((textarea: HTMLTextAreaElement, text) => (textarea.value = text), tooLong);
  await page.getByRole('button', { name: '解析' }).click();
  const message = await statusSays(page, '5000');
  assert.match(message, /超过大纲上限/);
  assert.equal(await page.locator('.status').getAttribute('data-kind'), 'error');
  await page.context().close();
});

// Last: it stops the e2e.server.
test('with the server down the page says so', async () => {
  const page = await openPreview();
  await e2e.server.stop();
  await page.getByLabel('搜索模板').fill('季度');
  await statusSays(page, '无法连接提纲服务器');
  assert.equal(await page.locator('.status').getAttribute('data-kind'), 'error');
  await page.context().close();
});
