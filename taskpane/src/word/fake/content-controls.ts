/**
 * Content controls around whole paragraphs (a block-level w:sdt, ECMA-376 Part 1 §17.5.2), the kind the
 * taskpane wraps an inserted outline in: Range.insertContentControl, the controls of the document, the body
 * and a range, ContentControlCollection.getByTag and getById, and a control's properties and
 * paragraphs. Reference pages: learn.microsoft.com/javascript/api/word/word.contentcontrol and
 * word.contentcontrolcollection (the requirement set of each member is in its line below).
 *
 * Harsh where Word is:
 * - a control cannot cross the boundary of another one: wrapping a range that is partly inside a control
 *   fails with GeneralException, as the user interface refuses it (OfficeDev/office-js#1169);
 * - Paragraph.insertParagraph 'Before' the first or 'After' the last paragraph of a control lands outside
 *   the control (OfficeDev/office-js#3176; insert locations Before/After are outside an object's
 *   boundaries, Start/End inside: OfficeDev/office-js#866): only ContentControl.insertParagraph('…', 'Start'
 *   or 'End') adds a paragraph at a control's edge;
 * - deleting a control's last remaining paragraph deletes the control (OfficeDev/office-js#3176);
 * - the type parameter of insertContentControl is WordApi 1.5 (ApiNotFound before it).
 * Not modelled: nested controls (the taskpane never nests one: it refuses to insert an outline inside another),
 * inline controls other than ranges.ts's read-only ones, placeholder text, events.
 */
import { FakeClientObject, invalidArgument, isNullObjectOf, itemNotFound, propertyNames, type FakeRequestContext, type NullState } from './client.ts';
import { createParagraph, FakeOfficeError, paragraphText, type FakeBlockControl, type FakeDocument, type FakeParagraph, type FakeStory } from './model.ts';
import { FakeParagraphCollectionProxy, FakeParagraphProxy, refuseWriteIfProtected } from './proxies.ts';
import type { RangeTarget } from './ranges.ts';

/**
 * Word documents no limit on a tag (w:tag is any string: ECMA-376 Part 1 §17.5.2.42); the fake refuses one
 * longer than Word's usual limit for such strings, 255 characters (on docs/REAL-WORD-CHECKLIST.md).
 */
export const maxContentControlTagLength = 255;

/** The block controls of a part of the document, in the order they start. */
export function controlsIn(story: FakeStory): FakeBlockControl[] {
  return [...new Set(story.paragraphs.map((paragraph) => paragraph.blockControl).filter((control): control is FakeBlockControl => control !== undefined))];
}

/** Every block control of the document: the body's, then those of headers, footers and text boxes (Document.contentControls). */
export function controlsOfDocument(fake: FakeDocument): FakeBlockControl[] {
  return [fake.body, ...fake.parts].flatMap(controlsIn);
}

/** The paragraphs a control holds, in order. */
export function controlParagraphs(fake: FakeDocument, control: FakeBlockControl): FakeParagraph[] {
  for (const story of [fake.body, ...fake.parts]) {
    const paragraphs = story.paragraphs.filter((paragraph) => paragraph.blockControl === control);
    if (paragraphs.length > 0) return paragraphs;
  }
  return [];
}

/** Range.insertContentControl (WordApi 1.1) on a range of whole paragraphs: a rich text control around them. */
export function wrapInControl(fake: FakeDocument, target: RangeTarget): FakeBlockControl {
  const story = fake.storyOf(target.first);
  const first = story.paragraphs.indexOf(target.first);
  const last = story.paragraphs.indexOf(target.last);
  if (target.start !== 0 || target.end < paragraphText(target.last).length || last < first) {
    throw invalidArgument('The fake models content controls around whole paragraphs only.');
  }
  refuseWriteIfProtected(fake);
  const paragraphs = story.paragraphs.slice(first, last + 1);
  const outer = new Set(paragraphs.map((paragraph) => paragraph.blockControl));
  if (outer.size > 1) throw new FakeOfficeError('GeneralException', 'GeneralException: the range crosses the boundary of a content control.');
  if ([...outer][0] !== undefined) throw invalidArgument('The fake does not model nested content controls.');
  const control: FakeBlockControl = { id: fake.nextContentControlId++, tag: '', title: '', appearance: 'BoundingBox', cannotEdit: false, cannotDelete: false };
  for (const paragraph of paragraphs) paragraph.blockControl = control;
  return control;
}

/** The value of a control property as Word returns it (ContentControl.text joins the paragraphs with \r, as Range.text does). */
function propertyOf(fake: FakeDocument, control: FakeBlockControl, name: string): unknown {
  switch (name) {
    case 'id':
    case 'tag':
    case 'title':
    case 'appearance':
    case 'cannotEdit':
    case 'cannotDelete':
      return control[name];
    case 'type':
      return 'RichText';
    case 'text':
      return controlParagraphs(fake, control).map(paragraphText).join('\r');
    default:
      throw invalidArgument(`The fake does not model the content control property '${name}'.`);
  }
}

const appearances = new Set(['BoundingBox', 'Tags', 'Hidden']);

/** Word.ContentControl around whole paragraphs. */
export class FakeBlockControlProxy extends FakeClientObject {
  private control?: FakeBlockControl;

  constructor(
    context: FakeRequestContext,
    /** Set for a control from an …OrNullObject method. */
    private state?: NullState,
  ) {
    super(context);
  }

  bind(control: FakeBlockControl | undefined): void {
    this.control = control;
    if (this.state !== undefined) this.state = control ? 'existing' : 'null';
  }

  get isNullObject(): boolean {
    return this.state === undefined ? false : isNullObjectOf(this.state);
  }

