/**
 * A stateful fake of the few Word JavaScript API objects the taskpane uses.
 *
 * It behaves like Office where our code could go wrong without noticing:
 * - every call is queued and only runs at `context.sync()`, which is counted;
 * - a property can only be read after `load()` and a `sync()`; reading it earlier throws
 *   PropertyNotLoaded, as Office does;
 * - an operation that fails rejects the sync, and the operations queued after it never run;
 * - paragraphs hold runs with character formatting, so that a test can tell an edit that kept the
 *   formatting of the untouched text from one that rewrote the whole paragraph;
 * - the document has settings (Document.settings, WordApi 1.4): key/value pairs saved with the file,
 *   values kept as JSON as Office does, so a value never aliases the caller's object;
 * - the selection is a range of characters, as in Word: a cursor (empty) inside a paragraph, or
 *   from an offset in one paragraph to an offset in another. Ranges (the selection, a paragraph's
 *   getRange, the body's getRange, expandTo) are positions in the document, so that a range from the
 *   start of the body to a paragraph holds exactly the paragraphs before it and itself;
 * - the document has parts besides its main body (headers, footers, footnotes, text boxes: Word's
 *   stories), each with its own paragraphs; the cursor can be in one of them, and a range cannot span
 *   two (expandTo across parts fails with ItemNotFound, "The requested resource doesn't exist.");
 *   paragraphs in table cells are part of the body's paragraphs, with their tableNestingLevel;
 * - paragraphs can be items of a Word list, whose number Word draws and Paragraph.text leaves out;
 *   a new paragraph (insertParagraph 'After', as Enter) carries over the list membership and the
 *   direct paragraph formatting of the one it follows, and setting a style keeps both;
 * - tracked changes: with change tracking on, edits keep the deleted text as a deleted revision, which
 *   Paragraph.text still includes; getReviewedText gives the text without it;
 * - requirement sets: the fake declares the sets it supports (FakeDocument.apiSets) and fails, as a
 *   host without them does, when code uses WordApi 1.4 or WordApiDesktop 1.4 members it lacks;
 *   fakeRequirements() answers Office.context.requirements.isSetSupported to match.
 *
 * The browser preview installs it as the global `Word` over a sample document, so the very same
 * word module runs in the preview as in Word.
 */

import { headingLevelOf } from './heading-levels.ts';

export interface FakeRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /**
   * A tracked change: Word keeps deleted text in the document (struck through) until the revision is
   * accepted or rejected, and Paragraph.text / Range.text still hold it (OfficeDev/office-js#1267);
   * only getReviewedText (WordApi 1.4) leaves it out.
   */
  revision?: 'inserted' | 'deleted';
  /**
   * Text Paragraph.text holds but Paragraph.search does not find as it reads (Word's search handles
   * some content its own way: fields, content controls, special characters). The fake cannot list
   * those cases; this stands for all of them, so that code is tested for a search that misses.
   */
  unsearchable?: boolean;
}

/** Direct paragraph formatting: what Word carries over to a new paragraph, like Enter. Unset means "as the style says". */
export interface FakeParagraphFormat {
  alignment?: 'Left' | 'Centered' | 'Right' | 'Justified';
  leftIndent?: number;
  firstLineIndent?: number;
}

/** A paragraph of the fake document. `outlineLevel` is a direct or custom-style outline level (Word reports Heading N's own). */
export interface FakeParagraph {
  runs: FakeRun[];
  styleBuiltIn: string;
  outlineLevel?: number;
  /**
   * The paragraph is an item of a Word list (a multilevel list, or a heading style linked to one):
   * Word draws this number ("第一章", "1.1") in front of it, and it is not part of its text.
   */
  listString?: string;
  /** 0 outside tables; 1 in a table cell, 2 in a table nested in a cell… */
  tableNestingLevel: number;
  /** How many inline pictures the paragraph holds (they are not text: an "empty" paragraph may hold one). */
  inlinePictures: number;
  format: FakeParagraphFormat;
  /** How many times Word was asked to change this paragraph's text. */
  textWrites: number;
}

