/** What the page says about a failure, in the UI's language: user mistakes as they are, nothing English in the Chinese UI. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setLanguage, strings } from '../../src/i18n.ts';
import { PartialWriteError, WordRefusalError } from '../../src/word/document.ts';
import { messageFor, UserError } from '../../src/ui/errors.ts';
import { FakeOfficeError } from '../../src/word/fake/index.ts';

// The strings are loaded when the language is known (src/i18n.ts): Chinese, as in the page.
await setLanguage('zh');

const han = /\p{Script=Han}/u;
const latinWords = /[A-Za-z]{3,}/;

test('a user mistake is shown as it is, without the "出错了" of an unexpected failure', () => {
  assert.equal(messageFor(new UserError(strings.templateNameRequired)), '请填写模板名称。');
  assert.equal(messageFor(new UserError(strings.emptySelection)), '所选内容中没有段落。');
});

test('an unexpected failure with an English message does not put English into the Chinese UI', () => {
  for (const error of [new RangeError("The selection (paragraphs 3–5) is not within the document's 2 paragraphs."), new TypeError("Cannot read properties of undefined (reading 'items')"), 'boom']) {
    const message = messageFor(error);
    assert.match(message, /^出错了/);
    assert.doesNotMatch(message, latinWords, message);
  }
  assert.equal(messageFor(new Error('模板数据损坏')), '出错了：模板数据损坏');
});

test("Word's known error codes have messages of their own; others keep only the code when the message is English", () => {
  assert.equal(messageFor(new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.')), strings.wordItemNotFound);
  assert.equal(messageFor(new FakeOfficeError('AccessDenied', 'The document is read-only.')), strings.wordAccessDenied);
  assert.equal(messageFor(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'Too large.')), strings.wordTooMuch);
  const general = messageFor(new FakeOfficeError('GeneralException', 'Word.run ended with operations queued but never synced.'));
  assert.equal(general, strings.wordGeneral, 'a bare GeneralException is what Viewing mode and protection give: say what to do');
  assert.equal(messageFor(new FakeOfficeError('NotImplemented', 'Not implemented.')), 'Word 未能完成操作（NotImplemented），请重试。');
  // Office localises its messages in the display language, which is the UI's: a Chinese one is shown.
  assert.equal(messageFor(new FakeOfficeError('GeneralException', '文档已锁定。')), 'Word 未能完成操作：文档已锁定。');
});

test('every Chinese error message of the page is Chinese', () => {
  for (const message of [strings.wordItemNotFound, strings.wordAccessDenied, strings.wordTooMuch, strings.teamNameRequired, strings.connectingWord, strings.officeJsUnavailable]) {
    assert.match(message, han, message);
  }
});

test("Word's errors become a sentence that says what to do, Chinese first and English", async () => {
  const cases: Array<[code: string, says: RegExp, saysInEnglish: RegExp]> = [
    ['SearchDialogIsOpen', /查找和替换.*关闭/, /Find and Replace.*close it/],
    ['AccessDenied', /查看.*编辑.*另存.*停止保护/, /Viewing mode.*Editing.*save a copy.*stop protection/],
    ['EditModeRequired', /切换到“编辑”模式/, /Switch to Editing/],
    ['ResponsePayloadSizeLimitExceeded', /所选内容.*分几部分/, /Selection.*in parts/],
    ['RequestPayloadSizeLimitExceeded', /所选内容.*分几部分/, /Selection.*in parts/],
    ['GeneralException', /查看.*编辑.*停止保护/, /Viewing mode.*Editing.*stop protection/],
  ];
  for (const [code, says, saysInEnglish] of cases) {
    const error = new FakeOfficeError(code, 'English text from Office.');
    await setLanguage('zh');
    assert.match(messageFor(error), says, code);
    await setLanguage('en');
    assert.match(messageFor(error), saysInEnglish, code);
  }
  await setLanguage('zh');
  assert.match(new WordRefusalError('cursorInTextBox').message, /光标在文本框中.*正文段落/);
  assert.match(new WordRefusalError('protected').message, /限制编辑.*停止保护/);
});

test('a write that failed half-way says what was written, then why Word stopped', () => {
  const failure = new PartialWriteError(8, 12, [], [], new FakeOfficeError('AccessDenied', 'Access denied.'));
  assert.equal(messageFor(failure), `写入中途失败：已改 8 段，其余 4 段未改。可按 Ctrl+Z 撤销，或点“恢复”改回原来的编号。 ${strings.wordAccessDenied}`);
  assert.match(messageFor(new PartialWriteError(null, 12, [], [])), /无法确认.*Ctrl\+Z/);
});
