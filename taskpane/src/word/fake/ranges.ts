/**
 * Ranges of the fake document: positions in a part, search, comparing locations, and writing text
 * into a range. Each behaviour cites the page or issue it comes from.
 */
import { FakeClientObject, FakeClientResult, invalidArgument, isNullObjectOf, itemNotFound, propertyNames, requireApi, type FakeRequestContext, type NullState } from './client.ts';
import { FakeBlockControlProxy, wrapInControl } from './content-controls.ts';
import { FakeOfficeError, formatRuns, paragraphText, spliceRuns, type FakeDocument, type FakeParagraph } from './model.ts';
import { insertPackage } from './ooxml.ts';
import { FakeParagraphCollectionProxy, refuseWriteIfProtected } from './proxies.ts';

/** Word's search text is at most 255 characters (Word.ErrorCodes.searchStringInvalidOrTooLong; learn.microsoft.com Word.Paragraph.search). */
export const maxSearchLength = 255;

/**
 * A range of the document: from character `start` of paragraph `first` to character `end` (exclusive)
 * of paragraph `last`, both in the same part. An `end` one past the text takes the paragraph mark:
 * the range then ends where the next paragraph starts.
 */
export interface RangeTarget {
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

export function comparePlaces(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

export function rangeParagraphs(fake: FakeDocument, target: RangeTarget): FakeParagraph[] {
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

/**
 * Word's search text without wildcards (learn.microsoft.com Word.Paragraph.search and Word's "Special"
 * Find codes): `^^` a caret, `^t` a tab, `^l` a manual line break, `^s` a non-breaking space, `^-` an
 * optional hyphen, `^~` a non-breaking hyphen. Any other `^x` is a code the fake refuses; longer than
 * 255 characters fails with SearchStringInvalidOrTooLong.
 */
const searchCodes: Record<string, string> = { '^': '^', t: '\t', l: '\u000b', s: '\u00a0', '-': '\u001f', '~': '\u001e' };

function unescapeSearchText(searchText: string): string {
  if (searchText.length === 0 || searchText.length > maxSearchLength) throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is invalid or too long.');
  return searchText.replace(/\^(.?)/g, (_, code: string) => {
    const character = searchCodes[code];
    if (character === undefined) throw invalidArgument(`Special search code '^${code}'.`);
    return character;
  });
}

/**
 * Characters Word's search finds only by their codes (^l, ^s, ^-, ^~): written as they are in the search
 * text they match nothing here (an assumption on docs/REAL-WORD-CHECKLIST.md; harsher than Word may be).
 */
const codedOnly = /[\u000b\u00a0\u001e\u001f]/;

function findAll(paragraph: FakeParagraph, searchText: string, matchCase: boolean): RangeTarget[] {
  const needle = unescapeSearchText(searchText);
  if (codedOnly.test(searchText)) return [];
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

/** The search results of a paragraph, in order. */
export function searchResults(context: FakeRequestContext, paragraph: () => FakeParagraph, searchText: string, matchCase: boolean): FakeRangeCollectionProxy {
  return new FakeRangeCollectionProxy(context, () => findAll(paragraph(), searchText, matchCase));
}

export class FakeRangeCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly source: () => RangeTarget[],
  ) {
    super(context);
  }

  get items(): FakeRangeProxy[] {
    return this.loadedValue('items');
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue(() => {
      const items = this.source().map((target) => {
        const range = new FakeRangeProxy(this.context, () => target);
        for (const name of names) {
          if (name === 'text') range.setLoaded('text', rangeText(this.context.fake, target));
          else throw invalidArgument(`The fake does not model the range property '${name}'.`);
        }
        return range;
      });
      this.setLoaded('items', items, false);
    });
    return this;
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

/** The content control holding a range (Range.parentContentControlOrNullObject, WordApi 1.3). */
export class FakeContentControlProxy extends FakeClientObject {
  private state: NullState = 'pending';

  bindState(state: NullState): void {
    this.state = state;
  }

  get isNullObject(): boolean {
    return isNullObjectOf(this.state);
  }

  private cannotEditValue = false;

  bindCannotEdit(value: boolean): void {
    this.cannotEditValue = value;
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      if (this.state !== 'existing') return;
      for (const name of names) {
        if (name === 'cannotEdit') this.setLoaded('cannotEdit', this.cannotEditValue);
        else throw invalidArgument(`The fake does not model the content control property '${name}'.`);
      }
    });
    return this;
  }

  /** ContentControl.cannotEdit (WordApi 1.1): the user (and an add-in) cannot change its contents. */
  get cannotEdit(): boolean {
    return this.loadedValue('cannotEdit');
  }
}

export class FakeRangeProxy extends FakeClientObject {
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

  /**
   * Where the range is, worked out when an operation that uses it runs. A null range has none: any
   * method of it fails the sync with ItemNotFound (harsher than the docs, which leave it unsaid).
   */
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
   * Range.compareLocationWith (WordApi 1.3) with every Word.LocationRelation (learn.microsoft.com
   * Word.LocationRelation): 'Unrelated' for ranges in different parts, 'InsideStart' for a range inside
   * the other that shares its start, 'AdjacentBefore' for one that ends where the other starts…
   */
  compareLocationWith(range: FakeRangeProxy): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this.context);
    this.context.enqueue(() => {
      const fake = this.context.fake;
      const a = this.resolve();
      const b = range.target();
      if (fake.storyOf(a.first) !== fake.storyOf(b.first)) return result.set('Unrelated');
      const [aStart, aEnd, bStart, bEnd] = [placeOf(fake, a.first, a.start), placeOf(fake, a.last, a.end), placeOf(fake, b.first, b.start), placeOf(fake, b.last, b.end)];
      const starts = comparePlaces(aStart, bStart);
      const ends = comparePlaces(aEnd, bEnd);
      if (starts === 0 && ends === 0) result.set('Equal');
      else if (starts <= 0 && ends >= 0) result.set(starts === 0 ? 'ContainsStart' : ends === 0 ? 'ContainsEnd' : 'Contains');
      else if (starts >= 0 && ends <= 0) result.set(starts === 0 ? 'InsideStart' : ends === 0 ? 'InsideEnd' : 'Inside');
      else if (comparePlaces(aEnd, bStart) <= 0) result.set(comparePlaces(aEnd, bStart) === 0 ? 'AdjacentBefore' : 'Before');
      else if (comparePlaces(aStart, bEnd) >= 0) result.set(comparePlaces(aStart, bEnd) === 0 ? 'AdjacentAfter' : 'After');
      else result.set(starts < 0 ? 'OverlapsBefore' : 'OverlapsAfter');
    });
    return result;
  }

