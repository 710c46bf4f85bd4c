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

test('a prefix Word cannot search for falls back to rewriting the paragraph', () => {
  const long = 'x'.repeat(300);
  assert.equal(markerEdit(`${long}A`, 'B').kind, 'replace-all');
  assert.equal(markerEdit('1\u000bA', '2A').kind, 'replace-all');
});
