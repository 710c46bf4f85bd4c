/**
 * Every document operation of the taskpane: the only code that calls Word.run.
 *
 * Each function takes and returns plain data and keeps the round trips to Word (context.sync) to a
 * fixed number whatever the size of the document: a sync inside a loop costs seconds per thousand
 * paragraphs on Word on the web.
 *
 * Word has no API to group edits into one undo step: each write below may take several undos.
 */
import { strings } from '../i18n.ts';
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
  /**
   * Word numbers the paragraph itself (Paragraph.isListItem, WordApi 1.3): a multilevel list, or a
   * heading style linked to one. Its number ("第一章") is drawn by Word and is not in `text`, so the
   * server keeps it as part of the structure but never rewrites it.
   */
  isListItem: boolean;
}

/** The paragraphs as read, and for the selection scope where the selection is. */
export interface DocumentContents {
  paragraphs: DocumentParagraph[];
  selection?: ParagraphSpan;
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

/** Why the taskpane will not touch the document as it is: each says what the user can do about it. */
export type WordRefusal = 'revisions' | 'trackingOn' | 'cursorInTable' | 'cursorOutsideBody' | 'selectionOutsideBody';

/**
 * The document is in a state the taskpane must not read or write (tracked changes, the cursor in a
 * table or a header…): nothing was written. The message is the user's (i18n), and `code` makes it
 * read as Word refusing (see ui/errors.ts).
 */
export class WordRefusalError extends Error {
  readonly code: string;

