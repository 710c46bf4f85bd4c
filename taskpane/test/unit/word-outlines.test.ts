import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  applyOutlineMerge,
  DocumentChangedError,
  insertedTemplatesKey,
  insertHeadings,
  insertOutlineOoxml,
  InvalidMergeError,
  OutlineNotFoundError,
  readInsertedOutlines,
  readOutlineParagraphs,
  type InsertedTemplate,
  type MergedParagraph,
} from '../../src/word/document.ts';
import { controlParagraphs, controlsIn, createParagraph, paragraphText, type FakeDocument, type FakeParagraph, type FakeParagraphInit } from '../../src/word/fake/index.ts';
import { strings } from '../../src/i18n.ts';
import { refused, useFakeWord } from './word-helpers.ts';

const labels = JSON.parse(readFileSync(new URL('./fixtures/style-labels.json', import.meta.url), 'utf8')) as { styles: Array<{ styleId: string; ooxml: string }> };

const version2: InsertedTemplate = { templateId: 'tpl-7', version: 2, name: '季度总结', teamId: 'team-1', insertedAt: '2026-11-30T08:00:00.000Z' };

const outline = [
  { level: 1, text: '一、总体情况' },
  { level: 1, text: '二、存在问题' },
  { level: 1, text: '三、下步打算' },
];

/** A document with a title, the outline inserted from `version2` after it, and the user's text typed under its headings. */
async function documentWithOutline(written: Record<string, FakeParagraphInit[]> = {}): Promise<{ fake: FakeDocument; controlId: number }> {
  const fake = useFakeWord([{ text: '工作总结', styleBuiltIn: 'Title' }]);
  fake.placeCursor(0, 2);
  const { controlId } = await insertHeadings(outline, version2);
  assert.ok(controlId !== undefined);
  const [control] = controlsIn(fake.body);
  for (const [heading, paragraphs] of Object.entries(written)) {
    const at = fake.paragraphs.findIndex((paragraph) => paragraphText(paragraph) === heading);
    // Typed inside the control, as the user does after the cursor insertHeadings leaves at the end of a heading.
    const typed = paragraphs.map((init) => ({ ...createParagraph(init), blockControl: control }));
    fake.paragraphs.splice(at + 1, 0, ...typed);
  }
  fake.syncCount = 0;
  return { fake, controlId };
}

const bodyText = (text: string): FakeParagraphInit => ({ text });

function boldRunIn(paragraph: FakeParagraph | undefined): string | undefined {
  return paragraph?.runs.find((run) => run.bold)?.text;
}

test('an outline inserted from a template is wrapped in one content control: tagged with its template and version, titled with its name, not locked', async () => {
  const fake = useFakeWord([{ text: '工作总结', styleBuiltIn: 'Title' }, { text: '落款' }]);
  fake.placeCursor(0, 4);
  const outcome = await insertHeadings(outline, version2);
  const [control, ...others] = controlsIn(fake.body);
  assert.equal(others.length, 0);
  assert.deepEqual({ ...control }, { id: outcome.controlId, tag: 'outline-addin:tpl-7:2', title: '季度总结', appearance: 'BoundingBox', cannotEdit: false, cannotDelete: false });
  assert.deepEqual(controlParagraphs(fake, control).map(paragraphText), ['一、总体情况', '二、存在问题', '三、下步打算'], 'the headings, not the title or what follows');
  assert.equal(outcome.recorded, true, 'the record of templates is kept as before');
  assert.ok(fake.syncCount <= 3, `${fake.syncCount} syncs`);
});

test('an outline inserted without a source gets no content control', async () => {
  const fake = useFakeWord([{ text: '' }]);
  const outcome = await insertHeadings(outline);
  assert.equal(outcome.controlId, undefined);
  assert.deepEqual(controlsIn(fake.body), []);
});

test('an outline inserted as OOXML from a template is wrapped in its content control in the insert’s own batch', async () => {
  const fake = useFakeWord([{ text: '工作总结', styleBuiltIn: 'Title' }, { text: '正文。' }]);
  fake.placeCursor(0, 4);
  const outcome = await insertOutlineOoxml(labels.styles[0].ooxml, version2);
  const [control] = controlsIn(fake.body);
  assert.equal(outcome.controlId, control.id);
  assert.equal(controlParagraphs(fake, control).length, outcome.inserted);
  assert.deepEqual([fake.texts()[0], fake.texts().at(-1)], ['工作总结', '正文。'], 'neither the title nor the text after the outline is in it');
  assert.equal(outcome.mislanded, 0);
});

