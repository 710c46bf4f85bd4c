// Screenshots of the taskpane at Word's task pane width, for the README:
//   docs/taskpane.png       the 模板 tab, a template opened in the 公文 style (light theme);
//   docs/taskpane-dark.png  the same in the dark theme;
//   docs/taskpane-numbering-mode.png  the same template with 编号方式 Word 自动编号 and 排版 公文 chosen;
//   docs/taskpane-team.png  the 团队 tab, signed in, a team template opened (only with OUTLINE_ADMIN_TOKEN);
//   docs/taskpane-update.png  the merge preview of 更新到新版本: a team template inserted and written under,
//                           then given a new version by the team (only with OUTLINE_ADMIN_TOKEN).
//
//   node scripts/screenshot.mjs [server base URL, default http://127.0.0.1:5000]
//   OUTLINE_ADMIN_TOKEN=<the server's Auth:AdminToken> node scripts/screenshot.mjs …
//
// Needs a running server (`dotnet run --project server`) and Debian's chromium with fonts-noto-cjk.
// Office.js is served from node_modules so no internet is needed; the page runs as the browser
// preview. For the team screenshot the script creates demo users, a team and two templates on that
// server: point it at a throw-away database (ConnectionStrings__Outline), not a production one.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const taskpaneRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = { light: resolve(taskpaneRoot, '../docs/taskpane.png'), dark: resolve(taskpaneRoot, '../docs/taskpane-dark.png') };
const teamOutput = resolve(taskpaneRoot, '../docs/taskpane-team.png');
const numberingModeOutput = resolve(taskpaneRoot, '../docs/taskpane-numbering-mode.png');
const updateOutput = resolve(taskpaneRoot, '../docs/taskpane-update.png');
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5000').replace(/\/+$/, '');
const adminToken = process.env.OUTLINE_ADMIN_TOKEN;
const officeJsDist = join(taskpaneRoot, 'node_modules/@microsoft/office-js/dist');

async function call(token, method, path, body, headers = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Demo team: 张三 owns 综合办公室, 李四 edits; two templates, one with a few versions. Returns 张三's token. */
async function createDemoTeam() {
  const zhang = await call(adminToken, 'POST', '/api/users', { name: '张三' });
  const li = await call(adminToken, 'POST', '/api/users', { name: '李四' });
  const team = await call(zhang.token, 'POST', '/api/teams', { name: '综合办公室' });
  await call(zhang.token, 'POST', `/api/teams/${team.id}/members`, { userId: li.id, role: 'editor' });
  const node = (title, children = []) => ({ title, children });
  await call(zhang.token, 'POST', '/api/templates', {
    name: '党支部年度工作计划',
    teamId: team.id,
    nodes: [node('指导思想'), node('主要任务', [node('加强政治建设'), node('加强组织建设')]), node('保障措施')],
  });
  const nodes = [node('工作回顾', [node('主要成绩'), node('存在问题')]), node('下步打算', [node('重点任务')])];
  const summary = await call(li.token, 'POST', '/api/templates', { name: '季度工作总结', teamId: team.id, nodes });
  nodes[1].children.push(node('保障措施'));
  await call(li.token, 'PUT', `/api/templates/${summary.id}`, { name: '季度工作总结', nodes }, { 'if-match': `"${summary.id}-v1"` });
  return { token: zhang.token, teamId: team.id };
}

const outlineV1 = [
  { title: '指导思想', children: [] },
  {
    title: '重点任务',
    children: [
      { title: '加强政治建设', children: [] },
      { title: '加强组织建设', children: [] },
      { title: '加强作风建设', children: [] },
    ],
  },
  { title: '保障措施', children: [] },
  { title: '其他事项', children: [] },
];
const outlineV2 = [
  { title: '指导思想和目标', children: [] },
  { title: '保障措施', children: [{ title: '加强经费保障', children: [] }] },
  {
    title: '重点任务',
    children: [
      { title: '加强作风建设', children: [] },
      { title: '加强政治建设', children: [] },
      { title: '加强纪律建设', children: [] },
    ],
  },
];

/** Body paragraphs typed after the heading holding `after` (Normal style), through the Word API the page runs on (the preview's fake). */
async function writeAfter(page, after, text, { atOutlineEnd = false } = {}) {
  await page.evaluate(
    ({ after, text, atOutlineEnd }) =>
      Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        const controls = context.document.body.contentControls;
        paragraphs.load('items/text');
        controls.load('items/id');
        await context.sync();
        const heading = paragraphs.items.find((paragraph) => paragraph.text.includes(after));
        // After the outline's last paragraph, the control's end: insertParagraph 'After' it lands outside the control (OfficeDev/office-js#3176).
        const body = atOutlineEnd ? controls.items[0].insertParagraph(text, 'End') : heading.insertParagraph(text, 'After');
        body.styleBuiltIn = 'Normal';
        await context.sync();
      }),
    { after, text, atOutlineEnd },
  );
}

/**
 * 更新到新版本: 党支部工作要点 inserted from the 团队 tab, the user's writing under three of its headings,
 * then the team's version 2 (renamed, reordered, a heading with text removed, a new one): the preview.
 */
