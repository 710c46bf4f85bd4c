/**
 * The list objects of the Word API over the fake's list model (lists.ts): Paragraph.listItem and
 * Paragraph.list, their …OrNullObject forms, and what a paragraph does to join or leave a list. All
 * WordApi 1.3 (learn.microsoft.com/javascript/api/word/word.listitem, word.list, word.paragraph).
 */
import { FakeClientObject, invalidArgument, isNullObjectOf, itemNotFound, propertyNames, requireApi, type FakeRequestContext, type NullState } from './client.ts';
import { defaultListDefinition, requireListLevel, type FakeListDefinition } from './lists.ts';
import { FakeOfficeError, isListItem, type FakeParagraph } from './model.ts';

type LoadArgument = string | string[] | { select?: string };

/** Which paragraph a list proxy is about, known when the operation that makes the proxy has run. */
type ParagraphSource = () => FakeParagraph;

function requireLists(context: FakeRequestContext, member: string): void {
  requireApi(context.fake, 'WordApi', '1.3', member);
}

/**
 * Word.ListItem (WordApi 1.3): `level` (0–8, settable), `listString` (the number Word draws, not in the
 * paragraph's text) and `siblingIndex`. From Paragraph.listItem, which fails the sync with ItemNotFound
 * on a paragraph outside any list, or Paragraph.listItemOrNullObject, a null object there.
 */
export class FakeListItemProxy extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly paragraph: ParagraphSource,
    /** Set for listItemOrNullObject; undefined for listItem. */
    private state?: NullState,
  ) {
    super(context);
  }

  /** Works out, at sync, whether the paragraph is a list item: ItemNotFound for listItem, a null object for listItemOrNullObject. */
  resolve(): FakeParagraph | undefined {
    const paragraph = this.paragraph();
    const inList = isListItem(paragraph);
    if (this.state === undefined) {
      if (!inList) throw itemNotFound();
    } else this.state = inList ? 'existing' : 'null';
    return inList ? paragraph : undefined;
  }

  get isNullObject(): boolean {
    return this.state === undefined ? false : isNullObjectOf(this.state);
  }

  /** Loads its values now, at sync (a load of its own, or one through the paragraph collection: 'items/listItemOrNullObject/listString'). */
  snapshot(names: string[]): void {
    const paragraph = this.resolve();
    if (!paragraph) return;
    const fake = this.context.fake;
    for (const name of names.length > 0 ? names : ['level', 'listString', 'siblingIndex']) {
      if (name === 'level') this.setLoaded('level', paragraph.list?.level ?? 0);
      else if (name === 'listString') this.setLoaded('listString', fake.listStringOf(paragraph));
      else if (name === 'siblingIndex') this.setLoaded('siblingIndex', siblingIndex(fake.storyOf(paragraph).paragraphs, paragraph));
      else throw invalidArgument(`The fake does not model the list item property '${name}'.`);
    }
  }

  load(properties?: LoadArgument): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      requireLists(this.context, 'Paragraph.listItem');
      this.snapshot(names);
    });
    return this;
  }

  get level(): number {
    return this.loadedValue('level');
  }

  /** ListItem.level is settable: the item moves to another level of its list. */
  set level(value: number) {
    this.context.enqueue(() => {
      requireLists(this.context, 'ListItem.level');
      const paragraph = this.resolve();
      if (!paragraph?.list) throw invalidArgument('The fake sets the level only of items of a list it counts.');
      requireListLevel(value);
      paragraph.list = { ...paragraph.list, level: value };
    });
  }

  get listString(): string {
    return this.loadedValue('listString');
  }

  get siblingIndex(): number {
    return this.loadedValue('siblingIndex');
  }
}

/** ListItem.siblingIndex: the items of the same list and level before this one, since the last item above it. */
function siblingIndex(paragraphs: readonly FakeParagraph[], paragraph: FakeParagraph): number {
  const own = paragraph.list;
  if (!own) return 0;
  let index = 0;
  for (const other of paragraphs.slice(0, paragraphs.indexOf(paragraph)).reverse()) {
    if (other.list?.listId !== own.listId) continue;
    if (other.list.level < own.level) break;
    if (other.list.level === own.level) index++;
  }
  return index;
}

/**
 * Word.List (WordApi 1.3): its `id`, and per level whether it is numbered (`levelTypes`: Number, Bullet;
 * Picture the fake has none of) and used (`levelExistences`). The fake's lists of fixed numbers
 * (FakeParagraph.listString) have no list object: Paragraph.list is a null object there.
 */
