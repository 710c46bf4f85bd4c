/**
 * Auto-numbered documents: headings Word numbers itself (a multilevel list) read with their labels, switched to
 * another convention by moving them to a new list (never by rewriting their text), and converted between typed
 * markers (文本编号) and Word's numbering (自动编号). The answers stand for the server's (POST /api/outlines/renumber,
 * see AutoNumberedDocumentTests.cs); the list definitions are the server's own packages (style-labels.json).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { convertToListNumbering, convertToTextNumbering, PartialWriteError, readParagraphs, renumberParagraphs, restoreParagraphs, type DocumentContents } from '../../src/word/document.ts';
import { numberingPlan, type RenumberedAnswer } from '../../src/word/numbering-plan.ts';
import { FakeDocument, objectRun, type FakeListDefinition, type FakeParagraphInit } from '../../src/word/fake/index.ts';
import { installFakeWord, useFakeWord } from './word-helpers.ts';

const labels = JSON.parse(readFileSync(new URL('./fixtures/style-labels.json', import.meta.url), 'utf8')) as { styles: Array<{ styleId: string; ooxml: string }> };
const listOoxml = (styleId: string) => labels.styles.find((style) => style.styleId === styleId)!.ooxml;

/** Word's multilevel list 1 / 1.1 / 1.1.1 (the decimal style as a Word list: a space after the number). */
const decimalList: FakeListDefinition = {
  levels: Array.from({ length: 9 }, (_, level) => ({
    numFmt: 'decimal' as const,
    lvlText: Array.from({ length: level + 1 }, (_, parent) => `%${parent + 1}`).join('.'),
    start: 1,
    isLgl: false,
    suff: 'space' as const,
  })),
};

/**
 * The same kind of notice with headings Word numbers itself (1, 1.1, 2: the labels are not in the text), one
 * holding a footnote and one a comment anchor, for analysing, switching and converting an auto-numbered
 * document. The list is the document's first (id 1).
 */
function autoNumberedDocument(): FakeDocument {
  const fake = new FakeDocument([
    { text: '关于开展安全生产专项检查的通知', styleBuiltIn: 'Title' },
    { text: '为落实安全生产责任，决定开展专项检查。' },
    { text: '检查范围', styleBuiltIn: 'Heading1' },
    { runs: [{ text: '生产车间' }, objectRun('footnote')], styleBuiltIn: 'Heading2' },
    { text: '仓储区域', styleBuiltIn: 'Heading2' },
    { runs: [{ text: '检查内容' }, objectRun('comment')], styleBuiltIn: 'Heading1' },
    { text: '各部门于月底前报送自查情况。' },
  ]);
  const listId = fake.addList(decimalList);
  const levels: Array<[number, number]> = [
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 0],
  ];
  for (const [index, level] of levels) fake.paragraphs[index].list = { listId, level };
  return fake;
}

/** The auto-numbered sample (1 检查范围 / 1.1 生产车间 with a footnote / 1.2 仓储区域 / 2 检查内容 with a comment), installed as Word. */
function autoNumbered(): FakeDocument {
  return installFakeWord(autoNumberedDocument());
}

/** What Word shows: each paragraph's label (if any), then its text. */
const shown = (fake: FakeDocument) => fake.paragraphs.map((paragraph, i) => `${fake.listStringOf(paragraph) ?? ''}|${fake.texts()[i]}`);

/** The server's answer: each paragraph's text as read, with the labels (or new texts) given by index. */
function answer(changes: Record<number, Partial<RenumberedAnswer>>) {
  return async ({ paragraphs }: DocumentContents): Promise<RenumberedAnswer[]> => paragraphs.map(({ text }, index) => ({ text, ...changes[index] }));
}

test('an auto-numbered document is read with the labels Word draws, in the one sync of a short document', async () => {
  const fake = autoNumbered();
  const paragraphs = await readParagraphs('document');
  assert.equal(fake.syncCount, 1);
  assert.deepEqual(
    paragraphs.map(({ listString }) => listString),
    [undefined, undefined, '1', '1.1', '1.2', '2', undefined],
  );
});

test('switching an auto-numbered document moves its headings to the new list: labels change, texts, footnotes and comments stay', async () => {
  const fake = autoNumbered();
  const before = fake.paragraphs.map((paragraph) => JSON.stringify(paragraph.runs));
  const gongwen = { 2: { listString: '一、', listLevel: 1 }, 3: { listString: '（一）', listLevel: 2 }, 4: { listString: '（二）', listLevel: 2 }, 5: { listString: '二、', listLevel: 1 } };
  const outcome = await renumberParagraphs('document', async (contents) => numberingPlan(contents, await answer(gongwen)(contents), listOoxml('gongwen')));

  assert.deepEqual(shown(fake), [
    '|关于开展安全生产专项检查的通知',
    '|为落实安全生产责任，决定开展专项检查。',
    '一、|检查范围',
    '（一）|生产车间\u0002',
    '（二）|仓储区域',
    '二、|检查内容\u0005',
    '|各部门于月底前报送自查情况。',
  ]);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => JSON.stringify(paragraph.runs)),
    before,
    'every run as it was: nothing replaced, the temporary paragraphs gone',
  );
  assert.ok(fake.paragraphs.every((paragraph) => paragraph.textWrites === 0));
  assert.deepEqual({ written: outcome.written, listed: outcome.listed, labelMismatches: outcome.labelMismatches }, { written: 0, listed: 4, labelMismatches: [] });
  // Read, insert the list definition, move and read back.
  assert.equal(fake.syncCount, 3);
});

