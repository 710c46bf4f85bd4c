/**
 * The API client over openapi-fetch: what each failure becomes (the server's problem+json as an
 * ApiError, no answer in time, no answer at all, a request its caller aborted), the 401 that signs
 * out, and the ETag taken from the server, never made up.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { api, ApiError, isAborted, RequestTimeoutError, ServerUnreachableError, setAccessToken, setApiBase, setUnauthorizedHandler } from '../../src/api.ts';

const realFetch = globalThis.fetch;
// Node has no page to resolve the API's paths against.
setApiBase('http://outline.test');

afterEach(() => {
  globalThis.fetch = realFetch;
  setAccessToken(null);
  setUnauthorizedHandler(() => {});
});

/** A stand-in server: `answer` gets each request; the requests are kept. */
function fakeServer(answer: (request: Request) => Response | Promise<Response>): Request[] {
  const requests: Request[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return answer(request);
  }) as typeof fetch;
  return requests;
}

/**
 * A server that never answers: the request ends only when its signal aborts. Node does not wait for
 * the deadline timer alone: the pending request keeps the test process alive.
 */
function silentServer(): void {
  fakeServer(
    (request) =>
      new Promise((_, reject) => {
        const keepAlive = setInterval(() => undefined, 1_000);
        request.signal.addEventListener('abort', () => {
          clearInterval(keepAlive);
          reject(request.signal.reason);
        });
      }),
  );
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });

test('a problem+json answer becomes an ApiError with its detail, its extensions and its ETag', async () => {
  fakeServer(() =>
    json(
      { title: '模板名称重复', status: 409, detail: '团队已有名为“年度计划”的模板。', existingId: 't7', existingVersion: 3, existingName: '年度计划' },
      { status: 409, headers: { 'content-type': 'application/problem+json', etag: '"t7-v3"' } },
    ),
  );
  const error = await api.createTemplate({ name: '年度计划', nodes: [], teamId: 'team1' }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 409);
  assert.equal(error.detail, '团队已有名为“年度计划”的模板。');
  assert.deepEqual([error.problem.existingId, error.problem.existingVersion, error.problem.existingName], ['t7', 3, '年度计划']);
  assert.equal(error.etag, '"t7-v3"');
});

test('a request past its deadline is a RequestTimeoutError, not a hang', async () => {
  silentServer();
  const error = await api.templates({ q: '总结' }, { timeoutMs: 50 }).catch((caught: unknown) => caught);
  assert.ok(error instanceof RequestTimeoutError, String(error));
});

test('a request its caller aborted rejects as aborted (superseded), not as a failure to report', async () => {
  silentServer();
  const controller = new AbortController();
  const pending = api.template('t1', { signal: controller.signal });
  controller.abort();
  const error = await pending.catch((caught: unknown) => caught);
  assert.ok(isAborted(error), String(error));
  assert.ok(!(error instanceof RequestTimeoutError) && !(error instanceof ServerUnreachableError));
});

test('without AbortSignal.any and AbortSignal.timeout (older Office webviews) requests still answer, time out and abort', async (t) => {
  const { any, timeout } = AbortSignal as unknown as Record<string, unknown>;
  delete (AbortSignal as unknown as Record<string, unknown>).any;
  delete (AbortSignal as unknown as Record<string, unknown>).timeout;
  t.after(() => Object.assign(AbortSignal, { any, timeout }));

  fakeServer(() => json([]));
  assert.deepEqual(await api.numberingStyles(), []);

  silentServer();
  assert.ok((await api.templates({}, { timeoutMs: 50 }).catch((caught: unknown) => caught)) instanceof RequestTimeoutError);

  const controller = new AbortController();
  const pending = api.template('t1', { signal: controller.signal });
  controller.abort();
  assert.ok(isAborted(await pending.catch((caught: unknown) => caught)));
});

test('no answer at all is a ServerUnreachableError', async () => {
  fakeServer(() => Promise.reject(new TypeError('Failed to fetch')));
  assert.ok((await api.numberingStyles().catch((caught: unknown) => caught)) instanceof ServerUnreachableError);
});

test('a 401 on the signed-in token signs out; a token tried at sign-in is only refused', async () => {
  let signedOut = 0;
  setUnauthorizedHandler(() => signedOut++);
  fakeServer(() => json({ title: '未登录', status: 401 }, { status: 401, headers: { 'content-type': 'application/problem+json' } }));
  setAccessToken('kept');
  await api.teams().catch(() => undefined);
  assert.equal(signedOut, 1);
  await api.me('being-tried').catch(() => undefined);
  assert.equal(signedOut, 1);
});

test('the token is sent as a Bearer token, and a search with empty parts sends only the given ones', async () => {
  const requests = fakeServer(() => json({ items: [], total: 0, page: 1, pageSize: 50 }));
  setAccessToken('secret');
  await api.templates({ q: '', category: '总结', page: 1, pageSize: 50 });
  const [request] = requests;
  assert.equal(request.headers.get('authorization'), 'Bearer secret');
  assert.equal(new URL(request.url).search, `?category=${encodeURIComponent('总结')}&page=1&pageSize=50`);
});

test('a version’s ETag and a save’s If-Match are the server’s own', async () => {
  const requests = fakeServer((request) =>
    request.method === 'GET'
      ? json({ templateId: 't1', version: 2, createdAt: '', createdBy: '', restoredFrom: null, content: {} }, { headers: { etag: 'W/"server-made-2"' } })
      : json({ id: 't1', version: 3 }, { headers: { etag: 'W/"server-made-3"' } }),
  );
  const version = await api.versionedVersion('t1', 2);
  assert.equal(version.etag, 'W/"server-made-2"');
  const saved = await api.updateTemplate('t1', { name: 'x', nodes: [] }, version.etag);
  assert.equal(requests[1].headers.get('if-match'), 'W/"server-made-2"');
  assert.equal(saved.etag, 'W/"server-made-3"');
});

test('a versioned answer without an ETag is refused, never turned into an empty If-Match', async () => {
  fakeServer(() => json({ id: 't1', version: 3 }));
  assert.ok((await api.versionedTemplate('t1').catch((caught: unknown) => caught)) instanceof Error);
  assert.ok((await api.createTemplate({ name: 'x', nodes: [], teamId: 'team1' }).catch((caught: unknown) => caught)) instanceof Error);
});

test('mergeOutline posts the two versions and the document’s paragraphs as they are, and leaves the style to the server unless given', async () => {
  const answer = { paragraphs: [{ text: '一、指导思想', level: 1, origin: 'kept', source: 0 }], removed: [] };
  const requests = fakeServer(() => json(answer));
  const paragraphs = [
    { text: '一、总体要求', outlineLevel: 1 },
    { text: '正文 <b>不是标记</b>', outlineLevel: null },
  ];
  const merged = await api.mergeOutline({ from: [{ title: '总体要求', children: [] }], to: [{ title: '指导思想', children: [] }], paragraphs });
  assert.deepEqual(merged, answer);
  assert.equal(requests[0].method, 'POST');
  assert.equal(new URL(requests[0].url).pathname, '/api/outlines/merge');
  const sent = await requests[0].json();
  assert.deepEqual(sent.paragraphs, paragraphs);
  assert.equal('styleId' in sent, false);
});
