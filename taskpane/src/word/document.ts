/**
 * Every document operation of the taskpane: the only code that calls Word.run.
 *
 * Each function takes and returns plain data. Round trips to Word (context.sync) are the cost: each
 * batch loads what it needs, then the code computes, then writes in one batch. The number of syncs
 * grows with pages of paragraphs (readInPages), never with paragraphs: Word on the web refuses a
 * response over its size limit (ResponsePayloadSizeLimitExceeded), so a large document is read in
 * pages of `paragraphsPerPage`, and checks of many paragraphs go in chunks of `responseBudgetChars`.
 *
 * Word has no API to group edits into one undo step, and a batch is not a transaction: a write that
 * fails half-way leaves the edits before it. So renumbering checks in advance what would make a write
 * fail, reads back what it wrote, and always keeps the old texts so the taskpane can offer 恢复.
 */
import { strings } from '../i18n.ts';
import { headingLevelOf, headingStyleFor, type HeadingStyle } from './heading-levels.ts';
import { escapeSearchText, markerEdit, type MarkerEdit, type UnsafeReason } from './marker-edit.ts';
import { levelStarts, numberingPlan, type RenumberedAnswer } from './numbering-plan.ts';
import { readOutlinePackage, type StyleTypography, type TypographyStyle } from './outline-package.ts';
import { outlineMergePlan, type MergedParagraph, type MergeStep, type OutlineMergePlan, type OutlineParagraph } from './outline-merge-plan.ts';
import { maxOutlineTagLength, outlineTag, parseOutlineTag } from './outline-tag.ts';
import { isHostSetSupported as isSetSupported } from './requirements.ts';

export { InvalidMergeError, type MergedParagraph, type OutlineParagraph } from './outline-merge-plan.ts';

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
  /**
   * For a list item, the label Word draws (ListItem.listString, WordApi 1.3: "（二）", "第一章"); absent for any
   * other paragraph. The server reads it as the paragraph's marker (analysis, problems, switching).
   */
  listString?: string;
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

/** How far a read of many paragraphs has come: the taskpane draws it as a progress bar. */
export interface ReadProgress {
  done: number;
  total: number;
}

export type ProgressListener = (progress: ReadProgress) => void;

/** Why renumbering left a paragraph as it was: what its marker holds (UnsafeReason), or what Word showed when checking it. */
export type SkipReason = UnsafeReason | 'markerNotFound' | 'locked' | 'changedSince';

/** A paragraph renumbering did not touch, to list for the user: its number is to be changed by hand. */
export interface SkippedParagraph {
  index: number;
  reason: SkipReason;
}

export interface RenumberOutcome {
  contents: DocumentContents;
  written: number;
  skipped: SkippedParagraph[];
  /** What puts back the old markers of the paragraphs written (for 恢复): apply with restoreParagraphs. */
  undo: ParagraphChange[];
  /** Headings moved into the new list (NumberingPlan.list). */
  listed?: number;
  /** Headings taken out of their list (NumberingPlan.detach). */
  detached?: number;
  /** Headings whose label, read back, is not the one planned (a selection's list starts at 1: see writeListChanges). */
  labelMismatches?: LabelMismatch[];
  /** Headings taken out of their list that Word still numbers (a heading style linked to a list): should be none. */
  stillListed?: number[];
  /** With `undo`, the headings 恢复 takes out of the list again (restoreParagraphs' `detach`): after 转为自动编号. */
  detachOnUndo?: number[];
}

/** A heading whose label Word draws after the write is not the one the server planned. */
export interface LabelMismatch {
  index: number;
  expected: string;
  drawn: string | null;
}

/** A heading to put in the new list at `listLevel` (1–9), where Word is to draw `listString` (the server's answer). */
export interface ListPlacement {
  index: number;
  listString: string;
  listLevel: number;
  /** The count `listString` shows (RenumberedParagraph.listValue), where the list may have to start (levelStarts). */
  listValue?: number;
}

/**
 * What a renumbering writes, beyond typed markers: headings that go into a new Word list, whose definition is
 * `list.ooxml` (a flat-OPC package from POST /api/outlines/ooxml with numbering "list"), and headings that leave
 * their list (转为文本编号, after their label is written as text by `changes`). See numberingPlan.
 */
export interface NumberingPlan {
  changes: ParagraphChange[];
  list?: { ooxml: string; placements: ListPlacement[] };
  detach?: number[];
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

/**
 * Paragraphs read per sync. Office on the web refuses a response over its payload limit (5 MB is the
 * one number Microsoft documents: learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * 500 paragraphs of 1,000 Chinese characters stay under it. A page that is still too large is read
 * again in halves.
 */
export const paragraphsPerPage = 500;

/** Characters of paragraph text one check or read-back sync may bring back: about 3 MB of Chinese in UTF-8. */
const responseBudgetChars = 1_000_000;

/** The paragraphs changed between reading and writing: nothing was written. */
export class DocumentChangedError extends Error {
  constructor(readonly paragraphIndex: number) {
    super(`Paragraph ${paragraphIndex + 1} changed since the document was read.`);
    this.name = 'DocumentChangedError';
  }
}

/**
 * A write failed after some of its edits were made (batches are not transactions), or what Word shows
 * afterwards is not what was written. `written` is what the read-back found written (null when even
 * the read-back failed); `unexpected` the paragraphs that read neither as before nor as written (a
 * host that tracks changes without being able to say so beforehand keeps the old marker as a
 * deletion); `undo` puts back the old markers of the written paragraphs (restoreParagraphs).
 */
export class PartialWriteError extends Error {
  constructor(
    readonly written: number | null,
    readonly total: number,
    readonly undo: ParagraphChange[],
    readonly skipped: SkippedParagraph[],
    readonly cause?: unknown,
    readonly unexpected = 0,
  ) {
    super(written === null ? strings.partialWriteUnknown : unexpected > 0 ? strings.writeUnexpected(written, unexpected) : strings.partialWrite(written, total - written));
    this.name = 'PartialWriteError';
  }
}

/** Why the taskpane will not touch the document as it is: each says what the user can do about it. */
export type WordRefusal =
  | 'revisions'
  | 'trackingOn'
  | 'protected'
  | 'cursorInTable'
  | 'cursorInTextBox'
  | 'cursorOutsideBody'
  | 'selectionOutsideBody'
  | 'outlinesUnsupported'
  | 'outlineLocked'
  | 'outlineHeadingObjects'
  | 'outlineTable';

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
    case 'protected':
      return strings.wordProtected;
    case 'cursorInTable':
      return strings.wordCursorInTable;
    case 'cursorInTextBox':
      return strings.wordCursorInTextBox;
    case 'cursorOutsideBody':
      return strings.wordCursorOutsideBody;
    case 'selectionOutsideBody':
      return strings.wordSelectionOutsideBody;
    case 'outlinesUnsupported':
      return strings.wordOutlinesUnsupported;
    case 'outlineLocked':
      return strings.wordOutlineLocked;
    case 'outlineHeadingObjects':
      return strings.wordOutlineHeadingObjects;
    case 'outlineTable':
      return strings.wordOutlineTable;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
}

/** Body types of the document's main text: a paragraph in a header, footnote, text box or table cell has another. */
const mainBodyTypes = new Set<string>(['MainDoc', 'Section']);

/**
 * Queues, in the first read batch, what tells whether the paragraphs' text can be trusted, and
 * returns the check to run after the sync. Paragraph.text includes text deleted as a tracked change
 * until the revision is accepted or rejected (OfficeDev/office-js#1267): a marker struck through in
 * Word would be read, renumbered and written back. So reading refuses a document with revisions,
 * found the cheapest way the host has:
 * - WordApi 1.6: is there a first tracked change (Body.getTrackedChanges), a few bytes;
 * - WordApi 1.4: the body's reviewed text, current and original (Body.getReviewedText), differ;
 * - older hosts (Office 2019 and 2021, WordApi 1.3): the body's OOXML (Body.getOoxml, WordApi 1.1)
 *   holds w:ins, w:del, w:moveFrom or w:moveTo elements. Those hosts are desktop Word, which has no
 *   response limit.
 */
function queueRevisionCheck(context: Word.RequestContext): QueuedRevisionCheck {
  const body = context.document.body;
  if (isSetSupported('WordApi', '1.6')) return { firstChange: body.getTrackedChanges().getFirstOrNullObject() };
  if (isSetSupported('WordApi', '1.4')) return { current: body.getReviewedText('Current'), original: body.getReviewedText('Original') };
  return { ooxml: body.getOoxml() };
}

/** What queueRevisionCheck queued, one kind per host. */
interface QueuedRevisionCheck {
  firstChange?: Word.TrackedChange;
  current?: OfficeExtension.ClientResult<string>;
  original?: OfficeExtension.ClientResult<string>;
  ooxml?: OfficeExtension.ClientResult<string>;
}

/** After the sync: whether the document holds revisions. */
function hasRevisions(queued: QueuedRevisionCheck): boolean {
  return queued.firstChange ? !queued.firstChange.isNullObject : queued.ooxml ? /<w:(ins|del|moveFrom|moveTo)\b/.test(queued.ooxml.value) : queued.current?.value !== queued.original?.value;
}

/** After the sync: WordRefusalError when the document holds revisions. */
function refuseRevisions(queued: QueuedRevisionCheck): void {
  if (hasRevisions(queued)) throw new WordRefusalError('revisions');
}

