/**
 * What real Word does that the first fake did not (issue #8), one test per behaviour, each failing on
 * the code before it: no paragraph is ever rewritten whole, the marker changed is the one at the
 * start, writes are checked before and read back after, revisions are found on every host, headings
 * come in as Word really makes them, and a large document is read in pages under Word on the web's
 * response limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertHeadings, PartialWriteError, paragraphsPerPage, readParagraphs, renumberParagraphs, restoreParagraphs, type ReadProgress } from '../../src/word/document.ts';
import { objectRun, paragraphText, webPayloadLimitBytes, type FakeParagraphInit } from '../../src/word/fake/index.ts';
import { strings } from '../../src/i18n.ts';
import { assertRefusedBeforeAsking, refused, rewrite, useFakeWord } from './word-helpers.ts';

const hasObject = (runs: { object?: string }[], kind: string) => runs.some((run) => run.object === kind);

// 1. Never damage a paragraph

test('a marker Word search misses is left as it is: the paragraph keeps its footnote, nothing rewrites it whole', async () => {
  const fake = useFakeWord([{ runs: [{ text: '1.', unsearchable: true }, { text: '总体要求' }, objectRun('footnote'), { text: '说明' }] }]);
  const text = paragraphText(fake.paragraphs[0]);
  const { written, skipped } = await rewrite([{ index: 0, oldText: text, newText: text.replace('1.', '一、') }]);
  assert.equal(written, 0);
  assert.deepEqual(skipped, [{ index: 0, reason: 'markerNotFound' }]);
  assert.ok(hasObject(fake.paragraphs[0].runs, 'footnote'), 'the footnote is still there');
  assert.equal(fake.paragraphs[0].textWrites, 0);
});

test('a marker whose changed part holds a footnote mark is left as it is and listed for the user', async () => {
  const fake = useFakeWord([{ text: '二、乙' }, { runs: [{ text: '1' }, objectRun('footnote'), { text: '.总体要求' }] }]);
  const text = paragraphText(fake.paragraphs[1]);
  const { written, skipped } = await rewrite([
    { index: 0, oldText: '二、乙', newText: '一、乙' },
    { index: 1, oldText: text, newText: '一、总体要求' },
  ]);
  assert.equal(written, 1);
  assert.deepEqual(skipped, [{ index: 1, reason: 'footnote' }]);
  assert.ok(hasObject(fake.paragraphs[1].runs, 'footnote'));
  assert.equal(strings.skippedParagraph(skipped[0].index + 1, skipped[0].reason), '第 2 段含脚注或尾注标记，未改动，请手动修改编号。');
});

test("markers holding a manual line break, a non-breaking space or hyphens are found with Word's codes, and only they change", async () => {
  const fake = useFakeWord([
    { runs: [{ text: '1.\u00a0' }, { text: '标题', bold: true }, objectRun('field')] },
    { runs: [{ text: '（2）\u000b' }, { text: '续', italic: true }] },
    { runs: [{ text: '3\u001e1\u001f' }, { text: '条', bold: true }] },
  ]);
  const texts = fake.texts();
  const { written, skipped } = await rewrite([
    { index: 0, oldText: texts[0], newText: texts[0].replace('1.\u00a0', '一、') },
    { index: 1, oldText: texts[1], newText: texts[1].replace('（2）\u000b', '（二）') },
    { index: 2, oldText: texts[2], newText: texts[2].replace('3\u001e1\u001f', '3.1 ') },
  ]);
  assert.deepEqual(skipped, []);
  assert.equal(written, 3);
  assert.deepEqual(fake.paragraphs[0].runs.slice(0, 2), [{ text: '一、' }, { text: '标题', bold: true }]);
  assert.ok(hasObject(fake.paragraphs[0].runs, 'field'), 'the field after the title is kept');
  assert.deepEqual(fake.paragraphs[1].runs, [{ text: '（二）' }, { text: '续', italic: true }]);
  assert.deepEqual(fake.paragraphs[2].runs, [{ text: '3.1 ' }, { text: '条', bold: true }]);
});

test("a change longer than a marker (past Word's 255-character search, or the whole paragraph) is left as it is and listed", async () => {
  const long = `${'甲'.repeat(300)}1.`;
  const fake = useFakeWord([{ text: `${long}标题` }]);
  const { written, skipped } = await rewrite([{ index: 0, oldText: `${long}标题`, newText: '一、标题' }]);
  assert.equal(written, 0);
  assert.deepEqual(skipped, [{ index: 0, reason: 'beyondMarker' }]);
  assert.deepEqual(fake.texts(), [`${long}标题`]);
});

test('the fake: Replace over a whole paragraph deletes its footnote mark, as Word does (office-js#2749)', async () => {
  const fake = useFakeWord([{ runs: [{ text: '1.标题' }, objectRun('footnote')] }]);
  await Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertText('一、标题', 'Replace');
    await context.sync();
  });
  assert.equal(hasObject(fake.paragraphs[0].runs, 'footnote'), false);
});

// 2. The marker changed is the one at the start of the paragraph

test("第一条……依照第一条: when Word's search finds only the later 第一条, neither is changed", async () => {
  const fake = useFakeWord([{ runs: [{ text: '第一条', unsearchable: true }, { text: ' 依照第一条办理' }] }]);
  const { written, skipped } = await rewrite([{ index: 0, oldText: '第一条 依照第一条办理', newText: '第1条 依照第一条办理' }]);
  assert.equal(written, 0);
  assert.deepEqual(skipped, [{ index: 0, reason: 'markerNotFound' }]);
  assert.deepEqual(fake.texts(), ['第一条 依照第一条办理']);
});

test('the fake tells InsideStart from Inside, as Word.LocationRelation does', async () => {
  useFakeWord([{ text: '第一条 依照第一条' }]);
  const relations = await Word.run(async (context) => {
    const paragraph = context.document.body.paragraphs.getFirst();
    const results = paragraph.search('第一条', { matchCase: true });
    results.load('items/text');
    await context.sync();
    const content = paragraph.getRange('Content');
    const compared = results.items.map((range) => range.compareLocationWith(content));
    await context.sync();
    return compared.map((result) => result.value);
  });
  assert.deepEqual(relations, ['InsideStart', 'InsideEnd']);
});

// 3. What would make a write fail is checked before; a write that fails half-way is reported exactly

test('a marker in a content control that cannot be edited is left as it is; the other paragraphs are written', async () => {
  const fake = useFakeWord([
    { runs: [{ text: '1.', contentControl: { id: 1, cannotEdit: true } }, { text: '甲' }] },
    { text: '2.乙' },
    { runs: [{ text: '丙', contentControl: { id: 2, cannotEdit: true } }] },
  ]);
  const { written, skipped } = await rewrite([
    { index: 0, oldText: '1.甲', newText: '一、甲' },
    { index: 1, oldText: '2.乙', newText: '二、乙' },
    { index: 2, oldText: '丙', newText: '三、丙' },
  ]);
  assert.equal(written, 1);
  assert.deepEqual(skipped, [
    { index: 0, reason: 'locked' },
    { index: 2, reason: 'locked' },
  ]);
  assert.deepEqual(fake.texts(), ['1.甲', '二、乙', '丙']);
});

test('a protected document (Restrict Editing, where the host tells) is refused before the server is asked', async () => {
  const fake = useFakeWord([{ text: '1.甲' }]);
  fake.apiSets.WordApiDesktop = '1.4';
  fake.protectionType = 'AllowOnlyComments';
  await assertRefusedBeforeAsking({ index: 0, oldText: '1.甲', newText: '一、甲' }, 'protected');
  await assert.rejects(insertHeadings([{ level: 1, text: '一、A' }]), refused('protected'));
  assert.deepEqual(fake.texts(), ['1.甲']);
});

test('a write that fails half-way says exactly what was written, and 恢复 puts those paragraphs back', async () => {
  const fake = useFakeWord(['1.甲', '2.乙', '3.丙', '4.丁'].map((text) => ({ text })));
  fake.textWritesAllowed = 2;
  const changes = fake.texts().map((text, index) => ({ index, oldText: text, newText: text.replace(/^(\d)\./, (_, n: string) => `${'一二三四'[Number(n) - 1]}、`) }));
  const failure = await rewrite(changes).then(
    () => assert.fail('the write should fail'),
    (error: unknown) => error as PartialWriteError,
  );
  assert.ok(failure instanceof PartialWriteError);
  assert.equal(failure.written, 2);
  assert.equal(failure.message, '写入中途失败：已改 2 段，其余 2 段未改。可按 Ctrl+Z 撤销，或点“恢复”改回原来的编号。');
  assert.deepEqual(fake.texts(), ['一、甲', '二、乙', '3.丙', '4.丁']);
  fake.textWritesAllowed = Number.POSITIVE_INFINITY;
  const restored = await restoreParagraphs(failure.undo);
  assert.equal(restored.written, 2);
  assert.deepEqual(fake.texts(), ['1.甲', '2.乙', '3.丙', '4.丁']);
});

test('after a full write, the undo puts every old marker back', async () => {
  const fake = useFakeWord([{ text: '1.甲' }, { text: '正文' }, { text: '2.乙' }]);
  const outcome = await rewrite([
    { index: 0, oldText: '1.甲', newText: '一、甲' },
    { index: 2, oldText: '2.乙', newText: '二、乙' },
  ]);
  assert.deepEqual(fake.texts(), ['一、甲', '正文', '二、乙']);
  await restoreParagraphs(outcome.undo);
  assert.deepEqual(fake.texts(), ['1.甲', '正文', '2.乙']);
});

test('恢复 after the document was edited puts back only what still reads as the renumbering left it, and lists the rest', async () => {
  const fake = useFakeWord([{ text: '1.甲' }, { text: '2.乙' }]);
  const outcome = await rewrite([
    { index: 0, oldText: '1.甲', newText: '一、甲' },
    { index: 1, oldText: '2.乙', newText: '二、乙' },
  ]);
  fake.paragraphs[1].runs = [{ text: '二、乙（已修改）' }];
  const restored = await restoreParagraphs(outcome.undo);
  assert.equal(restored.written, 1);
  assert.deepEqual(restored.skipped, [{ index: 1, reason: 'changedSince' }]);
  assert.deepEqual(fake.texts(), ['1.甲', '二、乙（已修改）']);
});

// 4. Tracked changes on every host

test('on Word on the web (WordApi 1.6) revisions are found by asking for the first tracked change, without reading the text twice more', async () => {
  useFakeWord([{ runs: [{ text: '1、', revision: 'deleted' }, { text: '标题' }] }]).actAsWordOnTheWeb();
  await assert.rejects(readParagraphs('document'), refused('revisions'));
  const paragraphs = Array.from({ length: 200 }, () => ({ text: '正'.repeat(100) }));
  const clean = useFakeWord(paragraphs).actAsWordOnTheWeb();
  await readParagraphs('document');
  const textBytes = 200 * 100 * 3;
  assert.ok(clean.largestResponseBytes < 1.5 * textBytes, `${clean.largestResponseBytes} bytes for ${textBytes} bytes of text`);
});

// A host without WordApi 1.4 cannot say tracking is on: the read-back finds the edits became revisions and says so,
// whether they replaced a number (Word keeps the old one as a deletion) or only added one (it reads as written).
for (const { kind, texts } of [
  { kind: 'replaced numbers', texts: ['1.甲', '2.乙'] },
  { kind: 'added numbers', texts: ['甲', '乙'] },
]) {
  test(`on a host without WordApi 1.4, ${kind} that became revisions are reported, not taken as written`, async () => {
    const fake = useFakeWord(texts.map((text) => ({ text })));
    fake.apiSets.WordApi = '1.3';
    fake.changeTrackingMode = 'TrackAll';
    const changes = texts.map((text, index) => ({ index, oldText: text, newText: `${'一二'[index]}、${text.replace(/^\d\./, '')}` }));
    const failure = await rewrite(changes).then(
      () => assert.fail('the edits became revisions: not a clean write'),
      (error: unknown) => error as PartialWriteError,
    );
    assert.ok(failure instanceof PartialWriteError);
    assert.equal(failure.written, 0);
    assert.equal(failure.unexpected, 2);
    assert.deepEqual(failure.undo, [], 'nothing for 恢复: reading refuses the revisions, Ctrl+Z undoes them');
    assert.match(failure.message, /另有 2 段与预期不同，可能被记成了修订.*拒绝这些修订/);
  });
}

// 5. Insert as Word really does

test('headings whose style is linked to a multilevel list are taken out of it after the style is set: no 一、一、', async () => {
  const fake = useFakeWord([{ text: '前文' }]);
  fake.styles.Heading1.linkedListString = '一、';
  fake.styles.Heading2.linkedListString = '（一）';
  const outcome = await insertHeadings([
    { level: 1, text: '一、总体要求' },
    { level: 2, text: '（一）工作目标' },
  ]);
  assert.equal(outcome.wordNumbered, 0, 'the write read isListItem back');
  assert.deepEqual(
    fake.paragraphs.slice(1).map((paragraph) => [paragraph.styleBuiltIn, paragraph.listString]),
    [
      ['Heading1', undefined],
      ['Heading2', undefined],
    ],
  );
});

test('headings are styled with the string literals: the fake Word, like older Office.js builds, has no Word.BuiltInStyleName', async () => {
  const fake = useFakeWord([{ text: '' }]);
  assert.equal((Word as unknown as { BuiltInStyleName?: unknown }).BuiltInStyleName, undefined);
  await insertHeadings([{ level: 3, text: '1.A' }]);
  assert.equal(fake.paragraphs[0].styleBuiltIn, 'Heading3');
});

const redCentredTitle: FakeParagraphInit = {
  runs: [{ text: '关于开展检查的通知', color: '#FF0000', bold: true, size: 16 }],
  format: { alignment: 'Centered', firstLineIndent: 32 },
};

for (const host of ['Word on the web', 'desktop Word with Font.reset'] as const) {
  test(`${host}: headings carry no direct formatting from the paragraph at the cursor, and keep their style's own indent and alignment`, async () => {
    const fake = useFakeWord([redCentredTitle]);
    if (host === 'Word on the web') fake.actAsWordOnTheWeb();
    else fake.apiSets = { WordApi: '1.4', WordApiDesktop: '1.4' };
    fake.styles.Heading1.paragraphFormat = { alignment: 'Centered', leftIndent: 0, firstLineIndent: 0 };
    fake.styles.Heading1.font = { bold: true, italic: false, color: '#000000', size: 16 };
    fake.styles.Heading2.paragraphFormat = { alignment: 'Left', leftIndent: 0, firstLineIndent: 28 };
    fake.styles.Heading2.font = { bold: false, italic: false, color: '#000000', size: 15 };
    await insertHeadings([
      { level: 1, text: '一、总体要求' },
      { level: 2, text: '（一）工作目标' },
    ]);
    const [title, heading1, heading2] = fake.paragraphs;
    assert.deepEqual(fake.effectiveFont(title, title.runs[0]), { bold: true, italic: false, color: '#FF0000', size: 16 }, 'the title keeps its own');
    for (const heading of [heading1, heading2]) {
      const style = fake.styleOf(heading);
      assert.deepEqual(fake.effectiveFont(heading, heading.runs[0]), style.font, heading.styleBuiltIn);
      assert.deepEqual(fake.effectiveFormat(heading), style.paragraphFormat, heading.styleBuiltIn);
    }
  });
}

// 6. Large documents under Word on the web's response limit

/** 600 headings and 2,400 body paragraphs of 400 Chinese characters: about 3,000 paragraphs, 300 pages. */
function largeDocument(): FakeParagraphInit[] {
  const paragraphs: FakeParagraphInit[] = [];
  for (let chapter = 1; chapter <= 600; chapter++) {
    paragraphs.push({ text: `${chapter}.第${chapter}部分`, styleBuiltIn: 'Heading1' });
    for (let body = 0; body < 4; body++) paragraphs.push({ text: '正'.repeat(400) });
  }
  return paragraphs;
}

