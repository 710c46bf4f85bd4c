import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OutlineNode } from '../../src/api.ts';
import { diffOutlines, flattenOutline } from '../../src/ui/outline-diff.ts';

/** An outline from indented lines: two spaces per level. */
function outline(text: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[][] = [roots];
  for (const line of text.trim().split('\n')) {
    const depth = (line.length - line.trimStart().length) / 2;
    const node: OutlineNode = { title: line.trim(), children: [] };
    stack[depth].push(node);
    stack[depth + 1] = node.children;
    stack.length = depth + 2;
  }
  return roots;
}

const v1 = outline(`
总体要求
  指导思想
  工作目标
主要任务
  强化学习
  加强监督
保障措施`);

test('flattening gives titles and levels in document order', () => {
  assert.deepEqual(flattenOutline(v1).slice(0, 3), [
    { level: 1, title: '总体要求' },
    { level: 2, title: '指导思想' },
    { level: 2, title: '工作目标' },
  ]);
});

test('the same outline has no changes', () => {
  const diff = diffOutlines(v1, structuredClone(v1));
  assert.deepEqual(diff.changes, []);
  assert.equal(diff.unchanged, 7);
});

test('an added and a removed heading', () => {
  const v2 = outline(`
总体要求
  指导思想
  工作目标
  基本原则
主要任务
  强化学习
保障措施`);
  const diff = diffOutlines(v1, v2);
  assert.deepEqual(diff.changes, [
    { kind: 'added', after: { level: 2, title: '基本原则' } },
    { kind: 'removed', before: { level: 2, title: '加强监督' } },
  ]);
  assert.deepEqual([diff.added, diff.removed, diff.changed, diff.unchanged], [1, 1, 0, 6]);
});

test('a renamed heading is one change, not a removal and an addition', () => {
  const v2 = outline(`
总体要求
  指导思想
  工作目标
主要任务
  强化理论学习
  加强监督
保障措施`);
  assert.deepEqual(diffOutlines(v1, v2).changes, [{ kind: 'changed', before: { level: 2, title: '强化学习' }, after: { level: 2, title: '强化理论学习' } }]);
});

test('a heading moved to another level is a change', () => {
  const v2 = outline(`
总体要求
  指导思想
  工作目标
主要任务
  强化学习
  加强监督
  保障措施`);
  assert.deepEqual(diffOutlines(v1, v2).changes, [{ kind: 'changed', before: { level: 1, title: '保障措施' }, after: { level: 2, title: '保障措施' } }]);
});

test('an unrelated heading inserted before a renamed one pairs the right ones', () => {
  const before = outline(`
甲
乙`);
  const after = outline(`
甲
  新增
乙二`);
  assert.deepEqual(diffOutlines(before, after).changes, [
    { kind: 'added', after: { level: 2, title: '新增' } },
    { kind: 'changed', before: { level: 1, title: '乙' }, after: { level: 1, title: '乙二' } },
  ]);
});

test('from nothing, everything is added; to nothing, everything is removed', () => {
  assert.equal(diffOutlines([], v1).added, 7);
  assert.equal(diffOutlines(v1, []).removed, 7);
});

test('large outlines with a small change stay fast', () => {
  const big = Array.from({ length: 5000 }, (_, i) => ({ title: `条目${i}`, children: [] }));
  const changed = big.map((node, i) => (i === 2500 ? { ...node, title: '改过的条目' } : node));
  const started = performance.now();
  const diff = diffOutlines(big, changed);
  assert.deepEqual([diff.changed, diff.added, diff.removed], [1, 0, 0]);
  assert.ok(performance.now() - started < 500);
});
