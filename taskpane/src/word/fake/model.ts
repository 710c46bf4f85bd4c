/**
 * The document behind the fake Word: paragraphs of runs, the parts of a document, styles, settings,
 * the selection, and what the host is (requirement sets, Word on the web's response limit). Tests
 * build and assert on it; the browser preview draws it. The proxies (proxies.ts, ranges.ts) are the
 * Word API over it.
 *
 * Each behaviour cites, in one line, the Microsoft page or OfficeDev/office-js issue it comes from.
 * Where real Word is harsher than the documentation says, the fake is harsh too.
 */
import { headingLevelOf } from '../heading-levels.ts';
import { FakeNumbering, listStrings, type FakeListDefinition, type FakeListMembership } from './lists.ts';

/**
 * Content Word keeps in a paragraph's text as one special character, which Paragraph.text carries
 * and search does not match as text (learn.microsoft.com Word.Paragraph.getText: "special characters
 * that mark various content (e.g., for content controls, fields, comments, footnotes, endnotes)").
 * Replacing a range that holds one deletes the content (OfficeDev/office-js#2749).
 */
export type FakeObjectKind = 'footnote' | 'endnote' | 'comment' | 'field' | 'picture';

/**
 * The character standing for each kind in Paragraph.text: Word's own codes (Word's object model uses
 * 2 for note references, 1 for pictures, 5 for comment anchors, 19–21 for fields); which of them the
 * JavaScript API returns on each platform is on docs/REAL-WORD-CHECKLIST.md.
 */
export const objectCharacters: Record<FakeObjectKind, string> = {
  footnote: '\u0002',
  endnote: '\u0002',
  comment: '\u0005',
  field: '\u0013',
  picture: '\u0001',
};

export interface FakeRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Font size in points (三号 is 16). */
  size?: number;
  /** The font of Latin text (w:rFonts w:ascii; Font.name, WordApi 1.1). */
  font?: string;
  /** The font of Chinese text (w:rFonts w:eastAsia; Font.nameFarEast, WordApiDesktop 1.3). */
  eastAsiaFont?: string;
  /**
   * A tracked change: Word keeps deleted text in the document (struck through) until the revision is
   * accepted or rejected, and Paragraph.text / Range.text still hold it (OfficeDev/office-js#1267);
   * only getReviewedText (WordApi 1.4) leaves it out.
   */
  revision?: 'inserted' | 'deleted';
  /** A footnote mark, a field, a picture…: one special character (see FakeObjectKind). */
  object?: FakeObjectKind;
  /**
   * Text Paragraph.text holds but Paragraph.search does not find as it reads (Word's search handles
   * some content its own way: fields, content controls, special characters). The fake cannot list
   * those cases; this stands for all of them, so that code is tested for a search that misses.
   */
  unsearchable?: boolean;
  /** Inside a content control; `cannotEdit` (ContentControl.cannotEdit, WordApi 1.1) makes a write into it fail. */
  contentControl?: { id: number; cannotEdit: boolean };
  /** Font.highlightColor (WordApi 1.1): "Yellow" or '#RRGGBB'; unset for none. */
  highlight?: string;
}

/** A footnote mark, comment anchor, field or picture as Paragraph.text carries it. */
export function objectRun(kind: FakeObjectKind): FakeRun {
  return { text: objectCharacters[kind], object: kind, unsearchable: true };
}

/** Direct paragraph formatting: what Word carries over to a new paragraph, like Enter. Unset means "as the style says". */
export interface FakeParagraphFormat {
  alignment?: 'Left' | 'Centered' | 'Right' | 'Justified';
  leftIndent?: number;
  firstLineIndent?: number;
}

export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

/** A paragraph style: its localized name (Paragraph.style), font and paragraph format, and the list it is linked to. */
export interface FakeStyle {
  nameLocal: string;
  /** With the font names once the taskpane sets them (Style.font.name, WordApi 1.5; nameFarEast, WordApiDesktop 1.3). */
  font: FakeFont & { name?: string; nameFarEast?: string };
  /** With the line spacing in points once the taskpane sets it (ParagraphFormat.lineSpacing, WordApi 1.5). */
  paragraphFormat: Required<FakeParagraphFormat> & { lineSpacing?: number };
  /**
   * A style linked to a multilevel list (common in Chinese templates): Word numbers each paragraph of
   * the style itself, and setting the style brings the number back after detachFromList
   * (learn.microsoft.com Word.Style.linkToListTemplate: a style linked to a list template numbers the
   * paragraphs it is applied to; VBA Style.LinkToListTemplate). On the real-Word checklist.
   */
  linkedListString?: string;
}

