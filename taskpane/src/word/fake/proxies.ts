/**
 * The Word API objects the taskpane uses, over the fake document (model.ts): the document, its body,
 * paragraphs, fonts, styles, settings and tracked changes. Ranges and search are in ranges.ts. Each
 * behaviour cites the page or issue it comes from: "Paragraph.getRange (WordApi 1.3)" stands for its
 * reference page, learn.microsoft.com/javascript/api/word/word.paragraph, and its requirement set
 * (learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets); a member of a
 * set the host lacks fails the sync with ApiNotFound, as on a host without it.
 */
import { FakeClientObject, FakeClientResult, FakeRequestContext, invalidArgument, isNullObjectOf, itemNotFound, propertyNames, propertyNotLoaded, requireApi, type NullState } from './client.ts';
import {
  builtInStyleNames,
  createParagraph,
  FakeOfficeError,
  isListItem,
  outlineLevelOf,
  paragraphText,
  reviewedText,
  spliceRuns,
  type FakeDocument,
  type FakeParagraph,
  type FakeParagraphFormat,
  type FakeRun,
  type FakeStory,
} from './model.ts';
import { attachToList, FakeListItemProxy, listOfParagraph, startNewList, type FakeListProxy } from './list-proxies.ts';
import { controlsIn, controlsOfDocument, FakeBlockControlProxy, FakeContentControlCollectionProxy } from './content-controls.ts';
import { paragraphsOoxml } from './ooxml.ts';
import { FakeRangeProxy, insertOoxmlAt, searchResults } from './ranges.ts';
import { FakeStyleCollectionProxy } from './style-proxies.ts';

const knownStyles = new Set<string>(builtInStyleNames);
const alignments = new Set(['Left', 'Centered', 'Right', 'Justified']);

type LoadArgument = string | string[] | { select?: string; top?: number; skip?: number };

/** Protections under which Word refuses every write (Document.protectionType, WordApiDesktop 1.4; Restrict Editing). */
export function refuseWriteIfProtected(fake: FakeDocument): void {
  if (fake.protectionType !== 'NoProtection' && fake.protectionType !== 'AllowOnlyRevisions') {
    throw new FakeOfficeError('GeneralException', 'GeneralException: The document is protected.');
  }
}

/** A text write as Word does it: refused in a protected document, a revision under AllowOnlyRevisions or with tracking on. */
function writeText(fake: FakeDocument, paragraph: FakeParagraph, start: number, end: number, text: string): void {
  refuseWriteIfProtected(fake);
  spliceRuns(fake, paragraph, start, end, text, fake.changeTrackingMode !== 'Off' || fake.protectionType === 'AllowOnlyRevisions');
}

export class FakeDocumentProxy extends FakeClientObject {
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

  /** Document.contentControls (WordApi 1.1): "in the body of the document, headers, footers, textboxes, etc." */
  get contentControls(): FakeContentControlCollectionProxy {
    return new FakeContentControlCollectionProxy(this.context, () => controlsOfDocument(this.context.fake));
  }

  /** Document.getStyles (WordApi 1.5). */
  getStyles(): FakeStyleCollectionProxy {
    this.context.enqueue(() => requireApi(this.context.fake, 'WordApi', '1.5', 'Document.getStyles'));
    return new FakeStyleCollectionProxy(this.context);
  }

  load(properties?: LoadArgument): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      const fake = this.context.fake;
      for (const name of names) {
        if (name === 'changeTrackingMode') {
          requireApi(fake, 'WordApi', '1.4', 'Document.changeTrackingMode');
          this.setLoaded(name, fake.changeTrackingMode);
        } else if (name === 'protectionType') {
          requireApi(fake, 'WordApiDesktop', '1.4', 'Document.protectionType');
          this.setLoaded(name, fake.protectionType);
        } else throw invalidArgument(`The fake does not model the document property '${name}'.`);
      }
    });
    return this;
  }

  get changeTrackingMode(): string {
    return this.loadedValue('changeTrackingMode');
  }

  get protectionType(): string {
    return this.loadedValue('protectionType');
  }
}