  constructor(readonly reason: WordRefusal) {
    super(refusalMessage(reason));
    this.name = 'WordRefusalError';
    this.code = `OutlineAddin.${reason}`;
  }
}

function refusalMessage(reason: WordRefusal): string {
  switch (reason) {
    case 'revisions':
      return strings.wordRevisionsPresent;
    case 'trackingOn':
      return strings.wordTrackingOn;
    case 'cursorInTable':
      return strings.wordCursorInTable;
    case 'cursorOutsideBody':
      return strings.wordCursorOutsideBody;
    case 'selectionOutsideBody':
      return strings.wordSelectionOutsideBody;
  }
}

/** Office.context.requirements.isSetSupported, false outside Office (the browser preview) or when it throws. */
function isSetSupported(name: string, version: string): boolean {
  try {
    return (globalThis as { Office?: typeof Office }).Office?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

/** Body types of the document's main text: a paragraph in a header, footnote, text box or table cell has another. */
const mainBodyTypes = new Set<string>(['MainDoc', 'Section']);

function paragraphsIn(context: Word.RequestContext, scope: Scope): Word.ParagraphCollection {
  return scope === 'document' ? context.document.body.paragraphs : context.document.getSelection().paragraphs;
}

/**
 * Queues, in a read batch, what tells whether the paragraphs' text can be trusted, and returns the
 * check to run after the sync. Paragraph.text includes text deleted as a tracked change until the
 * revision is accepted or rejected (OfficeDev/office-js#1267): a marker struck through in Word would
 * be read, renumbered and written back. The body's reviewed text, current and original
 * (Body.getReviewedText, WordApi 1.4), differ exactly when the document holds text revisions; then
 * reading refuses. Without WordApi 1.4 there is no way to know, and the text is read as it is.
 */
function queueRevisionCheck(context: Word.RequestContext): () => void {
  if (!isSetSupported('WordApi', '1.4')) return () => {};
  const current = context.document.body.getReviewedText('Current');
  const original = context.document.body.getReviewedText('Original');
  return () => {
    if (current.value !== original.value) throw new WordRefusalError('revisions');
  };
}

/**
 * Queues a load of Document.changeTrackingMode (WordApi 1.4) and returns whether tracking is on, to
 * ask after the sync. Renumbering refuses to write with tracking on: its edits would become revisions,
 * whose deleted markers the next reading would refuse (see queueRevisionCheck).
 */
function queueTrackingCheck(context: Word.RequestContext): () => boolean {
  if (!isSetSupported('WordApi', '1.4')) return () => false;
  context.document.load('changeTrackingMode');
  return () => context.document.changeTrackingMode !== 'Off';
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
 * Two syncs: read the paragraph at the cursor, then write everything.
 *
 * - The cursor must be in the document's main text, outside tables: a heading in a header, footnote,
 *   text box or table cell is not part of the outline (WordRefusalError, nothing written). We refuse
 *   rather than insert after the table, so that the outline never lands somewhere the user did not point.
 * - An empty paragraph at the cursor takes the first line, so a blank document does not keep a stray
 *   empty line above the outline; not one that holds an inline picture (it has no text either).
 * - A new paragraph carries over what the paragraph before it has, as Enter does: its list membership
 *   (Word would number the headings as items of that list) and its direct paragraph formatting (a
 *   centred title, an indented quote). Each heading is taken out of the list when the cursor's
 *   paragraph was a list item, and its direct formatting is cleared before its heading style is set:
 *   Paragraph.reset() where the host has it (WordApiDesktop 1.4: Word on Windows and Mac), else the
 *   alignment and indents that would carry over are set back explicitly (justified, no indent).
 *   Spacing and line spacing are left alone on hosts without reset().
 *
 * With `source`, the document also remembers which template and version the outline came from
 * (see InsertedTemplate), in the same two syncs: the setting is read with the paragraph and written
 * first in the write batch, before the headings, so that if it fails the batch stops there and no
 * heading is inserted behind an error. Needs WordApi 1.4; callers leave `source` out on older hosts.
 */
export async function insertHeadings(lines: HeadingLine[], source?: InsertedTemplate): Promise<{ inserted: number }> {
  if (lines.length === 0) return { inserted: 0 };
  const styles = lines.map((line) => headingStyleFor(line.level));
  const canReset = isSetSupported('WordApiDesktop', '1.4');
  return Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.load('text,isListItem,tableNestingLevel,alignment,leftIndent,firstLineIndent');
    const anchorBody = anchor.parentBody;
    anchorBody.load('type');
    const picture = anchor.inlinePictures.getFirstOrNullObject();
    picture.load('width');
    const setting = source ? context.document.settings.getItemOrNullObject(insertedTemplatesKey) : undefined;
    setting?.load('value');
    await context.sync();

    if (anchor.tableNestingLevel > 0) throw new WordRefusalError('cursorInTable');
    if (!mainBodyTypes.has(anchorBody.type)) throw new WordRefusalError('cursorOutsideBody');

    if (source && setting) context.document.settings.add(insertedTemplatesKey, withRecord(setting.isNullObject ? [] : parseInsertedTemplates(setting.value), source));

    const makeHeading = (paragraph: Word.Paragraph, style: Word.BuiltInStyleName) => {
      if (anchor.isListItem) paragraph.detachFromList();
      if (canReset) {
        paragraph.reset();
      } else {
        if (anchor.alignment === 'Centered' || anchor.alignment === 'Right') paragraph.alignment = 'Justified';
        if (anchor.leftIndent !== 0) paragraph.leftIndent = 0;
        if (anchor.firstLineIndent !== 0) paragraph.firstLineIndent = 0;
      }
      paragraph.styleBuiltIn = style;
    };

    let previous = anchor;
    let first = 0;
    if (anchor.text === '' && picture.isNullObject) {
      anchor.insertText(lines[0].text, 'Start');
      makeHeading(anchor, styles[0]);
      first = 1;
    }
    for (let i = first; i < lines.length; i++) {
      const paragraph = previous.insertParagraph(lines[i].text, 'After');
      makeHeading(paragraph, styles[i]);
      previous = paragraph;
    }
    previous.select('End');
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

const paragraphFields = 'items/text,items/styleBuiltIn,items/outlineLevel,items/isListItem';

function documentParagraphs(paragraphs: Word.ParagraphCollection): DocumentParagraph[] {
  return paragraphs.items.map((paragraph) => ({
    text: paragraph.text,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel),
    isListItem: paragraph.isListItem,
  }));
}

/**
 * The paragraphs of the document or of the selection, in order. One sync. Refuses (WordRefusalError)
 * when the document holds tracked changes (see queueRevisionCheck).
 */
export async function readParagraphs(scope: Scope): Promise<DocumentParagraph[]> {
  return Word.run(async (context) => {
    const paragraphs = paragraphsIn(context, scope);
    paragraphs.load(paragraphFields);
    const checkRevisions = queueRevisionCheck(context);
    await context.sync();
    checkRevisions();
    return documentParagraphs(paragraphs);
  });
}

/** What a read batch queued: the body's paragraphs, and the checks and counts to run after its sync. */
interface QueuedRead {
  paragraphs: Word.ParagraphCollection;
  /** After the sync: the contents, or WordRefusalError. */
  contents(): DocumentContents;
}

/**
 * Queues the reading of every paragraph of the body and, with `withSelection`, of which of them the
 * selection touches (the paragraph holding the cursor when nothing is selected).
 *
 * The Word API gives no paragraph's index, and comparing each body paragraph's range with the
 * selection (Range.compareLocationWith) would need the paragraphs loaded first: a second sync. So the
 * index is counted instead, in the same batch: the range from the start of the body to the end of the
 * first selected paragraph (its mark included, so that it stops where the next paragraph starts) holds
 * the paragraphs before the selection and that paragraph; the selection's own paragraphs give the
 * length. Both collections load one number per paragraph, not their text.
 */
function queueRead(context: Word.RequestContext, withSelection: boolean): QueuedRead {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load(paragraphFields);
  const checkRevisions = queueRevisionCheck(context);
  if (!withSelection) {
    return {
      paragraphs,
      contents: () => {
        checkRevisions();
        return { paragraphs: documentParagraphs(paragraphs) };
      },
    };
  }
  const selected = context.document.getSelection().paragraphs;
  selected.load('items/outlineLevel');
  const throughFirstSelected = body.getRange('Start').expandTo(selected.getFirst().getRange('Whole')).paragraphs;
  throughFirstSelected.load('items/outlineLevel');
  return {
    paragraphs,
    contents: () => {
      checkRevisions();
      const start = throughFirstSelected.items.length - 1;
      const end = start + selected.items.length;
      if (start < 0 || end > paragraphs.items.length) throw new Error(`The selection (paragraphs ${start}–${end}) is not within the document's ${paragraphs.items.length} paragraphs.`);
      return { paragraphs: documentParagraphs(paragraphs), selection: { start, end } };
    },
  };
}

/**
 * Syncs a read batch that measures the selection against the body. When the selection is in a header,
 * footer, footnote or text box, the range from the body to it cannot exist and Word fails the whole
 * batch ("The requested resource doesn't exist."): a second sync, only then, asks Word where the
 * selection is (Range.compareLocationWith says 'Unrelated' for another part of the document) so
 * the user is told what to do instead.
 */
async function syncSelectionRead(context: Word.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const relation = context.document.body.getRange('Whole').compareLocationWith(context.document.getSelection());
    try {
      await context.sync();
    } catch {
      throw error;
    }
    if (relation.value === 'Unrelated') throw new WordRefusalError('selectionOutsideBody');
    throw error;
  }
}

/**
 * Every paragraph of the document, and which of them the selection touches (see queueRead), so that a
 * selection can be renumbered in the context of the whole document. One sync; a selection outside the
 * main text is refused (WordRefusalError) after a second.
 */
export async function readDocumentWithSelection(): Promise<DocumentWithSelection> {
  return Word.run(async (context) => {
    const read = queueRead(context, true);
    await syncSelectionRead(context);
    return read.contents() as DocumentWithSelection;
  });
}

/**
 * Renumbers in one Word.run: reads the document (and the selection, for the 'selection' scope), asks
 * `plan` for the changes (the server, in between; `plan` may throw to stop, nothing written), checks
 * that every change can be made, then writes them all. Three syncs whatever the document's size:
 *
 * 1. read: every paragraph, the selection, tracked changes and change tracking;
 * 2. check, nothing written yet: each paragraph to change is reloaded and must still read `oldText`
 *    (else DocumentChangedError), and each marker to replace is looked for with
 *    Paragraph.search(…).getFirstOrNullObject() (never getFirst(), which fails the sync at the first
 *    miss); a marker Word's search does not find as it was read is not guessed at: that paragraph's
 *    whole text is replaced instead, which the reloaded text shows to be safe (only the formatting
 *    inside that one paragraph is lost). Change tracking switched on meanwhile also stops here;
 * 3. write: every edit in one batch.
 *
 * The paragraphs are written through the proxies read in step 1, so a paragraph added or removed
 * elsewhere while the server answers does not shift which paragraph is written.
 *
 * Refuses (WordRefusalError, before `plan` is called) when the document holds tracked changes or
 * tracks changes: Paragraph.text holds deleted revisions, and marker edits made with tracking on would
 * themselves become revisions, so that the document could no longer be read. Accepting or rejecting
 * the revisions and switching tracking off makes it work; reading the reviewed text
 * (Paragraph.getReviewedText) instead was not chosen: it would cost a sync per read, and a search for a
 * marker in a paragraph that still holds struck-through text may match the deleted text.
 */
export async function renumberParagraphs(
  scope: Scope,
  plan: (contents: DocumentContents) => Promise<ParagraphChange[]>,
): Promise<{ contents: DocumentContents; written: number }> {
  return Word.run(async (context) => {
    const read = queueRead(context, scope === 'selection');
    const trackingOn = queueTrackingCheck(context);
    if (scope === 'selection') await syncSelectionRead(context);
    else await context.sync();
    const contents = read.contents();
    if (trackingOn()) throw new WordRefusalError('trackingOn');

    const edits = (await plan(contents)).filter((change) => change.oldText !== change.newText);
    if (edits.length === 0) return { contents, written: 0 };

    const items = read.paragraphs.items;
    const missing = edits.find((change) => !items[change.index]);
    if (missing) throw new DocumentChangedError(missing.index);
    const checks = edits.map((change) => {
      const paragraph = items[change.index];
      paragraph.load('text');
      const edit = markerEdit(change.oldText, change.newText);
      const marker = edit.kind === 'replace-prefix' ? paragraph.search(edit.searchText, { matchCase: true }).getFirstOrNullObject() : undefined;
      marker?.load('text');
      return { change, paragraph, edit, marker };
    });
    const stillTrackingOff = queueTrackingCheck(context);
    await context.sync();
    if (stillTrackingOff()) throw new WordRefusalError('trackingOn');
    for (const { change, paragraph } of checks) {
      if (paragraph.text !== change.oldText) throw new DocumentChangedError(change.index);
    }

    for (const { change, paragraph, edit, marker } of checks) {
      if (edit.kind === 'insert-prefix') {
        paragraph.insertText(edit.newPrefix, 'Start');
      } else if (edit.kind === 'replace-prefix' && marker && !marker.isNullObject && marker.text === edit.oldPrefix) {
        if (edit.newPrefix === '') marker.delete();
        else marker.insertText(edit.newPrefix, 'Replace');
      } else {
        paragraph.insertText(change.newText, 'Replace');
      }
    }
    await context.sync();
    return { contents, written: edits.length };
  });
}