/** A paragraph of the fake document. `outlineLevel` is a direct or custom-style outline level (Word reports Heading N's own). */
export interface FakeParagraph {
  runs: FakeRun[];
  styleBuiltIn: string;
  outlineLevel?: number;
  /**
   * The paragraph is an item of a Word list (a multilevel list, or a heading style linked to one):
   * Word draws this number ("第一章", "1.1") in front of it, and it is not part of its text. A number
   * given as it is, for a list the fake does not count itself; see `list` for one it counts.
   */
  listString?: string;
  /** The paragraph is an item of a list the fake counts (lists.ts): Word draws the number the list's definition gives. */
  list?: FakeListMembership;
  /** 0 outside tables; 1 in a table cell, 2 in a table nested in a cell… */
  tableNestingLevel: number;
  /** How many inline pictures the paragraph holds (they are not text: an "empty" paragraph may hold one). */
  inlinePictures: number;
  format: FakeParagraphFormat;
  /** How many times Word was asked to change this paragraph's text. */
  textWrites: number;
  /**
   * The block content control (w:sdt around whole paragraphs, ECMA-376 Part 1 §17.5.2) the paragraph is in:
   * a control's paragraphs are the consecutive paragraphs that share it (content-controls.ts).
   */
  blockControl?: FakeBlockControl;
  /** The texts of the comments on the paragraph (Range.insertComment, WordApi 1.4). */
  comments?: string[];
}

/**
 * A rich text content control around whole paragraphs (Word.ContentControl, WordApi 1.1): its id, tag,
 * title and appearance, and whether the user may edit or delete it.
 */
export interface FakeBlockControl {
  id: number;
  tag: string;
  title: string;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden';
  cannotEdit: boolean;
  cannotDelete: boolean;
}

export interface FakeParagraphInit {
  text?: string;
  runs?: FakeRun[];
  styleBuiltIn?: string;
  outlineLevel?: number;
  listString?: string;
  list?: FakeListMembership;
  tableNestingLevel?: number;
  inlinePictures?: number;
  format?: FakeParagraphFormat;
}

/** Word.BodyType values of the parts of a document the fake models. */
export type FakeBodyType = 'MainDoc' | 'Header' | 'Footer' | 'Footnote' | 'Endnote' | 'Shape';

/** A part of the document with its own paragraphs (Word's "story"): the main body, a header, a footnote, a text box. */
export interface FakeStory {
  type: FakeBodyType;
  paragraphs: FakeParagraph[];
}

/** Word.DocumentProtectionType values (Document.protectionType, WordApiDesktop 1.4). */
export type FakeProtection = 'NoProtection' | 'AllowOnlyRevisions' | 'AllowOnlyComments' | 'AllowOnlyFormFields' | 'AllowOnlyReading';

/** Word.BuiltInStyleName values the fake knows; Office's list is longer. */
export const builtInStyleNames = [
  'Other',
  'Normal',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
  'Heading6',
  'Heading7',
  'Heading8',
  'Heading9',
  'Title',
  'Subtitle',
  'ListParagraph',
] as const;

