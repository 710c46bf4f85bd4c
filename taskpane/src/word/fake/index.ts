/**
 * A stateful fake of the Word JavaScript API objects the taskpane uses, for the unit tests and the
 * browser preview (loaded with import() there, never in the bundle Word runs: see main.ts).
 *
 * It behaves like Office where our code could go wrong without noticing:
 * - every call is queued and only runs at `context.sync()`, which is counted; a property can only be
 *   read after `load()` and a `sync()` (PropertyNotLoaded otherwise); an operation that fails rejects
 *   the sync and the ones queued after it never run, while the ones before it stay done;
 * - Word on the web's limits (FakeDocument.actAsWordOnTheWeb): a response over 5 MB fails;
 * - paragraphs are runs with character formatting, footnote marks, fields, pictures and content
 *   controls; replacing a range deletes the objects in it (OfficeDev/office-js#2749);
 * - search has Word's escapes and its 255-character limit; ranges compare with every LocationRelation;
 * - Word's own lists (lists.ts): numbering definitions, list items and the numbers Word draws for them;
 * - styles have localized names, their own font and format, and may be linked to a multilevel list;
 *   a new paragraph carries over the formatting of the one before it (OfficeDev/office-js#72);
 * - tracked changes, change tracking, protection, and a write refused half-way;
 * - content controls around whole paragraphs (content-controls.ts), comments and highlight;
 * - requirement sets: members of sets the host lacks fail with ApiNotFound.
 * model.ts holds the document, client.ts the request context, proxies.ts and ranges.ts the API.
 */
import { FakeRequestContext } from './client.ts';
import { FakeOfficeError, type FakeDocument } from './model.ts';
import { FakeDocumentProxy } from './proxies.ts';

export { FakeRequestContext, responseBytesPerObject } from './client.ts';
export { controlParagraphs, controlsIn, controlsOfDocument, maxContentControlTagLength } from './content-controls.ts';
export * from './lists.ts';
export * from './model.ts';

/** The global `Word` namespace, backed by one fake document. */
export function createFakeWord(fake: FakeDocument): typeof Word {
  const namespace = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(fake);
      context.document = new FakeDocumentProxy(context);
      const result = await batch(context);
      if (context.hasPendingOperations) {
        throw new FakeOfficeError('GeneralException', 'Word.run ended with operations queued but never synced.');
      }
      return result;
    },
  };
  return namespace as unknown as typeof Word;
}
