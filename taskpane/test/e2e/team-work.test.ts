/**
 * The 团队 tab as a team works with it: never acting on another template than the one highlighted
 * (删除 included), a list that does not go stale, the team's own styles in every picker, times in
 * the team's zone, small forms that Enter submits, a save form that clears, a duplicate name offered
 * as a new version, and an identical save that makes no version.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openTaskpane, withFakeWordHost, type FakeHostOptions } from './browser.ts';
import { choose, failAnswers, holdAnswers, picker, pickerOffers, pickerValue, renderedLines, requestSettled, settled, statusSays } from './page-helpers.ts';
import { startServer, type RunningServer } from './server.ts';
import { callApi, createUser, signIn, type TestUser } from './team-api.ts';

let server: RunningServer;
let browser: Browser;

let zhang: TestUser;
let li: TestUser;
let teamId: string;

/** An API request as `token`'s bearer to this run's server. */
const call = <T>(token: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => callApi<T>(server, token, method, path, body, headers);

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  [zhang, li] = await Promise.all([createUser(server, '张三'), createUser(server, '李四')]);
  ({ id: teamId } = (await call<{ id: string }>(zhang.token, 'POST', '/api/teams', { name: '第二党支部' })).value);
  await call(zhang.token, 'POST', `/api/teams/${teamId}/members`, { userId: li.id, role: 'editor' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function createTemplate(name: string, titles: string[]): Promise<string> {
  const { value } = await call<{ id: string }>(zhang.token, 'POST', '/api/templates', { name, teamId, nodes: titles.map((title) => ({ title, children: [] })) });
  return value.id;
}

async function openInWord(options: FakeHostOptions = {}, contextOptions: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, ...contextOptions });
  await withFakeWordHost(context, server.baseUrl, options);
  return openTaskpane(context, server.baseUrl);
}

const teamPanel = (page: Page) => page.getByRole('tabpanel');
/** A template of the team list, found by its text. */
const listed = (page: Page, name: string) => teamPanel(page).locator('.template-list .template-item', { hasText: name });
const templatePath = (id: string) => (url: URL) => url.pathname === `/api/templates/${id}`;

test('in 团队, clicking A then B while A is slow shows B, and 删除 moves B to the bin, not A', async () => {
  const idA = await createTemplate('甲方案', ['甲一']);
  const idB = await createTemplate('乙方案', ['乙一']);
  const page = await openInWord();
  await signIn(page, zhang);
  const slowA = await holdAnswers(page, templatePath(idA));
  const aSettled = requestSettled(page, templatePath(idA));
  await listed(page, '甲方案').click();
  await listed(page, '乙方案').click();
  await teamPanel(page).locator('.template-name', { hasText: '乙方案' }).waitFor();
  slowA.release();
  await aSettled;
  await settled(page);
  assert.equal(await teamPanel(page).locator('.template-name').textContent(), '乙方案');
  assert.equal(await listed(page, '乙方案').getAttribute('aria-selected'), 'true');
  assert.equal(await listed(page, '甲方案').getAttribute('aria-selected'), 'false');

  await teamPanel(page).getByRole('button', { name: '删除', exact: true }).click();
  await teamPanel(page).getByRole('button', { name: '确认删除' }).click();
  await statusSays(page, '已移入回收站');
  const bin = (await call<{ id: string }[]>(zhang.token, 'GET', `/api/teams/${teamId}/bin`)).value;
  assert.ok(
    bin.some((entry) => entry.id === idB),
    'B is in the bin',
  );
  assert.ok(!bin.some((entry) => entry.id === idA), 'A is not');
  await page.context().close();
});

test('in 团队, a template that fails to open leaves the shown one highlighted and the target of 删除', async () => {
  await createTemplate('丙方案', ['丙一']);
  const idD = await createTemplate('丁方案', ['丁一']);
  const page = await openInWord();
  await signIn(page, zhang);
  await listed(page, '丙方案').click();
  await renderedLines(page, /.+/);
  await failAnswers(page, templatePath(idD), 500, '模板暂时无法读取。');
  await listed(page, '丁方案').click();
  await statusSays(page, '模板暂时无法读取。');
  assert.equal(await listed(page, '丙方案').getAttribute('aria-selected'), 'true');
  assert.equal(await listed(page, '丁方案').getAttribute('aria-selected'), 'false');
  await teamPanel(page).getByRole('button', { name: '删除', exact: true }).click();
  // The question (a Fluent alert dialog, named by it) is about the template shown.
  await page.getByRole('alertdialog', { name: /将“丙方案”移入团队回收站/ }).waitFor();
  await page.context().close();
});

test('in 团队, while B opens the history waits for it, and a reload that drops the shown A (deleted elsewhere) does not lose B', async () => {
  const idA = await createTemplate('旧显示方案', ['旧一']);
  const idB = await createTemplate('新打开方案', ['新一']);
  const page = await openInWord();
  await signIn(page, zhang);
  await listed(page, '旧显示方案').click();
  await renderedLines(page, /.+/);
  const versionOfA = teamPanel(page).locator('.version-list button').first();
  await versionOfA.waitFor();
  const slowB = await holdAnswers(page, templatePath(idB));
  await listed(page, '新打开方案').click();
  assert.equal(await versionOfA.isDisabled(), true, 'A’s versions wait while B is opening');

  await call(zhang.token, 'DELETE', `/api/templates/${idA}`);
  const listReloaded = requestSettled(page, (url) => url.pathname === '/api/templates' && url.searchParams.get('teamId') === teamId);
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tab', { name: '团队' }).click();
  await listReloaded;
  await listed(page, '旧显示方案').waitFor({ state: 'detached' });
  slowB.release();
  await teamPanel(page).locator('.template-name', { hasText: '新打开方案' }).waitFor();
  assert.equal(await listed(page, '新打开方案').getAttribute('aria-selected'), 'true');
  await page.context().close();
});

test('teams that fail to load at sign-in keep their failure and 重试 shown, not replaced by 已登录', async () => {
  const page = await openInWord();
  let failTeams = true;
  await page.route(
    (url) => url.pathname === '/api/teams',
    (route) =>
      failTeams && route.request().method() === 'GET'
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: '服务暂不可用', status: 503, detail: '团队暂时无法读取。' }) })
        : route.continue(),
  );
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByLabel('访问令牌').fill(zhang.token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await statusSays(page, /团队暂时无法读取。/);
  await settled(page);
  assert.match((await page.locator('.status').textContent()) ?? '', /团队暂时无法读取。/);
  failTeams = false;
  await page.locator('.status').getByRole('button', { name: '重试' }).click();
  await page.locator('.team-section .list-summary').filter({ hasText: /模板/ }).waitFor();
  await page.context().close();
});

