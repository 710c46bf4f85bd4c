/**
 * 更新到新版本 as a user meets it: a team template inserted (its outline wrapped in a content
 * control), the user writing under its headings, the team publishing a new version (renamed,
 * reordered, a heading with the user's text removed, an empty one removed, a new one); the 文档中的提纲
 * list offers the update, the preview says where every paragraph comes from, and 应用 writes it in
 * one go without losing a word. A document changed after the preview is refused, and 取消 writes nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fakeDocument, launchBrowser, openTaskpane, withFakeWordHost, type DocumentParagraphSnapshot } from './browser.ts';
import { renderedLines, settled, statusSays } from './page-helpers.ts';
import { startServer, type RunningServer } from './server.ts';
import { callApi, createUser, signIn, type TestUser } from './team-api.ts';

let server: RunningServer;
let browser: Browser;
let zhang: TestUser;
let teamId: string;

const call = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => callApi<T>(server, zhang.token, method, path, body, headers);

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  zhang = await createUser(server, '张三');
  ({ id: teamId } = (await call<{ id: string }>('POST', '/api/teams', { name: '综合办公室' })).value);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const node = (title: string, children: { title: string; children: unknown[] }[] = []) => ({ title, children });

/** Version 1 as the team first published it. */
const version1 = [node('总体要求'), node('重点任务', [node('强化作风建设'), node('加强组织建设')]), node('保障措施'), node('其他事项')];
/**
 * Version 2: 总体要求 renamed 指导思想, 保障措施 moved before 重点任务, 加强组织建设 (empty in the
 * document) and 其他事项 (with the user's text under it) removed, 加强经费保障 new under 保障措施.
 * (A new heading in the very place of a removed one would be the removed one renamed: the engine pairs
 * such leftovers in place.)
 */
const version2 = [node('指导思想'), node('保障措施', [node('加强经费保障')]), node('重点任务', [node('强化作风建设')])];

/** The user's writing, and the heading (its title, without the marker) each paragraph goes under. */
const bodyText = {
  作风: '开展作风建设专项整治，<b>不搞</b>形式主义 & 官僚主义，每季度通报一次，全年不少于四次集中检查。',
  保障: '落实责任分工，主要负责同志亲自抓。',
  其他: '其他事项由办公室另行通知。',
};

async function createTemplate(name: string): Promise<{ id: string; etag: string }> {
  const { value, etag } = await call<{ id: string }>('POST', '/api/templates', { name, teamId, nodes: version1 });
  return { id: value.id, etag: etag ?? '' };
}

async function publishVersion2(template: { id: string; etag: string }, name: string): Promise<void> {
  await call('PUT', `/api/templates/${template.id}`, { name, nodes: version2 }, { 'if-match': template.etag });
}

async function openInWord(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, server.baseUrl);
  return openTaskpane(context, server.baseUrl);
}

const teamPanel = (page: Page) => page.getByRole('tabpanel');

/** Inserts the team template `name` from the 团队 tab, as the user does. */
async function insertTeamTemplate(page: Page, name: string): Promise<void> {
  await teamPanel(page)
    .locator('.template-list')
    .getByRole('option', { name: new RegExp(name) })
    .click();
  await renderedLines(page, /^一、/);
  await teamPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, '已插入 6 个标题');
}

/**
 * Types a body paragraph (Normal style) after the paragraph holding `after`, through the Word API
 * the page uses, as the user pressing Enter at the end of a heading and typing would. After the
 * outline's last paragraph that is the control's end: Paragraph.insertParagraph 'After' it would land
 * outside the control (OfficeDev/office-js#3176), where Enter in Word stays inside.
 */
async function writeAfter(page: Page, after: string, text: string, { atOutlineEnd = false } = {}): Promise<void> {
  await page.evaluate(
    async ({ after, text, atOutlineEnd }) => {
      await Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        const controls = context.document.body.contentControls;
        paragraphs.load('items/text');
        controls.load('items/id');
        await context.sync();
        const heading = paragraphs.items.find((paragraph) => paragraph.text.includes(after));
        if (!heading) throw new Error(`No paragraph holds ${after}`);
        const body = atOutlineEnd ? controls.items[0].insertParagraph(text, 'End') : heading.insertParagraph(text, 'After');
        body.styleBuiltIn = 'Normal' as Word.BuiltInStyleName;
        await context.sync();
      });
    },
    { after, text, atOutlineEnd },
  );
}

