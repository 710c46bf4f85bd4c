/** 删除 and 回收站 in api.ts: the requests they send, and a refusal shown with the server's own words. */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { api, ApiError, setApiBase } from '../../src/api.ts';
import { messageFor } from '../../src/ui/errors.ts';

const realFetch = globalThis.fetch;
// Node has no page to resolve the API's paths against.
setApiBase('http://outline.test');

afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Answers every request with `response()` and keeps the method and path of each. */
function fakeServer(response: () => Response): string[] {
  const requests: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return response();
  }) as typeof fetch;
  return requests;
}

const problem = (status: number, detail: string) => new Response(JSON.stringify({ title: '无权操作', status, detail }), { status, headers: { 'content-type': 'application/problem+json' } });

test('deleting and restoring send DELETE and POST to their paths, and resolve on 204', async () => {
  const requests = fakeServer(() => new Response(null, { status: 204 }));
  assert.equal(await api.deleteTemplate('t 1'), undefined);
  assert.equal(await api.restoreFromBin('team/1', 't 1'), undefined);
  assert.deepEqual(requests, ['DELETE /api/templates/t%201', 'POST /api/teams/team%2F1/bin/t%201/restore']);
});

test('the bin is read from the team', async () => {
  const entry = { id: 't1', name: '年度计划', version: 3, deletedAt: '2025-11-25T06:00:00Z', deletedBy: '李四' };
  const requests = fakeServer(() => new Response(JSON.stringify([entry]), { status: 200, headers: { 'content-type': 'application/json' } }));
  assert.deepEqual(await api.bin('team1'), [entry]);
  assert.deepEqual(requests, ['GET /api/teams/team1/bin']);
});

test("a refusal (403) or a template already gone (404) shows the server's detail", async () => {
  fakeServer(() => problem(403, '只有团队所有者可以从回收站恢复模板。'));
  const refused = await api.restoreFromBin('team1', 't1').catch((error: unknown) => error);
  assert.ok(refused instanceof ApiError && refused.status === 403);
  assert.equal(messageFor(refused), '只有团队所有者可以从回收站恢复模板。');
  fakeServer(() => problem(404, '模板“t1”不存在，可能已被删除。'));
  assert.equal(messageFor(await api.deleteTemplate('t1').catch((error: unknown) => error)), '模板“t1”不存在，可能已被删除。');
});
