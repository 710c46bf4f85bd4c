/** Every date of the page in one zone: the team's (default China's), named when the browser shows another. */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { defaultTimeZone, formatDateTime, formatDay, setDisplayTimeZone, setLanguage } from '../../src/i18n.ts';

// The strings are loaded when the language is known (src/i18n.ts): Chinese, as in the page.
await setLanguage('zh');

const browserZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = browserZone;
  setDisplayTimeZone(null);
});

const now = new Date('2026-11-30T12:00:00Z');

test('a browser in China shows China’s times without naming the zone', () => {
  process.env.TZ = 'Asia/Shanghai';
  assert.equal(defaultTimeZone, 'Asia/Shanghai');
  assert.equal(formatDateTime('2026-11-25T16:30:00Z', now), '11月26日 00:30', 'the day is China’s, not UTC’s');
});

test('a browser elsewhere shows the same time, with the zone named', () => {
  process.env.TZ = 'Europe/Berlin';
  assert.equal(formatDateTime('2026-11-25T16:30:00Z', now), '11月26日 00:30（中国标准时间）');
  assert.equal(formatDay('2026-11-25T16:30:00Z', now), '11月26日（中国标准时间）');
});

test('a team in another zone has its times in that zone; an unknown zone falls back to China’s', () => {
  process.env.TZ = 'Asia/Shanghai';
  setDisplayTimeZone('Europe/London');
  assert.match(formatDateTime('2026-11-25T16:30:00Z', now), /^11月25日 16:30（格林尼治标准时间）$/);
  setDisplayTimeZone('Not/AZone');
  assert.equal(formatDateTime('2026-11-25T16:30:00Z', now), '11月26日 00:30');
});