async function shootUpdate(page, { token, teamId }, output) {
  const created = await call(token, 'POST', '/api/templates', { name: '党支部工作要点', teamId, nodes: outlineV1 });
  const panel = page.locator('[role="tabpanel"]:not([hidden])');
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tab', { name: '团队' }).click();
  await panel.locator('.template-item', { hasText: '党支部工作要点' }).click();
  await panel.locator('.outline-lines li').first().filter({ hasText: '指导思想' }).waitFor();
  await panel.getByRole('button', { name: '插入到文档' }).click();
  await page.locator('.status').filter({ hasText: '已插入' }).waitFor();
  await writeAfter(page, '加强作风建设', '开展作风建设专项整治，每季度通报一次，全年不少于四次集中检查。');
  await writeAfter(page, '保障措施', '落实责任分工，支部书记亲自抓，班子成员分工负责。');
  await writeAfter(page, '其他事项', '其他事项由支部委员会另行研究。', { atOutlineEnd: true });
  await call(token, 'PUT', `/api/templates/${created.id}`, { name: '党支部工作要点', nodes: outlineV2 }, { 'if-match': `"${created.id}-v1"` });
  await page.getByRole('tab', { name: '模板' }).click();
  await page.getByRole('tab', { name: '团队' }).click();
  await panel.getByRole('button', { name: '更新“党支部工作要点”到新版本' }).click();
  await panel.locator('.merge-preview .merge-counts').waitFor();
  await page.evaluate(() => document.activeElement?.blur?.());
  const { top, height } = await panel.locator('.document-outlines').evaluate((section) => {
    const box = section.getBoundingClientRect();
    return { top: box.top + window.scrollY, height: box.height };
  });
  await page.screenshot({ path: output, fullPage: true, clip: { x: 0, y: top - 8, width: 320, height: height + 16 } });
  console.log(`wrote ${output}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** The taskpane as the browser preview (Office.js from node_modules), in the system's light or dark theme. */
async function openTaskpane(colorScheme) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 2, locale: 'zh-CN', colorScheme });
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort('internetdisconnected'),
  );
  await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    const body = await readFile(join(officeJsDist, path)).catch(() => null);
    await (body ? route.fulfill({ body, contentType: 'text/javascript' }) : route.fulfill({ status: 404, body: '' }));
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/taskpane/`);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  return page;
}

/** The 模板 tab with the second built-in template open in the 公文 style. */
async function shootTemplates(page, output) {
  await page.locator('.template-item[data-scope="builtin"]').nth(1).click();
  await page.getByRole('tabpanel').getByRole('combobox', { name: '编号样式' }).click();
  await page.locator('[role="tabpanel"]:not([hidden]) fluent-option[value="gongwen"]').click();
  await page.locator('.outline-lines li').first().filter({ hasText: /^一、/ }).waitFor();
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
}

/** The 编号方式 and 排版 choices of the template open in the 模板 tab: Word 自动编号, 公文 with level 3 bold. */
async function shootNumberingMode(page, output) {
  const panel = page.locator('[role="tabpanel"]:not([hidden])');
  await panel.getByRole('radio', { name: 'Word 自动编号' }).check();
  await panel.getByRole('radio', { name: '公文（GB/T 9704）' }).check();
  await panel.getByRole('checkbox', { name: '三级标题加粗' }).check();
  await page.evaluate(() => document.activeElement?.blur?.());
  // The template's detail, at the pane's full width (its margins too).
  const { top, height } = await panel.locator('.template-detail').evaluate((detail) => {
    const box = detail.getBoundingClientRect();
    return { top: box.top + window.scrollY, height: box.height };
  });
  await page.screenshot({ path: output, fullPage: true, clip: { x: 0, y: top - 2, width: 320, height: height + 14 } });
  // The choice is every tab's: the team screenshot that follows shows the defaults again.
  await panel.getByRole('radio', { name: '文本编号' }).check();
  await panel.getByRole('radio', { name: '无', exact: true }).check();
  console.log(`wrote ${output}`);
}

try {
  await shootTemplates(await openTaskpane('dark'), outputs.dark);
  const page = await openTaskpane('light');
  await shootTemplates(page, outputs.light);
  await shootNumberingMode(page, numberingModeOutput);

  if (adminToken) {
    const demo = await createDemoTeam();
    const { token } = demo;
    await page.getByRole('tab', { name: '团队' }).click();
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('.user-name').filter({ hasText: '张三' }).waitFor();
    await page.getByRole('tabpanel').locator('.template-item', { hasText: '季度工作总结' }).click();
    await page.getByRole('tabpanel').locator('.outline-lines li').first().filter({ hasText: /^一、/ }).waitFor();
    await page.getByRole('tabpanel').locator('.version-list [data-version="1"]').click();
    await page.locator('.outline-diff li').first().waitFor();
    await page.evaluate(() => document.activeElement?.blur?.());
    await page.screenshot({ path: teamOutput, fullPage: true, clip: { x: 0, y: 0, width: 320, height: 1100 } });
    console.log(`wrote ${teamOutput}`);
    await shootUpdate(page, demo, updateOutput);
  }
} finally {
  await browser.close();
}
