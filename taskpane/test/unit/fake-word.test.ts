import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeOfficeError } from '../../src/word/fake-word.ts';
import { useFakeWord } from './word-helpers.ts';

test('reading a property that was not loaded throws PropertyNotLoaded, as Office does', async () => {
  useFakeWord([{ text: '一、总体要求', styleBuiltIn: 'Heading1' }]);
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    assert.throws(() => paragraphs.items, (error: FakeOfficeError) => error.code === 'PropertyNotLoaded');
    paragraphs.load('items/text');
    assert.throws(() => paragraphs.items, (error: FakeOfficeError) => error.code === 'PropertyNotLoaded', 'not before sync');
    await context.sync();
    assert.equal(paragraphs.items[0].text, '一、总体要求');
    assert.throws(() => paragraphs.items[0].styleBuiltIn, (error: FakeOfficeError) => error.code === 'PropertyNotLoaded');
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
      paragraph.styleBuiltIn = '标题 1' as Word.BuiltInStyleName;
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