export class FakeListProxy extends FakeClientObject {
  private listId?: number;

  constructor(
    context: FakeRequestContext,
    private state?: NullState,
  ) {
    super(context);
  }

  /** Binds to a list at sync (a null object when `listId` is undefined and the proxy is an …OrNullObject). */
  bindList(listId: number | undefined): void {
    if (listId === undefined && this.state === undefined) throw itemNotFound();
    this.listId = listId;
    if (this.state !== undefined) this.state = listId === undefined ? 'null' : 'existing';
  }

  get isNullObject(): boolean {
    return this.state === undefined ? false : isNullObjectOf(this.state);
  }

  load(properties?: LoadArgument): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      if (this.listId === undefined) return;
      const fake = this.context.fake;
      const definition = fake.numbering.definitionOf(this.listId);
      for (const name of names.length > 0 ? names : ['id', 'levelTypes', 'levelExistences']) {
        if (name === 'id') this.setLoaded('id', this.listId);
        else if (name === 'levelTypes')
          this.setLoaded(
            'levelTypes',
            definition.levels.map((level) => (level.numFmt === 'bullet' ? 'Bullet' : 'Number')),
          );
        else if (name === 'levelExistences') {
          const used = new Set(fake.paragraphs.filter((paragraph) => paragraph.list?.listId === this.listId).map((paragraph) => paragraph.list!.level));
          this.setLoaded(
            'levelExistences',
            definition.levels.map((_, level) => used.has(level)),
          );
        } else throw invalidArgument(`The fake does not model the list property '${name}'.`);
      }
    });
    return this;
  }

  get id(): number {
    return this.loadedValue('id');
  }

  /** List.setLevelStartingNumber(level, startingNumber) (WordApi 1.3): see FakeNumbering.startLevelAt. */
  setLevelStartingNumber(level: number, startingNumber: number): void {
    this.context.enqueue(() => {
      requireLists(this.context, 'List.setLevelStartingNumber');
      if (this.listId === undefined) throw itemNotFound();
      this.context.fake.numbering.startLevelAt(this.listId, level, startingNumber);
    });
  }

  get levelTypes(): string[] {
    return this.loadedValue('levelTypes');
  }

  get levelExistences(): boolean[] {
    return this.loadedValue('levelExistences');
  }
}

/** Paragraph.list / listOrNullObject (WordApi 1.3). */
export function listOfParagraph(context: FakeRequestContext, paragraph: ParagraphSource, orNull: boolean): FakeListProxy {
  const proxy = new FakeListProxy(context, orNull ? 'pending' : undefined);
  context.enqueue(() => {
    requireLists(context, orNull ? 'Paragraph.listOrNullObject' : 'Paragraph.list');
    proxy.bindList(paragraph().list?.listId);
  });
  return proxy;
}

/**
 * Paragraph.attachToList(listId, level) (WordApi 1.3): "Lets the paragraph join an existing list at the
 * specified level. Fails if the paragraph cannot join the list or if the paragraph is already a list item."
 */
export function attachToList(context: FakeRequestContext, paragraph: ParagraphSource, listId: number, level: number): FakeListProxy {
  const proxy = new FakeListProxy(context);
  context.enqueue(() => {
    requireLists(context, 'Paragraph.attachToList');
    const target = paragraph();
    if (isListItem(target)) throw new FakeOfficeError('InvalidArgument', 'The paragraph is already a list item.');
    if (!context.fake.numbering.has(listId)) throw itemNotFound();
    requireListLevel(level);
    target.list = { listId, level };
    proxy.bindList(listId);
  });
  return proxy;
}

/** Paragraph.startNewList (WordApi 1.3): "Starts a new list with this paragraph. Fails if the paragraph is already a list item." */
export function startNewList(context: FakeRequestContext, paragraph: ParagraphSource, definition: FakeListDefinition = defaultListDefinition()): FakeListProxy {
  const proxy = new FakeListProxy(context);
  context.enqueue(() => {
    requireLists(context, 'Paragraph.startNewList');
    const target = paragraph();
    if (isListItem(target)) throw new FakeOfficeError('InvalidArgument', 'The paragraph is already a list item.');
    const listId = context.fake.numbering.addList(definition);
    target.list = { listId, level: 0 };
    proxy.bindList(listId);
  });
  return proxy;
}
