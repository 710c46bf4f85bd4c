/** The counts at the top of the 更新到新版本 preview: headings by origin, the empty headings dropped, the body carried along. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MergeResult } from '../../src/api.ts';
import { countMerge } from '../../src/ui/merge-counts.ts';

const heading = (text: string, origin: string, level = 1) => ({ text, level, origin, source: origin === 'new' ? null : 0 }) as MergeResult['paragraphs'][number];
const body = (text: string, origin: string) => ({ text, level: null, origin, source: 1 }) as MergeResult['paragraphs'][number];

const cases: { name: string; merge: MergeResult; expected: ReturnType<typeof countMerge> }[] = [
  {
    name: 'nothing to merge counts nothing',
    merge: { paragraphs: [], removed: [] },
    expected: { kept: 0, moved: 0, added: 0, removedKept: 0, removed: 0, body: 0 },
  },
  {
    name: 'body paragraphs are counted apart, whatever their origin, not as moved headings',
    merge: {
      paragraphs: [heading('一、指导思想', 'kept'), body('正文一', 'kept'), heading('二、保障措施', 'moved'), body('正文二', 'moved'), body('正文三', 'moved')],
      removed: [],
    },
    expected: { kept: 1, moved: 1, added: 0, removedKept: 0, removed: 0, body: 3 },
  },
  {
    name: 'new and removed-kept headings, and the dropped empty ones',
    merge: {
      paragraphs: [heading('一、工作要求', 'new'), heading('（一）其他事项', 'removed-kept', 2), body('其他正文', 'kept'), heading('二、新增', 'new')],
      removed: [{ text: '（二）加强组织建设', level: 2, source: 4 } as MergeResult['removed'][number]],
    },
    expected: { kept: 0, moved: 0, added: 2, removedKept: 1, removed: 1, body: 1 },
  },
];

for (const { name, merge, expected } of cases) {
  test(`countMerge: ${name}`, () => {
    assert.deepEqual(countMerge(merge), expected);
  });
}