/**
 * Queues what would make a write fail or go astray, and returns the check to run after the sync:
 * change tracking (Document.changeTrackingMode, WordApi 1.4: the edits would become revisions that the
 * next reading refuses) and Restrict Editing (Document.protectionType, WordApiDesktop 1.4: any
 * protection refuses the writes, or makes them revisions). Viewing mode and a read-only file have no
 * API: a write there fails, and renumbering says what was written (PartialWriteError).
 */
function queueWriteChecks(context: Word.RequestContext, { refuseTracking = true } = {}): () => void {
  const tracking = refuseTracking && isSetSupported('WordApi', '1.4');
  const protection = isSetSupported('WordApiDesktop', '1.4');
  if (tracking) context.document.load('changeTrackingMode');
  if (protection) context.document.load('protectionType');
  return () => {
    if (protection && context.document.protectionType !== 'NoProtection') throw new WordRefusalError('protected');
    if (tracking && context.document.changeTrackingMode !== 'Off') throw new WordRefusalError('trackingOn');
  };
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
    (item): item is InsertedTemplate => typeof item === 'object' && item !== null && typeof item.templateId === 'string' && Number.isInteger(item.version) && typeof item.name === 'string',
  );
}

/** `record` first, replacing an older record of the same template. Stored as a JSON string, which every host keeps as is. */
function withRecord(records: InsertedTemplate[], record: InsertedTemplate): string {
  const kept = records.filter((existing) => existing.templateId !== record.templateId);
  return JSON.stringify([{ ...record }, ...kept].slice(0, maxInsertedTemplates));
}

export interface InsertOutcome {
  inserted: number;
  /** With a source: whether the document's settings now record it (false: the headings are in, the record is not). */
  recorded?: boolean;
  /** Headings Word still numbers itself after they were taken out of the list (read back after the write): should be 0. */
  wordNumbered: number;
  /** With a source: the id of the content control now around the outline (see readInsertedOutlines); absent if Word made none. */
  controlId?: number;
  /**
   * insertOutlineOoxml only: headings that, read back after the repairs, have another style than the
   * package gives them or lack the Word list number it gives them: should be 0.
   */
  mislanded?: number;
}

const styleFontFields = ['font/bold', 'font/italic', 'font/color', 'font/size'];
const styleFormatFields = ['paragraphFormat/alignment', 'paragraphFormat/leftIndent', 'paragraphFormat/firstLineIndent'];

/** The paragraph at the cursor where an outline goes in, what it holds, and the document's record of templates. */
interface InsertionPoint {
  anchor: Word.Paragraph;
  picture: Word.InlinePicture;
  setting?: Word.Setting;
}

/**
 * The first batch of an insertion: the paragraph holding the cursor (the last one of a selection) must
 * be in the main text, outside tables and text boxes, in a document that is not protected
 * (WordRefusalError, nothing written). Inserting with changes tracked is fine: the headings show as
 * insertions. With `source`, the record of templates is read for the write at the end.
 */
async function checkInsertionPoint(context: Word.RequestContext, source: InsertedTemplate | undefined): Promise<InsertionPoint> {
  const anchor = context.document.getSelection().paragraphs.getLast();
  anchor.load('text,isListItem,tableNestingLevel,alignment,leftIndent,firstLineIndent');
  const anchorBody = context.document.getSelection().paragraphs.getLast().parentBody;
  anchorBody.load('type');
  const picture = anchor.inlinePictures.getFirstOrNullObject();
  picture.load('width');
  const checkWrites = queueWriteChecks(context, { refuseTracking: false });
  const setting = source ? context.document.settings.getItemOrNullObject(insertedTemplatesKey) : undefined;
  setting?.load('value');
  // An outline with a source goes into a content control of its own: inside another control it would be nested in
  // it, and that outline's paragraphs would then include this one's. It goes after that control instead.
  const outerControl = source ? context.document.getSelection().paragraphs.getLast().parentContentControlOrNullObject : undefined;
  outerControl?.load('id');
  await context.sync();

  if (anchor.tableNestingLevel > 0) throw new WordRefusalError('cursorInTable');
  if (String(anchorBody.type) === 'Shape') throw new WordRefusalError('cursorInTextBox');
  if (!mainBodyTypes.has(anchorBody.type)) throw new WordRefusalError('cursorOutsideBody');
  checkWrites();
  if (!outerControl || outerControl.isNullObject) return { anchor, picture, setting };
  return { ...(await paragraphAfter(context, outerControl)), setting };
}

/**
 * A new empty paragraph right after a content control, outside it (ContentControl.insertParagraph 'After': Before and
 * After are outside an object's boundaries, OfficeDev/office-js#866), read as an insertion point. One more sync, only
 * when the cursor is in a control.
 */
async function paragraphAfter(context: Word.RequestContext, control: Word.ContentControl): Promise<Omit<InsertionPoint, 'setting'>> {
  const anchor = control.insertParagraph('', 'After');
  anchor.load('text,isListItem,tableNestingLevel,alignment,leftIndent,firstLineIndent');
  const picture = anchor.inlinePictures.getFirstOrNullObject();
  picture.load('width');
  await context.sync();
  return { anchor, picture };
}

