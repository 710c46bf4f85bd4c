/**
 * Team sharing, end to end: two people in two browser contexts (each with its own fake Word
 * document and its own localStorage), one real server. Users are created with this run's admin
 * token; the team is set up through the API, everything a person does goes through the taskpane.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fakeDocument, fakeDocumentSettings, launchBrowser, openTaskpane, withFakeWordHost, type FakeHostOptions } from './browser.ts';
import { pickerValue, renderedLines, settled, statusSays } from './page-helpers.ts';
import { startServer, type RunningServer } from './server.ts';
import { callApi, createUser, signIn, type TestUser } from './team-api.ts';

let server: RunningServer;
let browser: Browser;

let zhang: TestUser;
let li: TestUser;
let wang: TestUser;
let teamId: string;

/** An API request as `token`'s bearer to this run's server: its answer's body. */
async function call<T>(token: string, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  return (await callApi<T>(server, token, method, path, body, headers)).value;
}

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  [zhang, li, wang] = await Promise.all([createUser(server, '张三'), createUser(server, '李四'), createUser(server, '王五')]);
  ({ id: teamId } = await call<{ id: string }>(zhang.token, 'POST', '/api/teams', { name: '第一党支部' }));
  await call(zhang.token, 'POST', `/api/teams/${teamId}/members`, { userId: li.id, role: 'editor' });
  await call(zhang.token, 'POST', `/api/teams/${teamId}/members`, { userId: wang.id, role: 'viewer' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openInWord(options?: FakeHostOptions): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, server.baseUrl, options);
  return openTaskpane(context, server.baseUrl);
}

/** Adds paragraphs at the end of the page's fake Word document, as the user typing would. */
async function typeParagraphs(page: Page, paragraphs: { text: string; styleBuiltIn: string }[]): Promise<void> {
  await page.evaluate((added) => {
    const fake = (window as unknown as { __fakeWord: { document: { paragraphs: unknown[] } } }).__fakeWord.document;
    for (const { text, styleBuiltIn } of added) fake.paragraphs.push({ runs: [{ text }], styleBuiltIn, textWrites: 0 });
  }, paragraphs);
}

const teamPanel = (page: Page) => page.getByRole('tabpanel');

async function insertTeamTemplate(page: Page, name: RegExp, count: number): Promise<void> {
  await teamPanel(page).locator('.template-list').getByRole('option', { name }).click();
  await renderedLines(page, /^一、/);
  await teamPanel(page).getByRole('button', { name: '插入到文档' }).click();
  await statusSays(page, `已插入 ${count} 个标题`);
}

async function saveHeadings(page: Page, mode: '新模板' | '新版本'): Promise<void> {
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, /找到 \d+ 个标题/);
  await teamPanel(page).getByRole('radio', { name: mode }).check();
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
}

