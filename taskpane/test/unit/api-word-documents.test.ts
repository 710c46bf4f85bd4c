/**
 * The Word package calls of the API client: the body the server reads (styleId or levels, the list
 * numbering, the typography), the .docx named by Content-Disposition, and a refusal as an ApiError.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { api, ApiError, setApiBase } from '../../src/api.ts';

const realFetch = globalThis.fetch;
setApiBase('http://outline.test');

afterEach(() => {
  globalThis.fetch = realFetch;
});

function fakeServer(answer: (request: Request) => Response): Request[] {
  const requests: Request[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return answer(request);
  }) as typeof fetch;
  return requests;
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docx = (disposition?: string) => new Response(new Uint8Array([0x50, 0x4b, 3, 4]), { headers: { 'content-type': docxType, ...(disposition ? { 'content-disposition': disposition } : {}) } });
const nodes = [{ title: '总体要求', children: [] }];

test('renderOoxml sends the numbering, the list numbering and the typography as the server reads them', async () => {
  const requests = fakeServer(() => Response.json({ ooxml: '<pkg:package/>' }));
  const answer = await api.renderOoxml({ nodes, numbering: { styleId: 'gongwen' }, listNumbering: 'list', typography: { preset: 'gongwen', boldLevel3: true, application: 'direct' } });
  assert.equal(answer.ooxml, '<pkg:package/>');
  assert.equal(new URL(requests[0].url).pathname, '/api/outlines/ooxml');
  assert.deepEqual(await requests[0].json(), { nodes, styleId: 'gongwen', levels: null, numbering: 'list', typography: { preset: 'gongwen', boldLevel3: true, application: 'direct' } });
});

test('outlineDocx posts the outline with its name and takes the file name from filename*', async () => {
  const requests = fakeServer(() => docx(`attachment; filename="outline.docx"; filename*=UTF-8''${encodeURIComponent('工作方案.docx')}`));
  const levels = [{ kind: 'chinese', template: '{0}、' }] as never;
  const file = await api.outlineDocx({ nodes, numbering: { levels }, listNumbering: 'text', typography: { preset: 'none' }, name: '工作方案' });
  assert.equal(file.fileName, '工作方案.docx');
  assert.equal(file.blob.size, 4);
  assert.equal(requests[0].method, 'POST');
  assert.match(requests[0].headers.get('accept') ?? '', /wordprocessingml/);
  assert.deepEqual(await requests[0].json(), { nodes, styleId: null, levels, numbering: 'text', typography: { preset: 'none' }, name: '工作方案' });
});

test('templateDocx asks for the template with its choices in the query; without a Content-Disposition the name is a fallback', async () => {
  const requests = fakeServer(() => docx());
  const file = await api.templateDocx('t 1', { styleId: 'gongwen', listNumbering: 'list', typography: { preset: 'gongwen', boldLevel3: true } });
  assert.equal(file.fileName, 'outline.docx');
  const url = new URL(requests[0].url);
  assert.equal(url.pathname, '/api/templates/t%201/docx');
  assert.deepEqual(Object.fromEntries(url.searchParams), { styleId: 'gongwen', numbering: 'list', typography: 'gongwen', boldLevel3: 'true' });
});

test('the address of a template’s .docx (for a browser to open) carries the same query; as authored, no styleId', () => {
  const url = new URL(api.templateDocxUrl('t1', { listNumbering: 'text', typography: { preset: 'none' } }));
  assert.equal(url.origin + url.pathname, 'http://outline.test/api/templates/t1/docx');
  assert.deepEqual(Object.fromEntries(url.searchParams), { numbering: 'text', typography: 'none', boldLevel3: 'false' });
});

test('a refused export is an ApiError with the problem’s detail, not a file', async () => {
  fakeServer(() => Response.json({ title: '未知的编号样式', status: 400, detail: '没有名为“nope”的编号样式。' }, { status: 400, headers: { 'content-type': 'application/problem+json' } }));
  const error = await api.templateDocx('t1', { styleId: 'nope', listNumbering: 'text', typography: { preset: 'none' } }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ApiError);
  assert.equal(error.detail, '没有名为“nope”的编号样式。');
});