test('showing the 团队 tab again reloads its list: a version someone saved meanwhile shows with its author', async () => {
  const id = await createTemplate('戊方案', ['戊一']);
  const page = await openInWord();
  await signIn(page, zhang);
  assert.match((await listed(page, '戊方案').textContent()) ?? '', /v1 · 张三/);
  const { etag } = await call(li.token, 'GET', `/api/templates/${id}`);
  await call(
    li.token,
    'PUT',
    `/api/templates/${id}`,
    {
      name: '戊方案',
      nodes: [
        { title: '戊一', children: [] },
        { title: '戊二', children: [] },
      ],
    },
    { 'if-match': etag! },
  );
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tab', { name: '团队' }).click();
  await listed(page, '戊方案').filter({ hasText: 'v2 · 李四' }).waitFor();
  await page.context().close();
});

test('after a save, the form clears and the 模板 tab’s list shows who saved', async () => {
  await createTemplate('己方案', ['己一']);
  const page = await openInWord({
    paragraphs: [
      { text: '一、己一', styleBuiltIn: 'Heading1' },
      { text: '二、己二', styleBuiltIn: 'Heading1' },
    ],
  });
  await signIn(page, li);
  // The 模板 tab lists the team template as 张三's.
  await page.getByRole('tab', { name: '模板' }).click();
  const inTemplates = page.getByRole('tabpanel').locator('.template-item[data-scope="team"]', { hasText: '己方案' });
  await inTemplates.filter({ hasText: '张三' }).waitFor();
  await page.getByRole('tab', { name: '团队' }).click();

  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  await teamPanel(page).getByRole('radio', { name: '新版本' }).check();
  await choose(picker(page, '要更新的模板'), { label: '己方案' });
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(page, '已保存“己方案”第 2 版');
  assert.equal(await teamPanel(page).locator('.capture-result').isHidden(), true, 'the form clears');
  await listed(page, '己方案').filter({ hasText: 'v2 · 李四' }).waitFor();
  await page.getByRole('tab', { name: '模板' }).click();
  await inTemplates.filter({ hasText: '李四' }).waitFor();
  await page.context().close();
});