test('A saves the document’s headings as a team template; B sees it with A’s name and inserts it', async () => {
  const pageA = await openInWord({
    paragraphs: [
      { text: '第三季度工作总结', styleBuiltIn: 'Title' },
      { text: '一、总体情况', styleBuiltIn: 'Heading1' },
      { text: '（一）主要成绩', styleBuiltIn: 'Heading2' },
      { text: '本季度完成了各项任务。' },
      { text: '（二）存在问题', styleBuiltIn: 'Heading2' },
      { text: '二、下步打算', styleBuiltIn: 'Heading1' },
      { text: '继续努力。' },
    ],
  });
  await signIn(pageA, zhang);
  assert.equal(await pageA.evaluate(() => localStorage.getItem('outline-addin.token')), zhang.token, 'the token is kept in the add-in’s storage');
  assert.equal(await pickerValue(pageA, '团队'), teamId);
  assert.match((await pageA.locator('.role-line').textContent()) ?? '', /所有者/);

  await teamPanel(pageA).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(pageA, '找到 4 个标题');
  assert.deepEqual(await pageA.locator('.capture-result .outline-lines li').allTextContents(), ['一、总体情况', '（一）主要成绩', '（二）存在问题', '二、下步打算']);
  assert.equal(await teamPanel(pageA).getByLabel('模板名称').inputValue(), '第三季度工作总结', 'the title paragraph names it');
  await teamPanel(pageA).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(pageA, '已保存为团队模板“第三季度工作总结”（第 1 版）');

  // On the server: a team template by 张三, its headings without their markers.
  const listed = await call<{ items: { id: string; name: string; updatedBy: string; version: number; nodeCount: number }[] }>(li.token, 'GET', `/api/templates?teamId=${teamId}&scope=team`);
  const saved = listed.items.find((item) => item.name === '第三季度工作总结')!;
  assert.deepEqual([saved.updatedBy, saved.version, saved.nodeCount], ['张三', 1, 4]);
  const detail = await call<{ nodes: { title: string; children: { title: string }[] }[] }>(li.token, 'GET', `/api/templates/${saved.id}`);
  assert.deepEqual(
    detail.nodes.map((node) => [node.title, node.children.map((child) => child.title)]),
    [
      ['总体情况', ['主要成绩', '存在问题']],
      ['下步打算', []],
    ],
  );

  // A's document remembers the template it now matches; the token is nowhere in the document.
  const settingsA = await fakeDocumentSettings(pageA);
  const records = JSON.parse(settingsA['OutlineAddin.insertedTemplates'] as string);
  assert.deepEqual(
    records.map((record: { templateId: string; version: number; teamId: string }) => [record.templateId, record.version, record.teamId]),
    [[saved.id, 1, teamId]],
  );
  assert.ok(!JSON.stringify(settingsA).includes(zhang.token), 'no token in the document settings');
  assert.deepEqual(Object.keys(settingsA), ['OutlineAddin.insertedTemplates']);

  // B, in another browser context: the template is in the team list, with who saved it.
  const pageB = await openInWord();
  await signIn(pageB, li);
  const item = teamPanel(pageB).locator('.template-item', { hasText: '第三季度工作总结' });
  assert.match((await item.textContent()) ?? '', /v1 · 张三 · \d+月\d+日/);
  await insertTeamTemplate(pageB, /第三季度工作总结/, 4);
  const documentB = await fakeDocument(pageB);
  assert.deepEqual(
    documentB.map((paragraph) => [paragraph.text, paragraph.level]),
    [
      ['二季度工作安排', null],
      ['一、总体情况', 1],
      ['（一）主要成绩', 2],
      ['（二）存在问题', 2],
      ['二、下步打算', 1],
    ],
  );
  const settingsB = await fakeDocumentSettings(pageB);
  assert.ok(!JSON.stringify(settingsB).includes(li.token), 'no token in B’s document either');
  assert.match(JSON.stringify(settingsB), new RegExp(saved.id));

  // B's 模板 tab lists the team template too, marked 团队 with who changed it.
  await pageB.getByRole('tab', { name: '模板' }).click();
  const teamItem = pageB.locator('.template-item[data-scope="team"]', { hasText: '第三季度工作总结' });
  await teamItem.waitFor();
  assert.match((await teamItem.textContent()) ?? '', /^团队 第三季度工作总结.*张三 · \d+月\d+日/);

  // Reopening the taskpane keeps B signed in (the stored token is checked again).
  await pageB.reload();
  await pageB.waitForSelector('#app[data-ready="true"]');
  await pageB.getByRole('tab', { name: '团队' }).click();
  await pageB.locator('.user-name', { hasText: '已登录：李四' }).waitFor();

  // Signing out forgets the token.
  await pageB.getByRole('button', { name: '退出登录' }).click();
  assert.equal(await pageB.evaluate(() => localStorage.getItem('outline-addin.token')), null);
  await pageA.context().close();
  await pageB.context().close();
});

