/**
 * 编号方式, 公文 排版 and 下载 Word 文档, end to end: the real server builds the Word packages, the
 * Word fake takes them through insertOoxml (and reads Word's list numbers back), and the browser
 * preview downloads a .docx that is unzipped and read here.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { fakeDocument, fakeOpenedInBrowser, fakeRunFonts, fakeStyleFont, openTaskpane, withFakeWordHost, withRealOfficeJs, type FakeHostOptions } from './browser.ts';
import { useServerAndBrowser } from './fixture.ts';
import { chooseStyle, renderedLines, statusSays } from './page-helpers.ts';

const e2e = useServerAndBrowser();

async function openPreview(): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await withRealOfficeJs(context, e2e.server.baseUrl);
  return openTaskpane(context, e2e.server.baseUrl);
}

const shownPanel = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');

/** Presses 下载 Word 文档 in the tab shown; the file's name and its parts, unzipped. */
async function download(page: Page): Promise<{ fileName: string; parts: Record<string, string> }> {
  const [file] = await Promise.all([page.waitForEvent('download'), shownPanel(page).getByRole('button', { name: '下载 Word 文档' }).click()]);
  const zip = unzipSync(new Uint8Array(await readFile((await file.path())!)));
  const parts = Object.fromEntries(
    Object.entries(zip)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  return { fileName: file.suggestedFilename(), parts };
}

/** The text of each paragraph of document.xml with its style id and whether Word numbers it (a w:numId other than 0, which takes it out of any list). */
function bodyParagraphs(documentXml: string): { style: string | null; listed: boolean; text: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    listed: (/<w:numId w:val="(\d+)"/.exec(paragraph)?.[1] ?? '0') !== '0',
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  }));
}

/** 一、 and （一）: a 公文 marker at the start of a line, and the title after it. */
const markerAndTitle = (line: string) => {
  const [, marker = '', title = line] = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$/.exec(line) ?? [];
  return { marker, title };
};

/** Opens the 强作风保增长 template in the 公文 style; its numbered lines. */
async function openGongwenTemplate(page: Page): Promise<string[]> {
  await page.getByRole('option', { name: /强作风保增长/ }).click();
  await chooseStyle(page, 'gongwen');
  return renderedLines(page, /^一、/);
}

test('the browser preview downloads the open template as a .docx: its name, Heading styles, and the markers as text or as Word list numbering', async () => {
  const page = await openPreview();
  const lines = await openGongwenTemplate(page);
  const name = (await shownPanel(page).locator('.template-name').textContent()) ?? '';

  const asText = await download(page);
  assert.equal(asText.fileName, `${name}.docx`, 'named after the template (Content-Disposition filename*)');
  await statusSays(page, `已下载“${name}.docx”`);
  const textParagraphs = bodyParagraphs(asText.parts['word/document.xml']).filter((paragraph) => paragraph.style?.startsWith('Heading'));
  assert.deepEqual(
    textParagraphs.map((paragraph) => paragraph.text),
    lines,
    'the literal markers, as the preview shows them',
  );
  assert.deepEqual(
    textParagraphs.map((paragraph) => paragraph.style),
    lines.map((line) => (/^（/.test(line) ? 'Heading2' : 'Heading1')),
  );
  assert.ok(
    textParagraphs.every((paragraph) => !paragraph.listed),
    'no list numbering in text mode',
  );

  await shownPanel(page).getByRole('radio', { name: 'Word 自动编号' }).check();
  const asList = await download(page);
  const listParagraphs = bodyParagraphs(asList.parts['word/document.xml']).filter((paragraph) => paragraph.style?.startsWith('Heading'));
  assert.deepEqual(
    listParagraphs.map((paragraph) => paragraph.text),
    lines.map((line) => markerAndTitle(line).title),
    'the titles without their markers: Word numbers them',
  );
  assert.ok(
    listParagraphs.every((paragraph) => paragraph.listed),
    'every heading a list item',
  );
  const numbering = asList.parts['word/numbering.xml'] ?? '';
  assert.match(numbering, /w:numFmt w:val="chineseCounting"/);
  assert.match(numbering, /w:lvlText w:val="（%2）"/);
  await page.context().close();
});

test('an imported outline downloads as 提纲.docx, 公文 laid out', async () => {
  const page = await openPreview();
  await page.getByRole('tab', { name: '导入' }).click();
  await page.getByLabel('粘贴提纲文本').fill('一、总体要求\n（一）指导思想\n二、主要任务');
  await page.getByRole('button', { name: '解析' }).click();
  await statusSays(page, '解析出 3 个条目');
  await shownPanel(page).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  const { fileName, parts } = await download(page);
  assert.equal(fileName, '提纲.docx');
  assert.deepEqual(
    bodyParagraphs(parts['word/document.xml'])
      .map((paragraph) => paragraph.text)
      .filter((text) => text !== ''),
    ['一、总体要求', '（一）指导思想', '二、主要任务'],
    'the outline and nothing else',
  );
  assert.match(parts['word/styles.xml'] ?? '', /黑体/, '公文: level 1 in 黑体');
  await page.context().close();
});