/** Writes the record of the template an outline came from (see insertHeadings): false when Word refused it, the outline stays. */
async function recordTemplate(context: Word.RequestContext, setting: Word.Setting, source: InsertedTemplate): Promise<boolean> {
  context.document.settings.add(insertedTemplatesKey, withRecord(setting.isNullObject ? [] : parseInsertedTemplates(setting.value), source));
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Queues the content control that makes an inserted outline know where it came from: a rich text control
 * (Range.insertContentControl, WordApi 1.1; its type parameter is WordApi 1.5 and rich text is the default, so
 * none is given) around the outline's whole paragraphs, tagged `outline-addin:<templateId>:<version>` and titled
 * with the template's name (ContentControl.tag and title, WordApi 1.1). It is left as Word makes it: not locked
 * (cannotEdit and cannotDelete false), Word's default appearance, so the user types anywhere in it as before.
 * The user's text written under the headings is in it as long as it is typed inside (docs/REAL-WORD-CHECKLIST.md:
 * Enter at the end of the control's last paragraph). Returns the control to read its id from after the sync;
 * none when the tag would be longer than Word is known to keep (see maxOutlineTagLength).
 */
function queueOutlineControl(first: Word.Paragraph, last: Word.Paragraph, source: InsertedTemplate): Word.ContentControl | undefined {
  const tag = outlineTag(source.templateId, source.version);
  if (tag.length > maxOutlineTagLength) return undefined;
  const control = first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl();
  control.tag = tag;
  control.title = source.name;
  control.load('id');
  return control;
}

/** The fill-in fields (`{名称}`, server/Outlines/Fields/FieldSyntax.cs) a heading still holds, each once. */
function fieldsIn(text: string): string[] {
  return [...new Set(text.match(/\{[^{}\s]{1,20}\}/g) ?? [])];
}

/**
 * Queues a search for each field left in the headings (Paragraph.search, WordApi 1.1): after the sync,
 * highlightFields marks what was found, so an unfilled `{单位}` can be found by eye, as in the packages the
 * server builds.
 */
function queueFieldSearches(headings: Word.Paragraph[], lines: HeadingLine[]): Word.RangeCollection[] {
  return headings.flatMap((heading, i) =>
    fieldsIn(lines[i].text).map((field) => {
      const found = heading.search(escapeSearchText(field), { matchCase: true });
      found.load('text');
      return found;
    }),
  );
}

/** Highlights the fields found (Font.highlightColor, WordApi 1.1: yellow is one of the colours every platform has). */
function highlightFields(searches: Word.RangeCollection[]): void {
  for (const found of searches) for (const range of found.items) range.font.highlightColor = 'Yellow';
}

/**
 * Inserts one heading paragraph per line after the paragraph holding the cursor (after the whole
 * selection when there is one), styled Heading 1…9 by level, and puts the cursor after them.
 *
 * - The cursor must be in the document's main text, outside tables, text boxes, headers and notes, in
 *   a document that is not protected (WordRefusalError, nothing written).
 * - An empty paragraph at the cursor takes the first line, so a blank document does not keep a stray
 *   empty line above the outline; not one that holds an inline picture (it has no text either).
 * - Each heading gets its style by its locale-independent name (headingStyleFor) and is then taken
 *   out of any list, in that order: a heading style linked to a multilevel list (common in Chinese
 *   templates) makes the paragraph a list item again when the style is set, which would show Word's
 *   number in front of ours (一、一、总体要求). The write reads isListItem back to tell.
 * - A new paragraph carries over the direct formatting of the paragraph before it, as Enter does
 *   (OfficeDev/office-js#72): a red, bold, centred title would make red, bold, centred headings.
 *   Where the host has Paragraph.reset and Font.reset (WordApiDesktop 1.4 and 1.3) they clear it.
 *   Elsewhere (Word on the web) each heading is given its style's own font and paragraph format,
 *   read from the style (Style.font, Style.paragraphFormat, WordApi 1.5) by the name Word reports
 *   for it, so the style's indent and alignment are kept. Hosts with neither (Office 2019 and 2021)
 *   only lose a carried-over centring or indent (justified, no indent).
 * - With `source`, the headings go into a content control tagged with the template and version
 *   (queueOutlineControl; `controlId`), and the document's settings record which template and version the
 *   outline came from (see InsertedTemplate), written last, after the headings are in: if that write fails
 *   the outline stays, and `recorded` says so. Needs WordApi 1.4; callers leave `source` out on older hosts.
 *   With the cursor in a content control (another outline), the outline goes right after that control, not
 *   nested in it (one more sync).
 * - A fill-in field left in a heading (`{单位}`: no value was given) is highlighted (queueFieldSearches).
 *
 * Syncs: read, write, and on Word on the web read the styles and format; one more for the record, or for
 * the highlight of fields when there is neither.
 */
export async function insertHeadings(lines: HeadingLine[], source?: InsertedTemplate): Promise<InsertOutcome> {
  if (lines.length === 0) return { inserted: 0, wordNumbered: 0 };
  const styles = lines.map((line) => headingStyleFor(line.level));
  const canReset = isSetSupported('WordApiDesktop', '1.4');
  const canReadStyles = !canReset && isSetSupported('WordApi', '1.5');
  return Word.run(async (context) => {
    const { anchor, picture, setting } = await checkInsertionPoint(context, source);

    const makeHeading = (paragraph: Word.Paragraph, style: HeadingStyle) => {
      paragraph.styleBuiltIn = style;
      if (canReset) {
        paragraph.reset();
        paragraph.font.reset();
      } else if (!canReadStyles) {
        if (anchor.alignment === 'Centered' || anchor.alignment === 'Right') paragraph.alignment = 'Justified';
        if (anchor.leftIndent !== 0) paragraph.leftIndent = 0;
        if (anchor.firstLineIndent !== 0) paragraph.firstLineIndent = 0;
      }
      // After the style: a style linked to a list would bring the number back.
      paragraph.detachFromList();
      paragraph.load('isListItem,style');
    };

    const headings: Word.Paragraph[] = [];
    let previous = anchor;
    let first = 0;
    if (anchor.text === '' && picture.isNullObject) {
      anchor.insertText(lines[0].text, 'Start');
      makeHeading(anchor, styles[0]);
      headings.push(anchor);
      first = 1;
    }
    for (let i = first; i < lines.length; i++) {
      const paragraph = previous.insertParagraph(lines[i].text, 'After');
      makeHeading(paragraph, styles[i]);
      headings.push(paragraph);
      previous = paragraph;
    }
    const control = source ? queueOutlineControl(headings[0], previous, source) : undefined;
    const fieldSearches = queueFieldSearches(headings, lines);
    previous.select('End');
    await context.sync();
    const wordNumbered = headings.filter((heading) => heading.isListItem).length;
    const wrapped = control ? { controlId: control.id } : {};
    // Goes with the next batch: the styles' (Word on the web), the record's, or one of its own.
    highlightFields(fieldSearches);

    // The last batch: each heading as its style says (Word on the web), then the record.
    if (canReadStyles) {
      const styleObjects = new Map([...new Set(headings.map((heading) => heading.style))].map((name) => [name, context.document.getStyles().getByNameOrNullObject(name)]));
      for (const style of styleObjects.values()) style.load([...styleFontFields, ...styleFormatFields]);
      await context.sync();
      for (const heading of headings) {
        const style = styleObjects.get(heading.style);
        if (!style || style.isNullObject) continue;
        heading.font.set({ bold: style.font.bold, italic: style.font.italic, color: style.font.color, size: style.font.size });
        heading.set({ alignment: style.paragraphFormat.alignment, leftIndent: style.paragraphFormat.leftIndent, firstLineIndent: style.paragraphFormat.firstLineIndent });
      }
    }
    if (!source || !setting) {
      if (canReadStyles || fieldSearches.length > 0) await context.sync();
      return { inserted: lines.length, wordNumbered, ...wrapped };
    }
    return { inserted: lines.length, recorded: await recordTemplate(context, setting, source), wordNumbered, ...wrapped };
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

/**
 * What is read of each paragraph, in the page's one load: a navigation property loads through the collection by its
 * path (Word.Interfaces.ParagraphLoadOptions.listItemOrNullObject, WordApi 1.3), and for a paragraph that is no list
 * item the *OrNullObject comes back as a null object instead of failing the sync (learn.microsoft.com
 * office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 */
const paragraphFields = ['text', 'styleBuiltIn', 'outlineLevel', 'isListItem', 'listItemOrNullObject/listString'];

function documentParagraph(paragraph: Word.Paragraph): DocumentParagraph {
  const listItem = paragraph.isListItem ? paragraph.listItemOrNullObject : undefined;
  return {
    text: paragraph.text,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel),
    isListItem: paragraph.isListItem,
    ...(listItem && !listItem.isNullObject ? { listString: listItem.listString } : {}),
  };
}

/**
 * Word on the web refuses an oversized response with Excel's documented code, or only with
 * GeneralException (OfficeDev/office-js#1314 for the web's payload limit, #2615 for Word): either is
 * worth one more try with half the page; a page of one paragraph that still fails is a real error.
 */
function isResponseTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'GeneralException';
}

/**
 * Reads the paragraphs of `source` (the body's or the selection's), `total` of them, a page per sync
 * (ParagraphCollection.load with top and skip; OfficeExtension.LoadOption), halving the page when Word
 * on the web still finds the response too large. The proxies stay bound to their paragraphs, so the
 * edits later go to the paragraphs read even if others are added meanwhile.
 */
async function readInPages(context: Word.RequestContext, source: () => Word.ParagraphCollection, total: number, firstPage: Word.Paragraph[], onProgress?: ProgressListener): Promise<Word.Paragraph[]> {
  const items: Word.Paragraph[] = [...firstPage];
  let pageSize = paragraphsPerPage;
  onProgress?.({ done: Math.min(items.length, total), total });
  while (items.length < total) {
    const page = source();
    page.load({ select: paragraphFields.join(','), top: pageSize, skip: items.length });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per page of paragraphs: Word on the web refuses one response for a large document
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || pageSize === 1) throw error;
      pageSize = Math.ceil(pageSize / 2);
      continue;
    }
    // The document lost paragraphs while it was read: what is there is what there is.
    if (page.items.length === 0) break;
    items.push(...page.items);
    onProgress?.({ done: Math.min(items.length, total), total });
  }
  return items;
}