test('Enter submits the small forms: a new team’s name, a template’s name', async () => {
  const page = await openInWord({ paragraphs: [{ text: '一、庚一', styleBuiltIn: 'Heading1' }] });
  await signIn(page, li);
  await teamPanel(page).getByText('新建团队').click();
  await teamPanel(page).getByLabel('团队名称').fill('第三党支部');
  await teamPanel(page).getByLabel('团队名称').press('Enter');
  await statusSays(page, '已创建团队“第三党支部”');
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 1 个标题');
  await teamPanel(page).getByLabel('模板名称').fill('庚方案');
  await teamPanel(page).getByLabel('模板名称').press('Enter');
  await statusSays(page, '已保存为团队模板“庚方案”');
  await page.context().close();
});

test('the team’s own numbering styles appear in every style picker once its member signs in', async () => {
  await createTemplate('壬方案', ['壬一']);
  await call(zhang.token, 'POST', '/api/numbering-styles', {
    teamId,
    name: '支部专用',
    nameEn: 'Branch style',
    levels: [
      { numFmt: 'chineseCounting', lvlText: '第%1部分' },
      { numFmt: 'decimal', lvlText: '%2)' },
    ],
  });
  const page = await openInWord();
  // Every style picker in view: a built-in template open in 模板, 编号's target, a parsed outline in 导入.
  await page.locator('.template-list .template-item').first().click();
  await page.getByRole('tab', { name: '导入' }).click();
  await page.getByLabel('粘贴提纲文本').fill('一、总体要求');
  await page.getByRole('button', { name: '解析' }).click();
  await renderedLines(page, /总体要求/);
  const pickers: [tab: string, label: string][] = [
    ['模板', '编号样式'],
    ['编号', '目标样式'],
    ['导入', '编号样式'],
  ];
  for (const [tab, label] of pickers) {
    await page.getByRole('tab', { name: tab }).click();
    await pickerOffers(picker(page, label), '公文标准');
    assert.equal(await picker(page, label).locator('option', { hasText: '支部专用' }).count(), 0, `signed out: not in ${tab}`);
  }
  // 张三 is in this team only (李四 made another one above): its templates are the ones listed.
  await signIn(page, zhang);
  await listed(page, '壬方案').click();
  await pickerOffers(picker(page, '编号样式'), '支部专用');
  // Signing in closed the template open in 模板 (its list changed): open one again.
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tabpanel').locator('.template-list .template-item').first().click();
  for (const [tab, label] of pickers) {
    await page.getByRole('tab', { name: tab }).click();
    await pickerOffers(picker(page, label), '支部专用');
  }
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('tab', { name: '模板' }).click();
  await pickerOffers(picker(page, '编号样式'), '支部专用', false);
  await page.context().close();
});

test('times are shown in the team’s zone, named when the browser is elsewhere', async () => {
  await createTemplate('辛方案', ['辛一']);
  const page = await openInWord({}, { timezoneId: 'Europe/Berlin' });
  await signIn(page, zhang);
  assert.match((await listed(page, '辛方案').textContent()) ?? '', /v1 · 张三 · \d+月\d+日（中国标准时间）/);
  await listed(page, '辛方案').click();
  await teamPanel(page).locator('.version-list [data-version="1"]').waitFor();
  assert.match((await teamPanel(page).locator('.version-list [data-version="1"]').textContent()) ?? '', /\d{2}:\d{2}（中国标准时间）/);
  assert.equal(await pickerValue(page, '团队'), teamId);
  await page.context().close();
});

