import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphText } from '../../src/word/fake/index.ts';
import { DocumentChangedError, insertedTemplatesKey, insertHeadings, paragraphsPerPage, readDocumentWithSelection, readParagraphs, renumberParagraphs } from '../../src/word/document.ts';
import { numberedDocument, rewrite, useFakeWord } from './word-helpers.ts';

function outline(count: number) {
  return Array.from({ length: count }, (_, i) => ({ level: (i % 3) + 1, text: `${i + 1}. 标题${i}` }));
}

for (const size of [10, 5000]) {
  test(`insertHeadings inserts ${size} headings with at most 2 syncs`, async () => {
    const fake = useFakeWord([{ text: '正文' }]);
    const lines = outline(size);
    await insertHeadings(lines);
    assert.ok(fake.syncCount <= 2, `${fake.syncCount} syncs`);
    assert.deepEqual(fake.texts(), ['正文', ...lines.map((line) => line.text)]);
  });

  test(`insertHeadings inserts ${size} headings and then remembers their template, with at most 3 syncs`, async () => {
    const fake = useFakeWord([{ text: '正文' }]);
    const lines = outline(size);
    const source = { templateId: 'tpl-1', version: 3, name: '季度总结', teamId: 'team-1', insertedAt: '2025-11-25T08:00:00.000Z' };
    await insertHeadings(lines, source);
    assert.ok(fake.syncCount <= 3, `${fake.syncCount} syncs`);
    assert.equal(fake.texts().length, size + 1);
    assert.deepEqual(JSON.parse(fake.settingValues()[insertedTemplatesKey] as string), [source]);
  });

  test(`renumbering ${size} paragraphs takes a sync per page of ${paragraphsPerPage} paragraphs and 3 more (check, locate, write)`, async () => {
    const fake = useFakeWord(numberedDocument(size));
    const { written } = await renumberParagraphs('document', async ({ paragraphs }) => {
      const changes = paragraphs
        .map((paragraph, index) => ({ index, oldText: paragraph.text, newText: paragraph.text.replace(/^(\d+)、/, '$1.') }))
        .filter((change) => change.oldText !== change.newText);
      assert.ok(changes.length > 0);
      return changes;
    });
    assert.ok(written > 0);
    assert.ok(fake.syncCount <= Math.ceil(size / paragraphsPerPage) + 3, `${fake.syncCount} syncs`);
    assert.ok(fake.texts().every((text) => !/^\d+、/.test(text)));
  });

  test(`renumbering a selection of ${size} paragraphs (read all, check, write by document index) takes a sync per page and 3 more`, async () => {
    const fake = useFakeWord(numberedDocument(size));
    const before = fake.texts();
    const [first, last] = [Math.floor(size / 5), size - 2];
    // From the middle of one paragraph to the middle of another, as a mouse selects.
    fake.selectText(first, 1, last, 2);
    await renumberParagraphs('selection', async ({ paragraphs, selection }) => {
      assert.equal(paragraphs.length, size, 'the whole document is read');
      assert.deepEqual(selection, { start: first, end: last + 1 });
      const changes = paragraphs
        .map((paragraph, index) => ({ index, oldText: paragraph.text, newText: paragraph.text.replace(/^(\d+)、/, '$1.') }))
        .filter((change) => change.index >= selection!.start && change.index < selection!.end && change.oldText !== change.newText);
      assert.ok(changes.length > 0);
      return changes;
    });
    assert.ok(fake.syncCount <= Math.ceil(size / paragraphsPerPage) + 3, `${fake.syncCount} syncs`);
    const after = fake.texts();
    assert.deepEqual(after.slice(0, first), before.slice(0, first), 'paragraphs before the selection untouched');
    assert.deepEqual(after.slice(last + 1), before.slice(last + 1), 'paragraphs after the selection untouched');
    assert.ok(after.slice(first, last + 1).every((text) => !/^\d+、/.test(text)));
    assert.ok(fake.paragraphs.every((paragraph, index) => paragraph.textWrites === 0 || (index >= first && index <= last)));
  });
}