/** Chinese Word's names and looks of the built-in styles (the fake's own choice of looks). */
function defaultStyles(): Record<string, FakeStyle> {
  const plain = { alignment: 'Justified', leftIndent: 0, firstLineIndent: 0 } as const;
  const styles: Record<string, FakeStyle> = {
    Normal: { nameLocal: '正文', font: { bold: false, italic: false, color: '#000000', size: 10.5 }, paragraphFormat: { ...plain } },
    Other: { nameLocal: '自定义样式', font: { bold: false, italic: false, color: '#000000', size: 10.5 }, paragraphFormat: { ...plain } },
    Title: { nameLocal: '标题', font: { bold: true, italic: false, color: '#000000', size: 22 }, paragraphFormat: { ...plain, alignment: 'Centered' } },
    Subtitle: { nameLocal: '副标题', font: { bold: true, italic: false, color: '#000000', size: 16 }, paragraphFormat: { ...plain, alignment: 'Centered' } },
    ListParagraph: { nameLocal: '列表段落', font: { bold: false, italic: false, color: '#000000', size: 10.5 }, paragraphFormat: { ...plain, firstLineIndent: 21 } },
  };
  for (let level = 1; level <= 9; level++) {
    styles[`Heading${level}`] = { nameLocal: `标题 ${level}`, font: { bold: true, italic: false, color: '#000000', size: Math.max(10.5, 22 - 2 * level) }, paragraphFormat: { ...plain } };
  }
  return styles;
}

/** Word's outline level for body text. */
const bodyTextOutlineLevel = 10;

