import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentParagraph } from '../../src/word/document.ts';
import { levelStarts, numberingPlan } from '../../src/word/numbering-plan.ts';

const heading = (text: string, outlineLevel: number, listString?: string): DocumentParagraph => ({
  text,
  styleBuiltIn: `Heading${outlineLevel}`,
  outlineLevel,
  isListItem: listString !== undefined,
  ...(listString !== undefined ? { listString } : {}),
});
const body = (text: string): DocumentParagraph => ({ text, styleBuiltIn: 'Normal', outlineLevel: null, isListItem: false });

/** The list definition, counting how often it is asked for. */
function definition() {
  const asked = { count: 0 };
  return { asked, fetch: async () => (asked.count++, '<pkg:package/>') };
}

test('a switch moves every labelled heading to the new list, with its level, and changes no text', async () => {
  const paragraphs = [heading('范围', 1, '1'), heading('对象', 2, '1.1'), body('正文。'), heading('术语', 1, '2')];
  const { asked, fetch } = definition();
  const plan = await numberingPlan(
    { paragraphs },
    [{ text: '范围', listString: '一、', listLevel: 1 }, { text: '对象', listString: '（一）', listLevel: 2 }, { text: '正文。' }, { text: '术语', listString: '二、', listLevel: 1 }],
    fetch,
  );
  assert.deepEqual(plan.changes, []);
  assert.deepEqual(plan.detach, []);
  assert.deepEqual(plan.list?.placements, [
    { index: 0, listString: '一、', listLevel: 1 },
    { index: 1, listString: '（一）', listLevel: 2 },
    { index: 3, listString: '二、', listLevel: 1 },
  ]);
  assert.equal(asked.count, 1);
});

test('labels that would not change ask for no list definition and move nothing', async () => {
  const { asked, fetch } = definition();
  const plan = await numberingPlan({ paragraphs: [heading('甲', 1, '一、')] }, [{ text: '甲', listString: '一、', listLevel: 1 }], fetch);
  assert.equal(plan.list, undefined);
  assert.equal(asked.count, 0);
});

test('转为自动编号 takes the typed marker out of the text and puts the heading in the list', async () => {
  const plan = await numberingPlan({ paragraphs: [heading('一、总体要求', 1), body('正文。')] }, [{ text: '总体要求', listString: '一、', listLevel: 1 }, { text: '正文。' }], '<pkg:package/>');
  assert.deepEqual(plan.changes, [{ index: 0, oldText: '一、总体要求', newText: '总体要求' }]);
  assert.deepEqual(plan.list, { ooxml: '<pkg:package/>', placements: [{ index: 0, listString: '一、', listLevel: 1 }] });
});

test('转为文本编号 types the label and takes the heading out of its list; a typed heading stays as it is', async () => {
  const plan = await numberingPlan({ paragraphs: [heading('甲', 1, '一、'), heading('二、乙', 1)] }, [{ text: '一、甲' }, { text: '二、乙' }], '');
  assert.deepEqual(plan.changes, [{ index: 0, oldText: '甲', newText: '一、甲' }]);
  assert.deepEqual(plan.detach, [0]);
  assert.equal(plan.list, undefined);
});

test('an answer that does not match the document paragraph for paragraph is refused', async () => {
  await assert.rejects(numberingPlan({ paragraphs: [body('甲')] }, [], ''), /answer has 0 paragraphs/);
});

test('a new list starts a level past 1 only where no higher heading would restart it', () => {
  // A selection from 三、 with its （二）: level 1 starts at 3; level 2 restarts under 三、 anyway.
  assert.deepEqual(
    levelStarts([
      { index: 5, listString: '三、', listLevel: 1, listValue: 3 },
      { index: 6, listString: '（一）', listLevel: 2, listValue: 1 },
    ]),
    [{ listLevel: 1, start: 3 }],
  );
  // A selection of （三）（四） alone starts level 2 at 3…
  assert.deepEqual(
    levelStarts([
      { index: 7, listString: '（三）', listLevel: 2, listValue: 3 },
      { index: 8, listString: '（四）', listLevel: 2, listValue: 4 },
    ]),
    [{ listLevel: 2, start: 3 }],
  );
  // …but not when a 四、 follows: every later （一） would start at 3 too. The read-back reports the （三）.
  assert.deepEqual(
    levelStarts([
      { index: 7, listString: '（三）', listLevel: 2, listValue: 3 },
      { index: 8, listString: '四、', listLevel: 1, listValue: 4 },
      { index: 9, listString: '（一）', listLevel: 2, listValue: 1 },
    ]),
    [{ listLevel: 1, start: 4 }],
  );
});
