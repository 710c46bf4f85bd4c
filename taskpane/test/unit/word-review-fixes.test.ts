/**
 * The Word module against what Word really does that a naive add-in gets wrong: list numbering Word
 * draws itself, formatting carried over by a new paragraph, tracked changes, a search that misses,
 * the cursor outside the main text, a settings write that fails. Each test fails without its fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertedTemplatesKey, insertHeadings, readDocumentWithSelection, readParagraphs, renumberParagraphs } from '../../src/word/document.ts';
import { headingLevelOf } from '../../src/word/heading-levels.ts';
import { FakeOfficeError, paragraphText, reviewedText } from '../../src/word/fake/index.ts';
import { assertRefusedBeforeAsking, refused, rewrite, useFakeWord } from './word-helpers.ts';

const source = { templateId: 'tpl-1', version: 3, name: '季度总结', insertedAt: '2025-11-25T08:00:00.000Z' };

// 1. Word's own numbering

test('readParagraphs tells the paragraphs Word numbers itself (isListItem), in the same single sync', async () => {
  const fake = useFakeWord([
    { text: '总体要求', styleBuiltIn: 'Heading1', listString: '第一章' },
    { text: '一、范围', styleBuiltIn: 'Heading2' },
  ]);
  const paragraphs = await readParagraphs('document');
  assert.equal(fake.syncCount, 1);
  assert.deepEqual(
    paragraphs.map(({ text, isListItem }) => [text, isListItem]),
    [
      ['总体要求', true],
      ['一、范围', false],
    ],
  );
  fake.select(0);
  assert.equal((await readDocumentWithSelection()).paragraphs[0].isListItem, true);
});

// 2. Inserted headings do not inherit the paragraph at the cursor

test('headings inserted after a list item are not items of that list', async () => {
  const fake = useFakeWord([{ text: '第一项', styleBuiltIn: 'ListParagraph', listString: '1.' }]);
  await insertHeadings([
    { level: 1, text: '一、A' },
    { level: 2, text: '（一）B' },
  ]);
  assert.equal(fake.syncCount, 2);
  assert.deepEqual(fake.texts(), ['第一项', '一、A', '（一）B']);
  assert.equal(fake.paragraphs[0].listString, '1.', 'the list item itself is left as it was');
  assert.deepEqual(
    fake.paragraphs.slice(1).map((paragraph) => [paragraph.listString, paragraph.styleBuiltIn]),
    [
      [undefined, 'Heading1'],
      [undefined, 'Heading2'],
    ],
  );
});

test('an empty list item at the cursor becomes a heading out of the list', async () => {
  const fake = useFakeWord([{ text: '', styleBuiltIn: 'ListParagraph', listString: '2.' }]);
  await insertHeadings([{ level: 1, text: '一、A' }]);
  assert.deepEqual(fake.texts(), ['一、A']);
  assert.equal(fake.paragraphs[0].listString, undefined);
  assert.equal(fake.paragraphs[0].styleBuiltIn, 'Heading1');
});

test('headings do not carry over the direct alignment and indents of the paragraph at the cursor', async () => {
  const fake = useFakeWord([{ text: '关于开展检查的通知', format: { alignment: 'Centered', leftIndent: 18, firstLineIndent: 24 } }]);
  await insertHeadings([
    { level: 1, text: '一、A' },
    { level: 2, text: '（一）B' },
  ]);
  assert.equal(fake.syncCount, 2);
  assert.deepEqual(fake.paragraphs[0].format, { alignment: 'Centered', leftIndent: 18, firstLineIndent: 24 }, 'the title keeps its own');
  for (const heading of fake.paragraphs.slice(1)) {
    assert.notEqual(heading.format.alignment, 'Centered');
    assert.equal(heading.format.leftIndent ?? 0, 0);
    assert.equal(heading.format.firstLineIndent ?? 0, 0);
  }
});

test('where the host has Paragraph.reset (WordApiDesktop 1.4), headings lose all direct formatting', async () => {
  const fake = useFakeWord([{ text: '引言', format: { alignment: 'Right', leftIndent: 12 } }]);
  fake.apiSets.WordApiDesktop = '1.4';
  await insertHeadings([{ level: 1, text: '一、A' }]);
  assert.deepEqual(fake.paragraphs[1].format, {});
  assert.equal(fake.paragraphs[1].styleBuiltIn, 'Heading1');
});

test('without WordApiDesktop 1.4, Paragraph.reset is never called (the fake fails it, as such a host does)', async () => {
  const fake = useFakeWord([{ text: '引言', format: { alignment: 'Right' } }]);
  await insertHeadings([{ level: 1, text: '一、A' }]);
  assert.equal(fake.paragraphs[1].format.alignment, 'Justified');
  await assert.rejects(
    Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().reset();
      await context.sync();
    }),
    (error: FakeOfficeError) => error.code === 'ApiNotFound',
  );
});

test('an "empty" paragraph holding an inline picture is not turned into a heading', async () => {
  const fake = useFakeWord([{ text: '', inlinePictures: 1 }]);
  await insertHeadings([{ level: 1, text: '一、A' }]);
  assert.equal(fake.syncCount, 2);
  assert.deepEqual(fake.texts(), ['', '一、A']);
  assert.equal(fake.paragraphs[0].styleBuiltIn, 'Normal');
  assert.equal(fake.paragraphs[0].inlinePictures, 1);
  assert.equal(fake.paragraphs[1].styleBuiltIn, 'Heading1');
});

// 3. Tracked changes

test('the fake keeps text deleted with tracking on, in Paragraph.text but not in the reviewed text', async () => {
  const fake = useFakeWord([{ text: '1、标题' }]);
  fake.changeTrackingMode = 'TrackAll';
  await Word.run(async (context) => {
    const paragraph = context.document.body.paragraphs.getFirst();
    paragraph.search('1、', { matchCase: true }).getFirst().insertText('（一）', 'Replace');
    await context.sync();
  });
  assert.equal(paragraphText(fake.paragraphs[0]), '1、（一）标题');
  assert.equal(reviewedText(fake.paragraphs[0], 'Current'), '（一）标题');
  assert.equal(reviewedText(fake.paragraphs[0], 'Original'), '1、标题');
});

test('reading refuses a document holding tracked changes, whose deleted text Paragraph.text still holds', async () => {
  const fake = useFakeWord([{ runs: [{ text: '1、', revision: 'deleted' }, { text: '（一）', revision: 'inserted' }, { text: '标题' }], styleBuiltIn: 'Heading2' }]);
  await assert.rejects(readParagraphs('document'), refused('revisions'));
  await assert.rejects(readDocumentWithSelection(), refused('revisions'));
  let planned = false;
  await assert.rejects(
    renumberParagraphs('document', async () => {
      planned = true;
      return [];
    }),
    refused('revisions'),
  );
  assert.equal(planned, false, 'refused before asking the server');
  assert.equal(fake.paragraphs[0].textWrites, 0);
});

test("without WordApi 1.4 (Office 2019, 2021) revisions are found in the body's OOXML and reading refuses; 1.4 members are never used", async () => {
  const fake = useFakeWord([{ runs: [{ text: '1、', revision: 'deleted' }, { text: '标题' }] }]);
  fake.apiSets.WordApi = '1.3';
  await assert.rejects(readParagraphs('document'), refused('revisions'));
  fake.paragraphs[0].runs = [{ text: '1、标题' }];
  assert.deepEqual(
    (await readParagraphs('document')).map((paragraph) => paragraph.text),
    ['1、标题'],
  );
});

test('renumbering refuses to write with change tracking on, before asking the server', async () => {
  const fake = useFakeWord([{ text: '1、甲', styleBuiltIn: 'Heading1' }]);
  fake.changeTrackingMode = 'TrackAll';
  await assertRefusedBeforeAsking({ index: 0, oldText: '1、甲', newText: '一、甲' }, 'trackingOn');
  assert.deepEqual(fake.texts(), ['1、甲']);
  assert.equal(fake.syncCount, 1);
});

test('renumbering writes nothing when change tracking is switched on while the server answers', async () => {
  const fake = useFakeWord([{ text: '1、甲', styleBuiltIn: 'Heading1' }]);
  await assert.rejects(
    renumberParagraphs('document', async () => {
      fake.changeTrackingMode = 'TrackMineOnly';
      return [{ index: 0, oldText: '1、甲', newText: '一、甲' }];
    }),
    refused('trackingOn'),
  );
  assert.deepEqual(fake.paragraphs[0].runs, [{ text: '1、甲' }]);
  assert.equal(fake.syncCount, 2, 'read and check, no write');
});

// 4. No half-way renumbering

test('the fake models the half-way write: getFirst() on a miss fails the sync after earlier edits were made', async () => {
  const fake = useFakeWord([{ text: '1.甲' }, { runs: [{ text: '2.', unsearchable: true }, { text: '乙' }] }]);
  await assert.rejects(
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[0].search('1.', { matchCase: true }).getFirst().insertText('一、', 'Replace');
      paragraphs.items[1].search('2.', { matchCase: true }).getFirst().insertText('二、', 'Replace');
      await context.sync();
    }),
    (error: FakeOfficeError) => error.code === 'ItemNotFound',
  );
  assert.deepEqual(fake.texts(), ['一、甲', '2.乙'], 'half renumbered');
});

test('a marker Word search does not find is left as it is and listed, never rewritten whole; every other edit keeps its formatting', async () => {
  const fake = useFakeWord([
    { runs: [{ text: '1.' }, { text: '甲', bold: true }] },
    {
      runs: [
        { text: '2.', unsearchable: true },
        { text: '乙', bold: true },
      ],
    },
    { runs: [{ text: '3.' }, { text: '丙', bold: true }] },
  ]);
  const { written, skipped } = await rewrite([
    { index: 0, oldText: '1.甲', newText: '一、甲' },
    { index: 1, oldText: '2.乙', newText: '二、乙' },
    { index: 2, oldText: '3.丙', newText: '三、丙' },
  ]);
  assert.equal(written, 2);
  assert.deepEqual(skipped, [{ index: 1, reason: 'markerNotFound' }]);
  assert.deepEqual(fake.texts(), ['一、甲', '2.乙', '三、丙']);
  assert.deepEqual(fake.paragraphs[0].runs, [{ text: '一、' }, { text: '甲', bold: true }]);
  assert.equal(fake.paragraphs[1].textWrites, 0);
});

// 5. The cursor or the selection outside the main text

test('inserting refuses when the cursor is in a header, footer, footnote or text box, and writes nothing', async () => {
  for (const type of ['Header', 'Footer', 'Footnote', 'Shape'] as const) {
    const fake = useFakeWord([{ text: '正文' }]);
    const part = fake.addPart(type, [{ text: '' }]);
    fake.placeCursorIn(part, 0);
    await assert.rejects(insertHeadings([{ level: 1, text: '一、A' }], source), refused(type === 'Shape' ? 'cursorInTextBox' : 'cursorOutsideBody'), type);
    assert.deepEqual(fake.texts(), ['正文']);
    assert.deepEqual(part.paragraphs.map(paragraphText), ['']);
    assert.deepEqual(fake.settingValues(), {});
    assert.equal(fake.syncCount, 1);
  }
});

test('inserting refuses when the cursor is in a table cell', async () => {
  const fake = useFakeWord([{ text: '前文' }, { text: '单元格', tableNestingLevel: 1 }, { text: '后文' }]);
  fake.placeCursor(1, 1);
  await assert.rejects(insertHeadings([{ level: 1, text: '一、A' }]), refused('cursorInTable'));
  assert.deepEqual(fake.texts(), ['前文', '单元格', '后文']);
});

test('the fake: a range cannot reach from the body into another part, and compareLocationWith says Unrelated', async () => {
  const fake = useFakeWord([{ text: '正文' }]);
  fake.placeCursorIn(fake.addPart('Header', [{ text: '页眉' }]), 0);
  await assert.rejects(
    Word.run(async (context) => {
      const range = context.document.body.getRange('Start').expandTo(context.document.getSelection());
      range.paragraphs.load('items/text');
      await context.sync();
    }),
    (error: FakeOfficeError) => error.code === 'ItemNotFound' && /doesn't exist/.test(error.message),
  );
  const relation = await Word.run(async (context) => {
    const result = context.document.body.getRange('Whole').compareLocationWith(context.document.getSelection());
    await context.sync();
    return result.value;
  });
  assert.equal(relation, 'Unrelated');
});

test('reading the selection in a footnote says so instead of "The requested resource doesn\'t exist"', async () => {
  const fake = useFakeWord([{ text: '一、甲', styleBuiltIn: 'Heading1' }]);
  fake.placeCursorIn(fake.addPart('Footnote', [{ text: '注释' }]), 0);
  await assert.rejects(readDocumentWithSelection(), refused('selectionOutsideBody'));
  await assert.rejects(
    renumberParagraphs('selection', async () => []),
    refused('selectionOutsideBody'),
  );
  assert.deepEqual(fake.texts(), ['一、甲']);
});

test('a selection in a table of the body is read as usual, with one sync', async () => {
  const fake = useFakeWord([{ text: '一、甲', styleBuiltIn: 'Heading1' }, { text: '1.单元格', tableNestingLevel: 1 }, { text: '正文' }]);
  fake.placeCursor(1, 0);
  assert.deepEqual((await readDocumentWithSelection()).selection, { start: 1, end: 2 });
  assert.equal(fake.syncCount, 1);
});

// 6. The template record is written after the headings are in

test('when the template record cannot be saved, the headings are in all the same and the outcome says the record is not', async () => {
  const fake = useFakeWord([{ text: '正文' }]);
  fake.maxSettingsBytes = 10;
  const outcome = await insertHeadings([{ level: 1, text: '一、A' }], source);
  assert.deepEqual(outcome, { inserted: 1, recorded: false, wordNumbered: 0, controlId: outcome.controlId });
  assert.ok(Number.isInteger(outcome.controlId), 'the content control is there all the same');
  assert.deepEqual(fake.texts(), ['正文', '一、A']);
  assert.equal(fake.settings.has(insertedTemplatesKey), false);
});

// 7. One reading of heading levels

test('the fake reports heading levels exactly as heading-levels.ts reads them', () => {
  const fake = useFakeWord([{ text: 'a', styleBuiltIn: 'Heading3' }, { text: 'b', styleBuiltIn: 'Other', outlineLevel: 2 }, { text: 'c', styleBuiltIn: 'Normal', outlineLevel: 2 }, { text: 'd' }]);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => fake.headingLevel(paragraph)),
    [3, 2, null, null],
  );
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => fake.headingLevel(paragraph) === headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel ?? null)),
    [true, true, true, true],
  );
});