/** The tags of the document's content controls (ContentControl.tag). */
function controlTags(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load('items/tag');
      await context.sync();
      return controls.items.map((control) => control.tag);
    }),
  );
}

/** The document with the user's writing under two headings of version 1, and under the one version 2 removes. */
async function writeUnderHeadings(page: Page): Promise<void> {
  await writeAfter(page, '强化作风建设', bodyText.作风);
  await writeAfter(page, '保障措施', bodyText.保障);
  await writeAfter(page, '其他事项', bodyText.其他, { atOutlineEnd: true });
}

/** The comments on the paragraph holding `part` (Range.insertComment, as the fake keeps them). */
function commentsOn(page: Page, part: string): Promise<string[]> {
  return page.evaluate((part) => {
    const { paragraphs } = (window as unknown as { __fakeWord: { document: { paragraphs: { runs: { text: string }[]; comments?: string[] }[] } } }).__fakeWord.document;
    const paragraph = paragraphs.find((candidate) =>
      candidate.runs
        .map((run) => run.text)
        .join('')
        .includes(part),
    );
    return paragraph?.comments ?? [];
  }, part);
}

const outlineItem = (page: Page, name: string) => teamPanel(page).locator('.document-outline', { hasText: name });
const mergePreview = (page: Page) => teamPanel(page).locator('.merge-preview');

/** 更新到新版本 on the outline of `name`, and the preview it opens. */
async function openPreview(page: Page, name: string): Promise<void> {
  await outlineItem(page, name)
    .getByRole('button', { name: `更新“${name}”到新版本` })
    .click();
  await mergePreview(page).locator('.merge-counts').waitFor();
}

/** A template inserted, written under, and given a version 2: the page in the 团队 tab with the list showing the update. */
async function documentWithUpdate(name: string): Promise<{ page: Page; id: string }> {
  const template = await createTemplate(name);
  const page = await openInWord();
  await signIn(page, zhang);
  await insertTeamTemplate(page, name);
  await writeUnderHeadings(page);
  await publishVersion2(template, name);
  // The tab shown again reads the outlines and the team's versions again.
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tab', { name: '团队' }).click();
  await outlineItem(page, name).getByText('团队已有第 2 版').waitFor();
  return { page, id: template.id };
}

const texts = (document: DocumentParagraphSnapshot[]) => document.map((paragraph) => paragraph.text);