export interface FakeParagraphInit {
  text?: string;
  runs?: FakeRun[];
  styleBuiltIn?: string;
  outlineLevel?: number;
  listString?: string;
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

/** Word.BuiltInStyleName: the locale-independent names, a subset of Office's list. */
export const BuiltInStyleName = {
  other: 'Other',
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  heading5: 'Heading5',
  heading6: 'Heading6',
  heading7: 'Heading7',
  heading8: 'Heading8',
  heading9: 'Heading9',
  title: 'Title',
  subtitle: 'Subtitle',
  listParagraph: 'ListParagraph',
} as const;


const knownStyles = new Set<string>(Object.values(BuiltInStyleName));

/** Word's outline level for body text. */
const bodyTextOutlineLevel = 10;

/** Word's search limit on the length of the search text. */
const maxSearchLength = 255;

const alignments = new Set(['Left', 'Centered', 'Right', 'Justified']);

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

/** The document behind the fake: what tests assert on and what the preview panel draws. */
export class FakeDocument {
  /** The paragraphs of the main body (table cells included), in order. */
  readonly paragraphs: FakeParagraph[];
  readonly body: FakeStory;
  /** Headers, footers, footnotes, text boxes: parts with their own paragraphs, outside the body. */
  readonly parts: FakeStory[] = [];
  /**
   * The selection runs from character `selectionStartOffset` of `selectionStart` to character
   * `selectionEndOffset` of `selectionEnd` (end exclusive); a cursor when both are the same place.
   */
  selectionStart: FakeParagraph;
  selectionEnd: FakeParagraph;
  selectionStartOffset = 0;
  selectionEndOffset = 0;
  syncCount = 0;
  /** Document.settings: what the document carries in its file besides its text (values as JSON). */
  readonly settings = new Map<string, string>();
  /** Document.changeTrackingMode (WordApi 1.4): with tracking on, edits become revisions. */
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** The requirement sets the host supports, by name: the highest version of each. */
  apiSets: Record<string, string> = { WordApi: '1.4' };
  /**
   * What the settings may hold in all, as JSON: a write past it fails the sync. Office documents 2 MB
   * for Office.Settings; a test lowers it to make a settings write fail.
   */
  maxSettingsBytes = 2 * 1024 * 1024;
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

/** Office.context.requirements.isSetSupported for a host like the fake document. */
export function fakeRequirements(fake: FakeDocument): (name: string, version?: string) => boolean {
  return (name, version = '1.1') => fake.supports(name, version);
}

function createParagraph(init: FakeParagraphInit): FakeParagraph {
  const runs = init.runs ? init.runs.map((run) => ({ ...run })) : [{ text: init.text ?? '' }];
  return {
    runs,
    styleBuiltIn: init.styleBuiltIn ?? BuiltInStyleName.normal,
    outlineLevel: init.outlineLevel,
    listString: init.listString,
    tableNestingLevel: init.tableNestingLevel ?? 0,
    inlinePictures: init.inlinePictures ?? 0,
    format: { ...init.format },
    textWrites: 0,
  };
}

/** Paragraph.outlineLevel as Word reports it: a Heading style's own level, else the paragraph's (direct or custom style), else body text. */
function outlineLevelOf(paragraph: FakeParagraph): number {
  return headingLevelOf(paragraph.styleBuiltIn, null) ?? paragraph.outlineLevel ?? bodyTextOutlineLevel;
}

/** What the paragraph's style gives when there is no direct formatting: the fake's styles are left-aligned without indents, Title centred. */
function effectiveFormat(paragraph: FakeParagraph): Required<FakeParagraphFormat> {
  return {
    alignment: paragraph.format.alignment ?? (paragraph.styleBuiltIn === BuiltInStyleName.title ? 'Centered' : 'Justified'),
    leftIndent: paragraph.format.leftIndent ?? 0,
    firstLineIndent: paragraph.format.firstLineIndent ?? 0,
  };
}

/**
 * Replaces the characters [start, end) of a paragraph with `text`. The new text takes the formatting
 * of the first replaced character (or of the character before an insertion point), as Word does;
 * every other run keeps its own formatting. With change tracking on, the replaced characters stay as
 * a deleted revision and the new text follows them as an inserted one.
 */
function spliceRuns(paragraph: FakeParagraph, start: number, end: number, text: string, tracked = false): void {
  const anchor = start === end && start > 0 ? start - 1 : start;
  const before: FakeRun[] = [];
  const replaced: FakeRun[] = [];
  const after: FakeRun[] = [];
  let format: FakeRun | undefined;
  let offset = 0;
  for (const run of paragraph.runs) {
    const runStart = offset;
    offset += run.text.length;
    if (!format && anchor >= runStart && anchor < offset) format = run;
    const at = (position: number) => Math.max(0, Math.min(run.text.length, position - runStart));
    const head = run.text.slice(0, at(start));
    const middle = run.text.slice(at(start), at(end));
    const tail = run.text.slice(at(end));
    if (head) before.push({ ...run, text: head });
    if (middle) replaced.push({ ...run, text: middle, revision: 'deleted' });
    if (tail) after.push({ ...run, text: tail });
  }
  format ??= paragraph.runs[paragraph.runs.length - 1];
  const { revision: _revision, ...plain } = format;
  const inserted: FakeRun[] = text ? [tracked ? { ...plain, text, revision: 'inserted' } : { ...plain, text }] : [];
  const runs = mergeAlike([...before, ...(tracked ? replaced : []), ...inserted, ...after]);
  paragraph.runs = runs.length > 0 ? runs : [{ text: '' }];
  paragraph.textWrites++;
}

/** Joins neighbouring runs of the same formatting, as Word does. */
function mergeAlike(runs: FakeRun[]): FakeRun[] {
  const formatKey = ({ text: _text, ...format }: FakeRun) => JSON.stringify(Object.entries(format).sort());
  const merged: FakeRun[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && formatKey(previous) === formatKey(run)) previous.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function propertyNotLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function itemNotFound(): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.');
}

function invalidArgument(detail: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ${detail}`);
}

/** What a host without the requirement set does when the code uses it anyway. */
function requireApi(fake: FakeDocument, name: string, version: string, member: string): void {
  if (!fake.supports(name, version)) {
    throw new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (${member} needs ${name} ${version}).`);
  }
}

