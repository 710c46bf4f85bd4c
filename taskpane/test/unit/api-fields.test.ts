/** Fill-in fields in api.ts: the requests each call sends (method, path, query, body) and what it resolves to. */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { api, setApiBase } from '../../src/api.ts';

const realFetch = globalThis.fetch;
// Node has no page to resolve the API's paths against.
setApiBase('http://outline.test');

afterEach(() => {
  globalThis.fetch = realFetch;
});

interface Sent {
  line: string;
  body: unknown;
}

/** Answers every request with `answer` (JSON, or 204 when undefined) and keeps what each sent. */
function fakeServer(answer?: unknown): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    sent.push({ line: `${request.method} ${url.pathname}${url.search}`, body: text ? JSON.parse(text) : undefined });
    return answer === undefined ? new Response(null, { status: 204 }) : new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return sent;
}

const nodes = [{ title: '{单位}工作总结', children: [] }];

test('the fields of an outline are asked for with its nodes', async () => {
  const answer = { fields: [{ name: '单位', count: 1 }], placeholders: [] };
  const sent = fakeServer(answer);
  assert.deepEqual(await api.outlineFields(nodes), answer);
  assert.deepEqual(sent, [{ line: 'POST /api/outlines/fields', body: { nodes } }]);
});

test('filling sends the values by name; replacing sends each text with the field it becomes', async () => {
  const sent = fakeServer({ nodes, unfilled: [], replaced: [] });
  await api.fillFields(nodes, { 单位: '县委办', 季度: '' });
  await api.replaceFields(nodes, [{ text: '县委办', name: '单位' }]);
  assert.deepEqual(sent, [
    { line: 'POST /api/outlines/fields/fill', body: { nodes, values: { 单位: '县委办', 季度: '' } } },
    { line: 'POST /api/outlines/fields/replace', body: { nodes, replacements: [{ text: '县委办', name: '单位' }] } },
  ]);
});

test('the defaults are asked for with the team when there is one, without a query when not', async () => {
  const sent = fakeServer({ values: { 年份: '2026' }, computed: ['年份'] });
  assert.deepEqual(await api.fieldDefaults(), { values: { 年份: '2026' }, computed: ['年份'] });
  await api.fieldDefaults('team 1');
  assert.deepEqual(
    sent.map((request) => request.line),
    ['GET /api/field-defaults', 'GET /api/field-defaults?teamId=team%201'],
  );
});

test('the team remembers values with a PUT that resolves on 204', async () => {
  const sent = fakeServer();
  assert.equal(await api.saveFieldDefaults('team/1', { 单位: '县委办' }), undefined);
  assert.deepEqual(sent, [{ line: 'PUT /api/teams/team%2F1/field-defaults', body: { values: { 单位: '县委办' } } }]);
});
