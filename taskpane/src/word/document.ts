/**
 * Every document operation of the taskpane: the only code that calls Word.run.
 *
 * Each function takes and returns plain data and keeps the round trips to Word (context.sync) to a
 * fixed number whatever the size of the document: a sync inside a loop costs seconds per thousand
 * paragraphs on Word on the web.
 */
import { headingLevelOf, headingStyleFor } from './heading-levels.ts';
import { markerEdit } from './marker-edit.ts';

export type Scope = 'document' | 'selection';

export interface HeadingLine {
  level: number;
  text: string;
}

export interface DocumentParagraph {
  text: string;
  styleBuiltIn: string;
  /** 1–9 for a heading (see headingLevelOf), null for body text. */
  outlineLevel: number | null;
}

export interface ParagraphChange {
  /** Position of the paragraph within the scope, as returned by readParagraphs. */
  index: number;
  oldText: string;
  newText: string;
}

/** The paragraphs changed between reading and writing: nothing was written. */
export class DocumentChangedError extends Error {
  constructor(readonly paragraphIndex: number) {
    super(`Paragraph ${paragraphIndex + 1} changed since the document was read.`);
    this.name = 'DocumentChangedError';
  }
}

function paragraphsIn(context: Word.RequestContext, scope: Scope): Word.ParagraphCollection {
  return scope === 'document' ? context.document.body.paragraphs : context.document.getSelection().paragraphs;
}

/**
 * Inserts one heading paragraph per line after the paragraph holding the cursor (after the whole
 * selection when there is one), styled Heading 1…9 by level, and puts the cursor after them.
 * An empty paragraph at the cursor takes the first line, so a blank document does not keep a stray
 * empty line above the outline. Two syncs: read that paragraph, then write everything.
 */
export async function insertHeadings(lines: HeadingLine[]): Promise<{ inserted: number }> {
  if (lines.length === 0) return { inserted: 0 };
  const styles = lines.map((line) => headingStyleFor(line.level));
  return Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.load('text');
    await context.sync();

    let previous = anchor;
    let first = 0;
    if (anchor.text === '') {
      // 'Start' rather than 'Replace': an "empty" paragraph may still hold a picture.
      anchor.insertText(lines[0].text, 'Start');
      anchor.styleBuiltIn = styles[0];
      first = 1;
    }
    for (let i = first; i < lines.length; i++) {
      const paragraph = previous.insertParagraph(lines[i].text, 'After');
      paragraph.styleBuiltIn = styles[i];
      previous = paragraph;
    }
    previous.select('End');
    await context.sync();
    return { inserted: lines.length };
  });
}

/** The paragraphs of the document or of the selection, in order. One sync. */
export async function readParagraphs(scope: Scope): Promise<DocumentParagraph[]> {
  return Word.run(async (context) => {
    const paragraphs = paragraphsIn(context, scope);
    paragraphs.load('items/text,items/styleBuiltIn,items/outlineLevel');
    await context.sync();
    return paragraphs.items.map((paragraph) => ({
      text: paragraph.text,
      styleBuiltIn: paragraph.styleBuiltIn,
      outlineLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel),
    }));
  });
}

/**
 * Rewrites the given paragraphs of the scope, touching only the part of each text that differs
 * (see marker-edit.ts) so that the formatting of the rest of the paragraph is kept.
 *
 * Two syncs: the first reloads the texts and checks that every paragraph still reads `oldText`
 * (otherwise DocumentChangedError, and nothing is written); the second sends all the edits in one
 * batch, which Word records as one undo step where the host allows. With readParagraphs before it,
 * renumbering costs three syncs for any document size.
 *
 * The marker is located with Paragraph.search(...).getFirst(): the paragraph's text starts with the
 * old prefix, so its first occurrence is the prefix itself; searching needs no extra sync, unlike
 * loading character offsets, which the Word API does not offer.
 */
export async function applyParagraphTexts(scope: Scope, changes: ParagraphChange[]): Promise<{ written: number }> {
  const edits = changes.filter((change) => change.oldText !== change.newText);
  if (edits.length === 0) return { written: 0 };
  return Word.run(async (context) => {
    const paragraphs = paragraphsIn(context, scope);
    paragraphs.load('items/text');
    await context.sync();

    for (const change of edits) {
      if (paragraphs.items[change.index]?.text !== change.oldText) throw new DocumentChangedError(change.index);
    }
    for (const change of edits) {
      const paragraph = paragraphs.items[change.index];
      const edit = markerEdit(change.oldText, change.newText);
      if (edit.kind === 'insert-prefix') {
        paragraph.insertText(edit.newPrefix, 'Start');
      } else if (edit.kind === 'replace-all') {
        paragraph.insertText(edit.newText, 'Replace');
      } else {
        const marker = paragraph.search(edit.searchText, { matchCase: true }).getFirst();
        if (edit.newPrefix === '') marker.delete();
        else marker.insertText(edit.newPrefix, 'Replace');
      }
    }
    await context.sync();
    return { written: edits.length };
  });
}