test('in Word for Mac, whose webview never downloads, a built-in template opens in the browser and an import says what to do instead', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl, { platform: 'Mac' });
  const page = await openTaskpane(context, e2e.server.baseUrl);
  await openGongwenTemplate(page);
  await shownPanel(page).getByRole('radio', { name: 'Word 自动编号' }).check();
  await shownPanel(page).getByRole('button', { name: '下载 Word 文档' }).click();
  await statusSays(page, '已在浏览器中打开下载');
  const [address] = await fakeOpenedInBrowser(page);
  const url = new URL(address);
  assert.match(url.pathname, /^\/api\/templates\/[^/]+\/docx$/);
  assert.deepEqual(Object.fromEntries(url.searchParams), { styleId: 'gongwen', numbering: 'list', typography: 'none', boldLevel3: 'false' });
  const answer = await page.request.get(address);
  assert.equal(answer.status(), 200, 'the address works without the page (no sign-in)');
  assert.match(answer.headers()['content-disposition'] ?? '', /filename\*=UTF-8''/i);

  await page.getByRole('tab', { name: '导入' }).click();
  await page.getByLabel('粘贴提纲文本').fill('一、总体要求\n二、主要任务');
  await page.getByRole('button', { name: '解析' }).click();
  await statusSays(page, '解析出 2 个条目');
  await shownPanel(page).getByRole('button', { name: '下载 Word 文档' }).click();
  await statusSays(page, '另存为');
  assert.equal(await page.locator('.status').getAttribute('data-kind'), 'error');
  await context.close();
});

async function openInWord(options: FakeHostOptions = {}): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, e2e.server.baseUrl, options);
  return openTaskpane(context, e2e.server.baseUrl);
}

/** The 公文 question's buttons: the page's own, slotted into Fluent's <dialog>. */
const typographyAnswer = (page: Page, name: string) => shownPanel(page).locator('fluent-dialog').getByRole('button', { name });

test('Word 自动编号: the template goes in as Heading paragraphs in a Word list that draws the markers, its text only the titles; the choice is remembered', async () => {
  const page = await openInWord();
  const lines = await openGongwenTemplate(page);
  const automatic = shownPanel(page).getByRole('radio', { name: 'Word 自动编号' });
  // Keyboard: the arrow key moves the radio group's choice, as in any radio group.
  await shownPanel(page).getByRole('radio', { name: '文本编号' }).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await automatic.isChecked(), true);
  await shownPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, `已插入 ${lines.length} 个标题`);
  await statusSays(page, 'Word 自动编号');
  const headings = (await fakeDocument(page)).slice(1);
  assert.deepEqual(
    headings.map(({ text, listString, styleBuiltIn }) => ({ text, listString, styleBuiltIn })),
    lines.map((line) => {
      const { marker, title } = markerAndTitle(line);
      return { text: title, listString: marker, styleBuiltIn: marker.startsWith('（') ? 'Heading2' : 'Heading1' };
    }),
  );

  // Remembered on this computer: the next time the pane opens, Word 自动编号 is still chosen, in every tab.
  const again = await openTaskpane(page.context(), e2e.server.baseUrl);
  assert.equal(await shownPanel(again).getByRole('radio', { name: 'Word 自动编号', includeHidden: true }).isChecked(), true);
  await again.getByRole('tab', { name: '导入' }).click();
  assert.equal(await shownPanel(again).getByRole('radio', { name: 'Word 自动编号', includeHidden: true }).isChecked(), true);
  await page.context().close();
});

test('公文 asks first: 修改文档样式 gives Heading 1 and 正文 the 公文 fonts; 只设置插入的标题 formats the headings and leaves the styles', async () => {
  const page = await openInWord({ stylesSupported: true });
  const lines = await openGongwenTemplate(page);
  await shownPanel(page).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  const insert = shownPanel(page).getByRole('button', { name: '插入到文档' });
  await insert.click();
  const question = page.getByRole('alertdialog');
  await question.waitFor();
  // Escape calls it off: nothing goes in.
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'hidden' });
  assert.equal((await fakeDocument(page)).length, 2, 'nothing inserted');

  await insert.click();
  await typographyAnswer(page, '修改文档样式').click();
  await statusSays(page, '已按公文格式修改文档的标题 1–4 和正文样式');
  assert.equal((await fakeDocument(page)).length, 1 + lines.length);
  const heading1 = await fakeStyleFont(page, 'Heading1');
  assert.equal(heading1.size, 16, '三号');
  assert.match(`${heading1.name} ${heading1.nameFarEast}`, /黑体|SimHei/);
  const normal = await fakeStyleFont(page, 'Normal');
  assert.equal(normal.size, 16);

  const direct = await openInWord({ stylesSupported: true });
  await openGongwenTemplate(direct);
  await shownPanel(direct).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  await shownPanel(direct).getByRole('button', { name: '插入到文档' }).click();
  await typographyAnswer(direct, '只设置插入的标题').click();
  await statusSays(direct, '已按公文格式设置插入的标题，文档样式未改');
  const fonts = await fakeRunFonts(direct);
  assert.match(fonts[1].join(' '), /黑体/, 'level 1 in 黑体, set on the heading itself');
  assert.match(fonts[2].join(' '), /楷体/, 'level 2 in 楷体');
  const untouched = await fakeStyleFont(direct, 'Heading1');
  assert.doesNotMatch(`${untouched.name} ${untouched.nameFarEast}`, /黑体|SimHei/, 'the Heading 1 style unchanged');
  assert.notEqual((await fakeStyleFont(direct, 'Normal')).size, 16, '正文 style unchanged');
  await page.context().close();
  await direct.context().close();
});

