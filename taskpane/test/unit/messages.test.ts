import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, ServerUnreachableError } from '../../src/api.ts';
import { formatDay, languageOf, setLanguage, strings } from '../../src/i18n.ts';
import { messageFor } from '../../src/ui/errors.ts';
import { FakeOfficeError } from '../../src/word/fake/index.ts';
import { DocumentChangedError, InvalidMergeError } from '../../src/word/document.ts';

// A browser in China, as the taskpane's users have: times in the default zone (China's) are not named.
process.env.TZ = 'Asia/Shanghai';
// The strings are loaded when the language is known (src/i18n.ts): Chinese, as in the page.
await setLanguage('zh');

test('a problem+json error shows its detail, else its title', () => {
  assert.equal(messageFor(new ApiError(422, '无法导入这份大纲', '文本超过大纲上限。')), '文本超过大纲上限。');
  assert.equal(messageFor(new ApiError(404, '没有这个模板')), '没有这个模板');
  assert.equal(messageFor(new ApiError(502)), strings.serverError(502));
});

test("a refused token asks to sign in again; a refusal by role shows the server's detail", () => {
  assert.equal(messageFor(new ApiError(401, '未登录', '令牌无效')), strings.tokenRejected);
  assert.equal(messageFor(new ApiError(403, '无权操作', '只有编辑者和所有者可以保存模板。')), '只有编辑者和所有者可以保存模板。');
});

test('dates are shown in the UI language, with the year only when it is not this year', () => {
  const now = new Date('2025-12-01T00:00:00+08:00');
  assert.equal(formatDay('2025-11-25T06:00:00Z', now), '11月25日');
  assert.match(formatDay('2024-11-25T06:00:00Z', now), /^2024年11月25日$/);
  assert.equal(formatDay('not a date', now), 'not a date');
});

test('a server that does not answer, Word refusing and a changed document each say so', () => {
  assert.equal(messageFor(new ServerUnreachableError(new TypeError('Failed to fetch'))), strings.serverUnreachable);
  assert.equal(messageFor(new FakeOfficeError('InvalidArgument', 'bad style')), strings.wordRefused('bad style', 'InvalidArgument'));
  assert.equal(messageFor(new DocumentChangedError(3)), strings.documentChanged);
});

test("a merge refused for the user's text says so in the UI's language, not the developer's detail", () => {
  assert.equal(messageFor(new InvalidMergeError('body paragraph 3 would be lost.')), strings.mergeInvalid);
});

test('Chinese unless Office (or the browser) says another language', () => {
  assert.equal(languageOf('zh-CN'), 'zh');
  assert.equal(languageOf('zh-TW'), 'zh');
  assert.equal(languageOf(undefined), 'zh');
  assert.equal(languageOf('en-US'), 'en');
  assert.equal(languageOf('de-DE'), 'en');
});