test('insertHeadings styles each line Heading 1…9 by level, by built-in name', async () => {
  const fake = useFakeWord([{ text: '前文' }]);
  const lines = Array.from({ length: 9 }, (_, i) => ({ level: i + 1, text: `第${i + 1}级` }));
  await insertHeadings(lines);
  assert.deepEqual(
    fake.paragraphs.slice(1).map((paragraph) => paragraph.styleBuiltIn),
    lines.map((line) => `Heading${line.level}`),
  );
  assert.deepEqual(
    fake.paragraphs.slice(1).map((paragraph) => fake.headingLevel(paragraph)),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
});

test('insertHeadings goes after the cursor paragraph and leaves the cursor after the outline', async () => {
  const fake = useFakeWord([{ text: '甲' }, { text: '乙' }, { text: '丙' }]);
  fake.select(0);
  await insertHeadings([
    { level: 1, text: '一、A' },
    { level: 2, text: '（一）B' },
  ]);
  assert.deepEqual(fake.texts(), ['甲', '一、A', '（一）B', '乙', '丙']);
  assert.equal(paragraphText(fake.selectionStart), '（一）B');
  assert.equal(fake.paragraphs[0].styleBuiltIn, 'Normal', 'the paragraph at the cursor keeps its style');
});

test('insertHeadings fills an empty paragraph at the cursor instead of leaving it blank', async () => {
  const fake = useFakeWord([{ text: '' }]);
  await insertHeadings([
    { level: 1, text: '一、A' },
    { level: 2, text: '（一）B' },
  ]);
  assert.deepEqual(fake.texts(), ['一、A', '（一）B']);
  assert.equal(fake.paragraphs[0].styleBuiltIn, 'Heading1');
});

test('insertHeadings rejects a level outside 1–9 before touching the document', async () => {
  const fake = useFakeWord([{ text: 'x' }]);
  await assert.rejects(insertHeadings([{ level: 10, text: 'too deep' }]), RangeError);
  assert.equal(fake.syncCount, 0);
});

test('readParagraphs gives text, styleBuiltIn and the heading level, with one sync', async () => {
  const fake = useFakeWord([
    { text: '通知', styleBuiltIn: 'Title' },
    { text: '一、范围', styleBuiltIn: 'Heading1' },
    { text: '（一）车间', styleBuiltIn: 'Heading2' },
    { text: '自定义一级标题', styleBuiltIn: 'Other', outlineLevel: 1 },
    { text: '正文' },
  ]);
  const paragraphs = await readParagraphs('document');
  assert.equal(fake.syncCount, 1);
  assert.deepEqual(paragraphs, [
    { text: '通知', styleBuiltIn: 'Title', outlineLevel: null, isListItem: false },
    { text: '一、范围', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false },
    { text: '（一）车间', styleBuiltIn: 'Heading2', outlineLevel: 2, isListItem: false },
    { text: '自定义一级标题', styleBuiltIn: 'Other', outlineLevel: 1, isListItem: false },
    { text: '正文', styleBuiltIn: 'Normal', outlineLevel: null, isListItem: false },
  ]);
});

test('readParagraphs of the selection reads only the selected paragraphs', async () => {
  const fake = useFakeWord([{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }]);
  fake.select(1, 2);
  assert.deepEqual(
    (await readParagraphs('selection')).map((paragraph) => paragraph.text),
    ['b', 'c'],
  );
});

test('readDocumentWithSelection reads the whole document and where the selected paragraphs are, with one sync', async () => {
  const fake = useFakeWord([
    { text: '通知', styleBuiltIn: 'Title' },
    { text: '一、甲', styleBuiltIn: 'Heading1' },
    { text: '二、乙', styleBuiltIn: 'Heading1' },
    { text: '三、丙', styleBuiltIn: 'Heading1' },
    { text: '正文' },
  ]);
  fake.select(2, 3);
  const read = await readDocumentWithSelection();
  assert.equal(fake.syncCount, 1);
  assert.deepEqual(read.selection, { start: 2, end: 4 });
  assert.deepEqual(read.paragraphs, [
    { text: '通知', styleBuiltIn: 'Title', outlineLevel: null, isListItem: false },
    { text: '一、甲', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false },
    { text: '二、乙', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false },
    { text: '三、丙', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false },
    { text: '正文', styleBuiltIn: 'Normal', outlineLevel: null, isListItem: false },
  ]);
});

test('readDocumentWithSelection: a cursor means the paragraph holding it, wherever it is in the paragraph', async () => {
  const fake = useFakeWord([{ text: 'aa' }, { text: 'bb' }, { text: '' }, { text: 'dd' }]);
  const cases: Array<[paragraph: number, offset: number]> = [
    [0, 0],
    [0, 2],
    [1, 0],
    [1, 1],
    [1, 2],
    [2, 0],
    [3, 0],
    [3, 2],
  ];
  for (const [paragraph, offset] of cases) {
    fake.placeCursor(paragraph, offset);
    assert.deepEqual((await readDocumentWithSelection()).selection, { start: paragraph, end: paragraph + 1 }, `cursor at ${paragraph}:${offset}`);
  }
});

test('readDocumentWithSelection: a selection counts every paragraph it touches, first and last included', async () => {
  const fake = useFakeWord([{ text: 'aa' }, { text: 'bb' }, { text: 'cc' }, { text: 'dd' }]);
  fake.selectText(0, 0, 3, 2);
  assert.deepEqual((await readDocumentWithSelection()).selection, { start: 0, end: 4 }, 'the whole document');
  fake.selectText(1, 2, 2, 0);
  assert.deepEqual((await readDocumentWithSelection()).selection, { start: 1, end: 3 }, 'from the end of one paragraph to the start of the next');
  fake.selectText(3, 1, 3, 2);
  assert.deepEqual((await readDocumentWithSelection()).selection, { start: 3, end: 4 }, 'within the last paragraph');
});

test('readDocumentWithSelection does not tell duplicate paragraphs apart by their text', async () => {
  const fake = useFakeWord([{ text: '一、同' }, { text: '一、同' }, { text: '一、同' }]);
  fake.select(2);
  assert.deepEqual((await readDocumentWithSelection()).selection, { start: 2, end: 3 });
});

test('renumbering writes only the paragraphs whose text changes', async () => {
  const fake = useFakeWord([{ text: '一、A' }, { text: '(一)B' }, { text: '正文' }, { text: '二.C' }]);
  const { written } = await rewrite([
    { index: 0, oldText: '一、A', newText: '一、A' },
    { index: 1, oldText: '(一)B', newText: '（一）B' },
    { index: 3, oldText: '二.C', newText: '二、C' },
  ]);
  assert.equal(written, 2);
  assert.deepEqual(fake.texts(), ['一、A', '（一）B', '正文', '二、C']);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => paragraph.textWrites),
    [0, 1, 0, 1],
  );
});

