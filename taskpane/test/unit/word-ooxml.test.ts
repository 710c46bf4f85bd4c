import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { applyTypographyToStyles, insertOutlineOoxml, OoxmlInsertRefusedError, WordRefusalError } from '../../src/word/document.ts';
import { MalformedPackageError } from '../../src/word/outline-package.ts';
import { FakeOfficeError, webPayloadLimitBytes, type FakeDocument, type FakeParagraph } from '../../src/word/fake/index.ts';
import { refused, useFakeWord } from './word-helpers.ts';

/** Written by tests/OutlineAddin.Tests/Api/StyleLabelsFixtureTests.cs from the server's renderer and package builder. */
const labels = JSON.parse(readFileSync(new URL('./fixtures/style-labels.json', import.meta.url), 'utf8')) as {
  styles: Array<{ styleId: string; lines: Array<{ level: number; text: string }>; ooxml: string }>;
};
const gongwen = JSON.parse(readFileSync(new URL('./fixtures/gongwen-packages.json', import.meta.url), 'utf8')) as { styles: string; direct: string };
const gongwenStyle = labels.styles.find((style) => style.styleId === 'gongwen')!;

/** What Word shows for a paragraph: its list number and what follows it (w:suff), then its text. */
function shown(fake: FakeDocument, paragraph: FakeParagraph): string {
  const text = paragraph.runs.map((run) => run.text).join('');
  if (!paragraph.list) return text;
  const suffix = { tab: '\t', space: ' ', nothing: '' }[fake.numbering.definitionOf(paragraph.list.listId).levels[paragraph.list.level].suff];
  return `${fake.listStringOf(paragraph)}${suffix}${text}`;
}

/** A short document with the cursor at the end of its title. */
function documentWithTitle(): FakeDocument {
  const fake = useFakeWord([{ text: '关于开展检查的通知', styleBuiltIn: 'Title' }, { text: '正文。' }]);
  fake.placeCursor(0, '关于开展检查的通知'.length);
  return fake;
}

for (const style of labels.styles) {
  test(`a ${style.styleId} outline inserted as a Word list shows the server's labels, every heading in its style, after the title`, async () => {
    const fake = documentWithTitle();
    const outcome = await insertOutlineOoxml(style.ooxml);
    const inserted = fake.paragraphs.slice(1, -1);
    assert.deepEqual(outcome, { inserted: style.lines.length, wordNumbered: 0, mislanded: 0 });
    assert.deepEqual(
      inserted.map((paragraph) => ({ level: Number(paragraph.styleBuiltIn.replace('Heading', '')), text: shown(fake, paragraph) })),
      style.lines,
    );
    assert.ok(
      inserted.every((paragraph) => paragraph.list),
      'every heading is in the list, the last one too',
    );
    assert.deepEqual([fake.texts()[0], fake.texts().at(-1)], ['关于开展检查的通知', '正文。']);
    assert.equal(fake.selectionStart, inserted.at(-1), 'the cursor is after the outline');
  });
}

test('Word takes the last paragraph’s style and list from the mark it lands on (#2914): the fake does, and insertOutlineOoxml repairs it', async () => {
  const fake = useFakeWord([{ text: '' }]);
  await Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertOoxml(gongwenStyle.ooxml, 'Replace');
    await context.sync();
  });
  const last = fake.paragraphs.at(-1)!;
  assert.equal(last.styleBuiltIn, 'Normal');
  assert.equal(last.list, undefined);

  const repaired = useFakeWord([{ text: '' }]);
  const outcome = await insertOutlineOoxml(gongwenStyle.ooxml);
  assert.equal(outcome.mislanded, 0);
  assert.equal(repaired.paragraphs.at(-1)!.styleBuiltIn, 'Heading1');
  assert.equal(shown(repaired, repaired.paragraphs.at(-1)!), '十一、条目42');
});

