import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeOfficeError } from '../../src/word/fake/index.ts';
import { insertedTemplatesKey, insertHeadings, readInsertedTemplates, rememberInsertedTemplate, type InsertedTemplate } from '../../src/word/document.ts';
import { useFakeWord } from './word-helpers.ts';

const record = (templateId: string, version: number, insertedAt = '2025-11-25T08:00:00.000Z'): InsertedTemplate => ({
  templateId,
  version,
  name: `模板${templateId}`,
  teamId: 'team-1',
  insertedAt,
});

test('a setting is readable only after load and sync; a missing one is a null object', async () => {
  const fake = useFakeWord();
  fake.settings.set('present', JSON.stringify({ a: 1 }));
  await Word.run(async (context) => {
    const present = context.document.settings.getItemOrNullObject('present');
    const missing = context.document.settings.getItemOrNullObject('missing');
    assert.throws(
      () => present.isNullObject,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
      'not before sync',
    );
    present.load('value');
    missing.load('value');
    assert.throws(
      () => present.value,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
      'loaded but not synced',
    );
    await context.sync();
    assert.equal(present.isNullObject, false);
    assert.deepEqual(present.value, { a: 1 });
    assert.throws(
      () => present.key,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
      'key was not loaded',
    );
    assert.equal(missing.isNullObject, true);
    assert.throws(
      () => missing.value,
      (error: FakeOfficeError) => error.code === 'PropertyNotLoaded',
    );
  });
});

test('settings.add runs at sync, stores a copy, and getItem of a missing key fails the sync', async () => {
  const fake = useFakeWord();
  const value = { list: [1, 2] };
  await Word.run(async (context) => {
    context.document.settings.add('k', value);
    assert.equal(fake.settings.size, 0, 'nothing before sync');
    await context.sync();
  });
  value.list.push(3);
  assert.deepEqual(fake.settingValues(), { k: { list: [1, 2] } }, 'the stored value does not alias the caller object');
  await assert.rejects(
    Word.run(async (context) => {
      context.document.settings.getItem('nope').load('value');
      await context.sync();
    }),
    (error: FakeOfficeError) => error.code === 'ItemNotFound',
  );
});

test('readInsertedTemplates: none in a fresh document, with one sync', async () => {
  const fake = useFakeWord();
  assert.deepEqual(await readInsertedTemplates(), []);
  assert.equal(fake.syncCount, 1);
});

test('a document remembers each template once, the latest insertion first', async () => {
  const fake = useFakeWord([{ text: '' }]);
  await insertHeadings([{ level: 1, text: '一、A' }], record('a', 1, '2025-11-01T00:00:00.000Z'));
  await insertHeadings([{ level: 1, text: '一、B' }], record('b', 2, '2025-11-02T00:00:00.000Z'));
  await insertHeadings([{ level: 1, text: '一、A' }], record('a', 4, '2025-11-03T00:00:00.000Z'));
  const remembered = await readInsertedTemplates();
  assert.deepEqual(
    remembered.map((item) => [item.templateId, item.version]),
    [
      ['a', 4],
      ['b', 2],
    ],
  );
  assert.deepEqual(Object.keys(fake.settingValues()), [insertedTemplatesKey], 'one setting, nothing else in the document');
});

test('rememberInsertedTemplate records a saved template without touching the text, in 2 syncs', async () => {
  const fake = useFakeWord([{ text: '一、A', styleBuiltIn: 'Heading1' }]);
  await rememberInsertedTemplate(record('saved', 1));
  assert.equal(fake.syncCount, 2);
  assert.deepEqual(fake.texts(), ['一、A']);
  assert.deepEqual(
    (await readInsertedTemplates()).map((item) => item.templateId),
    ['saved'],
  );
});

test('an unreadable setting value counts as no record', async () => {
  const fake = useFakeWord();
  fake.settings.set(insertedTemplatesKey, JSON.stringify('not json ['));
  assert.deepEqual(await readInsertedTemplates(), []);
  fake.settings.set(insertedTemplatesKey, JSON.stringify(JSON.stringify([{ templateId: 'x' }, record('ok', 2)])));
  assert.deepEqual(
    (await readInsertedTemplates()).map((item) => item.templateId),
    ['ok'],
  );
});

test('without a source, inserting leaves the settings alone', async () => {
  const fake = useFakeWord([{ text: '' }]);
  await insertHeadings([{ level: 1, text: '一、A' }]);
  assert.equal(fake.settings.size, 0);
});