  /** The control; a null object or a control since deleted fails the sync with ItemNotFound. */
  private resolve(): FakeBlockControl {
    const control = this.control;
    if (!control || controlParagraphs(this.context.fake, control).length === 0) throw itemNotFound();
    return control;
  }

  /** Called by a collection's load: the values as they are at the sync. */
  snapshot(names: string[]): void {
    const control = this.resolve();
    for (const name of names.length > 0 ? names : ['id', 'tag', 'title', 'appearance', 'cannotEdit', 'cannotDelete', 'type']) this.setLoaded(name, propertyOf(this.context.fake, control, name));
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      if (this.state === 'null') return;
      this.snapshot(names);
    });
    return this;
  }

  private setProperty<K extends 'tag' | 'title' | 'appearance' | 'cannotEdit' | 'cannotDelete'>(name: K, value: FakeBlockControl[K]): void {
    this.context.enqueue(() => {
      const control = this.resolve();
      if (name === 'tag' && (typeof value !== 'string' || value.length > maxContentControlTagLength)) throw invalidArgument(`Content control tag of ${String(value).length} characters.`);
      if (name === 'appearance' && !appearances.has(String(value))) throw invalidArgument(`Content control appearance '${String(value)}'.`);
      control[name] = value;
    });
  }

  get id(): number {
    return this.loadedValue('id');
  }

  /** ContentControl.tag (WordApi 1.1). */
  get tag(): string {
    return this.loadedValue('tag');
  }

  set tag(value: string) {
    this.setProperty('tag', value);
  }

  /** ContentControl.title (WordApi 1.1): what Word shows on the control's tab when the cursor is in it. */
  get title(): string {
    return this.loadedValue('title');
  }

  set title(value: string) {
    this.setProperty('title', value);
  }

  /** ContentControl.appearance (WordApi 1.1): BoundingBox (Word's default), Tags or Hidden. */
  get appearance(): string {
    return this.loadedValue('appearance');
  }

  set appearance(value: FakeBlockControl['appearance']) {
    this.setProperty('appearance', value);
  }

  /** ContentControl.cannotEdit (WordApi 1.1). */
  get cannotEdit(): boolean {
    return this.loadedValue('cannotEdit');
  }

  set cannotEdit(value: boolean) {
    this.setProperty('cannotEdit', value);
  }

  /** ContentControl.cannotDelete (WordApi 1.1). */
  get cannotDelete(): boolean {
    return this.loadedValue('cannotDelete');
  }

  set cannotDelete(value: boolean) {
    this.setProperty('cannotDelete', value);
  }

  get type(): string {
    return this.loadedValue('type');
  }

  get text(): string {
    return this.loadedValue('text');
  }

  /** ContentControl.paragraphs (WordApi 1.1). */
  get paragraphs(): FakeParagraphCollectionProxy {
    return new FakeParagraphCollectionProxy(this.context, () => controlParagraphs(this.context.fake, this.resolve()));
  }

  /**
   * ContentControl.insertParagraph (WordApi 1.1): 'Start' and 'End' inside the control's boundaries, 'Before' and
   * 'After' outside them (OfficeDev/office-js#866). The new paragraph has the Normal style and no direct formatting.
   */
  insertParagraph(text: string, location: string): FakeParagraphProxy {
    const proxy = new FakeParagraphProxy(this.context);
    this.context.enqueue(() => {
      const fake = this.context.fake;
      const control = this.resolve();
      const inside = controlParagraphs(fake, control);
      const story = fake.storyOf(inside[0]).paragraphs;
      if (!['Start', 'End', 'Before', 'After'].includes(location)) throw invalidArgument(`ContentControl.insertParagraph location '${location}'.`);
      refuseWriteIfProtected(fake);
      if (control.cannotEdit && (location === 'Start' || location === 'End')) throw new FakeOfficeError('GeneralException', 'GeneralException: The content control cannot be edited.');
      const paragraph = createParagraph({ text });
      if (fake.changeTrackingMode !== 'Off') paragraph.runs = [{ text, revision: 'inserted' }];
      if (location === 'Start' || location === 'End') paragraph.blockControl = control;
      const at = location === 'Start' || location === 'Before' ? story.indexOf(inside[0]) : story.indexOf(inside[inside.length - 1]) + 1;
      story.splice(at, 0, paragraph);
      proxy.bind(paragraph);
    });
    return proxy;
  }
}

/** Word.ContentControlCollection: the controls of the document, a body or a range, in order. */
export class FakeContentControlCollectionProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeBlockControl[],
  ) {
    super(context);
  }

  get items(): FakeBlockControlProxy[] {
    return this.loadedValue('items');
  }

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue(() => {
      const items = this.source().map((control) => {
        const proxy = new FakeBlockControlProxy(this.context);
        proxy.bind(control);
        proxy.snapshot(names);
        this.context.respond(null, 1);
        return proxy;
      });
      this.setLoaded('items', items, false);
    });
    return this;
  }

  /** ContentControlCollection.getByTag (WordApi 1.1): the controls whose tag is exactly `tag`. */
  getByTag(tag: string): FakeContentControlCollectionProxy {
    return new FakeContentControlCollectionProxy(this.context, () => this.source().filter((control) => control.tag === tag));
  }

  /**
   * ContentControlCollection.getById (WordApi 1.1): "Throws an ItemNotFound error if there isn't a content control with
   * the identifier in this collection" (at the sync, failing the batch).
   */
  getById(id: number): FakeBlockControlProxy {
    const proxy = new FakeBlockControlProxy(this.context);
    this.context.enqueue(() => {
      const control = this.source().find((candidate) => candidate.id === id);
      if (!control) throw itemNotFound();
      proxy.bind(control);
    });
    return proxy;
  }
}