test('a 3,000-paragraph document is read and renumbered on Word on the web, in pages under the 5 MB response limit', async () => {
  const fake = useFakeWord(largeDocument()).actAsWordOnTheWeb();
  const progress: ReadProgress[] = [];
  const paragraphs = await readParagraphs('document', (step) => progress.push(step));
  assert.equal(paragraphs.length, 3000);
  assert.deepEqual(progress.at(-1), { done: 3000, total: 3000 });
  assert.ok(progress.length >= 3000 / paragraphsPerPage, 'progress after every page');
  const pages = Math.ceil(3000 / paragraphsPerPage);
  assert.equal(fake.syncCount, pages);

  fake.syncCount = 0;
  const outcome = await renumberParagraphs('document', async ({ paragraphs: read }) =>
    read.flatMap((paragraph, index) => (paragraph.outlineLevel === 1 ? [{ index, oldText: paragraph.text, newText: paragraph.text.replace(/^\d+\./, (marker) => `${marker.slice(0, -1)}、`) }] : [])),
  );
  assert.equal(outcome.written, 600);
  assert.ok(fake.syncCount <= pages + 3, `${fake.syncCount} syncs`);
  assert.ok(fake.largestResponseBytes <= webPayloadLimitBytes, `${fake.largestResponseBytes} bytes`);
  assert.equal(fake.texts()[5], '2、第2部分');
});

test('a page still too large for Word on the web is read again in halves', async () => {
  const fake = useFakeWord(Array.from({ length: 1000 }, () => ({ text: '长'.repeat(2000) }))).actAsWordOnTheWeb();
  const paragraphs = await readParagraphs('document');
  assert.equal(paragraphs.length, 1000);
  assert.ok(fake.largestResponseBytes <= webPayloadLimitBytes);
});