test('更新到新版本 previews where every paragraph comes from, and 应用 writes version 2 without losing a word', async () => {
  const { page, id } = await documentWithUpdate('季度工作总结');
  assert.match((await outlineItem(page, '季度工作总结').textContent()) ?? '', /第 1 版/);
  // The 模板 tab lists it too.
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tabpanel').locator('.document-outline', { hasText: '季度工作总结' }).getByText('团队已有第 2 版').waitFor();
  await page.getByRole('tab', { name: '团队' }).click();

  await openPreview(page, '季度工作总结');
  const origins = await mergePreview(page)
    .locator('.merge-heading-item')
    .evaluateAll((items) => items.map((item) => [item.querySelector('.merge-text')?.textContent ?? '', (item as HTMLElement).dataset.origin ?? '']));
  const originOf = (title: string) => origins.find(([text]) => text.includes(title))?.[1];
  assert.equal(originOf('指导思想'), 'kept', 'renamed by the template: kept, with the new title');
  assert.equal(originOf('加强经费保障'), 'new', JSON.stringify(origins));
  assert.equal(originOf('其他事项'), 'removed-kept', 'removed by the template, the user’s text under it: kept');
  assert.ok(originOf('保障措施') === 'moved' || originOf('重点任务') === 'moved', `a reordered heading is moved: ${JSON.stringify(origins)}`);
  assert.deepEqual(await mergePreview(page).locator('.merge-removed-list li').allTextContents(), ['（二）加强组织建设']);
  assert.match((await mergePreview(page).locator('.merge-counts').textContent()) ?? '', /新增 1、已删除但保留 1、移除空标题 1/);
  // The user's text is shown as text (its <b> too), on one line.
  const body = mergePreview(page).locator('.merge-body', { hasText: '专项整治' });
  assert.equal(await body.textContent(), bodyText.作风);
  assert.equal(await mergePreview(page).locator('.merge-body b').count(), 0);
  assert.equal(await body.evaluate((item) => getComputedStyle(item).textOverflow), 'ellipsis');
  // Nothing is written before 应用.
  assert.ok(texts(await fakeDocument(page)).some((text) => text.includes('总体要求')));

  await mergePreview(page).getByRole('button', { name: '应用' }).click();
  await statusSays(page, /已将“季度工作总结”更新到第 2 版/);
  const after = texts(await fakeDocument(page));
  const at = (part: string) => after.findIndex((text) => text.includes(part));
  // The new headings in the new order, each body paragraph unchanged right under its heading.
  assert.ok(at('指导思想') < at('保障措施') && at('保障措施') < at('加强经费保障') && at('加强经费保障') < at('重点任务') && at('重点任务') < at('强化作风建设'), after.join('\n'));
  assert.equal(after[at('保障措施') + 1], bodyText.保障);
  assert.equal(after[at('强化作风建设') + 1], bodyText.作风);
  // Kept after the section it was written after (保障措施's, with its new heading): docs/ENGINE.md, removed-kept.
  assert.equal(at('其他事项'), at('加强经费保障') + 1, `the new heading arrives empty, the removed heading with text is kept: ${after.join('\n')}`);
  assert.equal(after[at('其他事项') + 1], bodyText.其他);
  assert.equal((await commentsOn(page, '其他事项')).length, 1, 'and marked with a comment that says why');
  assert.equal(at('总体要求'), -1);
  assert.equal(at('加强组织建设'), -1);
  assert.deepEqual(await controlTags(page), [`outline-addin:${id}:2`]);
  // The list shows the version the document holds now.
  await outlineItem(page, '季度工作总结').getByText('第 2 版').waitFor();
  assert.equal(await outlineItem(page, '季度工作总结').getByRole('button', { name: /更新/ }).count(), 0);
  await page.context().close();
});

test('a document changed after the preview is refused with the message, and nothing is written', async () => {
  const { page } = await documentWithUpdate('年度工作计划');
  await openPreview(page, '年度工作计划');
  await writeAfter(page, '总体要求', '预览后新写的一段。');
  const changed = await fakeDocument(page);
  await mergePreview(page).getByRole('button', { name: '应用' }).click();
  await statusSays(page, '文档在预览后有改动，请重新预览');
  await settled(page);
  assert.deepEqual(await fakeDocument(page), changed);
  // 重新预览 reads the document again: the new paragraph is in the preview.
  await page
    .locator('.status')
    .getByRole('button', { name: /重试|重新预览/ })
    .click();
  await mergePreview(page).locator('.merge-body', { hasText: '预览后新写的一段' }).waitFor();
  await page.context().close();
});

test('by keyboard: 更新到新版本 opens the preview on its heading, Escape and 取消 close it, and the document is untouched', async () => {
  const { page } = await documentWithUpdate('党建工作要点');
  const before = await fakeDocument(page);
  const update = outlineItem(page, '党建工作要点').getByRole('button', { name: '更新“党建工作要点”到新版本' });
  await update.focus();
  await page.keyboard.press('Enter');
  await mergePreview(page).locator('.merge-counts').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('merge-heading')), true, 'the focus is on the preview’s heading');
  const violations = (await new AxeBuilder({ page }).include('.merge-preview').analyze()).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(
    violations.map((violation) => violation.id),
    [],
    'axe finds nothing serious in the preview',
  );
  await page.keyboard.press('Escape');
  await statusSays(page, '已取消，文档没有改动');
  assert.ok(await mergePreview(page).isHidden());
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '更新到新版本', 'the focus goes back to the button that opened it');

  await page.keyboard.press('Enter');
  await mergePreview(page).locator('.merge-counts').waitFor();
  await mergePreview(page).getByRole('button', { name: '取消' }).click();
  assert.ok(await mergePreview(page).isHidden());
  assert.deepEqual(await fakeDocument(page), before);
  await page.context().close();
});