/** `items` in consecutive chunks whose `size` adds up to at most `budget` (a larger item goes alone). */
function chunksOf<T>(items: T[], size: (item: T) => number, budget = responseBudgetChars): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = size(item);
    if (current.length > 0 && used + cost > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Queues `queue` for each chunk and syncs it: one sync per chunk of about `responseBudgetChars`, the way past Word on the web's response limit. */
async function syncInChunks<T>(context: Word.RequestContext, chunks: T[][], queue: (chunk: T[]) => void): Promise<void> {
  for (const chunk of chunks) {
    queue(chunk);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, whose size is bounded: the number of syncs grows with the text, not the paragraphs
    await context.sync();
  }
}

/** What the first read sync queued: how many paragraphs there are, and the checks to run after it. */
interface FirstRead {
  source: () => Word.ParagraphCollection;
  count: Word.ParagraphCollection;
  checks: Array<() => void>;
  selection?: () => ParagraphSpan;
}

/**
 * Queues the first read batch of `scope`: the number of paragraphs (one small value each, their list
 * state), the revision check and, for `withSelection`, which paragraphs of the body the selection
 * touches. The Word API gives no paragraph's index: the range from the start of the body to the end
 * of the first selected paragraph (its mark included) holds the paragraphs before the selection and
 * that one; the selection's own paragraphs give the length. Both load one small value per paragraph.
 */
function queueFirstRead(context: Word.RequestContext, scope: Scope, withSelection: boolean): FirstRead {
  const body = context.document.body;
  const source = scope === 'document' ? () => context.document.body.paragraphs : () => context.document.getSelection().paragraphs;
  const count = source();
  count.load('items/isListItem');
  const revisions = queueRevisionCheck(context);
  const checks = [() => refuseRevisions(revisions)];
  if (!withSelection) return { source, count, checks };
  const selected = context.document.getSelection().paragraphs;
  selected.load('items/isListItem');
  const throughFirstSelected = body.getRange('Start').expandTo(selected.getFirst().getRange('Whole')).paragraphs;
  throughFirstSelected.load('items/isListItem');
  return {
    source,
    count,
    checks,
    selection: () => {
      const start = throughFirstSelected.items.length - 1;
      const end = start + selected.items.length;
      if (start < 0 || end > count.items.length) throw new Error(`The selection (paragraphs ${start}–${end}) is not within the document's ${count.items.length} paragraphs.`);
      return { start, end };
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

interface DocumentRead {
  contents: DocumentContents;
  paragraphs: Word.Paragraph[];
}

/**
 * Reads `scope` (with the selection's place in the body for `withSelection`). The first sync counts
 * the paragraphs, runs the checks (and `queueChecks`, queued into it) and reads the first page, so a
 * short document takes one sync; the other pages follow, one sync each. When even the first page is
 * more than Word on the web will send back, the first sync is made again without it.
 */
async function readDocument(
  context: Word.RequestContext,
  scope: Scope,
  withSelection: boolean,
  onProgress: ProgressListener | undefined,
  queueChecks: () => Array<() => void> = () => [],
): Promise<DocumentRead> {
  const sync = () => (withSelection ? syncSelectionRead(context) : context.sync());
  let first = queueFirstRead(context, scope, withSelection);
  let checks = queueChecks();
  let firstPage: Word.ParagraphCollection | undefined = first.source();
  firstPage.load({ select: paragraphFields.join(','), top: paragraphsPerPage, skip: 0 });
  try {
    await sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    first = queueFirstRead(context, scope, withSelection);
    checks = queueChecks();
    firstPage = undefined;
    await sync();
  }
  for (const check of [...first.checks, ...checks]) check();
  const selection = first.selection?.();
  const paragraphs = await readInPages(context, first.source, first.count.items.length, firstPage?.items ?? [], onProgress);
  return { contents: { paragraphs: paragraphs.map(documentParagraph), ...(selection ? { selection } : {}) }, paragraphs };
}

/**
 * The paragraphs of the document or of the selection, in order: one sync, then one per page of
 * paragraphs. Refuses (WordRefusalError) when the document holds tracked changes (see queueRevisionCheck).
 */
export async function readParagraphs(scope: Scope, onProgress?: ProgressListener): Promise<DocumentParagraph[]> {
  return Word.run(async (context) => (await readDocument(context, scope, false, onProgress)).contents.paragraphs);
}

/**
 * Every paragraph of the document, and which of them the selection touches (see queueFirstRead), so
 * that a selection can be renumbered in the context of the whole document. A selection outside the
 * main text is refused (WordRefusalError).
 */
export async function readDocumentWithSelection(onProgress?: ProgressListener): Promise<DocumentWithSelection> {
  return Word.run(async (context) => (await readDocument(context, 'document', true, onProgress)).contents as DocumentWithSelection);
}

/** A change that passed the checks made before writing, with what writes it. */
interface ReadyEdit {
  change: ParagraphChange;
  paragraph: Word.Paragraph;
  edit: Exclude<MarkerEdit, { kind: 'unsafe' }>;
  marker?: Word.Range;
}

/** The changes as they would be undone: each paragraph back from its new text to its old. */
function reversed(changes: ParagraphChange[]): ParagraphChange[] {
  return changes.map(({ index, oldText, newText }) => ({ index, oldText: newText, newText: oldText }));
}

/**
 * Renumbers in one Word.run: reads the document (and the selection, for the 'selection' scope), asks
 * `plan` for the changes (the server, in between; `plan` may throw to stop, nothing written), checks
 * every change, writes the ones that are safe, and reads them back.
 *
 * 1. read: the count, tracked changes, change tracking and protection (WordRefusalError, before
 *    `plan` is called), then the paragraphs in pages;
 * 2. check, nothing written yet: each paragraph to change must still read `oldText` (else
 *    DocumentChangedError); the part of it that changes (markerEdit) is looked for with
 *    Paragraph.search(…).getFirstOrNullObject() (never getFirst(), which fails the sync at the first
 *    miss), and then must start where the paragraph starts (Range.compareLocationWith the paragraph's
 *    content is InsideStart or Equal: `第一条……依照第一条` never has its second 第一条 changed) and not
 *    be in a content control that cannot be edited. A paragraph that fails any of this, or whose
 *    changed part holds a footnote mark, a field, a comment anchor or a picture, or is longer than Word's
 *    search takes, is left as it is and listed in `skipped`: nothing ever rewrites a whole paragraph;
 * 3. write: every safe edit in one batch, each replacing only the marker's own range;
 * 4. read back the written paragraphs (in the write's own batch when it fits): if the write failed half-way or Word shows something else (a
 *    host that tracks changes without saying so), PartialWriteError says exactly how many were written
 *    and holds what undoes them.
 *
 * 5. a NumberingPlan's headings (Word numbers them, or is to) go into a new list or out of theirs, their text
 *    untouched (writeListChanges), once their typed markers are written; `allOrNothing` writes nothing at
 *    all when any paragraph would be skipped (a conversion half done numbers headings twice).
 *
 * Syncs: one per page of paragraphs (the first with the checks), two to check (more for a very large
 * amount of changed text, in chunks), one to write and read back: four for a short document; and
 * for a plan that moves headings between lists, one to insert the new list and one to move them.
 */
export async function renumberParagraphs(
  scope: Scope,
  plan: (contents: DocumentContents) => Promise<ParagraphChange[] | NumberingPlan>,
  onProgress?: ProgressListener,
  { allOrNothing = false }: { allOrNothing?: boolean } = {},
): Promise<RenumberOutcome> {
  return Word.run(async (context) => {
    const { contents, paragraphs } = await readDocument(context, 'document', scope === 'selection', onProgress, () => [queueWriteChecks(context)]);
    const planned = await plan(contents);
    const { changes, list, detach = [] } = Array.isArray(planned) ? { changes: planned } : planned;
    const missing = [...(list?.placements ?? []), ...detach.map((index) => ({ index }))].find(({ index }) => !paragraphs[index]);
    if (missing) throw new DocumentChangedError(missing.index);

    const outcome = await writeTextChanges(context, contents, paragraphs, changes, allOrNothing);
    if (allOrNothing && outcome.skipped.length > 0) return outcome;
    // A heading whose marker could not be written keeps its numbering as it was: moving it in or out of a list would number it twice, or not at all.
    const notWritten = new Set(outcome.skipped.map(({ index }) => index));
    const placements = (list?.placements ?? []).filter(({ index }) => !notWritten.has(index));
    const leaving = detach.filter((index) => !notWritten.has(index));
    if (placements.length === 0 && leaving.length === 0) return outcome;
    return writeListChanges(context, outcome, paragraphs, list && { ooxml: list.ooxml, placements }, leaving);
  });
}

/**
 * The list part of renumberParagraphs: headings into a new Word list and out of their lists, in two syncs whatever
 * their number. No text is replaced, so footnotes, comments and fields in the headings stay.
 * 1. The list: Word's JavaScript API cannot make a list with Chinese numbering (Word.ListNumbering has no Chinese
 *    numerals; ListLevel.numberStyle is WordApiDesktop only), so its definition comes as OOXML, inserted at the start
 *    of the body (Paragraph.insertOoxml, WordApi 1.1) as temporary paragraphs whose list id is read
 *    (Paragraph.listOrNullObject and List.id, WordApi 1.3). The server gives each package fresh list ids, so no list
 *    already in the document changes (an existing numbering cannot be replaced: OfficeDev/office-js#5243).
 * 2. Each heading leaves its list (Paragraph.detachFromList) and joins the new one at its level
 *    (Paragraph.attachToList(listId, level), WordApi 1.3, level 0-based; it "fails if the paragraph is already a
 *    list item", hence the detach first); the temporary paragraphs go; every label is read back (ListItem.listString).
 * A new list starts at 1: where the server numbers on from the headings before a selection (三、 after 二、), the
 * list's levels are started there (List.setLevelStartingNumber, WordApi 1.3; see levelStarts), and a label that
 * still reads back otherwise is reported in labelMismatches. A heading style linked to a list can keep numbering a detached heading
 * (word-api-notes.md: read isListItem back): reported in stillListed.
 */
async function writeListChanges(
  context: Word.RequestContext,
  text: RenumberOutcome,
  paragraphs: Word.Paragraph[],
  list: { ooxml: string; placements: ListPlacement[] } | undefined,
  detach: number[],
): Promise<RenumberOutcome> {
  const placements = list?.placements ?? [];
  let listId = 0;
  let newList: Word.List | undefined;
  let temporary: Word.ParagraphCollection | undefined;
  if (list && placements.length > 0) {
    // At the start of the body, so that deleting it leaves no empty paragraph behind (the body's last paragraph mark
    // cannot go). Word gives the last paragraph of a package the mark it lands on, list and all (OfficeDev/office-js#2914):
    // the list id is read from the first, and the package must hold two headings (listDefinitionNodes).
    const holder = context.document.body.insertParagraph('', 'Start');
    temporary = holder.insertOoxml(list.ooxml, 'Replace').paragraphs;
    temporary.load('isListItem');
    const inserted = temporary.getFirst().listOrNullObject;
    inserted.load('id');
    try {
      await context.sync();
    } catch (error) {
      // The markers are out already: without 恢复 the headings would be left with no number at all. A host that refuses
      // insertOoxml ran the batch up to it (see insertOutlineOoxml): the paragraph made for the list goes again.
      if (ooxmlRefusal(error) === 'hostRefused') {
        holder.delete();
        await context.sync().catch(() => undefined);
      }
      throw new PartialWriteError(text.written, text.written, text.undo, text.skipped, error);
    }
    if (inserted.isNullObject) {
      for (const paragraph of temporary.items) paragraph.delete();
      await context.sync();
      throw new PartialWriteError(text.written, text.written, text.undo, text.skipped, new Error('The list definition inserted numbers no paragraph.'));
    }
    listId = inserted.id;
    newList = inserted;
  }

  for (const { listLevel, start } of levelStarts(placements)) newList?.setLevelStartingNumber(listLevel - 1, start);
  for (const index of detach) paragraphs[index].detachFromList();
  for (const { index, listLevel } of placements) {
    if (text.contents.paragraphs[index].isListItem) paragraphs[index].detachFromList();
    paragraphs[index].attachToList(listId, listLevel - 1);
  }
  for (const paragraph of temporary?.items ?? []) paragraph.delete();
  const moved = [...placements.map(({ index }) => index), ...detach].map((index) => paragraphs[index]);
  for (const paragraph of moved) {
    paragraph.load('isListItem');
    paragraph.listItemOrNullObject.load('listString');
  }
  try {
    await context.sync();
  } catch (error) {
    // The batch stopped part-way: the markers written stay (their undo is given); the lists are as far as Word got.
    // The list definition's paragraphs are not the user's text: they go again, whatever else stopped.
    if (temporary) {
      for (const paragraph of temporary.items) paragraph.delete();
      await context.sync().catch(() => undefined);
    }
    throw new PartialWriteError(text.written, text.written, text.undo, text.skipped, error);
  }

  const drawn = (index: number) => (paragraphs[index].listItemOrNullObject.isNullObject ? null : paragraphs[index].listItemOrNullObject.listString);
  const stillListed = detach.filter((index) => paragraphs[index].isListItem);
  return {
    ...text,
    listed: placements.filter(({ index }) => paragraphs[index].isListItem).length,
    detached: detach.length - stillListed.length,
    labelMismatches: placements.filter(({ index, listString }) => drawn(index) !== listString).map(({ index, listString }) => ({ index, expected: listString, drawn: drawn(index) })),
    stillListed,
    // 恢复 after 转为自动编号 puts the typed markers back and takes the headings out of the list again; headings that
    // were in another list before cannot be put back in it (the old list may be gone): Word's own undo can.
    detachOnUndo: placements.filter(({ index }) => !text.contents.paragraphs[index].isListItem).map(({ index }) => index),
  };
}

/**
 * The typed-marker part of renumberParagraphs (steps 2 to 4). With `allOrNothing`, nothing is written when any
 * paragraph would be skipped: a conversion half done numbers some headings twice.
 */
async function writeTextChanges(context: Word.RequestContext, contents: DocumentContents, paragraphs: Word.Paragraph[], planned: ParagraphChange[], allOrNothing: boolean): Promise<RenumberOutcome> {
  const edits = planned.filter((change) => change.oldText !== change.newText);
  if (edits.length === 0) return { contents, written: 0, skipped: [], undo: [] };
  const missing = edits.find((change) => !paragraphs[change.index]);
  if (missing) throw new DocumentChangedError(missing.index);

  const skipped: SkippedParagraph[] = [];
  const candidates: ReadyEdit[] = [];
  for (const change of edits) {
    const edit = markerEdit(change.oldText, change.newText);
    if (edit.kind === 'unsafe') skipped.push({ index: change.index, reason: edit.reason });
    else candidates.push({ change, paragraph: paragraphs[change.index], edit });
  }

  if (candidates.length === 0) return { contents, written: 0, skipped, undo: [] };

  // 2a. Still as read? Where is each marker? Is the start of a paragraph to prefix editable?
  const stillWritable = queueWriteChecks(context);
  const startControls = new Map<ReadyEdit, Word.ContentControl>();
  await syncInChunks(
    context,
    chunksOf(candidates, (candidate) => candidate.change.oldText.length),
    (chunk) => {
      for (const candidate of chunk) {
        candidate.paragraph.load('text');
        if (candidate.edit.kind === 'replace-prefix') {
          candidate.marker = candidate.paragraph.search(candidate.edit.searchText, { matchCase: true }).getFirstOrNullObject();
          candidate.marker.load('text');
        } else {
          const control = candidate.paragraph.getRange('Start').parentContentControlOrNullObject;
          control.load('cannotEdit');
          startControls.set(candidate, control);
        }
      }
    },
  );
  stillWritable();
  for (const { change, paragraph } of candidates) {
    if (paragraph.text !== change.oldText) throw new DocumentChangedError(change.index);
  }

  // 2b. Each marker found must start the paragraph, outside a locked content control.
  const found = candidates.filter((candidate) => candidate.edit.kind === 'replace-prefix' && !candidate.marker!.isNullObject && candidate.marker!.text === candidate.edit.oldPrefix);
  const locations = new Map(
    found.map((candidate) => {
      const marker = candidate.marker!;
      const control = marker.parentContentControlOrNullObject;
      control.load('cannotEdit');
      return [candidate, { relation: marker.compareLocationWith(candidate.paragraph.getRange('Content')), control }];
    }),
  );
  if (found.length > 0) await context.sync();

  const ready: ReadyEdit[] = [];
  for (const candidate of candidates) {
    const location = locations.get(candidate);
    const control = location?.control ?? startControls.get(candidate);
    const atStart = candidate.edit.kind === 'insert-prefix' || (location !== undefined && (location.relation.value === 'InsideStart' || location.relation.value === 'Equal'));
    if (!atStart) skipped.push({ index: candidate.change.index, reason: 'markerNotFound' });
    else if (control && !control.isNullObject && control.cannotEdit) skipped.push({ index: candidate.change.index, reason: 'locked' });
    else ready.push(candidate);
  }
  skipped.sort((a, b) => a.index - b.index);
  if (ready.length === 0 || (allOrNothing && skipped.length > 0)) return { contents, written: 0, skipped, undo: [] };

  // 3. Write: only each marker's own range, and read the first of them back in the same batch. A host
  //    that cannot say whether changes are tracked (no WordApi 1.4) is also asked whether the body now
  //    holds revisions: any there were made by this write, since reading refused a document with some.
  for (const { paragraph, edit, marker } of ready) {
    if (edit.kind === 'insert-prefix') paragraph.insertText(edit.newPrefix, 'Start');
    else if (edit.newPrefix === '') marker!.delete();
    else marker!.insertText(edit.newPrefix, 'Replace');
  }
  const readBack = chunksOf(ready, (edit) => edit.change.newText.length);
  for (const { paragraph } of readBack[0]) paragraph.load('text');
  const revisionsAfter = isSetSupported('WordApi', '1.4') ? undefined : queueRevisionCheck(context);
  let writeError: unknown;
  try {
    await context.sync();
  } catch (error) {
    writeError = error;
  }

  // 4. Read back what Word shows (all of it again when the write failed: the batch stopped part-way).
  const changes = ready.map((edit) => edit.change);
  let written: ParagraphChange[];
  let unexpected = 0;
  try {
    await syncInChunks(context, writeError === undefined ? readBack.slice(1) : readBack, (chunk) => {
      for (const { paragraph } of chunk) paragraph.load('text');
    });
    written = ready.filter(({ paragraph, change }) => paragraph.text === change.newText).map((edit) => edit.change);
    unexpected = ready.filter(({ paragraph, change }) => paragraph.text !== change.newText && paragraph.text !== change.oldText).length;
    // Edits that became tracked changes may read as written (an insertion) yet are revisions: none is a clean
    // write, and 恢复 could not undo them (reading refuses revisions): Ctrl+Z or rejecting them does.
    if (writeError === undefined && revisionsAfter && hasRevisions(revisionsAfter)) {
      written = [];
      unexpected = ready.length;
    }
  } catch {
    throw new PartialWriteError(null, changes.length, reversed(changes), skipped, writeError);
  }
  if (writeError !== undefined || written.length < changes.length || unexpected > 0) {
    throw new PartialWriteError(written.length, changes.length, reversed(written), skipped, writeError, unexpected);
  }
  return { contents, written: written.length, skipped, undo: reversed(written) };
}

/**
 * 转为自动编号: the headings of `scope` numbered by a new Word list in the style `listOoxml` defines (POST
 * /api/outlines/ooxml with numbering "list", for a one-heading outline), their typed markers taken out. `answer`
 * is the server's renumbering of the contents read with numbering "list" (the same style, `selection` for the
 * selection scope). Nothing is written unless every marker can be taken out (a marker holding a footnote, a field
 * or a comment is not: it is listed in `skipped`), and no text is ever replaced. Syncs: one per page of
 * paragraphs, two to check, one to write, two for the list. 恢复: restoreParagraphs(undo, …, detachOnUndo).
 */
export async function convertToListNumbering(
  scope: Scope,
  listOoxml: string | (() => Promise<string>),
  answer: (contents: DocumentContents) => Promise<RenumberedAnswer[]>,
  onProgress?: ProgressListener,
): Promise<RenumberOutcome> {
  return renumberParagraphs(scope, async (contents) => numberingPlan(contents, await answer(contents), listOoxml), onProgress, { allOrNothing: true });
}

// An answer with numbering "text" puts no heading in a list.
const noListDefinition = () => Promise.reject(new Error('The renumbering answer puts headings in a list: ask for numbering "text".'));

/**
 * 转为文本编号: each heading of `scope` that Word numbers gets its label typed in front of its text
 * (Paragraph.insertText at "Start", never "Replace"), then leaves its list; `answer` is the server's renumbering
 * with numbering "text" (styleId null keeps the labels as drawn, with the style's separator). Nothing is written
 * unless every label can be. Syncs: one per page, two to check, one to write, one to detach and read back.
 * No 恢复: the headings' old list cannot be rebuilt from here (Word's own undo can); undo is empty.
 */
export async function convertToTextNumbering(scope: Scope, answer: (contents: DocumentContents) => Promise<RenumberedAnswer[]>, onProgress?: ProgressListener): Promise<RenumberOutcome> {
  const outcome = await renumberParagraphs(scope, async (contents) => numberingPlan(contents, await answer(contents), noListDefinition), onProgress, { allOrNothing: true });
  return { ...outcome, undo: [] };
}

/**
 * Puts back the markers of an earlier renumbering (RenumberOutcome.undo, PartialWriteError.undo): the
 * same safe, checked writes, for the paragraphs that still read as renumbering left them. `detach`
 * (RenumberOutcome.detachOnUndo) takes those of them 转为自动编号 put in a list out of it again.
 */
export async function restoreParagraphs(undo: ParagraphChange[], onProgress?: ProgressListener, detach: number[] = []): Promise<RenumberOutcome> {
  let changedSince: SkippedParagraph[] = [];
  const outcome = await renumberParagraphs(
    'document',
    async ({ paragraphs }) => {
      // A paragraph edited since (or moved by a paragraph added above it) is not put back blindly: it is listed.
      changedSince = undo.filter((change) => paragraphs[change.index]?.text !== change.oldText).map(({ index }) => ({ index, reason: 'changedSince' }));
      const unchanged = undo.filter((change) => paragraphs[change.index]?.text === change.oldText);
      const putBack = new Set(unchanged.map(({ index }) => index));
      return { changes: unchanged, detach: detach.filter((index) => putBack.has(index) && paragraphs[index].isListItem) };
    },
    onProgress,
  );
  return { ...outcome, skipped: [...outcome.skipped, ...changedSince].sort((a, b) => a.index - b.index) };
}

/** Why Word would not take a package: the host refuses insertOoxml, or the request is over Word on the web's size limit. */
export type OoxmlRefusal = 'hostRefused' | 'tooLarge';

/**
 * Word would not insert the outline as OOXML: nothing was inserted. `hostRefused`: the host has no
 * insertOoxml (a WOPI partner host answers NotAllowed, OfficeDev/office-js#4640; a host without the
 * requirement set answers ApiNotFound) — inserting with literal markers (insertHeadings) still works.
 * `tooLarge`: Word on the web refuses a request over its payload limit (RequestPayloadSizeLimitExceeded;
 * 5 MB is the number Microsoft documents) — insert the outline in parts.
 */
export class OoxmlInsertRefusedError extends Error {
  readonly code: string;

  constructor(
    readonly reason: OoxmlRefusal,
    readonly cause?: unknown,
  ) {
    super(
      reason === 'hostRefused'
        ? 'Word here cannot insert Office Open XML: insert the outline with text numbering.'
        : 'The outline is too large for one request to Word on the web: insert it in parts.',
    );
    this.name = 'OoxmlInsertRefusedError';
    this.code = `OutlineAddin.ooxml.${reason}`;
  }
}

function ooxmlRefusal(error: unknown): OoxmlRefusal | undefined {
  const code = errorCode(error);
  if (code === 'NotAllowed' || code === 'ApiNotFound' || code === 'NotImplemented') return 'hostRefused';
  if (code === 'RequestPayloadSizeLimitExceeded') return 'tooLarge';
  return undefined;
}

/**
 * Inserts a package the server built (POST /api/outlines/ooxml: the outline's headings in Heading 1…9,
 * with literal markers or in a Word list, and the 公文 typography when chosen) after the paragraph
 * holding the cursor, as insertHeadings does (same refusals, an empty paragraph at the cursor takes the
 * outline, the cursor goes after it, `source` is recorded), and reads back what landed.
 *
 * - Word keeps the document's styles where the document has them (OfficeDev/office-js#5491): the
 *   package's style definitions only reach a document without them; applyTypographyToStyles changes
 *   the document's styles, after the user agrees.
 * - The last inserted paragraph takes the paragraph mark, and so the style, of the paragraph it was
 *   inserted into (OfficeDev/office-js#2914), and with it, Word's list membership: the outline goes into
 *   a fresh empty paragraph (Normal, out of any list), its last paragraph is given its heading style
 *   back in the same batch (and taken out of any list a linked heading style brings, in text mode),
 *   and, only when the read-back shows its list number lost, joined to the inserted list again.
 * - Every inserted paragraph's style and list membership are read back in the write's own batch:
 *   `mislanded` counts those that still differ from the package.
 * - A host that refuses insertOoxml, or a request over Word on the web's limit: OoxmlInsertRefusedError,
 *   nothing inserted.
 * - With `source`, the outline goes into a content control tagged with the template and version, in the insert's
 *   own batch (queueOutlineControl; `controlId`); fields left unfilled come highlighted in the package.
 *
 * Syncs: check, insert and read back, one more only if the last heading lost its list number, one
 * more to record `source`: at most four, whatever the outline's length (the package goes to Word in one
 * request).
 */
export async function insertOutlineOoxml(ooxml: string, source?: InsertedTemplate): Promise<InsertOutcome> {
  const expected = readOutlinePackage(ooxml).paragraphs;
  if (expected.length === 0) return { inserted: 0, wordNumbered: 0, mislanded: 0 };
  return Word.run(async (context) => {
    const { anchor, picture, setting } = await checkInsertionPoint(context, source);

    // The last heading ends on the mark of the paragraph it goes into and takes its list (#2914): that paragraph is
    // taken out of any list first, be it the empty paragraph at the cursor or a new one (which carries over the
    // anchor's style and list, as Enter does).
    let target = anchor;
    if (anchor.text !== '' || !picture.isNullObject) {
      target = anchor.insertParagraph('', 'After');
      target.styleBuiltIn = 'Normal';
      target.detachFromList();
    } else if (anchor.isListItem) anchor.detachFromList();
    const inserted = target.insertOoxml(ooxml, 'Replace').paragraphs;
    const last = inserted.getLast();
    const lastExpected = expected[expected.length - 1];
    // 'Other' (a style with no built-in name) cannot be set by styleBuiltIn: the read-back counts it if it is lost.
    if (lastExpected.styleBuiltIn !== 'Other') last.styleBuiltIn = lastExpected.styleBuiltIn as Word.BuiltInStyleName;
    if (lastExpected.listLevel === null) last.detachFromList();
    const control = source ? queueOutlineControl(inserted.getFirst(), last, source) : undefined;
    last.select('End');
    inserted.load('items/styleBuiltIn,items/isListItem');
    // The list the headings are in (the first heading's, in a package that numbers them all), to join the last one to
    // again if Word took its number away with its mark.
    const rejoin = expected.length > 1 && expected[0].listLevel !== null && lastExpected.listLevel !== null ? inserted.getFirst().listOrNullObject : undefined;
    rejoin?.load('id');
    try {
      await context.sync();
    } catch (error) {
      const refusal = ooxmlRefusal(error);
      if (!refusal) throw error;
      // A host that refuses insertOoxml ran the batch up to it: the empty paragraph made for the outline goes again.
      // (A request over the size limit ran nothing.)
      if (refusal === 'hostRefused' && target !== anchor) {
        target.delete();
        await context.sync().catch(() => undefined);
      }
      throw new OoxmlInsertRefusedError(refusal, error);
    }

    let items = inserted.items;
    const landed = items[items.length - 1];
    if (rejoin && !rejoin.isNullObject && !landed.isListItem && lastExpected.listLevel !== null) {
      landed.attachToList(rejoin.id, lastExpected.listLevel);
      inserted.load('items/styleBuiltIn,items/isListItem');
      await context.sync();
      items = inserted.items;
    }
    const wordNumbered = items.filter((paragraph, i) => paragraph.isListItem && expected[i]?.listLevel === null).length;
    const mislanded =
      Math.abs(items.length - expected.length) +
      items.filter((paragraph, i) => expected[i] && (paragraph.styleBuiltIn !== expected[i].styleBuiltIn || paragraph.isListItem !== (expected[i].listLevel !== null))).length;
    const outcome = { inserted: items.length, wordNumbered, mislanded, ...(control ? { controlId: control.id } : {}) };
    if (!source || !setting) return outcome;
    return { ...outcome, recorded: await recordTemplate(context, setting, source) };
  });
}

/** A part of a style's typography (see StyleTypography). */
export type TypographyPart = 'font' | 'eastAsiaFont' | 'size' | 'bold' | 'firstLineIndent' | 'lineSpacing';

export interface StyleApplyOutcome {
  /** False on a host without the style API (WordApi 1.5: Office 2016–2021): nothing changed; the headings can be formatted directly instead. */
  supported: boolean;
  /** The document's styles now as the package defines them: 'Normal', 'Heading1'…'Heading4'. */
  applied: TypographyStyle[];
  /** Styles the document has under neither their English nor their Chinese name (a Word in another language): left as they are. */
  missing: TypographyStyle[];
  /**
   * Parts the host cannot set through the style API: 'eastAsiaFont' without WordApiDesktop 1.3
   * (Font.nameFarEast; Word on the web), where the styles' Chinese text keeps its font.
   */
  notSet: TypographyPart[];
}

/**
 * The names Word may know a built-in style by: Document.getStyles finds a style by its name in the user's
 * language (StyleCollection.getByNameOrNullObject, WordApi 1.5), so the English and the Chinese name are both
 * asked for in one batch (on docs/REAL-WORD-CHECKLIST.md: whether Chinese Word also answers the English name).
 */
const styleNames: Record<TypographyStyle, string[]> = {
  Normal: ['Normal', '正文'],
  Heading1: ['Heading 1', '标题 1'],
  Heading2: ['Heading 2', '标题 2'],
  Heading3: ['Heading 3', '标题 3'],
  Heading4: ['Heading 4', '标题 4'],
};

/**
 * Gives the document's Normal and Heading 1–4 styles the typography the package defines for them (the 公文
 * preset: 黑体 / 楷体_GB2312 / 仿宋_GB2312, 三号, two-character first-line indent, exact line spacing): fonts,
 * size, bold, first-line indent and line spacing through the Style API (Style.font and Style.paragraphFormat,
 * WordApi 1.5; Font.nameFarEast, WordApiDesktop 1.3). It changes the look of every paragraph in those styles:
 * the taskpane asks the user first. Refuses a protected document (WordRefusalError).
 *
 * Syncs: one to find the styles and check the document, one to write. None on a host without WordApi 1.5
 * (`supported: false`).
 */
export async function applyTypographyToStyles(ooxml: string): Promise<StyleApplyOutcome> {
  const typography = readOutlinePackage(ooxml).typography;
  if (!isSetSupported('WordApi', '1.5')) return { supported: false, applied: [], missing: [], notSet: [] };
  if (typography.length === 0) return { supported: true, applied: [], missing: [], notSet: [] };
  const canSetEastAsia = isSetSupported('WordApiDesktop', '1.3');
  return Word.run(async (context) => {
    const candidates = new Map(
      typography.map((entry) => {
        const styles = styleNames[entry.style].map((name) => context.document.getStyles().getByNameOrNullObject(name));
        for (const style of styles) style.load('nameLocal');
        return [entry, styles] as const;
      }),
    );
    const checkWrites = queueWriteChecks(context, { refuseTracking: false });
    await context.sync();
    checkWrites();

    const applied: TypographyStyle[] = [];
    const missing: TypographyStyle[] = [];
    const notSet = new Set<TypographyPart>();
    for (const [entry, styles] of candidates) {
      const style = styles.find((candidate) => !candidate.isNullObject);
      if (!style) {
        missing.push(entry.style);
        continue;
      }
      setTypography(style, entry, canSetEastAsia, notSet);
      applied.push(entry.style);
    }
    if (applied.length > 0) await context.sync();
    return { supported: true, applied, missing, notSet: [...notSet] };
  });
}

function setTypography(style: Word.Style, typography: StyleTypography, canSetEastAsia: boolean, notSet: Set<TypographyPart>): void {
  const font: Partial<Pick<Word.Font, 'name' | 'nameFarEast' | 'size' | 'bold'>> = {};
  if (typography.font !== undefined) font.name = typography.font;
  if (typography.eastAsiaFont !== undefined) {
    if (canSetEastAsia) font.nameFarEast = typography.eastAsiaFont;
    else notSet.add('eastAsiaFont');
  }
  if (typography.size !== undefined) font.size = typography.size;
  if (typography.bold !== undefined) font.bold = typography.bold;
  if (Object.keys(font).length > 0) style.font.set(font);
  const format: Partial<Pick<Word.ParagraphFormat, 'firstLineIndent' | 'lineSpacing'>> = {};
  if (typography.firstLineIndent !== undefined) format.firstLineIndent = typography.firstLineIndent;
  if (typography.lineSpacing !== undefined) format.lineSpacing = typography.lineSpacing;
  if (Object.keys(format).length > 0) style.paragraphFormat.set(format);
}

/** A content control around one insertion; tag `outline-addin:<templateId>:<version>`, title = template name. */
export interface InsertedOutline {
  controlId: number;
  templateId: string;
  version: number;
  name: string;
  paragraphCount: number;
}

/** What a merge wrote. */
export interface MergeOutcome {
  /** Paragraphs renamed, moved, added, marked or deleted. */
  written: number;
  controlId: number;
}

/**
 * The content control of an outline is gone (the user deleted it) or is no longer the one read: its id may also
 * change when the document is reopened in Word on the web (OfficeDev/office-js#2501), so the taskpane reads the
 * outlines again (readInsertedOutlines). A DocumentChangedError: nothing was written.
 */
export class OutlineNotFoundError extends DocumentChangedError {
  constructor(readonly controlId: number) {
    super(-1);
    this.name = 'OutlineNotFoundError';
    this.message = strings.outlineNotFound;
  }
}

/**
 * Reading or updating an outline reads its paragraphs' built-in styles (Paragraph.styleBuiltIn, WordApi 1.3, the set
 * the taskpane requires): a host without it is refused before anything is asked of Word.
 */
function refuseWithoutOutlineApi(): void {
  if (!isSetSupported('WordApi', '1.3')) throw new WordRefusalError('outlinesUnsupported');
}

/**
 * What a failed batch that uses an outline's control throws: a control that is gone fails it with ItemNotFound
 * (ContentControlCollection.getById, WordApi 1.1; getByIdOrNullObject, WordApi 1.3, would only defer the failure
 * to the control's paragraphs, which a null object does not have).
 */
function outlineSyncError(controlId: number): (error: unknown) => never {
  return (error) => {
    throw errorCode(error) === 'ItemNotFound' ? new OutlineNotFoundError(controlId) : error;
  };
}

/**
 * The outlines inserted from templates in the document's body, in document order: the content controls whose tag
 * parses (Body.contentControls, WordApi 1.1; another add-in's controls, or ours with a tag edited by hand, are
 * left out). A document with none gives []. One sync: a control's paragraphs are counted from its text
 * (ContentControl.text, paragraphs separated by \r, as Range.text); only when that is more than Word on the web
 * sends back at once are they counted in a second sync.
 */
export async function readInsertedOutlines(): Promise<InsertedOutline[]> {
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls;
    controls.load('items/id,items/tag,items/title,items/text');
    try {
      await context.sync();
      return controls.items.flatMap((control) => outlineOf(control, control.text.split('\r').length));
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
    const light = context.document.body.contentControls;
    light.load('items/id,items/tag,items/title');
    await context.sync();
    const ours = light.items.filter((control) => parseOutlineTag(control.tag));
    const counts = ours.map((control) => {
      const paragraphs = control.paragraphs;
      paragraphs.load('items/isListItem');
      return paragraphs;
    });
    await context.sync();
    return ours.flatMap((control, i) => outlineOf(control, counts[i].items.length));
  });
}

/** The paragraphs of an outline's control (ContentControl.paragraphs, WordApi 1.1). */
function outlineParagraphsOf(context: Word.RequestContext, controlId: number): Word.ParagraphCollection {
  return context.document.body.contentControls.getById(controlId).paragraphs;
}

function outlineOf(control: Word.ContentControl, paragraphCount: number): InsertedOutline[] {
  const tag = parseOutlineTag(control.tag);
  return tag ? [{ controlId: control.id, templateId: tag.templateId, version: tag.version, name: control.title, paragraphCount }] : [];
}

function outlineParagraph(paragraph: Word.Paragraph): OutlineParagraph {
  return { text: paragraph.text, outlineLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.outlineLevel) };
}

/**
 * The paragraphs of an inserted outline as they now stand, headings and the user's body paragraphs, in order: what
 * POST /api/outlines/merge takes as `paragraphs`. Refuses a document with tracked changes (as readParagraphs does:
 * deleted text would be read as text); OutlineNotFoundError when the control is gone. One sync, then one per page of
 * `paragraphsPerPage` paragraphs.
 */
export async function readOutlineParagraphs(controlId: number): Promise<OutlineParagraph[]> {
  refuseWithoutOutlineApi();
  return Word.run(async (context) => {
    const count = outlineParagraphsOf(context, controlId);
    let firstPage: Word.ParagraphCollection | undefined = outlineParagraphsOf(context, controlId);
    count.load('items/isListItem');
    let revisions = queueRevisionCheck(context);
    firstPage.load({ select: paragraphFields.join(','), top: paragraphsPerPage, skip: 0 });
    try {
      await context.sync().catch(outlineSyncError(controlId));
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      // A refused answer brings back nothing of its batch: the check is queued again with the count, as readDocument does.
      firstPage = undefined;
      count.load('items/isListItem');
      revisions = queueRevisionCheck(context);
      await context.sync().catch(outlineSyncError(controlId));
    }
    refuseRevisions(revisions);
    const items = await readInPages(context, () => outlineParagraphsOf(context, controlId), count.items.length, firstPage?.items ?? []);
    return items.map(outlineParagraph);
  });
}

/**
 * Whether the merge would move a paragraph of a table the user put in the outline (one cell's paragraph moved alone
 * breaks the table), or add a paragraph right after one (Paragraph.insertParagraph 'After' a cell's paragraph puts it
 * in the cell). Such a merge is refused: the user moves the table out of the way, or updates by hand.
 */
function touchesTable(plan: OutlineMergePlan, items: Word.Paragraph[]): boolean {
  let afterTable = false;
  for (const step of plan.steps) {
    if (step.kind !== 'stay' && afterTable) return true;
    if (step.kind === 'move' && items[step.source].tableNestingLevel > 0) return true;
    afterTable = step.kind === 'stay' && items[step.source].tableNestingLevel > 0;
  }
  return false;
}

/** Queues what puts a paragraph back in its list: the list's id and the paragraph's level (WordApi 1.3). */
function queueListPlace(paragraph: Word.Paragraph): { list: Word.List; item: Word.ListItem } {
  const list = paragraph.listOrNullObject;
  list.load('id');
  const item = paragraph.listItemOrNullObject;
  item.load('level');
  return { list, item };
}

/** Word's special characters for a footnote mark, a comment anchor, a field and a picture (see marker-edit.ts): replacing a heading's whole text would delete them. */
const objectCharacters = /[\u0001\u0002\u0005\u0013\u0014\u0015]/;

/** Whether a heading's new text can be written without losing what it holds: a new marker in front, or a text with no objects. */
function canRewrite(oldText: string, newText: string): boolean {
  return oldText === newText || markerEdit(oldText, newText).kind === 'insert-prefix' || !objectCharacters.test(oldText);
}

/**
 * Writes a heading's new text: a marker added in front is inserted at its start (its title untouched); any other
 * change replaces the heading's text, which then takes the formatting of its first character (headings get their
 * look from their style: direct formatting inside a heading's title is rare). Checked beforehand by canRewrite.
 */
function queueHeadingText(paragraph: Word.Paragraph, oldText: string, newText: string): void {
  if (oldText === newText) return;
  const edit = markerEdit(oldText, newText);
  if (edit.kind === 'insert-prefix') paragraph.insertText(edit.newPrefix, 'Start');
  else paragraph.insertText(newText, 'Replace');
}

/**
 * Marks a heading the new version removed but that is kept for the user's text under it: with a comment saying so
 * where the host has comments (Range.insertComment, WordApi 1.4: it explains itself, changes no formatting and goes
 * when the user resolves it), else highlighted (Font.highlightColor, WordApi 1.1).
 */
function queueRemovedKeptMark(paragraph: Word.Paragraph): void {
  if (isSetSupported('WordApi', '1.4')) paragraph.getRange('Content').insertComment(strings.outlineRemovedKeptComment);
  else paragraph.font.highlightColor = 'Yellow';
}

/**
 * Applies the merge the server computed (POST /api/outlines/merge, `merged`) to the outline in control `controlId`,
 * whose paragraphs were `read` (readOutlineParagraphs), and retags the control with `newVersion`. All or nothing:
 *
 * 1. the first batch reads the control's paragraphs again and checks the document: DocumentChangedError if they
 *    differ from `read` (OutlineNotFoundError if the control is gone), WordRefusalError like renumbering for
 *    tracked changes, change tracking on, protection, a locked control, and a renamed heading holding a footnote,
 *    comment, field or picture that replacing its text would delete, a move that would break a table (touchesTable). The server's answer is checked before that
 *    (InvalidMergeError: a body paragraph would be lost, duplicated or changed). Nothing is written until all pass.
 * 2. one batch writes it all (outlineMergePlan): the paragraphs that keep their order stay where they are, their
 *    headings get their new text (queueHeadingText); the others move with their formatting: their OOXML
 *    (Paragraph.getOoxml, WordApi 1.1) goes in at the new place (Paragraph.insertOoxml into a new paragraph given
 *    the moved paragraph's style first, since the last paragraph of inserted OOXML keeps the mark it lands on:
 *    OfficeDev/office-js#2914) and the original is deleted; new headings come in with their heading style; a heading
 *    kept for the user's text is marked (queueRemovedKeptMark); removed headings are deleted; the control's tag
 *    names `newVersion`, and the document's record of templates (InsertedTemplate) too.
 *    Paragraphs are added at the control's edges with ContentControl.insertParagraph 'Start'/'End': a paragraph
 *    inserted 'After' a control's last paragraph lands outside the control (OfficeDev/office-js#3176).
 *
 * Syncs: two; three when paragraphs move or a removed heading is kept (their OOXML, and whether an earlier update
 * already put the comment on the heading, are read in a batch of their own, once the paragraphs are known).
 * A batch is not a transaction: should Word fail the write half-way (Viewing mode, a co-author's lock), the edits
 * before the failure stay, and Word's undo (Ctrl+Z) takes them back.
 */
export async function applyOutlineMerge(controlId: number, read: OutlineParagraph[], merged: MergedParagraph[], newVersion: number): Promise<MergeOutcome> {
  refuseWithoutOutlineApi();
  const plan = outlineMergePlan(read, merged);
  const canReset = isSetSupported('WordApiDesktop', '1.4');
  return Word.run(async (context) => {
    // 1. Read again and check.
    const control = context.document.body.contentControls.getById(controlId);
    const paragraphs = outlineParagraphsOf(context, controlId);
    control.load('tag,cannotEdit');
    paragraphs.load('items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel');
    const revisions = queueRevisionCheck(context);
    const checkWrites = queueWriteChecks(context);
    const setting = isSetSupported('WordApi', '1.4') ? context.document.settings.getItemOrNullObject(insertedTemplatesKey) : undefined;
    setting?.load('value');
    await context.sync().catch(outlineSyncError(controlId));
    refuseRevisions(revisions);
    checkWrites();
    const tag = parseOutlineTag(control.tag);
    if (!tag) throw new OutlineNotFoundError(controlId);
    const items = paragraphs.items;
    const differs = (i: number) => !items[i] || !read[i] || items[i].text !== read[i].text || outlineParagraph(items[i]).outlineLevel !== read[i].outlineLevel;
    const changedAt = Array.from({ length: Math.max(items.length, read.length) }, (_, i) => i).find(differs);
    if (changedAt !== undefined) throw new DocumentChangedError(changedAt);
    if (control.cannotEdit) throw new WordRefusalError('outlineLocked');
    if (plan.steps.some((step) => step.kind !== 'new' && !canRewrite(read[step.source].text, step.text))) throw new WordRefusalError('outlineHeadingObjects');
    if (touchesTable(plan, items)) throw new WordRefusalError('outlineTable');

    // The moved paragraphs' OOXML, now that the paragraphs are known, and for those Word numbers, their list and level.
    const moved = plan.steps.filter((step): step is Extract<MergeStep, { kind: 'move' }> => step.kind === 'move');
    const packages = new Map(moved.map((step) => [step.source, items[step.source].getOoxml()]));
    const lists = new Map(moved.filter((step) => items[step.source].isListItem).map((step) => [step.source, queueListPlace(items[step.source])]));
    // A heading marked by an earlier update keeps its one comment (Range.getComments, WordApi 1.4).
    const commented = isSetSupported('WordApi', '1.4')
      ? new Map(
          plan.steps.flatMap((step) => {
            if (step.kind !== 'stay' || !step.marked) return [];
            const comments = items[step.source].getRange('Whole').getComments();
            comments.load('items/content');
            return [[step.source, comments] as const];
          }),
        )
      : new Map<number, Word.CommentCollection>();
    if (packages.size > 0 || commented.size > 0) await context.sync();
    const alreadyMarked = (source: number) => commented.get(source)?.items.some((comment) => comment.content === strings.outlineRemovedKeptComment) ?? false;

    // 2. Write. `after` is where the next paragraph goes: after a paragraph of the outline, or at the control's start or end.
    let after: { paragraph: Word.Paragraph; atEnd: boolean } | undefined;
    const lastIndex = items.length - 1;
    const place = (text: string): Word.Paragraph => {
      if (!after) return control.insertParagraph(text, 'Start');
      if (after.atEnd) return control.insertParagraph(text, 'End');
      return after.paragraph.insertParagraph(text, 'After');
    };
    let written = plan.deleted.length;
    for (const step of plan.steps) {
      if (step.kind === 'stay') {
        const paragraph = items[step.source];
        queueHeadingText(paragraph, read[step.source].text, step.text);
        if (step.marked && !alreadyMarked(step.source)) queueRemovedKeptMark(paragraph);
        if (step.marked || step.text !== read[step.source].text) written++;
        after = { paragraph, atEnd: step.source === lastIndex };
      } else if (step.kind === 'new') {
        const paragraph = place(step.text);
        paragraph.styleBuiltIn = headingStyleFor(step.level);
        // A new paragraph carries over the formatting of the one before it (OfficeDev/office-js#72): cleared where the
        // host can (see insertHeadings); on Word on the web a heading after a bold body paragraph may stay bold.
        if (canReset) {
          paragraph.reset();
          paragraph.font.reset();
        }
        // After the style: a heading style linked to a list would number it again (see insertHeadings).
        paragraph.detachFromList();
        written++;
        after = { paragraph, atEnd: after?.atEnd ?? false };
      } else {
        const original = items[step.source];
        const holder = place('');
        // The package's last paragraph keeps the holder's mark, so its style and list membership (OfficeDev/office-js#2914):
        // the holder is given the moved paragraph's style (a custom one by its name) and no list; a paragraph Word numbers
        // joins its list again at its level (Paragraph.attachToList, WordApi 1.3).
        if (original.styleBuiltIn === 'Other') holder.style = original.style;
        else holder.styleBuiltIn = original.styleBuiltIn as Word.BuiltInStyleName;
        holder.detachFromList();
        const landed = holder.insertOoxml(packages.get(step.source)!.value, 'Replace').paragraphs.getLast();
        const list = lists.get(step.source);
        if (list && !list.list.isNullObject) landed.attachToList(list.list.id, list.item.level);
        queueHeadingText(landed, read[step.source].text, step.text);
        // Whether a comment moves with the OOXML is for real Word to show (docs/REAL-WORD-CHECKLIST.md): the mark is put again.
        if (step.marked) queueRemovedKeptMark(landed);
        written++;
        after = { paragraph: landed, atEnd: after?.atEnd ?? false };
      }
    }
    for (const step of moved) items[step.source].delete();
    for (const index of plan.deleted) items[index].delete();
    control.tag = outlineTag(tag.templateId, newVersion);
    if (setting && !setting.isNullObject) {
      const records = parseInsertedTemplates(setting.value);
      const record = records.find((candidate) => candidate.templateId === tag.templateId);
      if (record) context.document.settings.add(insertedTemplatesKey, withRecord(records, { ...record, version: newVersion }));
    }
    await context.sync();
    return { written, controlId };
  });
}
