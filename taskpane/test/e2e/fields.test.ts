/**
 * Fill-in fields end to end, against the real server: a team template with {单位}{季度} asks for them
 * on insert (the quarter computed, the unit remembered for the team), goes in filled, leaves an empty
 * field as {单位}; 保存为团队模板 turns a ticked value back into its field and nothing else; and in the
 * browser preview, where no team is signed in, the values are remembered in the browser.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fakeDocument, launchBrowser, openTaskpane, withFakeWordHost, withRealOfficeJs, type FakeHostOptions } from './browser.ts';
import { renderedLines, settled, statusSays } from './page-helpers.ts';
import { startServer, type RunningServer } from './server.ts';
import { callApi, createUser, signIn, type TestUser } from './team-api.ts';

let server: RunningServer;
let browser: Browser;
let zhang: TestUser;
let teamId: string;

const call = <T>(token: string, method: string, path: string, body?: unknown) => callApi<T>(server, token, method, path, body);

interface FieldDefaults {
  values: Record<string, string>;
  computed: string[];
}

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  zhang = await createUser(server, '张三');
  ({ id: teamId } = (await call<{ id: string }>(zhang.token, 'POST', '/api/teams', { name: '县委办综合科' })).value);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openInWord(options: FakeHostOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, server.baseUrl, options);
  return openTaskpane(context, server.baseUrl);
}

async function createTemplate(name: string, nodes: unknown[]): Promise<string> {
  return (await call<{ id: string }>(zhang.token, 'POST', '/api/templates', { name, teamId, nodes })).value.id;
}

const teamPanel = (page: Page) => page.getByRole('tabpanel');
const fieldsForm = (page: Page) => teamPanel(page).getByRole('form', { name: '填写字段' });

/** Opens the team template and presses 插入到文档: the fields form is asked for. */
async function startInsert(page: Page, name: string): Promise<void> {
  await teamPanel(page)
    .locator('.template-list')
    .getByRole('option', { name: new RegExp(name) })
    .click();
  await renderedLines(page, /^一、/);
  await teamPanel(page).getByRole('button', { name: '插入到文档' }).click();
}

/** The texts Word highlights in the fake document (Font.highlightColor set on a run). */
const highlighted = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { __fakeWord: { document: { paragraphs: { runs: { text: string; highlight?: string }[] }[] } } }).__fakeWord.document.paragraphs.flatMap((paragraph) =>
      paragraph.runs.filter((run) => run.highlight).map((run) => run.text),
    ),
  );

