/**
 * The Word path, end to end: the real server, headless Chromium, and a fake Word host in place of
 * Office.js, so that the taskpane runs exactly as inside Word and the document can be read back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeDocument, fakeDocumentSettings, fakeTextWrites, openTaskpane, withFakeWordHost, type FakeHostOptions } from './browser.ts';
import { choose, chooseStyle, picker, pickerValue, renderedLines, statusSays } from './page-helpers.ts';
import { useServerAndBrowser } from './fixture.ts';

const e2e = useServerAndBrowser();

async function openInWord(options?: FakeHostOptions) {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl, options);
  return openTaskpane(context, e2e.server.baseUrl);
}

test('inserts a template in a chosen style as headings, then switches the convention', async () => {
  const page = await openInWord();
  assert.equal(await page.getAttribute('#app', 'data-mode'), 'word');
  assert.equal(await page.locator('.preview-panel').count(), 0, 'no simulated document inside Word');

  await page.getByRole('option', { name: /强作风保增长/ }).click();
  await renderedLines(page, /.+/);
  await chooseStyle(page, 'gongwen');
  const lines = await renderedLines(page, /^一、/);
  assert.equal(lines.length, 15);
  assert.match(lines[1], /^（一）/);

  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, '已插入 15 个标题');
  let wordDocument = await fakeDocument(page);
  assert.equal(wordDocument.length, 16, 'the empty paragraph at the cursor took the first heading');
  assert.deepEqual(wordDocument[0], { text: '二季度工作安排', styleBuiltIn: 'Title', level: null });
  assert.deepEqual(wordDocument[1], { text: '一、以“强作风、保增长”为主题，提高企业发展能力', styleBuiltIn: 'Heading1', level: 1 });
  assert.deepEqual(wordDocument[2], { text: '（一）内强素质，外树形象;', styleBuiltIn: 'Heading2', level: 2 });
  assert.deepEqual(
    wordDocument.slice(1).map((paragraph) => paragraph.text),
    lines,
  );

  // The tabs are an ARIA tablist: the arrow key moves to 编号 and shows it.
  await page.getByRole('tab', { name: '模板' }).focus();
  await page.keyboard.press('ArrowRight');
  const numberingTab = page.getByRole('tab', { name: '编号' });
  assert.equal(await numberingTab.getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '编号');

  await page.getByRole('button', { name: '检查编号' }).click();
  await statusSays(page, '未发现问题');
  assert.equal(await page.locator('.convention-markers').textContent(), '一、 → （一）');

  await choose(picker(page, '目标样式'), 'decimal');
  await page.getByRole('button', { name: '应用编号' }).click();
  await statusSays(page, '已更新 15 个段落');
  wordDocument = await fakeDocument(page);
  assert.equal(wordDocument[0].text, '二季度工作安排', 'body text is left alone');
  assert.equal(wordDocument[1].text, '1 以“强作风、保增长”为主题，提高企业发展能力');
  assert.equal(wordDocument[2].text, '1.1 内强素质，外树形象;');
  assert.deepEqual(
    wordDocument.map((paragraph) => paragraph.styleBuiltIn),
    ['Title', ...lines.map((line) => (/^（/.test(line) ? 'Heading2' : 'Heading1'))],
    'styles unchanged',
  );
  assert.equal(await page.locator('.convention-markers').textContent(), '1 → 1.1', 'the analysis is refreshed');
  await page.context().close();
});

test('renumbering a selection goes on from the numbering before it and leaves the rest of the document alone', async () => {
  const heading = (text: string) => ({ text, styleBuiltIn: 'Heading1' });
  // Dragged from inside 五、丙 to inside 六、丁.
  const page = await openInWord({
    paragraphs: [heading('一、甲'), heading('二、乙'), heading('五、丙'), heading('六、丁')],
    selection: { first: 2, startOffset: 1, last: 3, endOffset: 2 },
  });
  await page.getByRole('tab', { name: '编号' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('所选内容').check();

  await panel.getByRole('button', { name: '检查编号' }).click();
  await statusSays(page, /发现 \d+ 个问题/);
  const problems = await panel.locator('.problems li').allTextContents();
  assert.ok(problems.length > 0 && problems.every((problem) => /^第 [34] 段/.test(problem)), `only the selection's problems, by document paragraph: ${problems.join(' | ')}`);
  assert.equal(await panel.locator('.convention-markers').textContent(), '一、');

  assert.equal(await pickerValue(page, '目标样式'), '', 'keeps the convention');
  await panel.getByRole('button', { name: '应用编号' }).click();
  await statusSays(page, '已更新 2 个段落');
  const wordDocument = await fakeDocument(page);
  assert.deepEqual(
    wordDocument.map((paragraph) => paragraph.text),
    ['一、甲', '二、乙', '三、丙', '四、丁'],
  );
  assert.deepEqual(await fakeTextWrites(page), [0, 0, 1, 1], 'the paragraphs outside the selection are not touched');
  assert.deepEqual(
    wordDocument.map((paragraph) => paragraph.styleBuiltIn),
    ['Heading1', 'Heading1', 'Heading1', 'Heading1'],
  );
  assert.equal(await panel.locator('.problems li').count(), 0, 'the refreshed analysis of the selection finds nothing');
  await page.context().close();
});

test('switching only a selection to a style the rest of the document is not in says so', async () => {
  const heading = (text: string) => ({ text, styleBuiltIn: 'Heading1' });
  const page = await openInWord({
    paragraphs: [heading('一、甲'), heading('二、乙'), heading('三、丙')],
    selection: { first: 1, startOffset: 1, last: 2, endOffset: 1 },
  });
  await page.getByRole('tab', { name: '编号' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('所选内容').check();
  await choose(picker(page, '目标样式'), 'legal');
  await panel.getByRole('button', { name: '应用编号' }).click();
  const status = await statusSays(page, '已更新 2 个段落');
  assert.match(status, /选区外的编号仍是原来的写法（如第 1 段的“一、”，按“法规（章节条）”应为“第一章”）/);
  assert.deepEqual(
    (await fakeDocument(page)).map((paragraph) => paragraph.text),
    ['一、甲', '第二章 乙', '第三章 丙'],
  );
  await page.context().close();
});

test('a number in a locked content control is left alone and listed; 恢复 puts the other numbers back', async () => {
  const heading = (text: string) => ({ text, styleBuiltIn: 'Heading1' });
  const page = await openInWord({
    paragraphs: [heading('1.甲'), { runs: [{ text: '2.', contentControl: { id: 1, cannotEdit: true } }, { text: '乙' }], styleBuiltIn: 'Heading1' }, heading('3.丙')],
  });
  await page.getByRole('tab', { name: '编号' }).click();
  const panel = page.getByRole('tabpanel');
  await choose(picker(page, '目标样式'), 'gongwen');
  await panel.getByRole('button', { name: '应用编号' }).click();
  await statusSays(page, '已更新 2 个段落');
  assert.deepEqual(await panel.locator('.skipped li').allTextContents(), ['第 2 段的编号在不可编辑的内容控件中，未改动，请手动修改编号。']);
  assert.deepEqual(
    (await fakeDocument(page)).map((paragraph) => paragraph.text),
    ['一、甲', '2.乙', '三、丙'],
  );

  await panel.getByRole('button', { name: '恢复' }).click();
  await statusSays(page, '已恢复 2 段原来的编号');
  assert.deepEqual(
    (await fakeDocument(page)).map((paragraph) => paragraph.text),
    ['1.甲', '2.乙', '3.丙'],
  );
  assert.equal(await panel.getByRole('button', { name: '恢复' }).isVisible(), false, 'nothing more to restore');
  await page.context().close();
});

test('a template name holding markup shows as text', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl);
  const hostile = '<img src=x onerror=alert(1)>';
  await context.route(
    (url) => url.pathname === '/api/templates' || /^\/api\/templates\/builtin-/.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (Array.isArray(body.items)) body.items[0].name = hostile;
      else body.name = hostile;
      await route.fulfill({ response, json: body });
    },
  );
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`${e2e.server.baseUrl}/taskpane/`);
  await page.waitForSelector('#app[data-ready="true"]');

  const item = page.locator('.template-item-name').first();
  assert.equal(await item.textContent(), hostile);
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  assert.equal(await page.getByRole('tabpanel').locator('.template-name').textContent(), hostile);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(dialogs, 0);
  await context.close();
});

test('an old Word host is told WordApi 1.3 is needed, and nothing is written', async () => {
  const page = await openInWord({ wordApiSupported: false });
  assert.match((await page.getByRole('alert').textContent()) ?? '', /WordApi 1\.3/);
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, 'WordApi 1.3');
  assert.equal((await fakeDocument(page)).length, 2);
  await page.context().close();
});

test('without WordApi 1.4 a template still inserts, and the page says the document will not remember it', async () => {
  const page = await openInWord({ settingsSupported: false });
  await page.locator('.notice', { hasText: 'WordApi 1.4' }).waitFor();
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
  const message = await statusSays(page, '已插入');
  assert.match(message, /WordApi 1\.4/);
  assert.ok((await fakeDocument(page)).length > 2, 'the headings are in');
  assert.deepEqual(await fakeDocumentSettings(page), {}, 'no setting written on a host without settings');
  await page.context().close();
});

test('English Office gets the English interface and problem messages', async () => {
  const page = await openInWord({ displayLanguage: 'en-US' });
  assert.deepEqual(await page.getByRole('tab').allTextContents(), ['Templates', 'Numbering', 'Import', 'Team']);
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByLabel('Paste an outline').fill('一、总体\n(一)目标\n（二）任务');
  await page.getByRole('button', { name: 'Parse' }).click();
  await statusSays(page, /Parsed 3 items/);
  const problems = await page.locator('.problems li').allTextContents();
  assert.ok(
    problems.some((problem) => /Line 2 Half-width brackets: “\(一\)” should be “（一）”/.test(problem)),
    problems.join('\n'),
  );
  await page.context().close();
});

test('with the keyboard, opening a template moves the focus to its name, and 插入 keeps the focus on the button', async () => {
  const page = await openInWord();
  await page.locator('.template-item').first().focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('tabpanel').locator('.template-detail h2');
  await renderedLines(page, /.+/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'the focus is on the opened template');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), await heading.textContent());

  const insert = page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' });
  await insert.focus();
  await page.keyboard.press('Enter');
  await statusSays(page, '已插入');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '插入到文档', 'the focus stays on 插入');
  assert.equal(await insert.getAttribute('aria-disabled'), null, 'and it is available again');

  await page.context().close();
});

test('a successful 应用编号 is reported as such even when the check after it fails', async () => {
  const heading = (text: string) => ({ text, styleBuiltIn: 'Heading1' });
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl, { paragraphs: [heading('一、甲'), heading('三、乙')] });
  let renumbers = 0;
  await context.route('**/api/outlines/renumber', async (route) => {
    renumbers++;
    // The first call is the apply's own; the second the check that follows.
    if (renumbers === 2) await route.fulfill({ status: 503, contentType: 'application/problem+json', json: { title: '服务暂不可用', status: 503 } });
    else await route.continue();
  });
  const page = await openTaskpane(context, e2e.server.baseUrl);
  await page.getByRole('tab', { name: '编号' }).click();
  await page.getByRole('button', { name: '应用编号' }).click();
  const message = await statusSays(page, '重新检查编号未完成');
  assert.match(message, /^已更新 1 个段落。/);
  assert.doesNotMatch(message, /出错了/);
  assert.notEqual(await page.locator('.status').getAttribute('data-kind'), 'error');
  assert.deepEqual(
    (await fakeDocument(page)).map((paragraph) => paragraph.text),
    ['一、甲', '二、乙'],
  );
  await context.close();
});
