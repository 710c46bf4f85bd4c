/**
 * The document's styles (Document.getStyles, WordApi 1.5): found by their names in the user's language,
 * as Paragraph.style gives them (learn.microsoft.com Word.StyleCollection.getByNameOrNullObject: "the
 * style name"); the fake is Chinese Word, so "Heading 1" finds nothing and "标题 1" finds Heading 1 (how
 * real Word answers an English name in a Chinese document is on docs/REAL-WORD-CHECKLIST.md). A style's
 * font and paragraph format can be read and set (Style.font, Style.paragraphFormat, WordApi 1.5), the
 * East Asian font only where the host has WordApiDesktop 1.3 (Font.nameFarEast).
 */
import { FakeClientObject, invalidArgument, isNullObjectOf, propertyNames, requireApi, type NullState } from './client.ts';
import type { FakeStyle } from './model.ts';

type LoadArgument = string | string[] | { select?: string };

const fontProperties = ['bold', 'italic', 'color', 'size', 'name', 'nameFarEast'] as const;
const formatProperties = ['alignment', 'leftIndent', 'firstLineIndent', 'lineSpacing'] as const;
type FontProperty = (typeof fontProperties)[number];
type FormatProperty = (typeof formatProperties)[number];

/** What the fake shows for a font or format nobody set: Chinese Word's default font (the fake's own choice of look). */
const unsetValues: Record<string, unknown> = { name: '等线', nameFarEast: '等线', lineSpacing: 12 };

/** The member and requirement set of each property: Style.font and Style.paragraphFormat are WordApi 1.5, nameFarEast WordApiDesktop 1.3. */
function requireProperty(style: FakeStyleProxy, group: 'font' | 'paragraphFormat', name: string): void {
  const fake = style.context.fake;
  if (group === 'font' && name === 'nameFarEast') requireApi(fake, 'WordApiDesktop', '1.3', 'Font.nameFarEast');
  else requireApi(fake, 'WordApi', '1.5', `Style.${group}`);
}

export class FakeStyleCollectionProxy extends FakeClientObject {
  getByNameOrNullObject(name: string): FakeStyleProxy {
    const proxy = new FakeStyleProxy(this.context);
    this.context.enqueue(() => {
      const style = Object.values(this.context.fake.styles).find((candidate) => candidate.nameLocal === name);
      proxy.bindStyle(style);
    });
    return proxy;
  }
}

export class FakeStyleProxy extends FakeClientObject {
  private state: NullState = 'pending';
  private styleValue?: FakeStyle;

  bindStyle(style: FakeStyle | undefined): void {
    this.styleValue = style;
    this.state = style ? 'existing' : 'null';
  }

  get isNullObject(): boolean {
    return isNullObjectOf(this.state);
  }

  /** The style, at sync; a null style's properties cannot be set (ItemNotFound, as any use of a null object). */
  styleAtSync(): FakeStyle {
    if (!this.styleValue) throw invalidArgument('The style is a null object.');
    return this.styleValue;
  }

  /** Loads 'nameLocal', 'font/bold', 'paragraphFormat/alignment'… */
  load(properties?: LoadArgument): this {
    const names = propertyNames(properties);
    this.context.enqueue(() => {
      const style = this.styleValue;
      if (!style) return;
      for (const name of names) {
        if (name === 'nameLocal') {
          this.setLoaded(name, style.nameLocal);
          continue;
        }
        const [group, property] = name.split('/');
        const known = group === 'font' ? (fontProperties as readonly string[]).includes(property) : group === 'paragraphFormat' && (formatProperties as readonly string[]).includes(property);
        if (!known) throw invalidArgument(`The fake does not model the style property '${name}'.`);
        requireProperty(this, group as 'font' | 'paragraphFormat', property);
        const values = (group === 'font' ? style.font : style.paragraphFormat) as Record<string, unknown>;
        this.setLoaded(name, values[property] ?? unsetValues[property]);
      }
    });
    return this;
  }

  get nameLocal(): string {
    return this.loadedValue('nameLocal');
  }

  /** Style.font (WordApi 1.5): read what was loaded, set what the style is to have. */
  get font(): FakeStyleFontProxy {
    return new FakeStyleFontProxy(this);
  }

  /** Style.paragraphFormat (WordApi 1.5). */
  get paragraphFormat(): FakeStyleFormatProxy {
    return new FakeStyleFormatProxy(this);
  }

  /** A loaded value of the style's font or format (see load). */
  loaded(name: string): unknown {
    return this.loadedValue(name);
  }

  /** Queues setting one property of the style's font or format. */
  queueSet(group: 'font' | 'paragraphFormat', name: string, value: unknown): void {
    this.context.enqueue(() => {
      requireProperty(this, group, name);
      const style = this.styleAtSync();
      (group === 'font' ? style.font : style.paragraphFormat)[name as never] = value as never;
    });
  }
}

class FakeStyleFontProxy {
  constructor(private readonly style: FakeStyleProxy) {}

  set(properties: Partial<Record<FontProperty, unknown>>): void {
    for (const name of fontProperties) if (properties[name] !== undefined) this.style.queueSet('font', name, properties[name]);
  }

  get bold(): boolean {
    return this.style.loaded('font/bold') as boolean;
  }
  set bold(value: boolean) {
    this.style.queueSet('font', 'bold', value);
  }
  get italic(): boolean {
    return this.style.loaded('font/italic') as boolean;
  }
  get color(): string {
    return this.style.loaded('font/color') as string;
  }
  get size(): number {
    return this.style.loaded('font/size') as number;
  }
  set size(value: number) {
    this.style.queueSet('font', 'size', value);
  }
  get name(): string {
    return this.style.loaded('font/name') as string;
  }
  set name(value: string) {
    this.style.queueSet('font', 'name', value);
  }
  get nameFarEast(): string {
    return this.style.loaded('font/nameFarEast') as string;
  }
  set nameFarEast(value: string) {
    this.style.queueSet('font', 'nameFarEast', value);
  }
}

class FakeStyleFormatProxy {
  constructor(private readonly style: FakeStyleProxy) {}

  set(properties: Partial<Record<FormatProperty, unknown>>): void {
    for (const name of formatProperties) if (properties[name] !== undefined) this.style.queueSet('paragraphFormat', name, properties[name]);
  }

  get alignment(): string {
    return this.style.loaded('paragraphFormat/alignment') as string;
  }
  get leftIndent(): number {
    return this.style.loaded('paragraphFormat/leftIndent') as number;
  }
  get firstLineIndent(): number {
    return this.style.loaded('paragraphFormat/firstLineIndent') as number;
  }
  set firstLineIndent(value: number) {
    this.style.queueSet('paragraphFormat', 'firstLineIndent', value);
  }
  get lineSpacing(): number {
    return this.style.loaded('paragraphFormat/lineSpacing') as number;
  }
  set lineSpacing(value: number) {
    this.style.queueSet('paragraphFormat', 'lineSpacing', value);
  }
}
