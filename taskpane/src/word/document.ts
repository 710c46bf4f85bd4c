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

/** Paragraphs `start` (0-based) up to, not including, `end`. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

export interface DocumentWithSelection {
  /** Every paragraph of the document's body, in order. */
  paragraphs: DocumentParagraph[];
  /** The paragraphs the selection touches, by their place in `paragraphs`; for a cursor, the paragraph holding it. */
  selection: ParagraphSpan;
}

export interface ParagraphChange {
  /** Position of the paragraph in the document's body (readParagraphs('document'), readDocumentWithSelection). */
  index: number;
  oldText: string;
  newText: string;
}

/**
 * Which template (and which version of it) an outline in the document came from: inserted from the
 * library, or saved from this document as a team template. Kept in the document's settings
 * (Word.SettingCollection, WordApi 1.4), so it travels with the file; holds no personal data but
 * the template's name and ids.
 */
export interface InsertedTemplate {
  templateId: string;
  version: number;
  name: string;
  /** Set for a team template. */
  teamId?: string | null;
  /** ISO 8601. */
  insertedAt: string;
}

/** The document setting that holds the InsertedTemplate records, newest first, one per template. */
export const insertedTemplatesKey = 'OutlineAddin.insertedTemplates';

/** A document remembers this many templates at most: the oldest are forgotten. */
const maxInsertedTemplates = 20;

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

/** The records a setting holds; anything unreadable (another add-in's value, a hand edit) counts as none. */
export function parseInsertedTemplates(value: unknown): InsertedTemplate[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is InsertedTemplate =>
      typeof item === 'object' && item !== null && typeof item.templateId === 'string' && Number.isInteger(item.version) && typeof item.name === 'string',
  );
}

/** `record` first, replacing an older record of the same template. Stored as a JSON string, which every host keeps as is. */
function withRecord(records: InsertedTemplate[], record: InsertedTemplate): string {
  const kept = records.filter((existing) => existing.templateId !== record.templateId);
  return JSON.stringify([{ ...record }, ...kept].slice(0, maxInsertedTemplates));
}

/**
 * Inserts one heading paragraph per line after the paragraph holding the cursor (after the whole
 * selection when there is one), styled Heading 1…9 by level, and puts the cursor after them.
 * An empty paragraph at the cursor takes the first line, so a blank document does not keep a stray
 * empty line above the outline. Two syncs: read that paragraph, then write everything.
 *
 * With `source`, the document also remembers which template and version the outline came from
 * (see InsertedTemplate), in the same two syncs: the setting is read with the paragraph and written
 * with the headings. Needs WordApi 1.4; callers leave `source` out on older hosts.
 */
export async function insertHeadings(lines: HeadingLine[], source?: InsertedTemplate): Promise<{ inserted: number }> {
  if (lines.length === 0) return { inserted: 0 };
  const styles = lines.map((line) => headingStyleFor(line.level));
  return Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.load('text');
    const setting = source ? context.document.settings.getItemOrNullObject(insertedTemplatesKey) : undefined;
    setting?.load('value');
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
    if (source && setting) context.document.settings.add(insertedTemplatesKey, withRecord(setting.isNullObject ? [] : parseInsertedTemplates(setting.value), source));
    await context.sync();
    return { inserted: lines.length };
  });
}

/**
 * Records that the document's outline now matches `record`'s template and version, for instance after
 * saving its headings as a team template. Two syncs (read the setting, write it). WordApi 1.4.
 */
export async function rememberInsertedTemplate(record: InsertedTemplate): Promise<void> {
  return Word.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(insertedTemplatesKey);
    setting.load('value');
    await context.sync();
    context.document.settings.add(insertedTemplatesKey, withRecord(setting.isNullObject ? [] : parseInsertedTemplates(setting.value), record));
    await context.sync();
  });
}

/** The templates the document's outlines came from, most recently inserted first. One sync. WordApi 1.4. */
export async function readInsertedTemplates(): Promise<InsertedTemplate[]> {
  return Word.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(insertedTemplatesKey);
    setting.load('value');
    await context.sync();
    return setting.isNullObject ? [] : parseInsertedTemplates(setting.value);
  });
}

const paragraphFields = 'items/text,items/styleBuiltIn,items/outlineLevel';

function documentParagraphs(paragraphs: Word.ParagraphCollection): DocumentParagraph[] {
  return paragraphs.items.map((paragraph) => ({
    text: paragraph.text,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel),
  }));
}

/** The paragraphs of the document or of the selection, in order. One sync. */
export async function readParagraphs(scope: Scope): Promise<DocumentParagraph[]> {
  return Word.run(async (context) => {
    const paragraphs = paragraphsIn(context, scope);
    paragraphs.load(paragraphFields);
    await context.sync();
    return documentParagraphs(paragraphs);
  });
}

/**
 * Every paragraph of the document, and which of them the selection touches (the paragraph holding
 * the cursor when nothing is selected), so that a selection can be renumbered in the context of the
 * whole document. One sync.
 *
 * The Word API gives no paragraph's index, and comparing each body paragraph's range with the
 * selection (Range.compareLocationWith) would need the paragraphs loaded first: a second sync. So the
 * index is counted instead, in the same batch: the range from the start of the body to the end of the
 * first selected paragraph (its mark included, so that it stops where the next paragraph starts) holds
 * the paragraphs before the selection and that paragraph; the selection's own paragraphs give the
 * length. Both collections load one number per paragraph, not their text.
 */
export async function readDocumentWithSelection(): Promise<DocumentWithSelection> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load(paragraphFields);
    const selected = context.document.getSelection().paragraphs;
    selected.load('items/outlineLevel');
    const throughFirstSelected = body.getRange('Start').expandTo(selected.getFirst().getRange('Whole')).paragraphs;
    throughFirstSelected.load('items/outlineLevel');
    await context.sync();

    const start = throughFirstSelected.items.length - 1;
    const end = start + selected.items.length;
    if (start < 0 || end > paragraphs.items.length) throw new Error(`The selection (paragraphs ${start}–${end}) is not within the document's ${paragraphs.items.length} paragraphs.`);
    return { paragraphs: documentParagraphs(paragraphs), selection: { start, end } };
  });
}

/**
 * Rewrites the given paragraphs of the document, addressed by their index in its body, touching only
 * the part of each text that differs (see marker-edit.ts) so that the formatting of the rest of the
 * paragraph is kept.
 *
 * Two syncs: the first reloads the texts and checks that every paragraph still reads `oldText`
 * (otherwise DocumentChangedError, and nothing is written); the second sends all the edits in one
 * batch, which Word records as one undo step where the host allows. With readParagraphs or
 * readDocumentWithSelection before it, renumbering costs three syncs for any document size.
 *
 * The marker is located with Paragraph.search(...).getFirst(): the paragraph's text starts with the
 * old prefix, so its first occurrence is the prefix itself; searching needs no extra sync, unlike
 * loading character offsets, which the Word API does not offer.
 */
export async function applyParagraphTexts(changes: ParagraphChange[]): Promise<{ written: number }> {
  const edits = changes.filter((change) => change.oldText !== change.newText);
  if (edits.length === 0) return { written: 0 };
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
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