/** Parses `load()`'s argument: "a,b", ["a","b"], or {select: "a,b"}. */
function propertyNames(properties?: string | string[] | { select?: string }): string[] {
  if (properties === undefined) return [];
  const list = typeof properties === 'string' ? properties.split(',') : Array.isArray(properties) ? properties : (properties.select ?? '').split(',');
  return list.map((name) => name.trim()).filter(Boolean);
}

export class FakeRequestContext {
  private queue: Array<() => void> = [];
  readonly document: FakeDocumentProxy;

  constructor(readonly fake: FakeDocument) {
    this.document = new FakeDocumentProxy(this);
  }

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.fake.syncCount++;
    // A round trip to the host: nothing queued runs before the caller yields.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      for (const operation of operations) operation();
    } finally {
      if (operations.length > 0) this.fake.notifyChanged();
    }
  }
}

/** What every proxy shares: loaded values readable only after sync. */
abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(readonly context: FakeRequestContext) {}

  protected loadedValue<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Called by a queued load operation at sync time. */
  setLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }
}

/** OfficeExtension.ClientResult: a value a method returns, known after sync. */
class FakeClientResult<T> {
  private state: { value: T } | undefined;

  set(value: T): void {
    this.state = { value };
  }

  get value(): T {
    if (!this.state) throw new FakeOfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    return this.state.value;
  }
}

/** The null-object pattern (…OrNullObject): isNullObject is known after sync; loading a null object loads nothing. */
type NullState = 'pending' | 'null' | 'existing';

function isNullObjectOf(state: NullState): boolean {
  if (state === 'pending') throw propertyNotLoaded('isNullObject');
  return state === 'null';
}

class FakeDocumentProxy extends FakeClientObject {
  readonly body = new FakeBodyProxy(this.context, () => ({ type: 'MainDoc', story: this.context.fake.body }));
  readonly settings = new FakeSettingCollectionProxy(this.context);

  getSelection(): FakeRangeProxy {
    const fake = this.context.fake;
    return new FakeRangeProxy(this.context, () => {
      // The text may have changed under the selection: keep it within the paragraphs.
      const clamp = (paragraph: FakeParagraph, offset: number) => Math.min(offset, paragraphText(paragraph).length);
      return {
        first: fake.selectionStart,
        start: clamp(fake.selectionStart, fake.selectionStartOffset),
        last: fake.selectionEnd,
        end: clamp(fake.selectionEnd, fake.selectionEndOffset),
      };
    });
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      for (const name of names) {
        if (name === 'changeTrackingMode') {
          requireApi(this.context.fake, 'WordApi', '1.4', 'Document.changeTrackingMode');
          this.setLoaded(name, this.context.fake.changeTrackingMode);
        } else throw invalidArgument(`The fake does not model the document property '${name}'.`);
      }
    });
    return this;
  }

  get changeTrackingMode(): string {
    return this.loadedValue('changeTrackingMode');
  }
}

/** Which body a Body proxy stands for, worked out at sync: a part of the document, or a table cell (type only). */
type BodyTarget = { type: string; story?: FakeStory };

class FakeBodyProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => BodyTarget,
  ) {
    super(context);
  }

  private story(): FakeStory {
    const { story, type } = this.resolve();
    if (!story) throw invalidArgument(`The fake models only the type of a ${type} body.`);
    return story;
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      for (const name of names) {
        if (name === 'type') this.setLoaded('type', this.resolve().type);
        else throw invalidArgument(`The fake does not model the body property '${name}'.`);
      }
    });
    return this;
  }

  /** Body.type (WordApi 1.3): MainDoc, Header, Footer, TableCell, Footnote… */
  get type(): string {
    return this.loadedValue('type');
  }

  get paragraphs(): FakeParagraphCollectionProxy {
    return new FakeParagraphCollectionProxy(this.context, () => this.story().paragraphs);
  }

  /** Body.getRange (WordApi 1.3): 'Whole' and 'Content' are the whole body, 'Start' and 'End' its ends. */
  getRange(location: string = 'Whole'): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const list = this.story().paragraphs;
      const first = list[0];
      const last = list[list.length - 1];
      const lastLength = paragraphText(last).length;
      if (location === 'Whole') return { first, start: 0, last, end: lastLength + 1 };
      if (location === 'Content') return { first, start: 0, last, end: lastLength };
      if (location === 'Start') return { first, start: 0, last: first, end: 0 };
      if (location === 'End') return { first: last, start: lastLength, last, end: lastLength };
      throw invalidArgument(`The fake does not model Body.getRange('${location}').`);
    });
  }

  /** Body.getReviewedText (WordApi 1.4): the paragraphs' reviewed texts, one per line. */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      requireApi(this.context.fake, 'WordApi', '1.4', 'Body.getReviewedText');
      result.set(this.story().paragraphs.map((paragraph) => reviewedText(paragraph, version)).join('\r'));
    });
    return result;
  }

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      const list = this.story().paragraphs;
      if (location !== 'Start' && location !== 'End') throw invalidArgument(`Body.insertParagraph location '${location}'.`);
      const paragraph = createParagraph({ text });
      if (this.context.fake.changeTrackingMode !== 'Off') paragraph.runs = [{ text, revision: 'inserted' }];
      if (location === 'Start') list.unshift(paragraph);
      else list.push(paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }
}

class FakeParagraphCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeParagraph[],
  ) {
    super(context);
  }

  get items(): FakeParagraphProxy[] {
    return this.loadedValue('items');
  }

  load(properties?: string | string[] | { select?: string }): this {
    const itemProperties = propertyNames(properties).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue(() => {
      const items = this.source().map((paragraph) => {
        const proxy = new FakeParagraphProxy(this.context);
        proxy.bind(paragraph);
        proxy.snapshot(itemProperties);
        return proxy;
      });
      this.setLoaded('items', items);
    });
    return this;
  }

  getFirst(): FakeParagraphProxy {
    return this.pick((list) => list[0]);
  }

  getLast(): FakeParagraphProxy {
    return this.pick((list) => list[list.length - 1]);
  }

  private pick(choose: (list: FakeParagraph[]) => FakeParagraph | undefined): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      const paragraph = choose(this.source());
      if (!paragraph) throw itemNotFound();
      proxy.bind(paragraph);
    });
    return proxy;
  }
}

const paragraphProperties = ['text', 'styleBuiltIn', 'outlineLevel', 'isListItem', 'tableNestingLevel', 'alignment', 'leftIndent', 'firstLineIndent'] as const;

class FakeParagraphProxy extends FakeClientObject {
  private target?: FakeParagraph;

  bind(paragraph: FakeParagraph): void {
    this.target = paragraph;
  }

  /** The paragraph this proxy stands for; only known once the operation that created it has run. */
  private get paragraph(): FakeParagraph {
    if (!this.target) throw new FakeOfficeError('GeneralException', 'Paragraph proxy used before the operation that creates it ran.');
    return this.target;
  }

  private get fake(): FakeDocument {
    return this.context.fake;
  }