test('an outline inserted with the cursor in another outline goes right after that outline, in a control of its own', async () => {
  const { fake } = await documentWithOutline();
  fake.placeCursor(2, 1);
  await insertHeadings([{ level: 1, text: '一、基本情况' }], { ...version2, templateId: 'tpl-8' });
  const [first, second] = controlsIn(fake.body);
  assert.deepEqual(controlParagraphs(fake, first).map(paragraphText), ['一、总体情况', '二、存在问题', '三、下步打算']);
  assert.deepEqual(controlParagraphs(fake, second).map(paragraphText), ['一、基本情况']);
  assert.deepEqual(fake.texts(), ['工作总结', '一、总体情况', '二、存在问题', '三、下步打算', '一、基本情况']);
});

test('fields left unfilled in inserted headings are highlighted, and only they', async () => {
  const fake = useFakeWord([{ text: '' }]);
  await insertHeadings([
    { level: 1, text: '{单位}{年份}年工作总结' },
    { level: 2, text: '（一）{单位}概况' },
    { level: 2, text: '（二）{不是 字段}' },
  ]);
  const highlighted = fake.paragraphs.map((paragraph) => paragraph.runs.filter((run) => run.highlight === 'Yellow').map((run) => run.text));
  assert.deepEqual(highlighted, [['{单位}{年份}'], ['{单位}'], []]);
  assert.deepEqual(fake.texts(), ['{单位}{年份}年工作总结', '（一）{单位}概况', '（二）{不是 字段}'], 'the text is unchanged');
});

test('two insertions are listed as two outlines, in document order, with their paragraphs counted, in one sync', async () => {
  const { fake } = await documentWithOutline({ '二、存在问题': [bodyText('问题一。'), bodyText('问题二。')] });
  fake.paragraphs.push(createParagraph({ text: '' }));
  fake.placeCursor(fake.paragraphs.length - 1);
  await insertHeadings([{ level: 1, text: '一、基本情况' }], { ...version2, templateId: 'tpl-9', version: 5, name: '调研报告' });
  fake.syncCount = 0;
  const outlines = await readInsertedOutlines();
  const ids = controlsIn(fake.body).map((control) => control.id);
  assert.deepEqual(outlines, [
    { controlId: ids[0], templateId: 'tpl-7', version: 2, name: '季度总结', paragraphCount: 5 },
    { controlId: ids[1], templateId: 'tpl-9', version: 5, name: '调研报告', paragraphCount: 1 },
  ]);
  assert.equal(fake.syncCount, 1);
});

test('a document with no outline lists none, and controls with other tags are not outlines', async () => {
  const fake = useFakeWord([{ text: '甲' }, { text: '乙' }, { text: '丙' }]);
  assert.deepEqual(await readInsertedOutlines(), []);
  const foreign = (tag: string) => ({ id: fake.nextContentControlId++, tag, title: '', appearance: 'BoundingBox' as const, cannotEdit: false, cannotDelete: false });
  fake.paragraphs[0].blockControl = foreign('other-addin:1');
  fake.paragraphs[1].blockControl = foreign('outline-addin:tpl-1:draft');
  fake.paragraphs[2].blockControl = foreign('outline-addin:tpl-1');
  assert.deepEqual(await readInsertedOutlines(), []);
});

test('an outline’s paragraphs are read as they stand: headings with their level, the user’s text as body', async () => {
  const { fake, controlId } = await documentWithOutline({ '一、总体情况': [bodyText('今年完成了三项任务。')] });
  assert.deepEqual(await readOutlineParagraphs(controlId), [
    { text: '一、总体情况', outlineLevel: 1 },
    { text: '今年完成了三项任务。', outlineLevel: null },
    { text: '二、存在问题', outlineLevel: 1 },
    { text: '三、下步打算', outlineLevel: 1 },
  ]);
  assert.equal(fake.syncCount, 1);
});