test('an empty list item at the cursor takes the outline, and its list does not: every heading is in the inserted list', async () => {
  const fake = useFakeWord([{ text: '' }]);
  const other = fake.addList({ levels: Array.from({ length: 9 }, () => ({ numFmt: 'bullet', lvlText: '•', start: 1, isLgl: false, suff: 'tab' })) });
  fake.paragraphs[0].list = { listId: other, level: 0 };
  const outcome = await insertOutlineOoxml(gongwenStyle.ooxml);
  assert.equal(outcome.mislanded, 0);
  assert.ok(fake.paragraphs.every((paragraph) => paragraph.list && paragraph.list.listId !== other));
  assert.equal(shown(fake, fake.paragraphs.at(-1)!), '十一、条目42');
});

test('text numbering: the markers are the text, no heading is a list item, even under heading styles linked to a list', async () => {
  const fake = documentWithTitle();
  fake.styles.Heading1.linkedListString = '第一章';
  const outcome = await insertOutlineOoxml(gongwen.styles);
  const inserted = fake.paragraphs.slice(1, -1);
  assert.equal(outcome.wordNumbered, 0);
  assert.equal(outcome.mislanded, 0);
  assert.deepEqual(
    inserted.map((paragraph) => paragraphTextOf(paragraph)),
    gongwenStyle.lines.slice(0, inserted.length).map((line) => line.text),
  );
  assert.ok(inserted.every((paragraph) => paragraph.list === undefined && paragraph.listString === undefined));
});

