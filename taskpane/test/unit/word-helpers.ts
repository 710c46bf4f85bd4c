import { createFakeWord, FakeDocument, type FakeParagraphInit } from '../../src/word/fake-word.ts';

/** A fake document installed as the global Word, as the browser preview does. */
export function useFakeWord(paragraphs?: FakeParagraphInit[]): FakeDocument {
  const fake = new FakeDocument(paragraphs);
  (globalThis as { Word?: unknown }).Word = createFakeWord(fake);
  return fake;
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
