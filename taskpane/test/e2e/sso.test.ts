/**
 * Office single sign-on, end to end: the real server accepts the tokens of a local identity provider
 * (identity-provider.ts: discovery document and keys on loopback http, as Auth:MetadataAddress allows),
 * and the fake Office (fake-office-host.ts) hands the taskpane tokens that provider signed, or fails as
 * Office does. A second server, without Auth:ClientId, is a deployment that has not set it up.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { fakeAccessTokenRequests, launchBrowser, openTaskpane, withFakeWordHost, withRealOfficeJs, type FakeHostOptions } from './browser.ts';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';
import { statusSays } from './page-helpers.ts';
import { startServer, type RunningServer } from './server.ts';
import { callApi, createUser, type TestUser } from './team-api.ts';

let identityProvider: IdentityProvider;
let server: RunningServer;
let plainServer: RunningServer;
let browser: Browser;

const officeButton = (page: Page) => page.getByRole('button', { name: '使用单位账号登录' });
const signedInAs = (page: Page, name: string) => page.locator('.user-name', { hasText: `已登录：${name}` }).waitFor();

before(async () => {
  identityProvider = await startIdentityProvider();
  [server, plainServer, browser] = await Promise.all([startServer({ environment: identityProvider.serverEnvironment }), startServer(), launchBrowser()]);
  // 王书记 has signed in before (the server made a user of the token's subject) and has a team with a template.
  const token = identityProvider.accessToken('entra-wang', '王书记');
  const { value: team } = await callApi<{ id: string }>(server, token, 'POST', '/api/teams', { name: '县委办公室' });
  await callApi(server, token, 'POST', '/api/templates', {
    name: '季度工作总结',
    teamId: team.id,
    nodes: [{ title: '总体情况', children: [] }],
    defaultStyleId: 'gongwen',
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.stop(), plainServer?.stop(), identityProvider?.stop()]);
});

async function openInWord(options: FakeHostOptions, on: RunningServer = server): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await withFakeWordHost(context, on.baseUrl, options);
  return openTaskpane(context, on.baseUrl);
}

/** Signs in with an access token on the 团队 tab, as before single sign-on (the user need not be in a team). */
async function signInWithToken(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel('访问令牌').fill(user.token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await signedInAs(page, user.name);
}

/** Everything the page keeps in its browser storage, as one string. */
const storedText = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));

test('signed in to Office: the 团队 tab is signed in at start-up, without a prompt, and lists the team’s templates', async () => {
  const token = identityProvider.accessToken('entra-wang', '王书记');
  const page = await openInWord({ accessTokens: [token] });

  await page.getByRole('tab', { name: '团队' }).click();
  await signedInAs(page, '王书记');
  await page
    .locator('.team-section .template-list')
    .getByRole('option', { name: /季度工作总结/ })
    .waitFor();
  assert.match((await page.locator('.role-line').textContent()) ?? '', /所有者/);
  assert.deepEqual(await fakeAccessTokenRequests(page), [{}], 'asked once, silently: no sign-in or consent prompt at start-up');
  assert.equal((await storedText(page)).includes(token), false, 'the token is never stored');
  await page.context().close();
});

test('a token the server refuses (expired) is asked of Office again, and the new one signs in', async () => {
  const expired = identityProvider.accessToken('entra-wang', '王书记', -3600);
  const fresh = identityProvider.accessToken('entra-wang', '王书记');
  const page = await openInWord({ accessTokens: [expired, fresh] });

  await page.getByRole('tab', { name: '团队' }).click();
  await signedInAs(page, '王书记');
  await page
    .locator('.team-section .template-list')
    .getByRole('option', { name: /季度工作总结/ })
    .waitFor();
  assert.equal((await fakeAccessTokenRequests(page)).length, 2);
  await page.context().close();
});

test('not signed in to Office (13001): nothing is said at start-up; the button says why, and the access token signs in', async () => {
  const page = await openInWord({ accessTokens: [{ code: 13001 }] });
  await page.getByRole('tab', { name: '团队' }).click();
  await officeButton(page).waitFor();
  assert.equal(await page.locator('.team-section').isHidden(), true);
  assert.equal(await page.locator('[data-kind="error"]').count(), 0, 'a silent try that fails is no error');
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id),
    [],
    'axe finds nothing serious in the two ways to sign in',
  );

  await officeButton(page).click();
  await statusSays(page, /你还没有登录 Office.*访问令牌/);
  assert.deepEqual((await fakeAccessTokenRequests(page)).at(-1), { allowSignInPrompt: true, allowConsentPrompt: true }, 'the button lets Office prompt');
  assert.equal(await page.getByLabel('访问令牌').evaluate((input) => input === document.activeElement), true, 'the access token is next');

  await signInWithToken(page, await createUser(server, '李干事'));
  assert.equal((await storedText(page)).includes('oat_'), true, 'an access token is remembered, as before');
  await page.context().close();
});

test('the user cancels Office’s sign-in (13002): it says so, and the button can be pressed again', async () => {
  const token = identityProvider.accessToken('entra-wang', '王书记');
  const page = await openInWord({ accessTokens: [{ code: 13001 }, { code: 13002 }, token] });
  await page.getByRole('tab', { name: '团队' }).click();

  await officeButton(page).click();
  await statusSays(page, /已取消单位账号登录/);
  await officeButton(page).click();
  await signedInAs(page, '王书记');
  await statusSays(page, '已登录：王书记');
  await page.context().close();
});

test('signing out forgets the token and the page no longer signs in by itself; the button signs in again', async () => {
  const token = identityProvider.accessToken('entra-wang', '王书记');
  const page = await openInWord({ accessTokens: [token] });
  await page.getByRole('tab', { name: '团队' }).click();
  await signedInAs(page, '王书记');

  await page.getByRole('button', { name: '退出登录' }).click();
  await statusSays(page, '已退出登录。');
  assert.equal(await officeButton(page).evaluate((button) => button === document.activeElement), true);
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await page.getByRole('tab', { name: '团队' }).click();
  await officeButton(page).waitFor();
  assert.equal(await page.locator('.team-section').isHidden(), true, 'signed out stays signed out on the next opening');
  assert.deepEqual(await fakeAccessTokenRequests(page), [], 'Office was not asked');

  await officeButton(page).click();
  await signedInAs(page, '王书记');
  await page.context().close();
});

test('a server without single sign-on: the access token only, and Office is never asked', async () => {
  const page = await openInWord({ accessTokens: [identityProvider.accessToken('entra-wang', '王书记')] }, plainServer);
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByLabel('访问令牌').waitFor();
  assert.equal(await officeButton(page).isHidden(), true);
  assert.deepEqual(await fakeAccessTokenRequests(page), []);
  await signInWithToken(page, await createUser(plainServer, '赵主任'));
  await page.context().close();
});

test('the browser preview, outside Office: the access token only, even where the server offers single sign-on', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  await withRealOfficeJs(context, server.baseUrl);
  const page = await openTaskpane(context, server.baseUrl);
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByLabel('访问令牌').waitFor();
  assert.equal(await officeButton(page).isHidden(), true);
  await context.close();
});