function paragraphTextOf(paragraph: FakeParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

test('the document’s styles win over the package’s (#5491): inserting the 公文 package leaves Heading 1 and Normal as they were', async () => {
  const fake = documentWithTitle();
  const before = structuredClone(fake.styles);
  await insertOutlineOoxml(gongwen.styles);
  assert.deepEqual(fake.styles, before);
  const heading = fake.paragraphs[1];
  assert.deepEqual(fake.effectiveFont(heading, heading.runs[0]), before.Heading1.font);
});

test('direct 公文 formatting arrives in the package: each heading’s runs carry the East Asian font and 三号', async () => {
  const fake = documentWithTitle();
  await insertOutlineOoxml(gongwen.direct);
  const [first, second, third] = fake.paragraphs.slice(1, 4).map((paragraph) => paragraph.runs[0]);
  assert.deepEqual(
    [first, second, third].map((run) => [run.eastAsiaFont, run.size, run.bold ?? false]),
    [
      ['黑体', 16, false],
      ['楷体_GB2312', 16, false],
      ['仿宋_GB2312', 16, true],
    ],
  );
});

test('an existing numbering definition is never replaced (#5243): a list with the same w:nsid joins the document’s list', async () => {
  const fake = documentWithTitle();
  const nsid = /<w:nsid w:val="([0-9A-F]+)"/.exec(gongwenStyle.ooxml)![1];
  const existing = fake.addList({ nsid, levels: Array.from({ length: 9 }, () => ({ numFmt: 'decimal', lvlText: '%1)', start: 1, isLgl: false, suff: 'nothing' })) });
  fake.paragraphs[0].list = { listId: existing, level: 0 };
  await insertOutlineOoxml(gongwenStyle.ooxml);
  const first = fake.paragraphs[1];
  assert.equal(first.list?.listId, existing);
  assert.equal(fake.listStringOf(first), '2)', 'the document’s definition, counting on');
});

test('the server’s packages draw fresh list ids: two insertions make two lists, each counting from 一、', async () => {
  const fake = documentWithTitle();
  const second = withFreshIds(gongwenStyle.ooxml);
  await insertOutlineOoxml(gongwenStyle.ooxml);
  fake.placeCursor(fake.paragraphs.length - 1);
  await insertOutlineOoxml(second);
  const firstHeadings = fake.paragraphs.filter((paragraph) => paragraph.list && fake.listStringOf(paragraph) === '一、');
  assert.equal(firstHeadings.length, 2);
  assert.notEqual(firstHeadings[0].list!.listId, firstHeadings[1].list!.listId);
});

test('insertOutlineOoxml takes the same number of syncs for 42 headings as for 2: check, insert and read back', async () => {
  const syncs: number[] = [];
  for (const ooxml of [gongwenStyle.ooxml, twoHeadings(gongwenStyle.ooxml)]) {
    const fake = documentWithTitle();
    const outcome = await insertOutlineOoxml(ooxml);
    assert.equal(outcome.mislanded, 0);
    syncs.push(fake.syncCount);
  }
  assert.equal(syncs[0], syncs[1]);
  assert.ok(syncs[0] <= 3, `${syncs[0]} syncs`);
});

/** The package as the server would build it again: other list ids (numId, abstractNumId, nsid) than the fixture's. */
function withFreshIds(ooxml: string): string {
  const ids = [/<w:num w:numId="(\d+)"/, /w:abstractNumId="(\d+)"/, /<w:nsid w:val="([0-9A-F]+)"/].map((pattern) => pattern.exec(ooxml)![1]);
  return ids.reduce((package_, id) => package_.split(`"${id}"`).join(`"${/^\d+$/.test(id) ? Number(id) + 7 : '0BADF00D'}"`), ooxml);
}

/** The package with only its first two paragraphs. */
function twoHeadings(ooxml: string): string {
  const paragraphs = ooxml.match(/<w:p>.*?<\/w:p>/g)!;
  return ooxml.replace(paragraphs.slice(2).join(''), '');
}

test('a host that refuses insertOoxml (#4640): OoxmlInsertRefusedError, and the document is as it was', async () => {
  const fake = documentWithTitle();
  fake.ooxmlRefused = true;
  const before = fake.texts();
  await assert.rejects(insertOutlineOoxml(gongwenStyle.ooxml), (error: unknown) => error instanceof OoxmlInsertRefusedError && error.reason === 'hostRefused');
  assert.deepEqual(fake.texts(), before);
});

test('Word on the web refuses a request over its payload limit: OoxmlInsertRefusedError tooLarge, nothing inserted', async () => {
  const fake = documentWithTitle().actAsWordOnTheWeb();
  assert.equal(fake.maxRequestBytes, webPayloadLimitBytes);
  fake.maxRequestBytes = gongwenStyle.ooxml.length; // the package is longer in UTF-8 bytes than in characters
  const before = fake.texts();
  await assert.rejects(insertOutlineOoxml(gongwenStyle.ooxml), (error: unknown) => error instanceof OoxmlInsertRefusedError && error.reason === 'tooLarge');
  assert.deepEqual(fake.texts(), before);
});

test('a request over the limit fails the sync with RequestPayloadSizeLimitExceeded before any of the batch runs', async () => {
  const fake = useFakeWord([{ text: '' }]).actAsWordOnTheWeb();
  await Word.run(async (context) => {
    context.document.body.insertParagraph('先写的段落', 'End');
    context.document.body.paragraphs.getFirst().insertOoxml(`${gongwenStyle.ooxml}<!--${'x'.repeat(webPayloadLimitBytes)}-->`, 'Replace');
    await assert.rejects(context.sync(), (error: FakeOfficeError) => error.code === 'RequestPayloadSizeLimitExceeded');
  });
  assert.deepEqual(fake.texts(), ['']);
});

test('insertOutlineOoxml refuses as insertHeadings does: a cursor in a table, a protected document', async () => {
  const table = useFakeWord([{ text: '单元格', tableNestingLevel: 1 }]);
  table.placeCursor(0);
  await assert.rejects(insertOutlineOoxml(gongwenStyle.ooxml), refused('cursorInTable'));
  const isProtected = documentWithTitle();
  isProtected.apiSets = { WordApi: '1.4', WordApiDesktop: '1.4' };
  isProtected.protectionType = 'AllowOnlyReading';
  await assert.rejects(insertOutlineOoxml(gongwenStyle.ooxml), refused('protected'));
  assert.equal(isProtected.paragraphs.length, 2);
});

test('an outline inserted with a source records its template, in one more sync', async () => {
  const fake = documentWithTitle();
  const outcome = await insertOutlineOoxml(gongwen.styles, { templateId: 'tpl', version: 2, name: '通知', insertedAt: '2026-11-30T16:00:00Z' });
  assert.equal(outcome.recorded, true);
  assert.equal((fake.settingValues()['OutlineAddin.insertedTemplates'] as string).includes('"tpl"'), true);
});

test('applyTypographyToStyles on Word on the web: fonts, 三号, bold, indent and exact line spacing go into the styles; the East Asian font cannot', async () => {
  const fake = useFakeWord([{ text: '正文' }]).actAsWordOnTheWeb();
  const outcome = await applyTypographyToStyles(gongwen.styles);
  assert.deepEqual(outcome, { supported: true, applied: ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4'], missing: [], notSet: ['eastAsiaFont'] });
  assert.equal(fake.syncCount, 2);
  assert.deepEqual(
    ['Normal', 'Heading1', 'Heading2', 'Heading3'].map((name) => {
      const { font, paragraphFormat } = fake.styles[name];
      return [font.name, font.nameFarEast, font.size, font.bold, paragraphFormat.firstLineIndent, paragraphFormat.lineSpacing];
    }),
    [
      ['仿宋_GB2312', undefined, 16, false, 32, 28.95],
      ['黑体', undefined, 16, false, 32, 28.95],
      ['楷体_GB2312', undefined, 16, false, 32, 28.95],
      ['仿宋_GB2312', undefined, 16, true, 32, 28.95],
    ],
  );
});

test('applyTypographyToStyles on desktop Word sets the East Asian font (Font.nameFarEast, WordApiDesktop 1.3)', async () => {
  const fake = useFakeWord([{ text: '正文' }]);
  fake.apiSets = { WordApi: '1.5', WordApiDesktop: '1.3' };
  const outcome = await applyTypographyToStyles(gongwen.styles);
  assert.deepEqual(outcome.notSet, []);
  assert.deepEqual([fake.styles.Heading1.font.nameFarEast, fake.styles.Heading2.font.nameFarEast], ['黑体', '楷体_GB2312']);
});

test('applyTypographyToStyles on a host without the style API (WordApi 1.5) changes nothing and says so', async () => {
  const fake = useFakeWord([{ text: '正文' }]);
  const before = structuredClone(fake.styles);
  const outcome = await applyTypographyToStyles(gongwen.styles);
  assert.equal(outcome.supported, false);
  assert.equal(fake.syncCount, 0);
  assert.deepEqual(fake.styles, before);
});

test('applyTypographyToStyles of a package without a preset sets no font, only the heading sizes Word itself gives; in a protected document it is refused', async () => {
  const fake = useFakeWord([{ text: '正文' }]).actAsWordOnTheWeb();
  const plain = await applyTypographyToStyles(gongwenStyle.ooxml);
  assert.deepEqual(plain.applied, ['Heading1', 'Heading2', 'Heading3', 'Heading4']);
  assert.deepEqual(plain.notSet, []);
  fake.apiSets = { WordApi: '1.5', WordApiDesktop: '1.4' };
  fake.protectionType = 'AllowOnlyComments';
  await assert.rejects(applyTypographyToStyles(gongwen.styles), (error: unknown) => error instanceof WordRefusalError && error.reason === 'protected');
});

test('a package that is not one (not XML, no document part) is refused before Word is called', async () => {
  const fake = documentWithTitle();
  for (const ooxml of ['<pkg:package', '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>']) {
    await assert.rejects(insertOutlineOoxml(ooxml), MalformedPackageError);
  }
  assert.equal(fake.syncCount, 0);
});