test('转为文本编号 types each label in front of its heading and takes it out of the list, footnotes and comments kept', async () => {
  const fake = autoNumbered();
  const outcome = await convertToTextNumbering('document', answer({ 2: { text: '1 检查范围' }, 3: { text: '1.1 生产车间\u0002' }, 4: { text: '1.2 仓储区域' }, 5: { text: '2 检查内容\u0005' } }));
  assert.deepEqual(shown(fake).slice(2, 6), ['|1 检查范围', '|1.1 生产车间\u0002', '|1.2 仓储区域', '|2 检查内容\u0005']);
  assert.equal(fake.paragraphs[3].runs.at(-1)?.object, 'footnote');
  assert.equal(fake.paragraphs[5].runs.at(-1)?.object, 'comment');
  assert.deepEqual({ written: outcome.written, detached: outcome.detached, stillListed: outcome.stillListed, undo: outcome.undo }, { written: 4, detached: 4, stillListed: [], undo: [] });
  // Read, check the starts, write, detach and read back.
  assert.equal(fake.syncCount, 4);
});

test('转为文本编号 of a selection converts only the selected headings', async () => {
  const fake = autoNumbered();
  fake.select(4, 5);
  await convertToTextNumbering('selection', answer({ 4: { text: '1.2 仓储区域' }, 5: { text: '2 检查内容\u0005' } }));
  assert.deepEqual(shown(fake).slice(2, 6), ['1|检查范围', '1.1|生产车间\u0002', '|1.2 仓储区域', '|2 检查内容\u0005']);
});

/** A typed 公文 outline; 总体要求 holds a footnote after its title. */
const typed: FakeParagraphInit[] = [
  { text: '关于做好二季度工作的通知', styleBuiltIn: 'Title' },
  { runs: [{ text: '一、' }, { text: '总体要求', bold: true }, objectRun('footnote')], styleBuiltIn: 'Heading1' },
  { text: '（一）指导思想', styleBuiltIn: 'Heading2' },
  { text: '正文。' },
  { text: '二、主要任务', styleBuiltIn: 'Heading1' },
];
const asList = {
  1: { text: '总体要求\u0002', listString: '一、', listLevel: 1 },
  2: { text: '指导思想', listString: '（一）', listLevel: 2 },
  4: { text: '主要任务', listString: '二、', listLevel: 1, listValue: 2 },
};

test('转为自动编号 takes each typed marker out (only the marker) and puts the heading in the new list; 恢复 puts it all back', async () => {
  const fake = useFakeWord(typed);
  const outcome = await convertToListNumbering('document', listOoxml('gongwen'), answer(asList));
  assert.deepEqual(shown(fake), ['|关于做好二季度工作的通知', '一、|总体要求\u0002', '（一）|指导思想', '|正文。', '二、|主要任务']);
  assert.equal(fake.paragraphs[1].runs.find((run) => run.text === '总体要求')?.bold, true, 'the title keeps its formatting');
  assert.equal(fake.paragraphs[1].runs.at(-1)?.object, 'footnote');
  assert.deepEqual({ written: outcome.written, listed: outcome.listed, detachOnUndo: outcome.detachOnUndo }, { written: 3, listed: 3, detachOnUndo: [1, 2, 4] });
  // Read, find the markers, check where they are, write, insert the list definition, move and read back.
  assert.equal(fake.syncCount, 6);

  await restoreParagraphs(outcome.undo, undefined, outcome.detachOnUndo);
  assert.deepEqual(shown(fake), ['|关于做好二季度工作的通知', '|一、总体要求\u0002', '|（一）指导思想', '|正文。', '|二、主要任务']);
});

test('转为自动编号 writes nothing when one marker cannot be taken out on its own', async () => {
  // The first marker is a field (a SEQ or LISTNUM number): taking it out would delete the field.
  const fake = useFakeWord([
    { runs: [objectRun('field'), { text: '、总体要求' }], styleBuiltIn: 'Heading1' },
    { text: '二、主要任务', styleBuiltIn: 'Heading1' },
  ]);
  const outcome = await convertToListNumbering(
    'document',
    listOoxml('gongwen'),
    answer({ 0: { text: '总体要求', listString: '一、', listLevel: 1 }, 1: { text: '主要任务', listString: '二、', listLevel: 1 } }),
  );
  assert.deepEqual(fake.texts(), ['\u0013、总体要求', '二、主要任务']);
  assert.ok(fake.paragraphs.every((paragraph) => !paragraph.list));
  assert.equal(outcome.written, 0);
  assert.deepEqual(outcome.skipped, [{ index: 0, reason: 'field' }]);
});

