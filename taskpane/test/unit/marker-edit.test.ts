import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonSuffixLength, markerEdit } from '../../src/word/marker-edit.ts';

test('only the differing prefix is replaced', () => {
  assert.deepEqual(markerEdit('（1）总体要求', '1.总体要求'), { kind: 'replace-prefix', oldPrefix: '（1）', newPrefix: '1.', searchText: '（1）' });
  assert.deepEqual(markerEdit('总体要求', '一、总体要求'), { kind: 'insert-prefix', newPrefix: '一、' });
});

test('a common suffix never splits a surrogate pair', () => {
  // Two astral characters with the same low surrogate: U+20000 and U+20400.
  const a = '\ud840\udc00';
  const b = '\ud841\udc00';
  assert.equal(commonSuffixLength(a, b), 0);
});

test('more than a marker, or a prefix that holds a note, field, comment or picture, is never written: the paragraph is left alone', () => {
  const long = 'x'.repeat(300);
  assert.deepEqual(markerEdit(`${long}A`, 'B'), { kind: 'unsafe', reason: 'beyondMarker' });
  assert.deepEqual(markerEdit(`${'甲'.repeat(41)}标题`, '一、标题'), { kind: 'unsafe', reason: 'beyondMarker' });
  // The title would go with a whole-paragraph edit, whatever the server asked for.
  assert.deepEqual(markerEdit('1.总体要求 ', '一、总体要求'), { kind: 'unsafe', reason: 'beyondMarker' });
  assert.deepEqual(markerEdit('1\u0002.A', '一、A'), { kind: 'unsafe', reason: 'footnote' });
  assert.deepEqual(markerEdit('1\u0013.A', '一、A'), { kind: 'unsafe', reason: 'field' });
  assert.deepEqual(markerEdit('1\u0005.A', '一、A'), { kind: 'unsafe', reason: 'comment' });
  assert.deepEqual(markerEdit('1\u0001.A', '一、A'), { kind: 'unsafe', reason: 'picture' });
  assert.deepEqual(markerEdit('1\u000c.A', '一、A'), { kind: 'unsafe', reason: 'special' });
  // A marker-sized edit stays inside Word's 255-character search even when every character is escaped.
  assert.equal((markerEdit(`${'^'.repeat(40)}A`, '一、A') as { searchText: string }).searchText, '^^'.repeat(40));
});

test("Word's search codes stand for the characters it cannot take as they are", () => {
  assert.deepEqual(markerEdit('1\u000b^\t\u00a0\u001f\u001e.A', '一、A'), {
    kind: 'replace-prefix',
    oldPrefix: '1\u000b^\t\u00a0\u001f\u001e.',
    newPrefix: '一、',
    searchText: '1^l^^^t^s^-^~.',
  });
});