test('renumbering keeps the formatting of the text after the marker', async () => {
  const fake = useFakeWord([
    {
      runs: [
        { text: '1、', color: 'red' },
        { text: '消防', bold: true },
        { text: '设施', italic: true },
      ],
      styleBuiltIn: 'Heading3',
    },
    { runs: [{ text: '无编号', bold: true }], styleBuiltIn: 'Heading1' },
    { runs: [{ text: '（1）' }, { text: '去掉编号', bold: true }], styleBuiltIn: 'Heading4' },
  ]);
  await rewrite([
    { index: 0, oldText: '1、消防设施', newText: '（一）消防设施' },
    { index: 1, oldText: '无编号', newText: '一、无编号' },
    { index: 2, oldText: '（1）去掉编号', newText: '去掉编号' },
  ]);
  assert.deepEqual(fake.paragraphs[0].runs, [
    { text: '（一）', color: 'red' },
    { text: '消防', bold: true },
    { text: '设施', italic: true },
  ]);
  assert.deepEqual(fake.paragraphs[1].runs, [{ text: '一、无编号', bold: true }]);
  assert.deepEqual(fake.paragraphs[2].runs, [{ text: '去掉编号', bold: true }]);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => paragraph.styleBuiltIn),
    ['Heading3', 'Heading1', 'Heading4'],
  );
});

test('renumbering finds markers holding Word search special characters', async () => {
  const fake = useFakeWord([{ text: '^1\t条款' }]);
  await rewrite([{ index: 0, oldText: '^1\t条款', newText: '1 条款' }]);
  assert.deepEqual(fake.texts(), ['1 条款']);
});

test('renumbering writes nothing when the document changed since it was read', async () => {
  const fake = useFakeWord([{ text: '一.A' }, { text: '二.B（已改）' }]);
  await assert.rejects(
    rewrite([
      { index: 0, oldText: '一.A', newText: '一、A' },
      { index: 1, oldText: '二.B', newText: '二、B' },
    ]),
    DocumentChangedError,
  );
  assert.deepEqual(fake.texts(), ['一.A', '二.B（已改）']);
});

test('renumbering writes nothing when the user edits a paragraph while the server answers', async () => {
  const fake = useFakeWord([{ text: '一.A' }, { text: '二.B' }]);
  await assert.rejects(
    renumberParagraphs('document', async ({ paragraphs }) => {
      fake.paragraphs[1].runs = [{ text: '二.B（刚改）' }];
      return paragraphs.map((paragraph, index) => ({ index, oldText: paragraph.text, newText: paragraph.text.replace('.', '、') }));
    }),
    DocumentChangedError,
  );
  assert.deepEqual(fake.texts(), ['一.A', '二.B（刚改）']);
  assert.equal(fake.syncCount, 2, 'read and check; nothing written');
});

test('renumbering writes to the paragraphs it read even when others are added meanwhile', async () => {
  const fake = useFakeWord([{ text: '一.A' }, { text: '二.B' }]);
  await renumberParagraphs('document', async ({ paragraphs }) => {
    fake.paragraphs.unshift({ runs: [{ text: '新加的段落' }], styleBuiltIn: 'Normal', tableNestingLevel: 0, inlinePictures: 0, format: {}, textWrites: 0 });
    return paragraphs.map((paragraph, index) => ({ index, oldText: paragraph.text, newText: paragraph.text.replace('.', '、') }));
  });
  assert.deepEqual(fake.texts(), ['新加的段落', '一、A', '二、B']);
});

test('renumbering with no change reads once and writes nothing', async () => {
  const fake = useFakeWord([{ text: 'a' }]);
  assert.deepEqual((await rewrite([])).written, 0);
  assert.equal(fake.syncCount, 1);
});