/** The serious and critical violations axe finds in `selector`, one line each ('' when none). */
async function seriousViolations(page: Page, selector: string): Promise<string> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`))
    .join('\n');
}

const headings = async (page: Page) => (await fakeDocument(page)).filter((paragraph) => paragraph.level !== null).map((paragraph) => paragraph.text);

test('a team template with {单位}{季度}: the form opens with the computed quarter, the filled headings go in, and the unit is remembered for the team', async () => {
  await createTemplate('季度工作总结', [
    { title: '{单位}{季度}季度工作总结', children: [{ title: '{单位}重点工作', children: [] }] },
    { title: '下步打算', children: [] },
  ]);
  const today = (await call<FieldDefaults>(zhang.token, 'GET', `/api/field-defaults?teamId=${teamId}`)).value;
  const quarter = today.values['季度'];
  assert.ok(quarter, 'the server computes the quarter');

  const page = await openInWord();
  await signIn(page, zhang);
  await startInsert(page, '季度工作总结');
  const form = fieldsForm(page);
  await form.waitFor();
  const quarterInput = form.getByLabel(/^季度/);
  assert.equal(await quarterInput.inputValue(), quarter, 'the quarter opens computed');
  assert.match((await form.locator('label', { has: page.locator('.field-note') }).textContent()) ?? '', /季度（自动计算，可修改）/);
  const unitInput = form.getByLabel('单位', { exact: true });
  assert.equal(await unitInput.inputValue(), '', 'nothing remembered yet');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-field')), '单位', 'the first field has the focus');
  assert.match((await form.textContent()) ?? '', /留空的字段在文档中保持 \{名称\} 并突出显示/);
  assert.equal(await seriousViolations(page, '.fields-form'), '', 'axe finds nothing serious in the form');

  // Typed and inserted with Enter.
  await unitInput.fill('某某县委办');
  await unitInput.press('Enter');
  await statusSays(page, '已插入 3 个标题');
  assert.deepEqual(await headings(page), [`一、某某县委办${quarter}季度工作总结`, '（一）某某县委办重点工作', '二、下步打算']);
  assert.deepEqual(await highlighted(page), [], 'every field filled: nothing highlighted');
  assert.equal(await form.isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '插入到文档', 'the focus is back on 插入');

  // The team remembers the unit, never the computed quarter.
  await settled(page);
  const remembered = (await call<FieldDefaults>(zhang.token, 'GET', `/api/field-defaults?teamId=${teamId}`)).value;
  assert.equal(remembered.values['单位'], '某某县委办');
  await page.context().close();

  // Next time, in another document, the form opens with it.
  const next = await openInWord();
  await signIn(next, zhang);
  await startInsert(next, '季度工作总结');
  await fieldsForm(next).waitFor();
  assert.equal(await fieldsForm(next).getByLabel('单位', { exact: true }).inputValue(), '某某县委办');
  assert.equal(await fieldsForm(next).getByLabel(/^季度/).inputValue(), quarter);
  await next.context().close();
});

test('a field left empty stays {单位} in the document, highlighted, and the status says so', async () => {
  await createTemplate('调研报告', [{ title: '关于{单位}的调研报告', children: [] }]);
  const page = await openInWord();
  await signIn(page, zhang);
  await startInsert(page, '调研报告');
  const unitInput = fieldsForm(page).getByLabel('单位', { exact: true });
  await unitInput.fill('');
  await fieldsForm(page).getByRole('button', { name: '插入', exact: true }).click();
  await statusSays(page, '{单位} 未填写：在文档中保持原样并突出显示。');
  assert.deepEqual(await headings(page), ['一、关于{单位}的调研报告']);
  assert.deepEqual(await highlighted(page), ['{单位}'], 'the word module highlights the field left in the heading');
  await page.context().close();
});

test('with Word’s list numbering, the package path goes in filled too, a field left empty highlighted', async () => {
  await createTemplate('会议纪要', [
    { title: '{单位}会议纪要', children: [] },
    { title: '{部门}分工', children: [] },
  ]);
  const page = await openInWord();
  await signIn(page, zhang);
  await teamPanel(page)
    .locator('.template-list')
    .getByRole('option', { name: /会议纪要/ })
    .click();
  await renderedLines(page, /^一、/);
  await teamPanel(page).getByRole('radio', { name: 'Word 自动编号' }).check();
  await teamPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await fieldsForm(page).getByLabel('单位', { exact: true }).fill('县委办');
  await fieldsForm(page).getByLabel('部门', { exact: true }).fill('');
  await fieldsForm(page).getByLabel('部门', { exact: true }).press('Enter');
  await statusSays(page, /已插入 2 个标题.*\{部门\} 未填写/);
  assert.deepEqual(await headings(page), ['县委办会议纪要', '{部门}分工'], 'Word numbers them: the number is not in the text');
  assert.deepEqual(await highlighted(page), ['{部门}'], 'the server’s package highlights the field left in the heading');
  await page.context().close();
});

test('Escape closes the form and inserts nothing; a template without fields inserts at once, with no form', async () => {
  await createTemplate('普通提纲', [{ title: '总体情况', children: [] }]);
  const page = await openInWord();
  await signIn(page, zhang);
  await startInsert(page, '调研报告');
  await fieldsForm(page).waitFor();
  await page.keyboard.press('Escape');
  await fieldsForm(page).waitFor({ state: 'hidden' });
  assert.deepEqual(await headings(page), [], 'nothing inserted');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '插入到文档');

  await startInsert(page, '普通提纲');
  await statusSays(page, '已插入 1 个标题');
  assert.equal(await fieldsForm(page).isHidden(), true, 'no form for a template without fields');
  assert.deepEqual(await headings(page), ['一、总体情况']);
  await page.context().close();
});

test('保存为团队模板 offers the team’s values and the habitual blanks as fields; only the ticked one becomes a field', async () => {
  await call(zhang.token, 'PUT', `/api/teams/${teamId}/field-defaults`, { values: { 单位: '某某县委办' } });
  const page = await openInWord({
    paragraphs: [
      { text: '某某县委办工作要点', styleBuiltIn: 'Title' },
      { text: '一、某某县委办重点任务', styleBuiltIn: 'Heading1' },
      { text: '二、XX县调研安排', styleBuiltIn: 'Heading1' },
    ],
  });
  await signIn(page, zhang);
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  const offered = teamPanel(page).getByRole('group', { name: '转为填写字段' });
  const value = offered.getByRole('checkbox', { name: '“某某县委办”（1 处）' });
  const blank = offered.getByRole('checkbox', { name: /“XX/ });
  assert.equal(await value.isChecked(), false, 'nothing is ticked for the user');
  assert.equal(await blank.isChecked(), false);
  const valueName = offered.getByRole('textbox', { name: '“某某县委办”转为的字段名' });
  assert.equal(await valueName.inputValue(), '单位', 'named after the field whose value it is');
  assert.equal(await seriousViolations(page, '.field-candidates-set'), '', 'axe finds nothing serious in the offer');

  await value.check();
  await teamPanel(page).getByLabel('模板名称').fill('县委办工作要点');
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(page, /已保存为团队模板“县委办工作要点”.*已把 1 处文字转为字段/);

  const templates = (await call<{ items: { id: string; name: string }[] }>(zhang.token, 'GET', `/api/templates?teamId=${teamId}&scope=team&q=${encodeURIComponent('县委办工作要点')}`)).value.items;
  const saved = (await call<{ nodes: { title: string }[] }>(zhang.token, 'GET', `/api/templates/${templates[0].id}`)).value;
  assert.deepEqual(
    saved.nodes.map((node) => node.title),
    ['{单位}重点任务', 'XX县调研安排'],
    'the ticked value became {单位}; the unticked blank stayed',
  );
  await page.context().close();
});

test('in the browser preview, an imported outline with a field asks for it, and the browser remembers the value', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  await withRealOfficeJs(context, server.baseUrl);
  const page = await openTaskpane(context, server.baseUrl);
  const insertImported = async () => {
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByLabel('粘贴提纲').fill('一、{部门}年度工作要点\n二、保障措施');
    await page.getByRole('button', { name: '解析' }).click();
    await renderedLines(page, /^一、/);
    await page.getByRole('tabpanel').getByRole('button', { name: '插入到文档' }).click();
    const form = page.getByRole('tabpanel').getByRole('form', { name: '填写字段' });
    await form.waitFor();
    return form.getByLabel('部门', { exact: true });
  };
  const first = await insertImported();
  assert.equal(await first.inputValue(), '');
  await first.fill('综合科');
  await first.press('Enter');
  await statusSays(page, '已插入 2 个标题');
  const drawn = await page.locator('.preview-page p').allTextContents();
  assert.ok(drawn.includes('一、综合科年度工作要点'), drawn.join(' | '));
  assert.match((await page.evaluate(() => localStorage.getItem('outline-addin.field-values'))) ?? '', /综合科/);

  assert.equal(await (await insertImported()).inputValue(), '综合科', 'remembered in this browser');
  await context.close();
});