test('a new template with a name the team has is refused with the server’s words, and 保存为新版本 saves a version of that one', async () => {
  const existing = await createTemplate('癸方案', ['癸一']);
  const page = await openInWord({
    paragraphs: [
      { text: '一、癸一', styleBuiltIn: 'Heading1' },
      { text: '二、癸二', styleBuiltIn: 'Heading1' },
    ],
  });
  await signIn(page, zhang);
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  await teamPanel(page).getByLabel('模板名称').fill('癸方案');
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  const refusal = teamPanel(page).locator('.duplicate-name');
  await refusal.waitFor();
  assert.match((await refusal.textContent()) ?? '', /癸方案/);
  await refusal.getByRole('button', { name: '保存为新版本' }).click();
  assert.equal(await teamPanel(page).getByRole('radio', { name: '新版本' }).isChecked(), true);
  assert.equal(await pickerValue(page, '要更新的模板'), existing, 'the existing template is the one to update');
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(page, '已保存“癸方案”第 2 版');
  const versions = (await call<{ version: number }[]>(zhang.token, 'GET', `/api/templates/${existing}/versions`)).value;
  assert.deepEqual(
    versions.map((version) => version.version),
    [2, 1],
  );
  await page.context().close();
});

test('saving headings identical to the version the document holds says so, and makes no new version', async () => {
  const page = await openInWord({
    paragraphs: [
      { text: '一、子一', styleBuiltIn: 'Heading1' },
      { text: '二、子二', styleBuiltIn: 'Heading1' },
    ],
  });
  await signIn(page, zhang);
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  await teamPanel(page).getByLabel('模板名称').fill('子方案');
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  await statusSays(page, '已保存为团队模板“子方案”（第 1 版）');
  // The same headings again, as a new version of what the document now holds.
  await teamPanel(page).getByRole('button', { name: '读取文档标题' }).click();
  await statusSays(page, '找到 2 个标题');
  await teamPanel(page).getByRole('radio', { name: '新版本' }).check();
  await teamPanel(page).getByText('文档来自此模板的第 1 版').waitFor();
  await teamPanel(page).getByRole('button', { name: '保存', exact: true }).click();
  assert.equal(await statusSays(page, '已是最新'), '已是最新：内容与第 1 版相同，没有生成新版本。');
  const id = await chosenTemplateId(page, '子方案');
  const versions = (await call<{ version: number }[]>(zhang.token, 'GET', `/api/templates/${id}/versions`)).value;
  assert.equal(versions.length, 1);
  await listed(page, '子方案').filter({ hasText: 'v1 · 张三' }).waitFor();
  await page.context().close();
});

/** The id of the team template `name` as listed. */
async function chosenTemplateId(page: Page, name: string): Promise<string> {
  return (await listed(page, name).getAttribute('data-template-id'))!;
}

test('a team in another zone has every time in its zone, named, even for a browser in China', async () => {
  const wang = (await call<TestUser>(server.adminToken, 'POST', '/api/users', { name: '王五' })).value;
  const tokyo = (await call<{ id: string; timeZone: string }>(wang.token, 'POST', '/api/teams', { name: '东京办事处', timeZone: 'Asia/Tokyo' })).value;
  assert.equal(tokyo.timeZone, 'Asia/Tokyo');
  await call(wang.token, 'POST', '/api/templates', { name: '丑方案', teamId: tokyo.id, nodes: [{ title: '丑一', children: [] }] });
  const page = await openInWord();
  await signIn(page, wang);
  assert.match((await listed(page, '丑方案').textContent()) ?? '', /v1 · 王五 · \d+月\d+日（日本标准时间）/);
  // The 模板 tab's list too: one zone on the whole page.
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tabpanel').locator('.template-item[data-scope="team"]', { hasText: '丑方案' }).filter({ hasText: '（日本标准时间）' }).waitFor();
  await page.context().close();
});