  /** Range.parentContentControlOrNullObject (WordApi 1.3): the content control every character of the range is in. */
  get parentContentControlOrNullObject(): FakeContentControlProxy {
    const proxy = new FakeContentControlProxy(this.context);
    this.context.enqueue(() => {
      const target = this.resolve();
      let offset = 0;
      const controls = new Set<{ id: number; cannotEdit: boolean } | undefined>();
      for (const run of target.first.runs) {
        const [runStart, runEnd] = [offset, offset + run.text.length];
        offset = runEnd;
        const touches = target.start === target.end ? runStart <= target.start && target.start < runEnd : runStart < target.end && target.start < runEnd;
        if (touches) controls.add(run.contentControl);
      }
      const [control] = controls;
      if (controls.size === 1 && control) {
        proxy.bindState('existing');
        proxy.bindCannotEdit(control.cannotEdit);
      } else proxy.bindState('null');
    });
    return proxy;
  }

  /**
   * Range.insertContentControl (WordApi 1.1; "The contentControlType parameter was introduced in WordApi 1.5"): the
   * fake wraps whole paragraphs in a rich text control (content-controls.ts).
   */
  insertContentControl(contentControlType?: string): FakeBlockControlProxy {
    const proxy = new FakeBlockControlProxy(this.context);
    this.context.enqueue(() => {
      if (contentControlType !== undefined) {
        requireApi(this.context.fake, 'WordApi', '1.5', 'Range.insertContentControl(contentControlType)');
        if (contentControlType !== 'RichText') throw invalidArgument(`The fake models rich text content controls only, not '${contentControlType}'.`);
      }
      proxy.bind(wrapInControl(this.context.fake, this.resolve()));
    });
    return proxy;
  }