/** Which body a Body proxy stands for, worked out at sync: a part of the document, or a table cell (type only). */
type BodyTarget = { type: string; story?: FakeStory };

/** OOXML of runs, with tracked changes as Word writes them (w:ins, w:del; ECMA-376 Part 1, 17.13.5). */
function runsOoxml(paragraph: FakeParagraph): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const runs = paragraph.runs.map((run) => {
    if (run.revision === 'deleted') return `<w:del w:id="1" w:author="a"><w:r><w:delText>${escape(run.text)}</w:delText></w:r></w:del>`;
    const r = `<w:r><w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>`;
    return run.revision === 'inserted' ? `<w:ins w:id="2" w:author="a">${r}</w:ins>` : r;
  });
  return `<w:p><w:pPr><w:pStyle w:val="${paragraph.styleBuiltIn}"/></w:pPr>${runs.join('')}</w:p>`;
}

export class FakeBodyProxy extends FakeClientObject {
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

  load(properties?: LoadArgument): this {
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

  /** Body.contentControls (WordApi 1.1): the rich text content controls in the body. */
  get contentControls(): FakeContentControlCollectionProxy {
    return new FakeContentControlCollectionProxy(this.context, () => controlsIn(this.story()));
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
    const result = new FakeClientResult<string>(this.context);
    this.context.enqueue(() => {
      requireApi(this.context.fake, 'WordApi', '1.4', 'Body.getReviewedText');
      result.set(
        this.story()
          .paragraphs.map((paragraph) => reviewedText(paragraph, version))
          .join('\r'),
      );
    });
    return result;
  }

  /** Body.getOoxml (WordApi 1.1): the body as a flat OPC package; tracked changes are w:ins and w:del elements. */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this.context);
    this.context.enqueue(() => {
      const body = this.story().paragraphs.map(runsOoxml).join('');
      result.set(
        `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
      );
    });
    return result;
  }

  /** Body.getTrackedChanges (WordApi 1.6). */
  getTrackedChanges(): FakeTrackedChangeCollectionProxy {
    this.context.enqueue(() => requireApi(this.context.fake, 'WordApi', '1.6', 'Body.getTrackedChanges'));
    return new FakeTrackedChangeCollectionProxy(this.context, () => this.story().paragraphs.some((paragraph) => paragraph.runs.some((run) => run.revision)));
  }

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      const list = this.story().paragraphs;
      if (location !== 'Start' && location !== 'End') throw invalidArgument(`Body.insertParagraph location '${location}'.`);
      refuseWriteIfProtected(this.context.fake);
      const paragraph = createParagraph({ text });
      if (this.context.fake.changeTrackingMode !== 'Off') paragraph.runs = [{ text, revision: 'inserted' }];
      if (location === 'Start') list.unshift(paragraph);
      else list.push(paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }
}

/** TrackedChangeCollection (WordApi 1.6): only whether there is any. */
class FakeTrackedChangeCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly any: () => boolean,
  ) {
    super(context);
  }

  getFirstOrNullObject(): FakeTrackedChangeProxy {
    const proxy = new FakeTrackedChangeProxy(this.context);
    this.context.enqueue(() => proxy.bindState(this.any() ? 'existing' : 'null'));
    return proxy;
  }
}

class FakeTrackedChangeProxy extends FakeClientObject {
  private state: NullState = 'pending';

  bindState(state: NullState): void {
    const before = this.state;
    this.context.answer(() => (this.state = before));
    this.state = state;
    this.context.respond(state, 1);
  }

  get isNullObject(): boolean {
    return isNullObjectOf(this.state);
  }
}

/** Reads `top` and `skip` from load()'s object argument (OfficeExtension.LoadOption: "Only usable on collection types"). */
function pageOf(properties: LoadArgument | undefined): { top?: number; skip: number } {
  if (properties === undefined || typeof properties === 'string' || Array.isArray(properties)) return { skip: 0 };
  return { top: properties.top, skip: properties.skip ?? 0 };
}

export class FakeParagraphCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeParagraph[],
  ) {
    super(context);
  }

  get items(): FakeParagraphProxy[] {
    return this.loadedValue('items');
  }

  /** Loads the items' properties; `top` and `skip` load one page of them (OfficeExtension.LoadOption). */
  load(properties?: LoadArgument): this {
    const itemProperties = propertyNames(properties).map((name) => name.replace(/^items\//, ''));
    const { top, skip } = pageOf(properties);
    this.context.enqueue(() => {
      const all = this.source();
      const page = all.slice(skip, top === undefined ? undefined : skip + top);
      const items = page.map((paragraph) => {
        const proxy = new FakeParagraphProxy(this.context);
        proxy.bind(paragraph);
        proxy.snapshot(itemProperties);
        this.context.respond(null, 1);
        return proxy;
      });
      this.setLoaded('items', items, false);
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

const paragraphProperties = ['text', 'style', 'styleBuiltIn', 'outlineLevel', 'isListItem', 'tableNestingLevel', 'alignment', 'leftIndent', 'firstLineIndent'] as const;

export class FakeParagraphProxy extends FakeClientObject {
  private target?: FakeParagraph;
  private listItemProxy?: FakeListItemProxy;
  private listItemOrNullProxy?: FakeListItemProxy;

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
      else if (name === 'style') this.setLoaded('style', this.fake.styleOf(paragraph).nameLocal);
      else if (name === 'styleBuiltIn') this.setLoaded('styleBuiltIn', paragraph.styleBuiltIn);
      else if (name === 'outlineLevel') this.setLoaded('outlineLevel', outlineLevelOf(paragraph));
      else if (name === 'isListItem') this.setLoaded('isListItem', isListItem(paragraph));
      else if (name.startsWith('listItem/')) this.listItem.snapshot([name.slice('listItem/'.length)]);
      else if (name.startsWith('listItemOrNullObject/')) this.listItemOrNullObject.snapshot([name.slice('listItemOrNullObject/'.length)]);
      else if (name === 'tableNestingLevel') this.setLoaded('tableNestingLevel', paragraph.tableNestingLevel);
      else if (name === 'alignment' || name === 'leftIndent' || name === 'firstLineIndent') this.setLoaded(name, this.fake.effectiveFormat(paragraph)[name]);
      else throw invalidArgument(`The fake does not model the property '${name}'.`);
    }
  }

  load(properties?: LoadArgument): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      this.snapshot(names);
      this.context.respond(null, 1);
    });
    return this;
  }

  get text(): string {
    return this.loadedValue('text');
  }

  /** Paragraph.style (WordApi 1.1): the style's name in the user's language ("标题 1"). */
  get style(): string {
    return this.loadedValue('style');
  }

  /** Setting Paragraph.style by its name: a name the document has no style of fails the sync (the fake: ItemNotFound). */
  set style(name: string) {
    this.context.enqueue(() => {
      const builtIn = Object.entries(this.fake.styles).find(([, style]) => style.nameLocal === name)?.[0];
      if (builtIn === undefined) throw itemNotFound();
      this.paragraph.styleBuiltIn = builtIn;
    });
  }

  get styleBuiltIn(): string {
    return this.loadedValue('styleBuiltIn');
  }

  /**
   * Setting a style keeps the paragraph's direct formatting (OfficeDev/office-js#72), and a style linked
   * to a multilevel list makes the paragraph an item of that list again, even right after detachFromList
   * (learn.microsoft.com Word.Style.linkToListTemplate; on the real-Word checklist).
   */
  set styleBuiltIn(value: string) {
    this.context.enqueue(() => {
      if (!knownStyles.has(value)) throw invalidArgument(`'${value}' is not a Word.BuiltInStyleName.`);
      this.paragraph.styleBuiltIn = value;
      const linked = this.fake.styles[value]?.linkedListString;
      if (linked !== undefined) this.paragraph.listString = linked;
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

  /** Paragraph.set (WordApi 1.1): several properties at once (the fake: alignment and indents). */
  set(properties: { alignment?: string; leftIndent?: number; firstLineIndent?: number }): void {
    if (properties.alignment !== undefined) this.alignment = properties.alignment;
    if (properties.leftIndent !== undefined) this.leftIndent = properties.leftIndent;
    if (properties.firstLineIndent !== undefined) this.firstLineIndent = properties.firstLineIndent;
  }

  /** Paragraph.font (WordApi 1.1): the direct character formatting of every run. */
  get font(): FakeFontProxy {
    return new FakeFontProxy(this.context, () => this.paragraph);
  }

  /**
   * Paragraph.detachFromList (WordApi 1.3): "Moves this paragraph out of its list, if the paragraph is a
   * list item" (learn.microsoft.com Word.Paragraph.detachFromList): nothing otherwise.
   */
  detachFromList(): void {
    this.context.enqueue(() => {
      this.paragraph.listString = undefined;
      this.paragraph.list = undefined;
    });
  }

  /** Paragraph.listItem (WordApi 1.3): fails the sync with ItemNotFound when the paragraph is no list item. */
  get listItem(): FakeListItemProxy {
    this.listItemProxy ??= new FakeListItemProxy(this.context, () => this.paragraph);
    return this.listItemProxy;
  }

  /** Paragraph.listItemOrNullObject (WordApi 1.3). */
  get listItemOrNullObject(): FakeListItemProxy {
    this.listItemOrNullProxy ??= new FakeListItemProxy(this.context, () => this.paragraph, 'pending');
    return this.listItemOrNullProxy;
  }

  /** Paragraph.list (WordApi 1.3): fails the sync with ItemNotFound outside a list. */
  get list(): FakeListProxy {
    return listOfParagraph(this.context, () => this.paragraph, false);
  }

  /** Paragraph.listOrNullObject (WordApi 1.3). */
  get listOrNullObject(): FakeListProxy {
    return listOfParagraph(this.context, () => this.paragraph, true);
  }

  attachToList(listId: number, level: number): FakeListProxy {
    return attachToList(this.context, () => this.paragraph, listId, level);
  }

  startNewList(): FakeListProxy {
    return startNewList(this.context, () => this.paragraph);
  }

  /** Paragraph.delete (WordApi 1.1): the paragraph and its content go; a document keeps at least one paragraph. */
  delete(): void {
    this.context.enqueue(() => {
      refuseWriteIfProtected(this.fake);
      const story = this.fake.storyOf(this.paragraph).paragraphs;
      if (story.length === 1) {
        spliceRuns(this.fake, this.paragraph, 0, paragraphText(this.paragraph).length, '');
        return;
      }
      const index = story.indexOf(this.paragraph);
      story.splice(index, 1);
      const fake = this.fake;
      if (fake.selectionStart === this.paragraph || fake.selectionEnd === this.paragraph) {
        const neighbour = story[Math.max(0, index - 1)];
        fake.selectionStart = fake.selectionEnd = neighbour;
        fake.selectionStartOffset = fake.selectionEndOffset = paragraphText(neighbour).length;
      }
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

  /** Paragraph.parentContentControlOrNullObject (WordApi 1.3): the block content control holding the paragraph (content-controls.ts). */
  get parentContentControlOrNullObject(): FakeBlockControlProxy {
    const proxy = new FakeBlockControlProxy(this.context, 'pending');
    this.context.enqueue(() => proxy.bind(this.paragraph.blockControl));
    return proxy;
  }

  /** Paragraph.getOoxml (WordApi 1.1): the paragraph as a flat-OPC package, its style and run formatting included (ooxml.ts). */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this.context);
    this.context.enqueue(() => result.set(paragraphsOoxml([this.paragraph])));
    return result;
  }

  /** Paragraph.getReviewedText (WordApi 1.4). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this.context);
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
      refuseWriteIfProtected(this.fake);
      const from = this.paragraph;
      const list = this.fake.storyOf(from).paragraphs;
      // As Enter does, the new paragraph carries over the style, the list membership (Word draws the
      // list's next number), the table cell, the direct paragraph formatting, and the character
      // formatting at the end of the paragraph (OfficeDev/office-js#72): callers reset what they do not want.
      const { bold, italic, color, size } = [...from.runs].reverse().find((run) => !run.object) ?? ({} as FakeRun);
      const carried: FakeRun = Object.fromEntries(Object.entries({ text, bold, italic, color, size }).filter(([, value]) => value !== undefined)) as unknown as FakeRun;
      const paragraph = createParagraph({
        runs: [carried],
        styleBuiltIn: from.styleBuiltIn,
        outlineLevel: from.outlineLevel,
        listString: from.listString,
        list: from.list,
        tableNestingLevel: from.tableNestingLevel,
        format: from.format,
      });
      if (this.fake.changeTrackingMode !== 'Off') paragraph.runs = [{ ...carried, revision: 'inserted' }];
      const index = list.indexOf(from);
      // Inside a block content control, except 'Before' its first paragraph and 'After' its last: those land outside it
      // (OfficeDev/office-js#3176).
      const neighbour = list[location === 'Before' ? index - 1 : index + 1];
      if (from.blockControl && neighbour?.blockControl === from.blockControl) paragraph.blockControl = from.blockControl;
      list.splice(location === 'Before' ? index : index + 1, 0, paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }

  /** Paragraph.insertOoxml (WordApi 1.1): 'Replace' puts the package in place of the paragraph (see ooxml.ts). */
  insertOoxml(ooxml: string, location: string): FakeRangeProxy {
    return insertOoxmlAt(this.context, () => ({ first: this.paragraph, start: 0, last: this.paragraph, end: paragraphText(this.paragraph).length }), ooxml, location);
  }

  /** Paragraph.insertText: 'Replace' rewrites the whole paragraph and deletes its footnotes, fields, pictures (OfficeDev/office-js#2749). */
  insertText(text: string, location: string): FakeRangeProxy {
    let inserted = { start: 0, end: 0 };
    this.context.enqueue(() => {
      const length = paragraphText(this.paragraph).length;
      const tracked = this.fake.changeTrackingMode !== 'Off';
      if (location === 'Start') writeText(this.fake, this.paragraph, 0, 0, text);
      else if (location === 'End') writeText(this.fake, this.paragraph, length, length, text);
      else if (location === 'Replace') writeText(this.fake, this.paragraph, 0, length, text);
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

  /** Paragraph.search (WordApi 1.1): see ranges.ts for the search text's syntax and limit. */
  search(searchText: string, options?: { matchCase?: boolean }) {
    return searchResults(this.context, () => this.paragraph, searchText, options?.matchCase ?? false);
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

type FontProperty = 'bold' | 'italic' | 'color' | 'size' | 'highlight';
const fontProperties: FontProperty[] = ['bold', 'italic', 'color', 'size', 'highlight'];

/** Word.Font of a paragraph: setting a property gives every run that direct formatting. */
class FakeFontProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly paragraph: () => FakeParagraph,
  ) {
    super(context);
  }

  private setEach(name: FontProperty, value: unknown): void {
    this.context.enqueue(() => {
      for (const run of this.paragraph().runs) (run as unknown as Record<string, unknown>)[name] = value;
    });
  }

  /** Font.set (WordApi 1.1): several properties at once. */
  set(properties: Partial<Record<FontProperty, unknown>>): void {
    for (const name of fontProperties) if (properties[name] !== undefined) this.setEach(name, properties[name]);
  }

  /** Font.reset (WordApiDesktop 1.3): removes manual character formatting. */
  reset(): void {
    this.context.enqueue(() => {
      requireApi(this.context.fake, 'WordApiDesktop', '1.3', 'Font.reset');
      for (const run of this.paragraph().runs) for (const name of fontProperties) delete run[name];
    });
  }

  set bold(value: boolean) {
    this.setEach('bold', value);
  }

  set italic(value: boolean) {
    this.setEach('italic', value);
  }

  set color(value: string) {
    this.setEach('color', value);
  }

  set size(value: number) {
    this.setEach('size', value);
  }

  /** Font.highlightColor (WordApi 1.1): a colour name or '#RRGGBB'; null removes the highlight. */
  set highlightColor(value: string | null) {
    this.setEach('highlight', value ?? undefined);
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

  /** SettingCollection.getItemOrNullObject (WordApi 1.4): a null object when there is no such setting, known (isNullObject) after sync. */
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