test('two editors save on the same version: the second is offered a choice, and overwriting keeps every version', async () => {
  const created = await call<{ id: string; version: number }>(zhang.token, 'POST', '/api/templates', {
    name: '年度工作计划',
    teamId,
    nodes: [
      { title: '总体要求', children: [{ title: '指导思想', children: [] }] },
      { title: '重点任务', children: [] },
    ],
  });
  const [pageA, pageB] = await Promise.all([openInWord({ paragraphs: [{ text: '' }] }), openInWord({ paragraphs: [{ text: '' }] })]);
  await Promise.all([signIn(pageA, zhang), signIn(pageB, li)]);
  // Both base their work on version 1.
  await insertTeamTemplate(pageA, /年度工作计划/, 3);
  await insertTeamTemplate(pageB, /年度工作计划/, 3);

  // A adds a heading and saves version 2.
  await typeParagraphs(pageA, [{ text: '三、保障措施', styleBuiltIn: 'Heading1' }]);
  await teamPanel(pageA).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(pageA, '找到 4 个标题');
  await teamPanel(pageA).getByRole('radio', { name: '新版本' }).check();
  assert.equal(await pickerValue(pageA, '要更新的模板'), created.id, 'the template the document came from');
  await teamPanel(pageA).getByText('文档来自此模板的第 1 版').waitFor();
  await teamPanel(pageA).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(pageA, '已保存“年度工作计划”第 2 版');

  // B, still on version 1, adds another heading and saves: refused, and asked.
  await typeParagraphs(pageB, [{ text: '（一）分解落实', styleBuiltIn: 'Heading2' }]);
  await saveHeadings(pageB, '新版本');
  const conflict = pageB.getByRole('alert');
  await conflict.waitFor();
  assert.match((await conflict.textContent()) ?? '', /张三.*第 2 版/);
  await conflict.getByRole('button', { name: '查看对方版本' }).click();
  await conflict.locator('.theirs h4', { hasText: '对方的第 2 版（张三' }).waitFor();
  assert.deepEqual(await conflict.locator('.theirs .outline-lines li').allTextContents(), ['一、总体要求', '（一）指导思想', '二、重点任务', '三、保障措施']);
  await conflict.getByRole('button', { name: '覆盖' }).click();
  await statusSays(pageB, '已保存“年度工作计划”第 3 版');
  assert.equal(await pageB.getByRole('alert').count(), 0, 'the choice is gone once saved');

  // Nothing was lost: 3, 2 and 1 are all in the history, with their authors and contents.
  const versions = await call<{ version: number; createdBy: string }[]>(zhang.token, 'GET', `/api/templates/${created.id}/versions`);
  assert.deepEqual(
    versions.map((version) => [version.version, version.createdBy]),
    [
      [3, '李四'],
      [2, '张三'],
      [1, '张三'],
    ],
  );
  const titles = async (version: number) => {
    const { content } = await call<{ content: { nodes: { title: string; children: { title: string }[] }[] } }>(zhang.token, 'GET', `/api/templates/${created.id}/versions/${version}`);
    return content.nodes.flatMap((node) => [node.title, ...node.children.map((child) => child.title)]);
  };
  assert.deepEqual(await titles(2), ['总体要求', '指导思想', '重点任务', '保障措施']);
  assert.deepEqual(await titles(3), ['总体要求', '指导思想', '重点任务', '分解落实']);

  // A's document is on version 2: opening the 团队 tab says the team has moved on, and shows how.
  await pageA.getByRole('tab', { name: '模板' }).click();
  await pageA.getByRole('tab', { name: '团队' }).click();
  const notice = pageA.locator('.update-notice');
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? '', /团队已有更新版本（v3，李四 \d+月\d+日更新）/);
  await notice.getByRole('button', { name: '查看差异' }).click();
  const diff = pageA.locator('.outline-diff');
  await diff.locator('h4', { hasText: '文档中的第 2 版 → 团队最新第 3 版' }).waitFor();
  assert.deepEqual(await diff.locator('li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), item.textContent])), [
    ['removed', '删除 1级 保障措施'],
    ['added', '新增 2级 分解落实'],
  ]);

  // The owner restores version 2 from the history: a new version 4, restored from 2.
  await teamPanel(pageA).locator('.version-list [data-version="2"]').click();
  await diff.locator('h4', { hasText: '第 2 版与当前第 3 版的差异' }).waitFor();
  await teamPanel(pageA).getByRole('button', { name: '恢复此版本' }).click();
  await statusSays(pageA, '已将第 2 版恢复为第 4 版');
  const restored = await call<{ version: number; restoredFrom: number | null }[]>(zhang.token, 'GET', `/api/templates/${created.id}/versions`);
  assert.deepEqual([restored[0].version, restored[0].restoredFrom], [4, 2]);

  // B's document is on version 3 while the team is on 4: B keeps both by saving a new template.
  await saveHeadings(pageB, '新版本');
  await pageB.getByRole('alert').getByRole('button', { name: '另存为新模板' }).click();
  await statusSays(pageB, '已保存为团队模板“年度工作计划（李四）”');
  const names = (await call<{ items: { name: string }[] }>(li.token, 'GET', `/api/templates?teamId=${teamId}&scope=team`)).items.map((item) => item.name);
  assert.ok(names.includes('年度工作计划') && names.includes('年度工作计划（李四）'), names.join(', '));
  await pageA.context().close();
  await pageB.context().close();
});

