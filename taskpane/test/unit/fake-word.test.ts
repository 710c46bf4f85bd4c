import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeOfficeError } from '../../src/word/fake/index.ts';
import { useFakeWord } from './word-helpers.ts';

test('reading a property that was not loaded throws PropertyNotLoaded, as Office does', async () => {
  useFakeWord([{ text: '一、总体要求', styleBuiltIn: 'Heading1' }]);
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    assert.throws(
      () => paragraphs.items,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
    );
    paragraphs.load('items/text');
    assert.throws(
      () => paragraphs.items,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
      'not before sync',
    );
    await context.sync();
    assert.equal(paragraphs.items[0].text, '一、总体要求');
    assert.throws(
      () => paragraphs.items[0].styleBuiltIn,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
    );
  });
});

test('operations run only at sync, and syncs are counted', async () => {
  const fake = useFakeWord([{ text: 'a' }]);
  await Word.run(async (context) => {
    context.document.body.insertParagraph('b', 'End');
    assert.deepEqual(fake.texts(), ['a'], 'nothing happens before sync');
    await context.sync();
  });
  assert.deepEqual(fake.texts(), ['a', 'b']);
  assert.equal(fake.syncCount, 1);
});

test('a failed operation rejects the sync and the operations after it never run', async () => {
  const fake = useFakeWord([{ text: 'a' }]);
  await assert.rejects(
    Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.styleBuiltIn = '标题 1' as 'Heading1';
      paragraph.insertText('never', 'End');
      await context.sync();
    }),
    (error: FakeOfficeError) => error.code === 'InvalidArgument',
  );
  assert.deepEqual(fake.texts(), ['a']);
});

test('Word.run refuses to end with operations that were never synced', async () => {
  useFakeWord();
  await assert.rejects(
    Word.run(async (context) => {
      context.document.body.insertParagraph('lost', 'End');
    }),
    /never synced/,
  );
});

/** The texts of the paragraphs of a range, read in one sync. */
async function paragraphsOf(range: (context: Word.RequestContext) => Word.Range): Promise<string[]> {
  return Word.run(async (context) => {
    const paragraphs = range(context).paragraphs;
    paragraphs.load('items/text');
    assert.throws(
      () => paragraphs.items,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
      'not before sync',
    );
    await context.sync();
    return paragraphs.items.map((paragraph) => paragraph.text);
  });
}

test('the selection is a range of characters: a cursor holds one paragraph, a selection every paragraph it touches', async () => {
  const fake = useFakeWord([{ text: 'aa' }, { text: 'bb' }, { text: 'cc' }]);
  const selected = () => paragraphsOf((context) => context.document.getSelection());
  assert.deepEqual(await selected(), ['cc'], 'a new document has the cursor at its end');
  fake.placeCursor(1, 0);
  assert.deepEqual(await selected(), ['bb']);
  fake.selectText(0, 2, 1, 0);
  assert.deepEqual(await selected(), ['aa', 'bb']);
  fake.select(0, 2);
  assert.deepEqual(await selected(), ['aa', 'bb', 'cc']);
  assert.throws(() => fake.selectText(1, 0, 0, 0), RangeError, 'backwards');
  assert.throws(() => fake.placeCursor(0, 3), RangeError, 'past the text');
});

test('a range from the start of the body to a whole paragraph holds it and the paragraphs before it, no more', async () => {
  const fake = useFakeWord([{ text: 'aa' }, { text: '' }, { text: 'cc' }]);
  for (const [index, expected] of [
    [0, ['aa']],
    [1, ['aa', '']],
    [2, ['aa', '', 'cc']],
  ] as const) {
    fake.placeCursor(index);
    const texts = await paragraphsOf((context) => context.document.body.getRange('Start').expandTo(context.document.getSelection().paragraphs.getFirst().getRange('Whole')));
    assert.deepEqual(texts, expected);
  }
  // expandTo takes the earlier start and the later end, whichever range it is called on.
  fake.placeCursor(1);
  const backwards = await paragraphsOf((context) => context.document.getSelection().paragraphs.getFirst().getRange('Whole').expandTo(context.document.body.getRange('Start')));
  assert.deepEqual(backwards, ['aa', '']);
});

test('a range location the fake does not model rejects the sync', async () => {
  useFakeWord([{ text: 'a' }]);
  await assert.rejects(
    paragraphsOf((context) => context.document.body.paragraphs.getFirst().getRange('After' as 'Whole')),
    (error: FakeOfficeError) => error.code === 'InvalidArgument',
  );
});