test('转为自动编号 of a selection numbers only the selected headings, going on from the headings before them', async () => {
  const fake = useFakeWord(typed);
  fake.select(4, 4);
  const outcome = await convertToListNumbering('selection', listOoxml('gongwen'), answer({ 4: asList[4] }));
  // The new list's first level starts at 2 (List.setLevelStartingNumber): 二、 after the typed 一、.
  assert.deepEqual(shown(fake).slice(1), ['|一、总体要求\u0002', '|（一）指导思想', '|正文。', '二、|主要任务']);
  assert.deepEqual(outcome.labelMismatches, []);
});

test('a new list read back with other labels than planned is reported, not hidden', async () => {
  useFakeWord(typed);
  const outcome = await convertToListNumbering('document', listOoxml('gongwen'), answer({ ...asList, 4: { ...asList[4], listString: '三、' } }));
  assert.deepEqual(outcome.labelMismatches, [{ index: 4, expected: '三、', drawn: '二、' }]);
});

test('the syncs of switching, converting and converting back do not grow with the number of headings', async () => {
  const counts: number[] = [];
  for (const size of [4, 120]) {
    const document: FakeParagraphInit[] = Array.from({ length: size }, (_, i) => ({ text: `${i + 1}.条目${i}`, styleBuiltIn: 'Heading1' }));
    const fake = useFakeWord(document);
    const outcome = await convertToListNumbering('document', listOoxml('decimal'), answer(Object.fromEntries(document.map((_, i) => [i, { text: `条目${i}`, listString: `${i + 1}`, listLevel: 1 }]))));
    assert.equal(outcome.listed, size);
    const toList = fake.syncCount;
    await convertToTextNumbering('document', answer(Object.fromEntries(document.map((_, i) => [i, { text: `${i + 1} 条目${i}` }]))));
    counts.push(toList, fake.syncCount - toList);
  }
  assert.deepEqual(counts.slice(0, 2), counts.slice(2));
});

test('switching moves only the headings planned: another list of the document keeps its items and numbers', async () => {
  const fake = autoNumbered();
  const steps = fake.addList({ levels: Array.from({ length: 9 }, (_, level) => ({ numFmt: 'decimal', lvlText: `%${level + 1})`, start: 1, isLgl: false, suff: 'tab' })) });
  fake.paragraphs[1].list = { listId: steps, level: 0 };
  fake.paragraphs[6].list = { listId: steps, level: 0 };
  await renumberParagraphs('document', async (contents) =>
    numberingPlan(
      contents,
      await answer({ 2: { listString: '一、', listLevel: 1 }, 3: { listString: '（一）', listLevel: 2 }, 4: { listString: '（二）', listLevel: 2 }, 5: { listString: '二、', listLevel: 1 } })(
        contents,
      ),
      listOoxml('gongwen'),
    ),
  );
  assert.deepEqual(
    [1, 6].map((index) => [fake.paragraphs[index].list?.listId, fake.listStringOf(fake.paragraphs[index])]),
    [
      [steps, '1)'],
      [steps, '2)'],
    ],
  );
});

test('转为自动编号 on a host that refuses insertOoxml: the markers taken out can be put back, and no empty paragraph is left', async () => {
  const fake = useFakeWord(typed);
  fake.ooxmlRefused = true;
  const failure = await convertToListNumbering('document', listOoxml('gongwen'), answer(asList)).then(
    () => assert.fail('the list could not be inserted'),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof PartialWriteError, `a partial write with its undo, not ${String(failure)}`);
  assert.equal(fake.paragraphs.length, typed.length, 'the paragraph made for the list definition is gone');

  await restoreParagraphs(failure.undo);
  assert.deepEqual(shown(fake), ['|关于做好二季度工作的通知', '|一、总体要求\u0002', '|（一）指导思想', '|正文。', '|二、主要任务']);
});

test('a move into the new list that Word refuses half-way leaves none of the list definition paragraphs in the document', async () => {
  const fake = autoNumbered();
  const before = fake.texts();
  // Level 10 does not exist: Word refuses attachToList there, after the list definition went in.
  const refused = { 2: { listString: '一、', listLevel: 1 }, 3: { listString: '（一）', listLevel: 10 } };
  await assert.rejects(
    renumberParagraphs('document', async (contents) => numberingPlan(contents, await answer(refused)(contents), listOoxml('gongwen'))),
    PartialWriteError,
  );
  assert.deepEqual(fake.texts(), before, 'the temporary 编号 headings are gone again');
});
