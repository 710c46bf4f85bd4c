import assert from 'node:assert/strict';
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import { createFakeWord, FakeDocument, fakeRequirements, type FakeParagraphInit } from '../../src/word/fake/index.ts';
import { renumberParagraphs, WordRefusalError, type ParagraphChange, type WordRefusal } from '../../src/word/document.ts';
import { setLanguage } from '../../src/i18n.ts';

/** A parser that fails on XML that is not well-formed, as a browser's does (with a parsererror), and prints nothing. */
class StrictDomParser extends XmlDomParser {
  constructor() {
    super({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
  }
}

// Word's webview and the browser preview parse OOXML with the page's DOMParser; node has none.
(globalThis as { DOMParser?: unknown }).DOMParser ??= StrictDomParser;

// The strings are loaded when the language is known (src/i18n.ts): Chinese, as in the page.
await setLanguage('zh');

/** Matches a WordRefusalError for `reason` that says something to the user. */
export const refused = (reason: WordRefusal) => (error: unknown) => error instanceof WordRefusalError && error.reason === reason && error.message.length > 0;

/** Renumbering `change` is refused for `reason` before the server is asked for the changes. */
export async function assertRefusedBeforeAsking(change: ParagraphChange, reason: WordRefusal): Promise<void> {
  let planned = false;
  await assert.rejects(
    renumberParagraphs('document', async () => {
      planned = true;
      return [change];
    }),
    refused(reason),
  );
  assert.equal(planned, false, 'the server was not asked');
}

/**
 * A fake document installed as the global Word, as the browser preview does, with an Office whose
 * requirements answer for the fake (WordApi 1.4 unless the test changes fake.apiSets).
 */
export function useFakeWord(paragraphs?: FakeParagraphInit[]): FakeDocument {
  return installFakeWord(new FakeDocument(paragraphs));
}

/** Installs `fake` as the global Word, with an Office whose requirements answer for it (see useFakeWord). */
export function installFakeWord(fake: FakeDocument): FakeDocument {
  (globalThis as { Word?: unknown }).Word = createFakeWord(fake);
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: fakeRequirements(fake) } } };
  return fake;
}

/** Writes `changes` to the whole document as renumbering does (read, check, write), the changes decided beforehand. */
export function rewrite(changes: ParagraphChange[]) {
  return renumberParagraphs('document', async () => changes);
}

/** An outline of `count` paragraphs: 一、 headings with 1. children, numbered with errors every 7th. */
export function numberedDocument(count: number): FakeParagraphInit[] {
  const paragraphs: FakeParagraphInit[] = [];
  let chapter = 0;
  let item = 0;
  for (let i = 0; i < count; i++) {
    if (i % 5 === 0) {
      chapter++;
      item = 0;
      paragraphs.push({ text: `第${chapter}章标题`, styleBuiltIn: 'Heading1' });
    } else {
      item++;
      const marker = i % 7 === 0 ? `${item}、` : `${item}.`;
      paragraphs.push({ runs: [{ text: marker }, { text: `条目${i}`, bold: true }, { text: '说明' }], styleBuiltIn: 'Heading2' });
    }
  }
  return paragraphs;
}
