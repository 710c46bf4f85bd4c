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
 *   start of the body to a paragraph holds exactly the paragraphs before it and itself.
 *
 * The browser preview installs it as the global `Word` over a sample document, so the very same
 * word module runs in the preview as in Word.
 */

export interface FakeRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** A paragraph of the fake document. `outlineLevel` matters only for paragraphs of a custom ("Other") style. */
export interface FakeParagraph {
  runs: FakeRun[];
  styleBuiltIn: string;
  outlineLevel?: number;
  /** How many times Word was asked to change this paragraph's text. */
  textWrites: number;
}

export interface FakeParagraphInit {
  text?: string;
  runs?: FakeRun[];
  styleBuiltIn?: string;
  outlineLevel?: number;
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

export function paragraphText(paragraph: FakeParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** The document behind the fake: what tests assert on and what the preview panel draws. */
export class FakeDocument {
  readonly paragraphs: FakeParagraph[];
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
  private readonly listeners = new Set<() => void>();

  constructor(paragraphs: FakeParagraphInit[] = [{ text: '' }]) {
    this.paragraphs = (paragraphs.length > 0 ? paragraphs : [{ text: '' }]).map(createParagraph);
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

  /** The heading level (1–9) of a paragraph, or null for body text: what Word shows in its navigation pane. */
  headingLevel(paragraph: FakeParagraph): number | null {
    const level = outlineLevelOf(paragraph);
    return level === bodyTextOutlineLevel ? null : level;
  }

  /** Selects the text of whole paragraphs, `firstIndex` to `lastIndex` inclusive. */
  select(firstIndex: number, lastIndex = firstIndex): void {
    this.selectText(firstIndex, 0, lastIndex, paragraphText(this.paragraphAt(lastIndex)).length);
  }

  /** Puts the cursor (an empty selection) at character `offset` of a paragraph. */
  placeCursor(index: number, offset = 0): void {
    this.selectText(index, offset, index, offset);
  }

  /** Selects from character `startOffset` of one paragraph to character `endOffset` (exclusive) of another. */
  selectText(firstIndex: number, startOffset: number, lastIndex: number, endOffset: number): void {
    const first = this.paragraphAt(firstIndex);
    const last = this.paragraphAt(lastIndex);
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
    const first = this.paragraphs.indexOf(this.selectionStart);
    const last = this.paragraphs.indexOf(this.selectionEnd);
    return this.paragraphs.slice(first, last + 1);
  }

  private paragraphAt(index: number): FakeParagraph {
    const paragraph = this.paragraphs[index];
    if (!paragraph) throw new RangeError(`No paragraph ${index} in a document of ${this.paragraphs.length}.`);
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

function createParagraph(init: FakeParagraphInit): FakeParagraph {
  const runs = init.runs ? init.runs.map((run) => ({ ...run })) : [{ text: init.text ?? '' }];
  return { runs, styleBuiltIn: init.styleBuiltIn ?? BuiltInStyleName.normal, outlineLevel: init.outlineLevel, textWrites: 0 };
}

function outlineLevelOf(paragraph: FakeParagraph): number {
  const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
  if (heading) return Number(heading[1]);
  if (paragraph.styleBuiltIn === BuiltInStyleName.other && paragraph.outlineLevel) return paragraph.outlineLevel;
  return bodyTextOutlineLevel;
}

/**
 * Replaces the characters [start, end) of a paragraph with `text`. The new text takes the formatting
 * of the first replaced character (or of the character before an insertion point), as Word does;
 * every other run keeps its own formatting.
 */
function spliceRuns(paragraph: FakeParagraph, start: number, end: number, text: string): void {
  const anchor = start === end && start > 0 ? start - 1 : start;
  const before: FakeRun[] = [];
  const after: FakeRun[] = [];
  let format: FakeRun | undefined;
  let offset = 0;
  for (const run of paragraph.runs) {
    const runStart = offset;
    offset += run.text.length;
    if (!format && anchor >= runStart && anchor < offset) format = run;
    const head = run.text.slice(0, Math.max(0, start - runStart));
    const tail = run.text.slice(Math.max(0, end - runStart));
    if (head) before.push({ ...run, text: head });
    if (tail) after.push({ ...run, text: tail });
  }
  format ??= paragraph.runs[paragraph.runs.length - 1];
  const inserted = text ? [{ ...format, text }] : [];
  const runs = mergeAlike([...before, ...inserted, ...after]);
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

class FakeDocumentProxy extends FakeClientObject {
  readonly body = new FakeBodyProxy(this.context);
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
}

class FakeBodyProxy extends FakeClientObject {
  get paragraphs(): FakeParagraphCollectionProxy {
    return new FakeParagraphCollectionProxy(this.context, () => this.context.fake.paragraphs);
  }

  /** Body.getRange (WordApi 1.3): 'Whole' and 'Content' are the whole body, 'Start' and 'End' its ends. */
  getRange(location: string = 'Whole'): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const list = this.context.fake.paragraphs;
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

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      const list = this.context.fake.paragraphs;
      if (location !== 'Start' && location !== 'End') throw invalidArgument(`Body.insertParagraph location '${location}'.`);
      const paragraph = createParagraph({ text });
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

const paragraphProperties = ['text', 'styleBuiltIn', 'outlineLevel'] as const;

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

  snapshot(names: string[]): void {
    const requested = names.length > 0 ? names : [...paragraphProperties];
    for (const name of requested) {
      if (name === 'text') this.setLoaded('text', paragraphText(this.paragraph));
      else if (name === 'styleBuiltIn') this.setLoaded('styleBuiltIn', this.paragraph.styleBuiltIn);
      else if (name === 'outlineLevel') this.setLoaded('outlineLevel', outlineLevelOf(this.paragraph));
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

  set styleBuiltIn(value: string) {
    this.context.enqueue(() => {
      if (!knownStyles.has(value)) throw invalidArgument(`'${value}' is not a Word.BuiltInStyleName.`);
      this.paragraph.styleBuiltIn = value;
    });
  }

  get outlineLevel(): number {
    return this.loadedValue('outlineLevel');
  }

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      if (location !== 'Before' && location !== 'After') throw invalidArgument(`Paragraph.insertParagraph location '${location}'.`);
      const list = this.context.fake.paragraphs;
      // Word carries the paragraph's formatting over to the new one: callers must set the style they want.
      const paragraph = createParagraph({ text, styleBuiltIn: this.paragraph.styleBuiltIn });
      const index = list.indexOf(this.paragraph);
      list.splice(location === 'Before' ? index : index + 1, 0, paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }

  insertText(text: string, location: string): FakeRangeProxy {
    let inserted = { start: 0, end: 0 };
    this.context.enqueue(() => {
      const length = paragraphText(this.paragraph).length;
      if (location === 'Start') spliceRuns(this.paragraph, 0, 0, text);
      else if (location === 'End') spliceRuns(this.paragraph, length, length, text);
      else if (location === 'Replace') spliceRuns(this.paragraph, 0, length, text);
      else throw invalidArgument(`Paragraph.insertText location '${location}'.`);
      const start = location === 'End' ? length : 0;
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
      const fake = this.context.fake;
      const index = fake.paragraphs.indexOf(this.paragraph);
      const length = paragraphText(this.paragraph).length;
      if (selectionMode === 'Start') fake.placeCursor(index, 0);
      else if (selectionMode === 'End') fake.placeCursor(index, length);
      else fake.select(index);
    });
  }
}

/**
 * A range of the document: from character `start` of paragraph `first` to character `end` (exclusive)
 * of paragraph `last`. An `end` one past the text takes the paragraph mark: the range then ends
 * where the next paragraph starts.
 */
interface RangeTarget {
  first: FakeParagraph;
  start: number;
  last: FakeParagraph;
  end: number;
}

/** A place in the document, [paragraph index, offset], comparable in document order; past the mark is the next paragraph's start. */
function placeOf(list: FakeParagraph[], paragraph: FakeParagraph, offset: number): [number, number] {
  const index = list.indexOf(paragraph);
  if (index < 0) throw new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.');
  return offset > paragraphText(paragraph).length ? [index + 1, 0] : [index, offset];
}

function comparePlaces(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function rangeParagraphs(list: FakeParagraph[], target: RangeTarget): FakeParagraph[] {
  const first = list.indexOf(target.first);
  const last = list.indexOf(target.last);
  if (first < 0 || last < 0) throw new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.');
  return list.slice(first, last + 1);
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
  const found: RangeTarget[] = [];
  for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + wanted.length)) {
    found.push({ first: paragraph, start: at, last: paragraph, end: at + wanted.length });
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

  getFirst(): FakeRangeProxy {
    let first: RangeTarget | undefined;
    this.context.enqueue(() => {
      first = this.source()[0];
      if (!first) throw itemNotFound();
    });
    return new FakeRangeProxy(this.context, () => first!);
  }
}

class FakeRangeProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget,
  ) {
    super(context);
  }

  /** Where the range is, worked out when an operation that uses it runs. */
  target(): RangeTarget {
    return this.resolve();
  }

  get paragraphs(): FakeParagraphCollectionProxy {
    return new FakeParagraphCollectionProxy(this.context, () => rangeParagraphs(this.context.fake.paragraphs, this.resolve()));
  }

  /** Range.expandTo (WordApi 1.3): from the earlier start of the two ranges to the later end. */
  expandTo(range: FakeRangeProxy): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const list = this.context.fake.paragraphs;
      const a = this.resolve();
      const b = range.target();
      const startsFirst = comparePlaces(placeOf(list, a.first, a.start), placeOf(list, b.first, b.start)) <= 0 ? a : b;
      const endsLast = comparePlaces(placeOf(list, a.last, a.end), placeOf(list, b.last, b.end)) >= 0 ? a : b;
      return { first: startsFirst.first, start: startsFirst.start, last: endsLast.last, end: endsLast.end };
    });
  }

  insertText(text: string, location: string): FakeRangeProxy {
    let inserted: RangeTarget | undefined;
    this.context.enqueue(() => {
      if (location !== 'Replace') throw invalidArgument(`The fake models Range.insertText only with 'Replace', not '${location}'.`);
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake replaces text within one paragraph only.');
      spliceRuns(target.first, target.start, target.end, text);
      inserted = { ...target, end: target.start + text.length };
    });
    return new FakeRangeProxy(this.context, () => inserted!);
  }

  delete(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake deletes text within one paragraph only.');
      spliceRuns(target.first, target.start, target.end, '');
    });
  }
}

/** Word's limit on a setting key; the value must survive JSON. */
const maxSettingKeyLength = 255;

class FakeSettingCollectionProxy extends FakeClientObject {
  add(key: string, value: unknown): FakeSettingProxy {
    const proxy = new FakeSettingProxy(this.context, key);
    this.context.enqueue(() => {
      if (typeof key !== 'string' || key.length === 0 || key.length > maxSettingKeyLength) throw invalidArgument(`Setting key '${key}'.`);
      const json = value === undefined ? undefined : JSON.stringify(value);
      if (json === undefined) throw invalidArgument(`The value of setting '${key}' cannot be stored.`);
      this.context.fake.settings.set(key, json);
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
      this.context.fake.settings.set(this.settingKey, json);
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