test('an editor moves a team template to the bin, a viewer cannot, and the owner restores it at the same version', async () => {
  const name = '季度督查提纲';
  const created = await call<{ id: string }>(zhang.token, 'POST', '/api/templates', { name, teamId, nodes: [{ title: '督查范围', children: [] }] });
  await call(
    zhang.token,
    'PUT',
    `/api/templates/${created.id}`,
    {
      name,
      nodes: [
        { title: '督查范围', children: [] },
        { title: '督查方式', children: [] },
      ],
    },
    { 'if-match': `"${created.id}-v1"` },
  );
  const inList = (page: Page) => teamPanel(page).locator('.template-list .template-item', { hasText: name });
  const binItem = (page: Page) => teamPanel(page).locator('.bin-list li', { hasText: name });

  // A viewer: no 删除, and the server refuses one anyway.
  const viewer = await openInWord();
  await signIn(viewer, wang);
  await inList(viewer).click();
  await teamPanel(viewer).locator('.template-name', { hasText: name }).waitFor();
  assert.equal(await teamPanel(viewer).getByRole('button', { name: '删除', exact: true }).count(), 0);
  const refused = await fetch(`${server.baseUrl}/api/templates/${created.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${wang.token}` } });
  assert.equal(refused.status, 403);
  await viewer.context().close();

  // The editor: 删除 asks first, in a dialog; 取消 changes nothing.
  const editor = await openInWord();
  await signIn(editor, li);
  await inList(editor).click();
  await teamPanel(editor).locator('.template-name', { hasText: name }).waitFor();
  await teamPanel(editor).getByRole('button', { name: '删除', exact: true }).click();
  const question = editor.getByRole('alertdialog', { name: new RegExp(`将“${name}”移入团队回收站`) });
  await question.waitFor();
  // The dialog's buttons are the page's own, slotted into Fluent's <dialog>.
  const confirm = teamPanel(editor).locator('fluent-dialog');
  assert.equal(await editor.evaluate(() => document.activeElement?.textContent), '取消', 'the safe answer has the focus');
  assert.match((await confirm.getByRole('button', { name: '确认删除' }).getAttribute('class')) ?? '', /\bdanger\b/, 'the destructive answer looks it');
  await confirm.getByRole('button', { name: '取消' }).click();
  await question.waitFor({ state: 'hidden' });
  assert.equal(await editor.evaluate(() => document.activeElement?.textContent), '删除');
  await teamPanel(editor).getByRole('button', { name: '删除', exact: true }).click();
  await confirm.getByRole('button', { name: '确认删除' }).click();
  assert.equal(await statusSays(editor, '已移入回收站'), '已移入回收站，所有者可恢复。');
  assert.equal(await inList(editor).count(), 0, 'gone from the team list');
  assert.equal(await teamPanel(editor).locator('.template-detail').isHidden(), true, 'the detail is cleared');
  assert.equal(await editor.evaluate(() => document.activeElement?.classList.contains('template-item')), true, 'the focus is back in the list');

  // In the bin, with who deleted it and when; an editor cannot restore.
  await teamPanel(editor).getByText('回收站', { exact: true }).click();
  await binItem(editor).waitFor();
  assert.match((await binItem(editor).textContent()) ?? '', /v2 · 李四 删除 · \d+月\d+日 \d{2}:\d{2}/);
  assert.equal(await binItem(editor).getByRole('button').count(), 0);
  await teamPanel(editor).getByText('只有团队所有者可以从回收站恢复模板').waitFor();
  await editor.context().close();

  // The owner restores it: back in the list at version 2, and the bin is empty.
  const owner = await openInWord();
  await signIn(owner, zhang);
  await teamPanel(owner).getByText('回收站', { exact: true }).click();
  await binItem(owner).getByRole('button', { name: '恢复' }).click();
  await statusSays(owner, `已恢复“${name}”（第 2 版）`);
  assert.match((await inList(owner).textContent()) ?? '', /v2 · 张三/);
  assert.equal(await owner.evaluate(() => document.activeElement?.getAttribute('data-template-id')), created.id, 'the focus is on the restored template');
  await teamPanel(owner).getByText('回收站是空的。').waitFor();
  const restored = await call<{ version: number; nodes: { title: string }[] }>(li.token, 'GET', `/api/templates/${created.id}`);
  assert.deepEqual([restored.version, restored.nodes.map((node) => node.title)], [2, ['督查范围', '督查方式']]);
  await owner.context().close();
});