test('公文 into the styles on a Word without WordApi 1.5: the outline goes in, and the page says the styles could not change', async () => {
  const page = await openInWord();
  await openGongwenTemplate(page);
  await shownPanel(page).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  await shownPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await typographyAnswer(page, '修改文档样式').click();
  const said = await statusSays(page, 'WordApi 1.5');
  assert.match(said, /^已插入 \d+ 个标题/);
  assert.equal(await page.locator('.status').getAttribute('data-kind'), 'info');
  await page.context().close();
});

test('in the browser preview (as Word on the web) 修改文档样式 changes the styles, and says their Chinese font could not be set', async () => {
  const page = await openPreview();
  await openGongwenTemplate(page);
  await shownPanel(page).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  await shownPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await typographyAnswer(page, '修改文档样式').click();
  const said = await statusSays(page, '已按公文格式修改文档的标题 1–4 和正文样式');
  assert.match(said, /不能设置样式的中文字体/, 'Word on the web has no Font.nameFarEast (WordApiDesktop 1.3)');
  assert.doesNotMatch(said, /WordApi 1\.5/);
  await page.context().close();
});

test('转为自动编号 and back: the headings become list items Word numbers with the same labels, their text the titles; 转为文本编号 types the labels again', async () => {
  const heading = (text: string, styleBuiltIn: string) => ({ text, styleBuiltIn });
  const page = await openInWord({
    paragraphs: [
      { text: '关于开展专项检查的通知', styleBuiltIn: 'Title' },
      heading('一、总体要求', 'Heading1'),
      heading('（一）指导思想', 'Heading2'),
      heading('（二）工作目标', 'Heading2'),
      { text: '各部门要认真落实。' },
      heading('二、主要任务', 'Heading1'),
    ],
  });
  await page.getByRole('tab', { name: '编号' }).click();
  const panel = shownPanel(page);
  await panel.getByRole('button', { name: '转为自动编号' }).click();
  await statusSays(page, '已将 4 个标题转为 Word 自动编号');
  const listed = await fakeDocument(page);
  assert.deepEqual(
    listed.map(({ text, listString }) => [text, listString ?? null]),
    [
      ['关于开展专项检查的通知', null],
      ['总体要求', '一、'],
      ['指导思想', '（一）'],
      ['工作目标', '（二）'],
      ['各部门要认真落实。', null],
      ['主要任务', '二、'],
    ],
  );

  // Analysed as Word draws it: the same convention, no problem.
  await panel.getByRole('button', { name: '检查编号' }).click();
  await statusSays(page, '未发现问题');
  assert.equal(await panel.locator('.convention-markers').textContent(), '一、 → （一）');

  await panel.getByRole('button', { name: '转为文本编号' }).click();
  await statusSays(page, '已将 4 个标题的自动编号转为文本编号');
  assert.deepEqual(
    (await fakeDocument(page)).map(({ text, listString }) => [text, listString ?? null]),
    [
      ['关于开展专项检查的通知', null],
      ['一、总体要求', null],
      ['（一）指导思想', null],
      ['（二）工作目标', null],
      ['各部门要认真落实。', null],
      ['二、主要任务', null],
    ],
  );
  await page.context().close();
});

test('转为自动编号 then 恢复: the typed markers come back and the headings leave the list', async () => {
  const page = await openInWord({
    paragraphs: [
      { text: '一、总体要求', styleBuiltIn: 'Heading1' },
      { text: '二、主要任务', styleBuiltIn: 'Heading1' },
    ],
  });
  await page.getByRole('tab', { name: '编号' }).click();
  await shownPanel(page).getByRole('button', { name: '转为自动编号' }).click();
  await statusSays(page, '已将 2 个标题转为 Word 自动编号');
  await shownPanel(page).getByRole('button', { name: '恢复' }).click();
  await statusSays(page, '已恢复');
  assert.deepEqual(
    (await fakeDocument(page)).map(({ text, listString }) => [text, listString ?? null]),
    [
      ['一、总体要求', null],
      ['二、主要任务', null],
    ],
  );
  await page.context().close();
});