test('a large outline is read in pages', async () => {
  const body = Array.from({ length: 1200 }, (_, i) => bodyText(`第${i}段。`));
  const { fake, controlId } = await documentWithOutline({ '一、总体情况': body });
  const paragraphs = await readOutlineParagraphs(controlId);
  assert.equal(paragraphs.length, 1203);
  assert.equal(paragraphs[600].text, '第599段。');
  assert.equal(fake.syncCount, 3);
});

test('on Word on the web, an outline too large for one answer is read again after the refusal, its tracked-changes check too', async () => {
  // 500 paragraphs of 4,000 Chinese characters are some 6 MB: Word on the web refuses the first answer, and a refused
  // answer brings back nothing of its batch (the count, the first page, nor the check for tracked changes).
  const body = Array.from({ length: 600 }, (_, i) => bodyText(`第${i}段`.padEnd(4000, '文')));
  const { fake, controlId } = await documentWithOutline({ '一、总体情况': body });
  fake.actAsWordOnTheWeb();
  const paragraphs = await readOutlineParagraphs(controlId);
  assert.equal(paragraphs.length, 603);
  assert.ok(paragraphs[1].text.startsWith('第0段'));
});

test('reading an outline whose control was deleted says the outline is gone', async () => {
  const { controlId } = await documentWithOutline();
  await assert.rejects(readOutlineParagraphs(controlId + 1000), (error: unknown) => error instanceof OutlineNotFoundError && error instanceof DocumentChangedError);
});

/** Merged paragraphs kept from `read` (by index, with new text for a heading), new headings, removed-kept ones. */
const kept = (source: number, text: string, level: number | null): MergedParagraph => ({ text, level, origin: 'kept', source });
const moved = (source: number, text: string, level: number | null): MergedParagraph => ({ text, level, origin: 'moved', source });

test('a merge renames a heading in place, keeps the body, retags the control and records the new version, in two syncs', async () => {
  const { fake, controlId } = await documentWithOutline({ '二、存在问题': [{ runs: [{ text: '作风' }, { text: '不实', bold: true }, { text: '。' }] }] });
  const read = await readOutlineParagraphs(controlId);
  fake.syncCount = 0;
  const outcome = await applyOutlineMerge(controlId, read, [kept(0, '一、总体情况', 1), kept(1, '二、存在的主要问题', 1), kept(2, '作风不实。', null), kept(3, '三、下步打算', 1)], 3);
  assert.deepEqual(outcome, { written: 1, controlId });
  const [control] = controlsIn(fake.body);
  assert.deepEqual(controlParagraphs(fake, control).map(paragraphText), ['一、总体情况', '二、存在的主要问题', '作风不实。', '三、下步打算']);
  assert.equal(boldRunIn(controlParagraphs(fake, control)[2]), '不实');
  assert.equal(control.tag, 'outline-addin:tpl-7:3');
  assert.equal((JSON.parse(fake.settingValues()[insertedTemplatesKey] as string) as InsertedTemplate[])[0].version, 3);
  assert.equal(fake.syncCount, 2);
});

test('a merge that reorders sections moves each body paragraph with its heading and its formatting, in three syncs', async () => {
  const { fake, controlId } = await documentWithOutline({
    '一、总体情况': [bodyText('完成了任务。')],
    '二、存在问题': [{ runs: [{ text: '一是' }, { text: '学习不够', bold: true }, { text: '。' }] }, bodyText('二是调研不深。')],
  });
  const read = await readOutlineParagraphs(controlId);
  fake.syncCount = 0;
  // The new version puts 存在问题 first: renumbered, with its two paragraphs.
  await applyOutlineMerge(
    controlId,
    read,
    [moved(2, '一、存在问题', 1), moved(3, '一是学习不够。', null), moved(4, '二是调研不深。', null), kept(0, '二、总体情况', 1), kept(1, '完成了任务。', null), kept(5, '三、下步打算', 1)],
    3,
  );
  const [control] = controlsIn(fake.body);
  const paragraphs = controlParagraphs(fake, control);
  assert.deepEqual(paragraphs.map(paragraphText), ['一、存在问题', '一是学习不够。', '二是调研不深。', '二、总体情况', '完成了任务。', '三、下步打算']);
  assert.equal(boldRunIn(paragraphs[1]), '学习不够', 'the bold run survives the move');
  assert.deepEqual(
    paragraphs.map((paragraph) => paragraph.styleBuiltIn),
    ['Heading1', 'Normal', 'Normal', 'Heading1', 'Normal', 'Heading1'],
  );
  assert.equal(fake.paragraphs.length, 7, 'the originals of what moved are gone, the title stays');
  assert.equal(fake.syncCount, 3);
});

