/** What the page says about a failure, in the UI's language: user mistakes as they are, nothing English in the Chinese UI. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strings } from '../../src/i18n.ts';
import { messageFor, UserError } from '../../src/ui/errors.ts';
import { FakeOfficeError } from '../../src/word/fake/index.ts';

const han = /\p{Script=Han}/u;
const latinWords = /[A-Za-z]{3,}/;

test('a user mistake is shown as it is, without the "出错了" of an unexpected failure', () => {
  assert.equal(messageFor(new UserError(strings.templateNameRequired)), '请填写模板名称。');
  assert.equal(messageFor(new UserError(strings.emptySelection)), '所选内容中没有段落。');
});

test('an unexpected failure with an English message does not put English into the Chinese UI', () => {
  for (const error of [new RangeError('The selection (paragraphs 3–5) is not within the document\'s 2 paragraphs.'), new TypeError("Cannot read properties of undefined (reading 'items')"), 'boom']) {
    const message = messageFor(error);
    assert.match(message, /^出错了/);
    assert.doesNotMatch(message, latinWords, message);
  }
  assert.equal(messageFor(new Error('模板数据损坏')), '出错了：模板数据损坏');
});

test('Word\'s known error codes have messages of their own; others keep only the code when the message is English', () => {
  assert.equal(messageFor(new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.')), strings.wordItemNotFound);
  assert.equal(messageFor(new FakeOfficeError('AccessDenied', 'The document is read-only.')), strings.wordAccessDenied);
  assert.equal(messageFor(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'Too large.')), strings.wordTooMuch);
  const general = messageFor(new FakeOfficeError('GeneralException', 'Word.run ended with operations queued but never synced.'));
  assert.equal(general, 'Word 未能完成操作（GeneralException），请重试。');
  // Office localises its messages in the display language, which is the UI's: a Chinese one is shown.
  assert.equal(messageFor(new FakeOfficeError('GeneralException', '文档已锁定。')), 'Word 未能完成操作：文档已锁定。');
});

test('every Chinese error message of the page is Chinese', () => {
  for (const message of [strings.wordItemNotFound, strings.wordAccessDenied, strings.wordTooMuch, strings.teamNameRequired, strings.connectingWord, strings.officeJsUnavailable]) {
    assert.match(message, han, message);
  }
});