  snapshot(names: string[]): void {
    const requested = names.length > 0 ? names : [...paragraphProperties];
    const paragraph = this.paragraph;
    for (const name of requested) {
      if (name === 'text') this.setLoaded('text', paragraphText(paragraph));
      else if (name === 'styleBuiltIn') this.setLoaded('styleBuiltIn', paragraph.styleBuiltIn);
      else if (name === 'outlineLevel') this.setLoaded('outlineLevel', outlineLevelOf(paragraph));
      else if (name === 'isListItem') this.setLoaded('isListItem', paragraph.listString !== undefined);
      else if (name === 'tableNestingLevel') this.setLoaded('tableNestingLevel', paragraph.tableNestingLevel);
      else if (name === 'alignment' || name === 'leftIndent' || name === 'firstLineIndent') this.setLoaded(name, effectiveFormat(paragraph)[name]);
      else throw invalidArgument(`The fake does not model the property '${name}'.`);
    }
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => this.snapshot(names));
    return this;
  }

  get text(): string {
    return this.loadedValue('text');
  }

  get styleBuiltIn(): string {
    return this.loadedValue('styleBuiltIn');
  }

  /** Setting a style keeps the paragraph's direct formatting and its list membership, which the fake assumes of Word. */
  set styleBuiltIn(value: string) {
    this.context.enqueue(() => {
      if (!knownStyles.has(value)) throw invalidArgument(`'${value}' is not a Word.BuiltInStyleName.`);
      this.paragraph.styleBuiltIn = value;
    });
  }

  get outlineLevel(): number {
    return this.loadedValue('outlineLevel');
  }

  /** Paragraph.isListItem (WordApi 1.3). */
  get isListItem(): boolean {
    return this.loadedValue('isListItem');
  }

  /** Paragraph.tableNestingLevel (WordApi 1.3): 0 outside tables. */
  get tableNestingLevel(): number {
    return this.loadedValue('tableNestingLevel');
  }

  get alignment(): string {
    return this.loadedValue('alignment');
  }

  set alignment(value: string) {
    this.context.enqueue(() => {
      if (!alignments.has(value)) throw invalidArgument(`Alignment '${value}'.`);
      this.paragraph.format.alignment = value as FakeParagraphFormat['alignment'];
    });
  }

  get leftIndent(): number {
    return this.loadedValue('leftIndent');
  }

  set leftIndent(value: number) {
    this.context.enqueue(() => {
      this.paragraph.format.leftIndent = value;
    });
  }

  get firstLineIndent(): number {
    return this.loadedValue('firstLineIndent');
  }

  set firstLineIndent(value: number) {
    this.context.enqueue(() => {
      this.paragraph.format.firstLineIndent = value;
    });
  }

  /** Paragraph.detachFromList (WordApi 1.3): out of its list, if it is a list item; nothing otherwise. */
  detachFromList(): void {
    this.context.enqueue(() => {
      this.paragraph.listString = undefined;
    });
  }

  /** Paragraph.reset (WordApiDesktop 1.4): removes manual paragraph formatting, what the style does not give. */
  reset(): void {
    this.context.enqueue(() => {
      requireApi(this.fake, 'WordApiDesktop', '1.4', 'Paragraph.reset');
      this.paragraph.format = {};
    });
  }

  /** Paragraph.parentBody (WordApi 1.3): the part holding it, or the table cell's own body. */
  get parentBody(): FakeBodyProxy {
    return new FakeBodyProxy(this.context, () => {
      const paragraph = this.paragraph;
      if (paragraph.tableNestingLevel > 0) return { type: 'TableCell' };
      const story = this.fake.storyOf(paragraph);
      return { type: story.type, story };
    });
  }

  /** Paragraph.inlinePictures (WordApi 1.1). */
  get inlinePictures(): FakeInlinePictureCollectionProxy {
    return new FakeInlinePictureCollectionProxy(this.context, () => this.paragraph.inlinePictures);
  }

  /** Paragraph.getReviewedText (WordApi 1.4). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      requireApi(this.fake, 'WordApi', '1.4', 'Paragraph.getReviewedText');
      result.set(reviewedText(this.paragraph, version));
    });
    return result;
  }

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      if (location !== 'Before' && location !== 'After') throw invalidArgument(`Paragraph.insertParagraph location '${location}'.`);
      const from = this.paragraph;
      const list = this.fake.storyOf(from).paragraphs;
      // As Enter does, the new paragraph carries over the style, the list membership (Word draws
      // the list's next number), the table cell and the direct formatting: callers reset what they do not want.
      const paragraph = createParagraph({
        text,
        styleBuiltIn: from.styleBuiltIn,
        outlineLevel: from.outlineLevel,
        listString: from.listString,
        tableNestingLevel: from.tableNestingLevel,
        format: from.format,
      });
      if (this.fake.changeTrackingMode !== 'Off') paragraph.runs = [{ text, revision: 'inserted' }];
      const index = list.indexOf(from);
      list.splice(location === 'Before' ? index : index + 1, 0, paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }

  insertText(text: string, location: string): FakeRangeProxy {
    let inserted = { start: 0, end: 0 };
    this.context.enqueue(() => {
      const length = paragraphText(this.paragraph).length;
      const tracked = this.fake.changeTrackingMode !== 'Off';
      if (location === 'Start') spliceRuns(this.paragraph, 0, 0, text, tracked);
      else if (location === 'End') spliceRuns(this.paragraph, length, length, text, tracked);
      else if (location === 'Replace') spliceRuns(this.paragraph, 0, length, text, tracked);
      else throw invalidArgument(`Paragraph.insertText location '${location}'.`);
      const start = location === 'End' ? length : tracked && location === 'Replace' ? length : 0;
      inserted = { start, end: start + text.length };
    });
    return new FakeRangeProxy(this.context, () => ({ first: this.paragraph, last: this.paragraph, ...inserted }));
  }

  /**
   * Paragraph.getRange (WordApi 1.3): 'Whole' takes the paragraph mark too (so it ends where the next
   * paragraph starts), 'Content' only the text; 'Start' and 'End' are empty ranges at either end of the text.
   */
  getRange(location: string = 'Whole'): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const paragraph = this.paragraph;
      const length = paragraphText(paragraph).length;
      if (location === 'Whole') return { first: paragraph, start: 0, last: paragraph, end: length + 1 };
      if (location === 'Content') return { first: paragraph, start: 0, last: paragraph, end: length };
      if (location === 'Start') return { first: paragraph, start: 0, last: paragraph, end: 0 };
      if (location === 'End') return { first: paragraph, start: length, last: paragraph, end: length };
      throw invalidArgument(`The fake does not model Paragraph.getRange('${location}').`);
    });
  }

  search(searchText: string, options?: { matchCase?: boolean }): FakeRangeCollectionProxy {
    return new FakeRangeCollectionProxy(this.context, () => findAll(this.paragraph, searchText, options?.matchCase ?? false));
  }

  select(selectionMode?: string): void {
    this.context.enqueue(() => {
      if (selectionMode !== undefined && !['Select', 'Start', 'End'].includes(selectionMode)) throw invalidArgument(`select mode '${selectionMode}'.`);
      const fake = this.fake;
      const story = fake.storyOf(this.paragraph);
      const index = story.paragraphs.indexOf(this.paragraph);
      const length = paragraphText(this.paragraph).length;
      if (selectionMode === 'Start') fake.placeCursorIn(story, index, 0);
      else if (selectionMode === 'End') fake.placeCursorIn(story, index, length);
      else if (story === fake.body) fake.select(index);
      else throw invalidArgument('The fake selects whole paragraphs of the body only.');
    });
  }
}

class FakeInlinePictureCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly count: () => number,
  ) {
    super(context);
  }

  /** InlinePictureCollection.getFirstOrNullObject (WordApi 1.3). */
  getFirstOrNullObject(): FakeInlinePictureProxy {
    const proxy = new FakeInlinePictureProxy(this.context);
    this.context.enqueue(() => proxy.bindState(this.count() > 0 ? 'existing' : 'null'));
    return proxy;
  }
}

class FakeInlinePictureProxy extends FakeClientObject {
  private state: NullState = 'pending';

  bindState(state: NullState): void {
    this.state = state;
  }

  get isNullObject(): boolean {
    return isNullObjectOf(this.state);
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      if (this.state !== 'existing') return;
      for (const name of names) {
        if (name === 'width' || name === 'height') this.setLoaded(name, 100);
        else throw invalidArgument(`The fake does not model the picture property '${name}'.`);
      }
    });
    return this;
  }

  get width(): number {
    return this.loadedValue('width');
  }
}

/**
 * A range of the document: from character `start` of paragraph `first` to character `end` (exclusive)
 * of paragraph `last`, both in the same part. An `end` one past the text takes the paragraph mark:
 * the range then ends where the next paragraph starts.
 */
interface RangeTarget {
  first: FakeParagraph;
  start: number;
  last: FakeParagraph;
  end: number;
}

/** A place in its part, [paragraph index, offset], comparable in order; past the mark is the next paragraph's start. */
function placeOf(fake: FakeDocument, paragraph: FakeParagraph, offset: number): [number, number] {
  const index = fake.storyOf(paragraph).paragraphs.indexOf(paragraph);
  return offset > paragraphText(paragraph).length ? [index + 1, 0] : [index, offset];
}

function comparePlaces(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function rangeParagraphs(fake: FakeDocument, target: RangeTarget): FakeParagraph[] {
  const list = fake.storyOf(target.first).paragraphs;
  const first = list.indexOf(target.first);
  const last = list.indexOf(target.last);
  if (last < 0) throw new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.');
  return list.slice(first, last + 1);
}

function rangeText(fake: FakeDocument, target: RangeTarget): string {
  const paragraphs = rangeParagraphs(fake, target);
  return paragraphs
    .map((paragraph, i) => {
      const text = paragraphText(paragraph);
      const from = i === 0 ? target.start : 0;
      const to = i === paragraphs.length - 1 ? Math.min(target.end, text.length) : text.length;
      return text.slice(from, to);
    })
    .join('\r');
}

/** Word's search text syntax without wildcards: `^^` is a caret, `^t` a tab; any other `^x` is a special code the fake refuses. */
function unescapeSearchText(searchText: string): string {
  if (searchText.length === 0 || searchText.length > maxSearchLength) throw invalidArgument('Search text is empty or longer than 255 characters.');
  return searchText.replace(/\^(.?)/g, (_, code: string) => {
    if (code === '^') return '^';
    if (code === 't') return '\t';
    throw invalidArgument(`Special search code '^${code}'.`);
  });
}

function findAll(paragraph: FakeParagraph, searchText: string, matchCase: boolean): RangeTarget[] {
  const needle = unescapeSearchText(searchText);
  const text = paragraphText(paragraph);
  const haystack = matchCase ? text : text.toLowerCase();
  const wanted = matchCase ? needle : needle.toLowerCase();
  const hidden: Array<[number, number]> = [];
  let offset = 0;
  for (const run of paragraph.runs) {
    if (run.unsearchable) hidden.push([offset, offset + run.text.length]);
    offset += run.text.length;
  }
  const found: RangeTarget[] = [];
  for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + wanted.length)) {
    const end = at + wanted.length;
    if (hidden.some(([from, to]) => at < to && end > from)) continue;
    found.push({ first: paragraph, start: at, last: paragraph, end });
  }
  return found;
}

class FakeRangeCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly source: () => RangeTarget[],
  ) {
    super(context);
  }

  /** Fails the sync with ItemNotFound when nothing was found: the operations queued after it never run. */
  getFirst(): FakeRangeProxy {
    let first: RangeTarget | undefined;
    this.context.enqueue(() => {
      first = this.source()[0];
      if (!first) throw itemNotFound();
    });
    return new FakeRangeProxy(this.context, () => first!);
  }

  /** RangeCollection.getFirstOrNullObject (WordApi 1.3): a null object when nothing was found. */
  getFirstOrNullObject(): FakeRangeProxy {
    let first: RangeTarget | undefined;
    const proxy = new FakeRangeProxy(
      this.context,
      () => {
        if (!first) throw itemNotFound();
        return first;
      },
      'pending',
    );
    this.context.enqueue(() => {
      first = this.source()[0];
      proxy.bindState(first ? 'existing' : 'null');
    });
    return proxy;
  }
}

class FakeRangeProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget,
    /** Set for a range from an …OrNullObject method; undefined for a range that always exists. */
    private state?: NullState,
  ) {
    super(context);
  }

  bindState(state: NullState): void {
    this.state = state;
  }

  get isNullObject(): boolean {
    return this.state === undefined ? false : isNullObjectOf(this.state);
  }

  /** Where the range is, worked out when an operation that uses it runs. */
  target(): RangeTarget {
    return this.resolve();
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      if (this.state === 'null') return;
      for (const name of names) {
        if (name === 'text') this.setLoaded('text', rangeText(this.context.fake, this.resolve()));
        else throw invalidArgument(`The fake does not model the range property '${name}'.`);
      }
    });
    return this;
  }

  get text(): string {
    return this.loadedValue('text');
  }

  get paragraphs(): FakeParagraphCollectionProxy {
    return new FakeParagraphCollectionProxy(this.context, () => rangeParagraphs(this.context.fake, this.resolve()));
  }

  /** Range.expandTo (WordApi 1.3): from the earlier start of the two ranges to the later end; both must be in the same part. */
  expandTo(range: FakeRangeProxy): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const fake = this.context.fake;
      const a = this.resolve();
      const b = range.target();
      if (fake.storyOf(a.first) !== fake.storyOf(b.first)) throw itemNotFound();
      const startsFirst = comparePlaces(placeOf(fake, a.first, a.start), placeOf(fake, b.first, b.start)) <= 0 ? a : b;
      const endsLast = comparePlaces(placeOf(fake, a.last, a.end), placeOf(fake, b.last, b.end)) >= 0 ? a : b;
      return { first: startsFirst.first, start: startsFirst.start, last: endsLast.last, end: endsLast.end };
    });
  }

  /**
   * Range.compareLocationWith (WordApi 1.3): 'Unrelated' for ranges in different parts (the body and a
   * header, say); otherwise the fake tells Equal, Contains, Inside, Before, After and Overlaps apart
   * (Word has finer relations, such as AdjacentBefore, that the fake reports as Before).
   */
  compareLocationWith(range: FakeRangeProxy): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const fake = this.context.fake;
      const a = this.resolve();
      const b = range.target();
      if (fake.storyOf(a.first) !== fake.storyOf(b.first)) return result.set('Unrelated');
      const [aStart, aEnd, bStart, bEnd] = [placeOf(fake, a.first, a.start), placeOf(fake, a.last, a.end), placeOf(fake, b.first, b.start), placeOf(fake, b.last, b.end)];
      const startOrder = comparePlaces(aStart, bStart);
      const endOrder = comparePlaces(aEnd, bEnd);
      if (startOrder === 0 && endOrder === 0) result.set('Equal');
      else if (startOrder <= 0 && endOrder >= 0) result.set('Contains');
      else if (startOrder >= 0 && endOrder <= 0) result.set('Inside');
      else if (comparePlaces(aEnd, bStart) <= 0) result.set('Before');
      else if (comparePlaces(aStart, bEnd) >= 0) result.set('After');
      else result.set(startOrder < 0 ? 'OverlapsBefore' : 'OverlapsAfter');
    });
    return result;
  }

  insertText(text: string, location: string): FakeRangeProxy {
    let inserted: RangeTarget | undefined;
    this.context.enqueue(() => {
      if (location !== 'Replace') throw invalidArgument(`The fake models Range.insertText only with 'Replace', not '${location}'.`);
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake replaces text within one paragraph only.');
      const tracked = this.context.fake.changeTrackingMode !== 'Off';
      spliceRuns(target.first, target.start, target.end, text, tracked);
      const start = tracked ? target.end : target.start;
      inserted = { ...target, start, end: start + text.length };
    });
    return new FakeRangeProxy(this.context, () => inserted!);
  }

  delete(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake deletes text within one paragraph only.');
      spliceRuns(target.first, target.start, target.end, '', this.context.fake.changeTrackingMode !== 'Off');
    });
  }
}

