/** 编号方式 and 排版: remembered on this computer, read back part by part, defaults where a part is missing or unknown. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultWordOutput, parseWordOutput, typographyOf, WordOutputChoice, wordOutputStorageKey } from '../../src/ui/word-output.ts';

const readCases: [string, string | null, ReturnType<typeof parseWordOutput>][] = [
  ['nothing stored: text markers, no typography', null, defaultWordOutput],
  ['not JSON', '{oops', defaultWordOutput],
  ['not an object', '"list"', defaultWordOutput],
  ['all parts', '{"numbering":"list","typography":"gongwen","boldLevel3":true}', { numbering: 'list', typography: 'gongwen', boldLevel3: true }],
  ['an unknown numbering is text', '{"numbering":"roman","typography":"gongwen"}', { numbering: 'text', typography: 'gongwen', boldLevel3: false }],
  ['an unknown preset is none', '{"numbering":"list","typography":"apa"}', { numbering: 'list', typography: 'none', boldLevel3: false }],
  ['boldLevel3 only when true', '{"boldLevel3":"yes"}', defaultWordOutput],
];

for (const [name, stored, expected] of readCases) {
  test(`the stored choice is read back: ${name}`, () => assert.deepEqual(parseWordOutput(stored), expected));
}

test('a change is stored and every listener hears of it', () => {
  const stored = new Map<string, string | null>();
  const choice = new WordOutputChoice({ read: (key) => stored.get(key) ?? null, write: (key, value) => void stored.set(key, value) });
  let heard = 0;
  choice.onChange(() => heard++);
  choice.set({ numbering: 'list' });
  choice.set({ typography: 'gongwen', boldLevel3: true });
  assert.equal(heard, 2);
  assert.deepEqual(parseWordOutput(stored.get(wordOutputStorageKey) ?? null), { numbering: 'list', typography: 'gongwen', boldLevel3: true });
  assert.deepEqual(new WordOutputChoice({ read: (key) => stored.get(key) ?? null, write: () => undefined }).current, choice.current, 'a new page reads it back');
});

test('the package typography: none carries no options; 公文 carries level 3 bold and where it goes', () => {
  assert.deepEqual(typographyOf({ numbering: 'list', typography: 'none', boldLevel3: true }, 'direct'), { preset: 'none' });
  assert.deepEqual(typographyOf({ numbering: 'text', typography: 'gongwen', boldLevel3: true }, 'direct'), { preset: 'gongwen', boldLevel3: true, application: 'direct' });
  assert.deepEqual(typographyOf({ numbering: 'text', typography: 'gongwen', boldLevel3: false }), { preset: 'gongwen', boldLevel3: false, application: 'styles' });
});