  /**
   * Range.insertComment (WordApi 1.4): a comment on the range. The fake keeps its text on the range's first paragraph and
   * adds no anchor character to Paragraph.text (whether Word does is on docs/REAL-WORD-CHECKLIST.md).
   */
  insertComment(commentText: string): void {
    this.context.enqueue(() => {
      requireApi(this.context.fake, 'WordApi', '1.4', 'Range.insertComment');
      const target = this.resolve();
      target.first.comments = [...(target.first.comments ?? []), commentText];
    });
  }

  /** Range.font (WordApi 1.1): the fake sets the highlight of a range within one paragraph. */
  get font(): { highlightColor: string | null } {
    const enqueue = (value: string | null) =>
      this.context.enqueue(() => {
        const target = this.resolve();
        if (target.first !== target.last) throw invalidArgument('The fake formats ranges within one paragraph only.');
        formatRuns(target.first, target.start, Math.min(target.end, paragraphText(target.first).length), { highlight: value ?? undefined });
      });
    return {
      set highlightColor(value: string | null) {
        enqueue(value);
      },
      get highlightColor(): string | null {
        throw invalidArgument('The fake does not read a range font.');
      },
    };
  }

  insertText(text: string, location: string): FakeRangeProxy {
    let inserted: RangeTarget | undefined;
    this.context.enqueue(() => {
      if (location !== 'Replace') throw invalidArgument(`The fake models Range.insertText only with 'Replace', not '${location}'.`);
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake replaces text within one paragraph only.');
      const fake = this.context.fake;
      const tracked = fake.changeTrackingMode !== 'Off';
      spliceRuns(fake, target.first, target.start, target.end, text, tracked);
      const start = tracked ? target.end : target.start;
      inserted = { ...target, start, end: start + text.length };
    });
    return new FakeRangeProxy(this.context, () => inserted!);
  }

  /**
   * Range.insertOoxml (WordApi 1.1): 'Replace' puts the package in place of the range's whole paragraphs;
   * 'Start' and 'End' of an empty paragraph are the same (see ooxml.ts for how Word reads the package).
   */
  insertOoxml(ooxml: string, location: string): FakeRangeProxy {
    return insertOoxmlAt(this.context, () => this.resolve(), ooxml, location);
  }

  delete(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target.first !== target.last || target.end > paragraphText(target.first).length) throw invalidArgument('The fake deletes text within one paragraph only.');
      const fake = this.context.fake;
      spliceRuns(fake, target.first, target.start, target.end, '', fake.changeTrackingMode !== 'Off');
    });
  }
}

/** Queues an insertOoxml at a range (Range.insertOoxml, Paragraph.insertOoxml): the OOXML counts into the request. */
export function insertOoxmlAt(context: FakeRequestContext, resolve: () => RangeTarget, ooxml: string, location: string): FakeRangeProxy {
  let inserted: RangeTarget | undefined;
  context.send(ooxml);
  context.enqueue(() => {
    const target = resolve();
    const empty = target.first === target.last && paragraphText(target.first) === '';
    if (location !== 'Replace' && !((location === 'Start' || location === 'End') && empty))
      throw invalidArgument(`The fake models insertOoxml with 'Replace' (or into an empty paragraph), not '${location}'.`);
    refuseWriteIfProtected(context.fake);
    inserted = insertPackage(context.fake, target, ooxml);
  });
  return new FakeRangeProxy(context, () => inserted!);
}