test('a moved paragraph keeps a custom style, and a heading Word numbers joins its list again at its level', async () => {
  const { fake, controlId } = await documentWithOutline({
    '一、总体情况': [bodyText('引文。')],
    '二、存在问题': [{ text: '有问题。', styleBuiltIn: 'Other' }],
  });
  const level = { numFmt: 'decimal', lvlText: '%1.', start: 1, isLgl: false, suff: 'nothing' } as const;
  const listId = fake.addList({ levels: Array.from({ length: 9 }, () => ({ ...level })) });
  const numbered = fake.paragraphs.find((paragraph) => paragraphText(paragraph) === '二、存在问题')!;
  numbered.list = { listId, level: 1 };
  const read = await readOutlineParagraphs(controlId);
  await applyOutlineMerge(controlId, read, [moved(2, '二、存在问题', 1), moved(3, '有问题。', null), kept(0, '一、总体情况', 1), kept(1, '引文。', null), kept(4, '三、下步打算', 1)], 3);
  const paragraphs = controlParagraphs(fake, controlsIn(fake.body)[0]);
  assert.deepEqual(paragraphs.map(paragraphText), ['二、存在问题', '有问题。', '一、总体情况', '引文。', '三、下步打算']);
  assert.deepEqual(paragraphs[0].list, { listId, level: 1 });
  assert.equal(paragraphs[1].list, undefined);
  assert.equal(paragraphs[1].styleBuiltIn, 'Other', 'the moved body paragraph keeps its custom style, not the heading’s before it');
});

test('a merge adds new headings empty, with their heading style, inside the control at its start, middle and end', async () => {
  const { fake, controlId } = await documentWithOutline({ '三、下步打算': [bodyText('明年继续。')] });
  const read = await readOutlineParagraphs(controlId);
  const added = (text: string, level: number): MergedParagraph => ({ text, level, origin: 'new', source: null });
  await applyOutlineMerge(
    controlId,
    read,
    [added('一、主要成绩', 1), kept(0, '二、总体情况', 1), added('（一）亮点', 2), kept(1, '三、存在问题', 1), kept(2, '四、下步打算', 1), kept(3, '明年继续。', null), added('五、附件', 1)],
    3,
  );
  const [control] = controlsIn(fake.body);
  const paragraphs = controlParagraphs(fake, control);
  assert.deepEqual(paragraphs.map(paragraphText), ['一、主要成绩', '二、总体情况', '（一）亮点', '三、存在问题', '四、下步打算', '明年继续。', '五、附件']);
  assert.deepEqual(
    paragraphs.map((paragraph) => fake.headingLevel(paragraph)),
    [1, 1, 2, 1, 1, null, 1],
  );
  assert.equal(fake.paragraphs.length, 8, 'everything is inside the control: only the title is outside');
});

test('a removed heading with the user’s text under it is kept and marked with a comment; one without is deleted', async () => {
  const { fake, controlId } = await documentWithOutline({ '二、存在问题': [bodyText('有问题。')] });
  const read = await readOutlineParagraphs(controlId);
  await applyOutlineMerge(controlId, read, [kept(0, '一、总体情况', 1), { text: '二、存在问题', level: 1, origin: 'removed-kept', source: 1 }, kept(2, '有问题。', null)], 3);
  const paragraphs = controlParagraphs(fake, controlsIn(fake.body)[0]);
  assert.deepEqual(paragraphs.map(paragraphText), ['一、总体情况', '二、存在问题', '有问题。']);
  assert.deepEqual(paragraphs[1].comments, [strings.outlineRemovedKeptComment]);
  assert.equal(paragraphs[0].comments, undefined);
  // The next version still leaves it out: it keeps its one comment.
  await applyOutlineMerge(
    controlId,
    await readOutlineParagraphs(controlId),
    [kept(0, '一、总体情况', 1), { text: '二、存在问题', level: 1, origin: 'removed-kept', source: 1 }, kept(2, '有问题。', null)],
    4,
  );
  assert.deepEqual(paragraphs[1].comments, [strings.outlineRemovedKeptComment]);
});

