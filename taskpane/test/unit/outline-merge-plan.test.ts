import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidMergeError, longestIncreasing, outlineMergePlan, type MergedParagraph, type OutlineParagraph } from '../../src/word/outline-merge-plan.ts';
import { outlineTag, parseOutlineTag } from '../../src/word/outline-tag.ts';

const tags: Array<[string, ReturnType<typeof parseOutlineTag>]> = [
  ['outline-addin:tpl-7:2', { templateId: 'tpl-7', version: 2 }],
  ['outline-addin:team:a:b:12', { templateId: 'team:a:b', version: 12 }],
  [outlineTag('3f2c9a1e-0000-4000-8000-000000000001', 1), { templateId: '3f2c9a1e-0000-4000-8000-000000000001', version: 1 }],
  ['outline-addin:tpl-7', undefined],
  ['outline-addin::3', undefined],
  ['outline-addin:tpl-7:0', undefined],
  ['outline-addin:tpl-7:02', undefined],
  ['outline-addin:tpl-7:2.5', undefined],
  ['outline-addin:tpl-7:99999999999999999999', undefined],
  ['other-addin:tpl-7:2', undefined],
  ['', undefined],
];

for (const [tag, expected] of tags) {
  test(`the tag ${JSON.stringify(tag)} reads as ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(parseOutlineTag(tag), expected);
  });
}

const sequences: Array<[number[], number]> = [
  [[], 0],
  [[0, 1, 2, 3], 4],
  [[3, 2, 1, 0], 1],
  [[2, 3, 4, 0, 1, 5], 4],
  [[0, 4, 1, 2, 3, 5], 5],
];

for (const [values, length] of sequences) {
  test(`the paragraphs that stay in place for sources ${values.join(',') || '(none)'} are ${length}, in increasing order`, () => {
    const kept = longestIncreasing(values);
    assert.equal(kept.size, length);
    const inOrder = values.filter((value) => kept.has(value));
    assert.deepEqual(
      inOrder,
      [...inOrder].sort((a, b) => a - b),
    );
  });
}

const read: OutlineParagraph[] = [
  { text: '一、甲', outlineLevel: 1 },
  { text: '甲的正文', outlineLevel: null },
  { text: '二、乙', outlineLevel: 1 },
  { text: '乙的正文', outlineLevel: null },
  { text: '三、丙', outlineLevel: 1 },
];
const from = (source: number, text = read[source].text): MergedParagraph => ({ text, level: read[source].outlineLevel, origin: 'kept', source });

test('a section moved up moves only its own paragraphs; the rest stay in place', () => {
  const plan = outlineMergePlan(read, [from(2, '一、乙'), from(3), from(0, '二、甲'), from(1), from(4)]);
  assert.deepEqual(
    plan.steps.map((step) => step.kind),
    ['move', 'move', 'stay', 'stay', 'stay'],
  );
  assert.deepEqual(plan.deleted, []);
});

test('a heading left out of the merge is deleted, a new one is added, a removed-kept one is marked', () => {
  const plan = outlineMergePlan(read, [from(0), from(1), { ...from(2), origin: 'removed-kept' }, from(3), { text: '三、丁', level: 1, origin: 'new', source: null }]);
  assert.deepEqual(plan.deleted, [4]);
  assert.deepEqual(plan.steps[2], { kind: 'stay', source: 2, text: '二、乙', marked: true });
  assert.deepEqual(plan.steps[4], { kind: 'new', text: '三、丁', level: 1 });
});

const invalid: Array<[string, MergedParagraph[]]> = [
  ['a body paragraph left out', [from(0), from(2), from(3), from(4)]],
  ['a body paragraph rewritten', [from(0), from(1, '改过的正文'), from(2), from(3), from(4)]],
  ['a body paragraph made a heading', [from(0), { ...from(1), level: 2 }, from(2), from(3), from(4)]],
  ['a heading made body text', [{ ...from(0), level: null }, from(1), from(2), from(3), from(4)]],
  ['a paragraph twice', [from(0), from(1), from(1), from(2), from(3), from(4)]],
  ['a source not read', [from(0), from(1), from(2), from(3), from(4), { text: 'x', level: 1, origin: 'kept', source: 9 }]],
  ['a new paragraph that is no heading', [from(0), from(1), from(2), from(3), from(4), { text: 'x', level: null, origin: 'new', source: null }]],
];

for (const [what, merged] of invalid) {
  test(`a merge answer with ${what} is refused`, () => {
    assert.throws(() => outlineMergePlan(read, merged), InvalidMergeError);
  });
}
