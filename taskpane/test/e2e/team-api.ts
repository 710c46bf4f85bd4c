/**
 * Setting up a team for the end-to-end tests through the server's API (users are created with the
 * run's admin token), and signing a person in through the taskpane, as they would.
 */
import type { Page } from 'playwright-core';
import type { RunningServer } from './server.ts';

export interface TestUser {
  id: string;
  name: string;
  token: string;
}

/** One API request as `token`'s bearer; throws on anything but 2xx. The body (undefined for 204) and the ETag. */
export async function callApi<T>(server: RunningServer, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ value: T; etag: string | null }> {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { value: (response.status === 204 ? undefined : await response.json()) as T, etag: response.headers.get('etag') };
}

/** A new user, with the token shown once at creation. */
export async function createUser(server: RunningServer, name: string): Promise<TestUser> {
  return (await callApi<TestUser>(server, server.adminToken, 'POST', '/api/users', { name })).value;
}

/** Signs `user` in on the 团队 tab and waits until the team's list is there. */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByLabel('访问令牌').fill(user.token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.locator('.user-name', { hasText: `已登录：${user.name}` }).waitFor();
  await page.locator('.team-section .list-summary').filter({ hasText: /模板/ }).waitFor();
}