test('without comments (WordApi 1.3) a kept removed heading is highlighted instead', async () => {
  const { fake, controlId } = await documentWithOutline({ '二、存在问题': [bodyText('有问题。')] });
  const read = await readOutlineParagraphs(controlId);
  fake.apiSets = { WordApi: '1.3' };
  await applyOutlineMerge(
    controlId,
    read,
    [kept(0, '一、总体情况', 1), { text: '二、存在问题', level: 1, origin: 'removed-kept', source: 1 }, kept(2, '有问题。', null), kept(3, '三、下步打算', 1)],
    3,
  );
  const heading = controlParagraphs(fake, controlsIn(fake.body)[0])[1];
  assert.ok(heading.runs.every((run) => run.highlight === 'Yellow'));
  assert.equal(heading.comments, undefined);
});

test('a merge of a document changed since it was read is refused and writes nothing', async () => {
  const { fake, controlId } = await documentWithOutline({ '一、总体情况': [bodyText('原文。')] });
  const read = await readOutlineParagraphs(controlId);
  fake.paragraphs[2].runs = [{ text: '用户刚改过。' }];
  const before = fake.texts();
  const writes = fake.paragraphs.map((paragraph) => paragraph.textWrites);
  await assert.rejects(
    applyOutlineMerge(controlId, read, [kept(0, '一、情况', 1), kept(1, '原文。', null), kept(2, '二、存在问题', 1), kept(3, '三、下步打算', 1)], 3),
    (error: unknown) => error instanceof DocumentChangedError && error.paragraphIndex === 1,
  );
  assert.deepEqual(fake.texts(), before);
  assert.deepEqual(
    fake.paragraphs.map((paragraph) => paragraph.textWrites),
    writes,
  );
  assert.equal(controlsIn(fake.body)[0].tag, 'outline-addin:tpl-7:2');
});

test('a merge is refused like renumbering when changes are tracked, and on a host without the requirement set', async () => {
  const { fake, controlId } = await documentWithOutline();
  const read = await readOutlineParagraphs(controlId);
  const merged = [kept(0, '一、情况', 1), kept(1, '二、存在问题', 1), kept(2, '三、下步打算', 1)];
  fake.changeTrackingMode = 'TrackAll';
  await assert.rejects(applyOutlineMerge(controlId, read, merged, 3), refused('trackingOn'));
  fake.changeTrackingMode = 'Off';
  fake.apiSets = { WordApi: '1.2' };
  fake.syncCount = 0;
  await assert.rejects(applyOutlineMerge(controlId, read, merged, 3), refused('outlinesUnsupported'));
  await assert.rejects(readOutlineParagraphs(controlId), refused('outlinesUnsupported'));
  assert.equal(fake.syncCount, 0, 'Word was not asked');
  assert.equal(fake.texts()[1], '一、总体情况');
});

test('a merge into an outline whose control the user locked is refused', async () => {
  const { fake, controlId } = await documentWithOutline();
  const read = await readOutlineParagraphs(controlId);
  controlsIn(fake.body)[0].cannotEdit = true;
  await assert.rejects(applyOutlineMerge(controlId, read, [kept(0, '一、情况', 1), kept(1, '二、存在问题', 1), kept(2, '三、下步打算', 1)], 3), refused('outlineLocked'));
  assert.equal(fake.texts()[1], '一、总体情况');
});

test('a merge that would move a table the user put in the outline, or add a heading right after it, is refused', async () => {
  const cell = (text: string): FakeParagraphInit => ({ text, tableNestingLevel: 1 });
  const { fake, controlId } = await documentWithOutline({ '二、存在问题': [cell('单元格一'), cell('单元格二')] });
  const read = await readOutlineParagraphs(controlId);
  const before = fake.texts();
  const swapped = [moved(1, '一、存在问题', 1), moved(2, '单元格一', null), moved(3, '单元格二', null), kept(0, '二、总体情况', 1), kept(4, '三、下步打算', 1)];
  const headingAfterTable = [
    kept(0, '一、总体情况', 1),
    kept(1, '二、存在问题', 1),
    kept(2, '单元格一', null),
    kept(3, '单元格二', null),
    { text: '三、新增', level: 1, origin: 'new' as const, source: null },
    kept(4, '四、下步打算', 1),
  ];
  for (const merged of [swapped, headingAfterTable]) await assert.rejects(applyOutlineMerge(controlId, read, merged, 3), refused('outlineTable'));
  assert.deepEqual(fake.texts(), before);
});