/** Mirrors OfficeExtension.Error: a `code` such as PropertyNotLoaded, ItemNotFound or InvalidArgument. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** Everything Paragraph.text holds, tracked deletions included, as Word gives it. */
export function paragraphText(paragraph: FakeParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** getReviewedText: 'Current' leaves deleted revisions out, 'Original' inserted ones. */
export function reviewedText(paragraph: FakeParagraph, version: 'Current' | 'Original' = 'Current'): string {
  const left = version === 'Current' ? 'deleted' : 'inserted';
  return paragraph.runs
    .filter((run) => run.revision !== left)
    .map((run) => run.text)
    .join('');
}

/** "1.10" ≥ "1.4": requirement set versions compare number by number. */
function versionAtLeast(have: string | undefined, wanted: string): boolean {
  if (have === undefined) return false;
  const [a, b] = [have, wanted].map((version) => version.split('.').map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/**
 * Office on the web refuses a request or a response over its payload limit (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded, "only
 * occurs in Office on the web": learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 * the one number Microsoft documents is 5 MB (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export const webPayloadLimitBytes = 5 * 1024 * 1024;

/** The document behind the fake: what tests assert on and what the preview panel draws. */
export class FakeDocument {
  /** The paragraphs of the main body (table cells included), in order. */
  readonly paragraphs: FakeParagraph[];
  readonly body: FakeStory;
  /** Headers, footers, footnotes, text boxes: parts with their own paragraphs, outside the body. */
  readonly parts: FakeStory[] = [];
  /** The paragraph styles by Word.BuiltInStyleName: a test changes them (a list-linked heading, a centred heading). */
  readonly styles: Record<string, FakeStyle> = defaultStyles();
  /** The numbering definitions and lists of the document (lists.ts). */
  readonly numbering = new FakeNumbering();
  /**
   * The selection runs from character `selectionStartOffset` of `selectionStart` to character
   * `selectionEndOffset` of `selectionEnd` (end exclusive); a cursor when both are the same place.
   */
  selectionStart: FakeParagraph;
  selectionEnd: FakeParagraph;
  selectionStartOffset = 0;
  selectionEndOffset = 0;
  syncCount = 0;
  /** The largest response one sync gave, in bytes (see maxResponseBytes). */
  largestResponseBytes = 0;
  /** Document.settings: what the document carries in its file besides its text (values as JSON). */
  readonly settings = new Map<string, string>();
  /** Document.changeTrackingMode (WordApi 1.4): with tracking on, edits become revisions. */
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** Document.protectionType (WordApiDesktop 1.4): Restrict Editing. Any protection but revisions makes writes fail. */
  protectionType: FakeProtection = 'NoProtection';
  /**
   * How many more text writes Word accepts before it refuses (GeneralException): stands for what makes
   * a write fail half-way that no read can foresee, such as switching to Viewing mode or a co-author's
   * lock. Batches are not transactions: the writes before it stay (learn.microsoft.com
   * office/dev/add-ins/develop/application-specific-api-model, "context.sync").
   */
  textWritesAllowed = Number.POSITIVE_INFINITY;
  /** The requirement sets the host supports, by name: the highest version of each. */
  apiSets: Record<string, string> = { WordApi: '1.4' };
  /** A response larger than this fails the sync with ResponsePayloadSizeLimitExceeded (see webPayloadLimitBytes); desktop Word has none. */
  maxResponseBytes = Number.POSITIVE_INFINITY;
  /** A request larger than this (the OOXML a batch sends, above all) fails the sync with RequestPayloadSizeLimitExceeded before any of it runs. */
  maxRequestBytes = Number.POSITIVE_INFINITY;
  /** A host that refuses insertOoxml (a WOPI partner host: NotAllowed, OfficeDev/office-js#4640). */
  ooxmlRefused = false;
  /**
   * What the settings may hold in all, as JSON: a write past it fails the sync. Office documents 2 MB
   * for Office.Settings; a test lowers it to make a settings write fail.
   */
  maxSettingsBytes = 2 * 1024 * 1024;
  /** The id Word gives the next content control (ContentControl.id: an integer, unique in the document). */
  nextContentControlId = 1_000_001;
  private readonly listeners = new Set<() => void>();

  constructor(paragraphs: FakeParagraphInit[] = [{ text: '' }]) {
    this.paragraphs = (paragraphs.length > 0 ? paragraphs : [{ text: '' }]).map(createParagraph);
    this.body = { type: 'MainDoc', paragraphs: this.paragraphs };
    // A new document has the cursor at the end of its last paragraph.
    const last = this.paragraphs[this.paragraphs.length - 1];
    this.selectionStart = last;
    this.selectionEnd = last;
    this.selectionStartOffset = this.selectionEndOffset = paragraphText(last).length;
  }

  /**
   * Word on the web as the requirement-set page lists it (learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets):
   * every WordApi set up to 1.9, no WordApiDesktop set, and the response limit of Office on the web.
   */
  actAsWordOnTheWeb(): this {
    this.apiSets = { WordApi: '1.9' };
    this.maxResponseBytes = webPayloadLimitBytes;
    this.maxRequestBytes = webPayloadLimitBytes;
    return this;
  }

  texts(): string[] {
    return this.paragraphs.map(paragraphText);
  }

  /** The settings as plain values. */
  settingValues(): Record<string, unknown> {
    return Object.fromEntries([...this.settings].map(([key, json]) => [key, JSON.parse(json)]));
  }

  /** The heading level (1–9) of a paragraph, or null for body text, as the taskpane reads it (heading-levels.ts). */
  headingLevel(paragraph: FakeParagraph): number | null {
    return headingLevelOf(paragraph.styleBuiltIn, outlineLevelOf(paragraph));
  }

  /** The paragraph's alignment and indents as Word shows them: direct formatting, else its style's. */
  effectiveFormat(paragraph: FakeParagraph): Required<FakeParagraphFormat> {
    return { ...this.styleOf(paragraph).paragraphFormat, ...definedOnly(paragraph.format) };
  }

  /** A run's font as Word shows it: direct formatting, else the paragraph style's. */
  effectiveFont(paragraph: FakeParagraph, run: FakeRun): FakeFont {
    const style = this.styleOf(paragraph).font;
    return { bold: run.bold ?? style.bold, italic: run.italic ?? style.italic, color: run.color ?? style.color, size: run.size ?? style.size };
  }

  styleOf(paragraph: FakeParagraph): FakeStyle {
    return this.styles[paragraph.styleBuiltIn] ?? this.styles.Normal;
  }

  /** Adds a list with its own numbering definition, as a document that already has one: returns its id (Word.List.id). */
  addList(definition: FakeListDefinition): number {
    return this.numbering.addList(definition);
  }

  /** The number Word draws in front of a paragraph (Word.ListItem.listString), or undefined when it is no list item. */
  listStringOf(paragraph: FakeParagraph): string | undefined {
    if (!paragraph.list) return paragraph.listString;
    return listStrings(this.numbering, this.storyOf(paragraph).paragraphs).get(paragraph);
  }

  supports(name: string, version: string): boolean {
    return versionAtLeast(this.apiSets[name], version);
  }

  /** Adds a part outside the main body: a header, a footer, a footnote, a text box. */
  addPart(type: Exclude<FakeBodyType, 'MainDoc'>, paragraphs: FakeParagraphInit[] = [{ text: '' }]): FakeStory {
    const part: FakeStory = { type, paragraphs: paragraphs.map(createParagraph) };
    this.parts.push(part);
    return part;
  }

  /** The part that holds a paragraph. */
  storyOf(paragraph: FakeParagraph): FakeStory {
    const story = [this.body, ...this.parts].find((candidate) => candidate.paragraphs.includes(paragraph));
    if (!story) throw new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.');
    return story;
  }

  /** Selects the text of whole paragraphs of the body, `firstIndex` to `lastIndex` inclusive. */
  select(firstIndex: number, lastIndex = firstIndex): void {
    this.selectText(firstIndex, 0, lastIndex, paragraphText(this.paragraphAt(this.body, lastIndex)).length);
  }

  /** Puts the cursor (an empty selection) at character `offset` of a paragraph of the body. */
  placeCursor(index: number, offset = 0): void {
    this.selectText(index, offset, index, offset);
  }

  /** Puts the cursor in a paragraph of another part (see addPart). */
  placeCursorIn(story: FakeStory, index: number, offset = 0): void {
    this.selectIn(story, index, offset, index, offset);
  }

  /** Selects from character `startOffset` of one paragraph of the body to character `endOffset` (exclusive) of another. */
  selectText(firstIndex: number, startOffset: number, lastIndex: number, endOffset: number): void {
    this.selectIn(this.body, firstIndex, startOffset, lastIndex, endOffset);
  }

  private selectIn(story: FakeStory, firstIndex: number, startOffset: number, lastIndex: number, endOffset: number): void {
    const first = this.paragraphAt(story, firstIndex);
    const last = this.paragraphAt(story, lastIndex);
    const inOrder = firstIndex < lastIndex || (firstIndex === lastIndex && startOffset <= endOffset);
    const fits = (paragraph: FakeParagraph, offset: number) => Number.isInteger(offset) && offset >= 0 && offset <= paragraphText(paragraph).length;
    if (!inOrder || !fits(first, startOffset) || !fits(last, endOffset)) throw new RangeError(`No such selection: ${firstIndex}:${startOffset}–${lastIndex}:${endOffset}.`);
    this.selectionStart = first;
    this.selectionStartOffset = startOffset;
    this.selectionEnd = last;
    this.selectionEndOffset = endOffset;
  }

  /** The paragraphs the selection touches; for a cursor, the paragraph holding it. */
  selectedParagraphs(): FakeParagraph[] {
    const list = this.storyOf(this.selectionStart).paragraphs;
    return list.slice(list.indexOf(this.selectionStart), list.indexOf(this.selectionEnd) + 1);
  }

  private paragraphAt(story: FakeStory, index: number): FakeParagraph {
    const paragraph = story.paragraphs[index];
    if (!paragraph) throw new RangeError(`No paragraph ${index} in a part of ${story.paragraphs.length}.`);
    return paragraph;
  }

  /** Called after every sync that ran operations: the preview panel redraws from here. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifyChanged(): void {
    for (const listener of this.listeners) listener();
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

/** Office.context.requirements.isSetSupported for a host like the fake document. */
export function fakeRequirements(fake: FakeDocument): (name: string, version?: string) => boolean {
  return (name, version = '1.1') => fake.supports(name, version);
}

export function createParagraph(init: FakeParagraphInit): FakeParagraph {
  const runs = init.runs ? init.runs.map((run) => ({ ...run })) : [{ text: init.text ?? '' }];
  return {
    runs,
    styleBuiltIn: init.styleBuiltIn ?? 'Normal',
    outlineLevel: init.outlineLevel,
    listString: init.listString,
    list: init.list ? { ...init.list } : undefined,
    tableNestingLevel: init.tableNestingLevel ?? 0,
    inlinePictures: init.inlinePictures ?? 0,
    format: { ...init.format },
    textWrites: 0,
  };
}

/** Paragraph.isListItem (WordApi 1.3): in a list the fake counts, or with a number given as it is. */
export function isListItem(paragraph: FakeParagraph): boolean {
  return paragraph.list !== undefined || paragraph.listString !== undefined;
}

/** Paragraph.outlineLevel as Word reports it: a Heading style's own level, else the paragraph's (direct or custom style), else body text. */
export function outlineLevelOf(paragraph: FakeParagraph): number {
  return headingLevelOf(paragraph.styleBuiltIn, null) ?? paragraph.outlineLevel ?? bodyTextOutlineLevel;
}

/**
 * Replaces the characters [start, end) of a paragraph with `text`. The new text takes the formatting
 * of the first replaced character (or of the character before an insertion point), as Word does;
 * every other run keeps its own formatting. Footnote marks, fields, comment anchors and pictures in
 * the replaced characters are deleted with them (OfficeDev/office-js#2749). With change tracking on,
 * the replaced characters stay as a deleted revision and the new text follows them as an inserted one.
 * A run in a content control that cannot be edited fails the write (Word.ContentControl.cannotEdit).
 */
export function spliceRuns(fake: FakeDocument, paragraph: FakeParagraph, start: number, end: number, text: string, tracked = false): void {
  if (fake.textWritesAllowed <= 0) throw new FakeOfficeError('GeneralException', 'GeneralException: This operation is not allowed in the current mode.');
  const anchor = start === end && start > 0 ? start - 1 : start;
  const before: FakeRun[] = [];
  const replaced: FakeRun[] = [];
  const after: FakeRun[] = [];
  let format: FakeRun | undefined;
  let offset = 0;
  for (const run of paragraph.runs) {
    const runStart = offset;
    offset += run.text.length;
    const touched = start === end ? runStart < start && start < offset : runStart < end && start < offset;
    if (touched && run.contentControl?.cannotEdit) throw new FakeOfficeError('GeneralException', 'GeneralException: The content control cannot be edited.');
    if (!format && anchor >= runStart && anchor < offset && !run.object) format = run;
    const at = (position: number) => Math.max(0, Math.min(run.text.length, position - runStart));
    const head = run.text.slice(0, at(start));
    const middle = run.text.slice(at(start), at(end));
    const tail = run.text.slice(at(end));
    if (head) before.push({ ...run, text: head });
    if (middle && !run.object) replaced.push({ ...run, text: middle, revision: 'deleted' });
    if (tail) after.push({ ...run, text: tail });
  }
  format ??= paragraph.runs.filter((run) => !run.object).pop() ?? { text: '' };
  const { revision: _revision, object: _object, unsearchable: _unsearchable, contentControl: _control, ...plain } = format;
  const inserted: FakeRun[] = text ? [tracked ? { ...plain, text, revision: 'inserted' } : { ...plain, text }] : [];
  const runs = mergeAlike([...before, ...(tracked ? replaced : []), ...inserted, ...after]);
  paragraph.runs = runs.length > 0 ? runs : [{ text: '' }];
  paragraph.textWrites++;
  fake.textWritesAllowed--;
}

/** Joins neighbouring runs of the same formatting, as Word does; objects stay runs of their own. */
function mergeAlike(runs: FakeRun[]): FakeRun[] {
  const formatKey = ({ text: _text, ...format }: FakeRun) => JSON.stringify(Object.entries(format).sort());
  const merged: FakeRun[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && !run.object && !previous.object && formatKey(previous) === formatKey(run)) previous.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * Gives the characters [start, end) of a paragraph the character formatting `patch` (Range.font, WordApi 1.1):
 * the runs they fall in are split at the range's ends, the rest keep their own formatting.
 */
export function formatRuns(paragraph: FakeParagraph, start: number, end: number, patch: Partial<Pick<FakeRun, 'bold' | 'italic' | 'color' | 'size' | 'highlight'>>): void {
  const runs: FakeRun[] = [];
  let offset = 0;
  for (const run of paragraph.runs) {
    const [runStart, runEnd] = [offset, offset + run.text.length];
    offset = runEnd;
    const from = Math.max(start, runStart) - runStart;
    const to = Math.min(end, runEnd) - runStart;
    if (run.object || from >= to) {
      runs.push(run);
      continue;
    }
    if (from > 0) runs.push({ ...run, text: run.text.slice(0, from) });
    runs.push({ ...run, ...patch, text: run.text.slice(from, to) });
    if (to < run.text.length) runs.push({ ...run, text: run.text.slice(to) });
  }
  paragraph.runs = mergeAlike(runs);
}
