/**
 * Stands in for office.js in the end-to-end tests of the Word path: Office reports a Word host and
 * the global Word is the stateful fake, over a document that holds a title and an empty paragraph.
 * window.__fakeWord lets the test read the document back.
 */
import { createFakeWord, FakeDocument, paragraphText } from '../../src/word/fake-word.ts';

interface FakeHostOptions {
  displayLanguage?: string;
  wordApiSupported?: boolean;
}

const options: FakeHostOptions = (window as unknown as { __fakeHostOptions?: FakeHostOptions }).__fakeHostOptions ?? {};
const fake = new FakeDocument([{ text: '二季度工作安排', styleBuiltIn: 'Title' }, { text: '' }]);

Object.assign(window, {
  __fakeWord: {
    document: fake,
    snapshot: () => fake.paragraphs.map((paragraph) => ({ text: paragraphText(paragraph), styleBuiltIn: paragraph.styleBuiltIn, level: fake.headingLevel(paragraph) })),
  },
  Word: createFakeWord(fake),
  Office: {
    HostType: { Word: 'Word' },
    onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }),
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      officeTheme: undefined,
      requirements: { isSetSupported: () => options.wordApiSupported ?? true },
    },
  },
});