test('a merge answer that would lose, change or duplicate the user’s text is refused before Word is asked', async () => {
  const { fake, controlId } = await documentWithOutline({ '一、总体情况': [bodyText('原文。')] });
  const read = await readOutlineParagraphs(controlId);
  fake.syncCount = 0;
  const rest = [kept(2, '二、存在问题', 1), kept(3, '三、下步打算', 1)];
  for (const merged of [
    [kept(0, '一、总体情况', 1), ...rest],
    [kept(0, '一、总体情况', 1), kept(1, '原文被改。', null), ...rest],
    [kept(0, '一、总体情况', 1), kept(1, '原文。', null), kept(1, '原文。', null), ...rest],
  ]) {
    await assert.rejects(applyOutlineMerge(controlId, read, merged, 3), InvalidMergeError);
  }
  assert.equal(fake.syncCount, 0);
});

test('a renamed heading holding a footnote is refused rather than rewritten', async () => {
  const { fake, controlId } = await documentWithOutline();
  const heading = fake.paragraphs[1];
  heading.runs = [...heading.runs, { text: '\u0002', object: 'footnote', unsearchable: true }];
  const read = await readOutlineParagraphs(controlId);
  await assert.rejects(applyOutlineMerge(controlId, read, [kept(0, '一、情况\u0002', 1), kept(1, '二、存在问题', 1), kept(2, '三、下步打算', 1)], 3), refused('outlineHeadingObjects'));
  assert.equal(paragraphText(fake.paragraphs[1]), '一、总体情况\u0002');
});

test('the fake is harsh where Word is: a tag too long, a control across another’s boundary, a paragraph added after a control’s last one lands outside', async () => {
  const { fake } = await documentWithOutline();
  fake.paragraphs.push(createParagraph({ text: '' }));
  fake.placeCursor(fake.paragraphs.length - 1);
  const outcome = await insertHeadings([{ level: 1, text: '一、标题' }], { ...version2, templateId: 'x'.repeat(300) });
  assert.equal(outcome.controlId, undefined, 'a tag Word may not keep: the outline goes in without its control');
  const word = Word as unknown as typeof Word;
  await assert.rejects(
    word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      paragraphs.items[0].getRange('Whole').expandTo(paragraphs.items[2].getRange('Whole')).insertContentControl();
      await context.sync();
    }),
    (error: { code?: string }) => error.code === 'GeneralException',
  );
  await word.run(async (context) => {
    const last = context.document.body.contentControls.getById(controlsIn(fake.body)[0].id).paragraphs.getLast();
    last.insertParagraph('在控件之后', 'After');
    await context.sync();
  });
  const after = fake.paragraphs.find((paragraph) => paragraphText(paragraph) === '在控件之后');
  assert.equal(after?.blockControl, undefined);
});

test('the fake finds controls by tag, in the document and in the body, and keeps the tag it is given', async () => {
  const { fake } = await documentWithOutline();
  const word = Word as unknown as typeof Word;
  const found = await word.run(async (context) => {
    const inDocument = context.document.contentControls.getByTag('outline-addin:tpl-7:2');
    inDocument.load('items/id,items/title');
    const inBody = context.document.body.contentControls.getByTag('outline-addin:tpl-7:3');
    inBody.load('items/id');
    await context.sync();
    return { document: inDocument.items.map((control) => control.title), body: inBody.items.length };
  });
  assert.deepEqual(found, { document: ['季度总结'], body: 0 });
  await assert.rejects(
    word.run(async (context) => {
      const control = context.document.body.contentControls.getById(controlsIn(fake.body)[0].id);
      control.tag = 'x'.repeat(256);
      await context.sync();
    }),
    (error: { code?: string }) => error.code === 'InvalidArgument',
  );
  assert.equal(controlsIn(fake.body)[0].tag, 'outline-addin:tpl-7:2');
});
