/**
 * Renumbering a selection, from the document to the server and back, with the fake Word and a stand-in
 * for the server's /api/outlines/renumber: the whole document goes out with where the selection is,
 * and only the selected paragraphs are written back, by their place in the document.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { api, setApiBase } from '../../src/api.ts';
import { renumberChanges, wordNumberedCount } from '../../src/ui/numbering-tab.ts';
import { renumberParagraphs } from '../../src/word/document.ts';
import { useFakeWord } from './word-helpers.ts';

const realFetch = globalThis.fetch;
// Node has no page to resolve the API's paths against.
setApiBase('http://outline.test');

afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Answers POST /api/outlines/renumber with `answer(body)` and keeps the bodies it was sent. */
function fakeRenumberServer(answer: (body: RenumberBody) => unknown): RenumberBody[] {
  const requests: RenumberBody[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    assert.match(request.url, /\/api\/outlines\/renumber$/);
    assert.equal(request.method, 'POST');
    const body = (await request.json()) as RenumberBody;
    requests.push(body);
    return new Response(JSON.stringify(answer(body)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return requests;
}

interface RenumberBody {
  paragraphs: { text: string; outlineLevel: number | null; isListItem?: boolean }[];
  styleId: string | null;
  selection?: { start: number; end: number };
}

const heading = (text: string) => ({ text, styleBuiltIn: 'Heading1' });

test('a selection starting at 三、 is sent with the whole document and stays 三、 after 一、 and 二、', async () => {
  const fake = useFakeWord([heading('一、甲'), heading('二、乙'), heading('五、丙'), heading('六、丁'), { text: '正文' }]);
  fake.selectText(2, 1, 3, 2);
  // What the server answers for this document and selection: the sequence repaired from 二、 on, inside the selection only.
  const requests = fakeRenumberServer(() => ({
    paragraphs: [
      { text: '一、甲', level: 1 },
      { text: '二、乙', level: 1 },
      { text: '三、丙', level: 1 },
      { text: '四、丁', level: 1 },
      { text: '正文', level: null },
    ],
    detectedLevels: [{ numFmt: 'chineseCounting', lvlText: '%1、' }],
    problems: [{ code: 'gap', index: 2, level: 1, found: '五、', expected: '三、', message: '' }],
  }));

  await renumberParagraphs('selection', async ({ paragraphs, selection }) => {
    const result = await api.renumber(
      paragraphs.map(({ text, outlineLevel, isListItem }) => ({ text, outlineLevel, isListItem })),
      null,
      selection,
    );
    const changes = renumberChanges(paragraphs, result, selection);
    assert.deepEqual(changes, [
      { index: 2, oldText: '五、丙', newText: '三、丙' },
      { index: 3, oldText: '六、丁', newText: '四、丁' },
    ]);
    return changes;
  });
  assert.deepEqual(requests, [
    {
      paragraphs: [
        { text: '一、甲', outlineLevel: 1, isListItem: false },
        { text: '二、乙', outlineLevel: 1, isListItem: false },
        { text: '五、丙', outlineLevel: 1, isListItem: false },
        { text: '六、丁', outlineLevel: 1, isListItem: false },
        { text: '正文', outlineLevel: null, isListItem: false },
      ],
      styleId: null,
      selection: { start: 2, end: 4 },
    },
  ]);
  assert.deepEqual(fake.texts(), ['一、甲', '二、乙', '三、丙', '四、丁', '正文']);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => paragraph.textWrites),
    [0, 0, 1, 1, 0],
    'nothing outside the selection is written',
  );
  assert.ok(fake.syncCount <= 4, `${fake.syncCount} syncs (read, check, locate, write)`);
});

test('the document scope sends no selection', async () => {
  const requests = fakeRenumberServer((body) => ({ paragraphs: body.paragraphs.map(({ text }) => ({ text, level: 1 })), detectedLevels: [], problems: [] }));
  await api.renumber([{ text: '一、甲', outlineLevel: 1 }], 'gongwen');
  assert.deepEqual(requests, [{ paragraphs: [{ text: '一、甲', outlineLevel: 1 }], styleId: 'gongwen' }]);
});

test('renumberChanges never writes outside the selection, whatever the server answers', () => {
  const paragraphs = ['一、甲', '三、乙', '五、丙'].map((text) => ({ text, styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false }));
  const result = { paragraphs: ['一、甲', '二、乙', '三、丙'].map((text) => ({ text, level: 1 })), detectedLevels: [], problems: [] };
  assert.deepEqual(renumberChanges(paragraphs, result, { start: 2, end: 3 }), [{ index: 2, oldText: '五、丙', newText: '三、丙' }]);
  assert.deepEqual(
    renumberChanges(paragraphs, result).map((change) => change.index),
    [1, 2],
    'without a selection, the whole document',
  );
});

test('paragraphs Word numbers itself are sent as list items, the server leaves them alone, and they are counted for the status', async () => {
  const fake = useFakeWord([
    { text: '总体要求', styleBuiltIn: 'Heading1', listString: '第一章' },
    { text: '(1)指导思想', styleBuiltIn: 'Heading2' },
    { text: '主要任务', styleBuiltIn: 'Heading1', listString: '第二章' },
    { text: '• 要点', listString: '•' },
  ]);
  // What the server answers: list items keep their text (it never adds a marker Word already draws).
  const requests = fakeRenumberServer((body) => ({
    paragraphs: body.paragraphs.map(({ text, outlineLevel }) => ({ text: text === '(1)指导思想' ? '（一）指导思想' : text, level: outlineLevel })),
    detectedLevels: [],
    problems: [],
  }));
  let counted = -1;
  await renumberParagraphs('document', async ({ paragraphs }) => {
    const result = await api.renumber(
      paragraphs.map(({ text, outlineLevel, isListItem }) => ({ text, outlineLevel, isListItem })),
      null,
    );
    counted = wordNumberedCount(paragraphs, result);
    return renumberChanges(paragraphs, result);
  });
  assert.deepEqual(
    requests[0].paragraphs.map((paragraph) => paragraph.isListItem),
    [true, false, true, true],
  );
  assert.equal(counted, 2, 'the two chapter headings; the bullet is body text');
  assert.deepEqual(fake.texts(), ['总体要求', '（一）指导思想', '主要任务', '• 要点']);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => paragraph.textWrites),
    [0, 1, 0, 0],
  );
});