test('Escape answers 删除 with 取消; once 确认删除 is pressed, neither 取消 nor Escape closes the dialog while the template is deleted', async () => {
  const name = '年度考核提纲';
  const created = await call<{ id: string }>(zhang.token, 'POST', '/api/templates', { name, teamId, nodes: [{ title: '考核内容', children: [] }] });
  const editor = await openInWord();
  await signIn(editor, li);
  await teamPanel(editor).locator('.template-list .template-item', { hasText: name }).click();
  // Opened: the focus moves to its name last, after the preview and the history are shown.
  await editor.waitForFunction(() => document.activeElement?.classList.contains('template-name'));
  const deleteButton = teamPanel(editor).getByRole('button', { name: '删除', exact: true });
  const question = editor.getByRole('alertdialog', { name: new RegExp(`将“${name}”移入团队回收站`) });
  // The dialog's buttons are the page's own, slotted into Fluent's <dialog>.
  const buttons = teamPanel(editor).locator('fluent-dialog');

  await deleteButton.click();
  await question.waitFor();
  await editor.keyboard.press('Escape');
  await question.waitFor({ state: 'hidden' });
  assert.equal(await editor.evaluate(() => document.activeElement?.textContent), '删除', 'the focus is back on 删除');

  // The deletion is held at the network until the dialog has been tried.
  let releaseDeletion!: () => void;
  const deletionHeld = new Promise<void>((resolve) => (releaseDeletion = resolve));
  await editor.route(`**/api/templates/${created.id}`, async (route) => {
    if (route.request().method() === 'DELETE') await deletionHeld;
    await route.continue();
  });
  await deleteButton.click();
  await buttons.getByRole('button', { name: '确认删除' }).click();
  await statusSays(editor, '正在移入回收站');
  // Open, not just still drawn: Fluent's closing animation keeps a closed dialog visible for a while.
  const isOpen = () => question.evaluate((dialog) => dialog.matches(':modal'));
  await editor.keyboard.press('Escape');
  assert.equal(await isOpen(), true, 'Escape does not close the dialog while the template is deleted');
  await buttons.getByRole('button', { name: '取消' }).click({ force: true });
  assert.equal(await isOpen(), true, '取消 does not close the dialog while the template is deleted');
  releaseDeletion();
  await statusSays(editor, '已移入回收站');
  await question.waitFor({ state: 'hidden' });
  await editor.context().close();
});

