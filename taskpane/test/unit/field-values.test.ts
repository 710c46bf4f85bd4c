/**
 * Fill-in fields apart from the DOM: what the form opens with, what is remembered and where, and
 * which texts of captured titles 保存为团队模板 offers to turn back into fields.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BrowserFieldMemory,
  fieldCandidates,
  fieldPrompts,
  fieldValuesStorageKey,
  parseRememberedValues,
  rememberedByTeam,
  titlesOf,
  valuesToRemember,
  withBrowserValues,
} from '../../src/ui/field-values.ts';

const defaults = { values: { 年份: '2026', 季度: '四', 月份: '11', 日期: '2026年11月30日', 单位: '某某县委办' }, computed: ['年份', '季度', '月份', '日期'] };

test('the form asks for the fields in the outline’s order, computed ones marked, a field with no default empty', () => {
  assert.deepEqual(
    fieldPrompts(
      [
        { name: '单位', count: 2 },
        { name: '季度', count: 1 },
        { name: '部门', count: 1 },
      ],
      defaults,
    ),
    [
      { name: '单位', value: '某某县委办', computed: false },
      { name: '季度', value: '四', computed: true },
      { name: '部门', value: '', computed: false },
    ],
  );
});

test('what was typed for the outline before (a failed insert) wins over the defaults, an emptied field included', () => {
  const prompts = fieldPrompts(
    [
      { name: '单位', count: 1 },
      { name: '季度', count: 1 },
    ],
    defaults,
    { 单位: '', 季度: '三' },
  );
  assert.deepEqual(
    prompts.map((prompt) => prompt.value),
    ['', '三'],
  );
});

const rememberCases: [string, Record<string, string>, Record<string, string>][] = [
  ['filled values are remembered, trimmed', { 单位: ' 某某县委办 ', 部门: '综合科' }, { 单位: '某某县委办', 部门: '综合科' }],
  ['computed names never are, even when changed', { 季度: '三', 年份: '2025', 单位: '县委办' }, { 单位: '县委办' }],
  ['an empty value is not remembered (the earlier value stays)', { 单位: '', 部门: '   ' }, {}],
];
for (const [name, values, expected] of rememberCases) {
  test(`remembering an insert’s values: ${name}`, () => assert.deepEqual(valuesToRemember(values, defaults.computed), expected));
}

test('the team remembers the values only when signed in and the template is the team’s', () => {
  assert.equal(rememberedByTeam('team1', true), 'team1');
  assert.equal(rememberedByTeam('team1', false), null);
  assert.equal(rememberedByTeam(null, true), null);
  assert.equal(rememberedByTeam(undefined, true), null);
});

const storedCases: [string, string | null, Record<string, string>][] = [
  ['nothing stored', null, {}],
  ['not JSON', '{oops', {}],
  ['an array', '["单位"]', {}],
  ['names with text values, others dropped', '{"单位":"县委办","部门":3,"科室":null}', { 单位: '县委办' }],
];
for (const [name, stored, expected] of storedCases) {
  test(`values remembered in the browser are read back: ${name}`, () => assert.deepEqual(parseRememberedValues(stored), expected));
}

test('the browser remembers values under the session’s key, a new value over an old one, other names kept', () => {
  const stored = new Map<string, string | null>([[fieldValuesStorageKey, '{"单位":"旧单位","部门":"综合科"}']]);
  const memory = new BrowserFieldMemory({ read: (key) => stored.get(key) ?? null, write: (key, value) => void stored.set(key, value) });
  memory.remember({ 单位: '新单位' });
  assert.deepEqual(memory.values, { 单位: '新单位', 部门: '综合科' });
  memory.remember({});
  assert.deepEqual(parseRememberedValues(stored.get(fieldValuesStorageKey) ?? null), { 单位: '新单位', 部门: '综合科' });
});

test('signed out, the browser’s values fill the names the server does not compute; a computed name stays today’s', () => {
  const computedOnly = { values: { 年份: '2026', 季度: '四' }, computed: ['年份', '季度'] };
  assert.deepEqual(withBrowserValues(computedOnly, { 单位: '县委办', 季度: '一' }), { values: { 年份: '2026', 季度: '四', 单位: '县委办' }, computed: ['年份', '季度'] });
});

test('the titles of an outline, depth first', () => {
  assert.deepEqual(
    titlesOf([
      { title: '一', children: [{ title: '一.1', children: [] }] },
      { title: '二', children: [] },
    ]),
    ['一', '一.1', '二'],
  );
});

test('on save, remembered values found in the titles are offered longest first, then the server’s blanks, none twice', () => {
  const titles = ['某某县委办2026年工作总结', '县委办四季度重点', '2026年展望', 'XX县调研'];
  const team = { values: { ...defaults.values, 部门: '县委办', 科室: '办公室' }, computed: defaults.computed };
  const candidates = fieldCandidates(titles, team, [
    { text: 'XX', count: 1, suggestedName: '单位' },
    { text: '县委办', count: 2, suggestedName: '部门' },
  ]);
  assert.deepEqual(candidates, [
    { text: '某某县委办', name: '单位', count: 1, kind: 'value' },
    { text: '2026', name: '年份', count: 2, kind: 'value' },
    { text: '县委办', name: '部门', count: 2, kind: 'value' },
    { text: 'XX', name: '单位', count: 1, kind: 'placeholder' },
  ]);
});

test('a short computed value (季度 四, 月份 11) or a one-character value is never offered: it would match ordinary words', () => {
  const candidates = fieldCandidates(['四、11项任务', '县'], { values: { 季度: '四', 月份: '11', 单位: '县' }, computed: ['季度', '月份'] }, []);
  assert.deepEqual(candidates, []);
});

test('two fields remembered with the same value are offered as one text', () => {
  const candidates = fieldCandidates(['办公室工作'], { values: { 单位: '办公室', 部门: '办公室' }, computed: [] }, []);
  assert.equal(candidates.length, 1);
  assert.equal(candidates[0].text, '办公室');
});

test('a blank found only inside an offered value (某某县 in 某某县委办) is not offered again; found elsewhere too, it is', () => {
  const team = { values: { 单位: '某某县委办' }, computed: [] };
  const blank = [{ text: '某某县', count: 1, suggestedName: '单位' }];
  assert.deepEqual(
    fieldCandidates(['某某县委办重点任务'], team, blank).map((candidate) => candidate.text),
    ['某某县委办'],
  );
  assert.deepEqual(
    fieldCandidates(['某某县委办重点任务', '某某县调研'], team, [{ ...blank[0], count: 2 }]).map((candidate) => candidate.text),
    ['某某县委办', '某某县'],
  );
});