/** Word's limit on a setting key; the value must survive JSON. */
const maxSettingKeyLength = 255;

function storeSetting(fake: FakeDocument, key: string, json: string): void {
  const others = [...fake.settings].filter(([other]) => other !== key);
  const bytes = [...others, [key, json]].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  if (bytes > fake.maxSettingsBytes) throw new FakeOfficeError('GeneralException', 'The settings exceed the size the document can hold.');
  fake.settings.set(key, json);
}

class FakeSettingCollectionProxy extends FakeClientObject {
  add(key: string, value: unknown): FakeSettingProxy {
    const proxy = new FakeSettingProxy(this.context, key);
    this.context.enqueue(() => {
      if (typeof key !== 'string' || key.length === 0 || key.length > maxSettingKeyLength) throw invalidArgument(`Setting key '${key}'.`);
      const json = value === undefined ? undefined : JSON.stringify(value);
      if (json === undefined) throw invalidArgument(`The value of setting '${key}' cannot be stored.`);
      storeSetting(this.context.fake, key, json);
      proxy.bindExisting();
    });
    return proxy;
  }

  getItem(key: string): FakeSettingProxy {
    const proxy = new FakeSettingProxy(this.context, key);
    this.context.enqueue(() => {
      if (!this.context.fake.settings.has(key)) throw itemNotFound();
      proxy.bindExisting();
    });
    return proxy;
  }

  /** As in Office: a null object when there is no such setting, known (isNullObject) after sync. */
  getItemOrNullObject(key: string): FakeSettingProxy {
    const proxy = new FakeSettingProxy(this.context, key);
    this.context.enqueue(() => {
      if (this.context.fake.settings.has(key)) proxy.bindExisting();
      else proxy.bindNull();
    });
    return proxy;
  }
}

class FakeSettingProxy extends FakeClientObject {
  private state: 'pending' | 'existing' | 'null' = 'pending';

  constructor(
    context: FakeRequestContext,
    private readonly settingKey: string,
  ) {
    super(context);
  }

  bindExisting(): void {
    this.state = 'existing';
  }

  bindNull(): void {
    this.state = 'null';
  }

  get isNullObject(): boolean {
    if (this.state === 'pending') throw propertyNotLoaded('isNullObject');
    return this.state === 'null';
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      // Loading a null object loads nothing; reading its properties stays an error.
      if (this.state !== 'existing') return;
      for (const name of names.length > 0 ? names : ['key', 'value']) {
        if (name === 'key') this.setLoaded('key', this.settingKey);
        else if (name === 'value') this.setLoaded('value', JSON.parse(this.context.fake.settings.get(this.settingKey)!));
        else throw invalidArgument(`The fake does not model the setting property '${name}'.`);
      }
    });
    return this;
  }

  get key(): string {
    return this.loadedValue('key');
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  set value(value: unknown) {
    this.context.enqueue(() => {
      if (this.state !== 'existing') throw itemNotFound();
      const json = value === undefined ? undefined : JSON.stringify(value);
      if (json === undefined) throw invalidArgument(`The value of setting '${this.settingKey}' cannot be stored.`);
      storeSetting(this.context.fake, this.settingKey, json);
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      if (this.state !== 'existing') throw itemNotFound();
      this.context.fake.settings.delete(this.settingKey);
    });
  }
}

/** The global `Word` namespace, backed by one fake document. */
export function createFakeWord(fake: FakeDocument): typeof Word {
  const namespace = {
    BuiltInStyleName,
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(fake);
      const result = await batch(context);
      if (context.hasPendingOperations) {
        throw new FakeOfficeError('GeneralException', 'Word.run ended with operations queued but never synced.');
      }
      return result;
    },
  };
  return namespace as unknown as typeof Word;
}