test('a viewer can insert but not save; a wrong token is refused and not kept', async () => {
  const page = await openInWord();
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByLabel('访问令牌').fill('not-a-real-token');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await statusSays(page, '令牌无效或已撤销，请重新登录');
  assert.equal(await page.evaluate(() => localStorage.getItem('outline-addin.token')), null);

  await signIn(page, wang);
  assert.match((await page.locator('.role-line').textContent()) ?? '', /查看者/);
  await teamPanel(page).getByText('你是此团队的查看者').waitFor();
  assert.equal(await teamPanel(page).getByRole('button', { name: '读取文档标题' }).isDisabled(), true);
  await insertTeamTemplate(page, /第三季度工作总结/, 4);
  // An insert refreshes the team list and the update notices: they finish before the token goes.
  await settled(page);

  // The token is revoked meanwhile: the next request is refused, and the taskpane signs out and says so.
  const [token] = await call<{ id: string }[]>(wang.token, 'GET', '/api/users/me/tokens');
  await call(wang.token, 'DELETE', `/api/users/me/tokens/${token.id}`);
  await teamPanel(page)
    .locator('.template-list')
    .getByRole('option', { name: /第三季度工作总结/ })
    .click();
  await statusSays(page, '令牌无效或已撤销，请重新登录');
  await page.getByLabel('访问令牌').waitFor();
  assert.equal(await page.locator('.team-section').isHidden(), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('outline-addin.token')), null);
  await page.context().close();
});

test("focus follows sign-in and sign-out, a missing name is said plainly at its field, and Word on the web's partition keeps the token", async () => {
  const page = await openInWord({
    partitionKey: 'pk-7:',
    paragraphs: [
      { text: '一、总体要求', styleBuiltIn: 'Heading1' },
      { text: '二、主要任务', styleBuiltIn: 'Heading1' },
    ],
  });
  await signIn(page, li);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '已登录：李四', 'the focus is on who signed in');
  const stored = await page.evaluate(() => ({ partitioned: localStorage.getItem('pk-7:outline-addin.token'), plain: localStorage.getItem('outline-addin.token') }));
  assert.equal(stored.partitioned, li.token);
  assert.equal(stored.plain, null, 'nothing outside the partition');

  // A template without a name: said as it is, and the focus goes to the name.
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  await teamPanel(page).getByLabel('模板名称').fill('');
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  const message = await statusSays(page, '请填写模板名称');
  assert.equal(message, '请填写模板名称。');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id), await teamPanel(page).getByLabel('模板名称').getAttribute('id'));

  // A new team without a name: the same.
  await teamPanel(page).getByText('新建团队').click();
  await teamPanel(page).getByRole('button', { name: '创建团队' }).click();
  await statusSays(page, '请填写团队名称。');
  assert.equal(await page.evaluate(() => document.activeElement?.id), await teamPanel(page).getByLabel('团队名称').getAttribute('id'));

  await teamPanel(page).getByRole('button', { name: '退出登录' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), await page.getByLabel('访问令牌').getAttribute('id'), 'the focus is on the token field');
  assert.equal(await page.evaluate(() => localStorage.getItem('pk-7:outline-addin.token')), null);
  await page.context().close();
});
