/**
 * Word's own list numbering, as the fake models it: numbering definitions (OOXML w:abstractNum, ECMA-376
 * Part 1 §17.9), lists that use them (w:num; a Word.List's `id`), and the number Word draws in front of
 * each list item (Word.ListItem.listString, WordApi 1.3: "Gets the list item bullet, number, or picture
 * as a string"). It is a model of Word, not of our numbering engine: kept to what the taskpane meets,
 * and checked against the labels the server's renderer gives for every built-in style
 * (test/unit/fake-lists.test.ts).
 *
 * How Word counts (ECMA-376 Part 1):
 * - each list counts its own items, level by level, in document order; a level's first item shows its
 *   `w:start` (§17.9.25);
 * - an item restarts the levels below it, unless a level's `w:lvlRestart` says otherwise: 0 never
 *   restarts (the articles of a law, 第一条…第九十条 across chapters), n restarts only after an item of
 *   level n or above (§17.9.10);
 * - `w:lvlText` is literal text in which %1…%9 stand for the counters of levels 1–9, each in that
 *   level's own `w:numFmt` (§17.9.11); a %n deeper than the level itself makes Word drop the whole text
 *   (../shared/reference/numbering-conventions.md);
 * - `w:isLgl` shows every counter of the level's text in decimal, whatever its level's format
 *   (§17.9.4): 1.1 under 一、;
 * - `w:suff` is what follows the number (tab, space or nothing, §17.9.28): not part of listString.
 */
import { FakeOfficeError } from './model.ts';

/** The OOXML number formats the fake renders (w:numFmt, ECMA-376 Part 1 §17.18.59): the ones our styles use. */
export const modelledNumFmts = ['decimal', 'chineseCounting', 'chineseCountingThousand', 'decimalEnclosedCircle', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none'] as const;

export type FakeNumFmt = (typeof modelledNumFmts)[number];

/** One level of a numbering definition (w:lvl). */
export interface FakeListLevel {
  numFmt: FakeNumFmt;
  lvlText: string;
  start: number;
  /** w:lvlRestart: 0 never restarts; n (1-based) restarts after an item of level n or above; unset: after any level above. */
  restart?: number;
  isLgl: boolean;
  suff: 'tab' | 'space' | 'nothing';
}

/** A numbering definition (w:abstractNum): nine levels, and the id Word merges definitions by (w:nsid, §17.9.15). */
export interface FakeListDefinition {
  nsid?: string;
  levels: FakeListLevel[];
}

/** A paragraph's place in a list: the list's id (Word.List.id) and its level, 0–8 (Word.ListItem.level). */
export interface FakeListMembership {
  listId: number;
  level: number;
}

/** Word's levels: nine (ECMA-376 §17.9.3, w:ilvl 0–8). */
export const listLevelCount = 9;

/** A list level the API is given (ListItem.level, Paragraph.attachToList, List.setLevelStartingNumber) must be 0–8: InvalidArgument otherwise. */
export function requireListLevel(level: number): void {
  if (!Number.isInteger(level) || level < 0 || level >= listLevelCount) throw new FakeOfficeError('InvalidArgument', `List level ${level} is not 0–8.`);
}

/**
 * The list Paragraph.startNewList (WordApi 1.3) makes: Word's default numbered list, 1. / a. / i. repeated
 * down the nine levels (an assumption, on docs/REAL-WORD-CHECKLIST.md).
 */
export function defaultListDefinition(): FakeListDefinition {
  const formats: Array<[FakeNumFmt, string]> = [
    ['decimal', '.'],
    ['lowerLetter', '.'],
    ['lowerRoman', '.'],
  ];
  return {
    levels: Array.from({ length: listLevelCount }, (_, level) => {
      const [numFmt, after] = formats[level % formats.length];
      return { numFmt, lvlText: `%${level + 1}${after}`, start: 1, isLgl: false, suff: 'tab' };
    }),
  };
}

/** The document's numbering part: its definitions and the lists using them, by list id. */
export class FakeNumbering {
  private readonly lists = new Map<number, FakeListDefinition>();
  private nextListId = 1;

  /** A new list with its own definition; returns its id. */
  addList(definition: FakeListDefinition): number {
    const id = this.nextListId++;
    this.lists.set(id, definition);
    return id;
  }

  has(listId: number): boolean {
    return this.lists.has(listId);
  }

  definitionOf(listId: number): FakeListDefinition {
    const definition = this.lists.get(listId);
    if (!definition) throw new FakeOfficeError('ItemNotFound', `There is no list ${listId} in the document.`);
    return definition;
  }

  /**
   * List.setLevelStartingNumber (WordApi 1.3): the level of this list only starts at `start`, at its first item and
   * at every restart (w:lvlOverride/w:startOverride on the list's w:num, ECMA-376 Part 1 §17.9.27); the definition
   * other lists share is left as it is.
   */
  startLevelAt(listId: number, level: number, start: number): void {
    const definition = this.definitionOf(listId);
    requireListLevel(level);
    this.lists.set(listId, { ...definition, levels: definition.levels.map((own, at) => (at === level ? { ...own, start } : own)) });
  }

  /** The list whose definition has this w:nsid: Word merges a pasted or inserted definition into it. */
  listWithNsid(nsid: string): number | undefined {
    for (const [id, definition] of this.lists) if (definition.nsid !== undefined && definition.nsid.toUpperCase() === nsid.toUpperCase()) return id;
    return undefined;
  }

  get listIds(): number[] {
    return [...this.lists.keys()];
  }
}

/**
 * The numbers Word draws in front of the items of `paragraphs` (one part of the document, in order):
 * each list counted on its own, as ECMA-376 §17.9 says (see the file's comment).
 */
export function listStrings<T extends { list?: FakeListMembership }>(numbering: FakeNumbering, paragraphs: readonly T[]): Map<T, string> {
  const counters = new Map<number, Array<number | undefined>>();
  const strings = new Map<T, string>();
  for (const paragraph of paragraphs) {
    const membership = paragraph.list;
    if (!membership) continue;
    const definition = numbering.definitionOf(membership.listId);
    let counts = counters.get(membership.listId);
    if (!counts) counters.set(membership.listId, (counts = Array<number | undefined>(listLevelCount).fill(undefined)));
    count(counts, membership.level, definition);
    strings.set(paragraph, render(definition, membership.level, counts));
  }
  return strings;
}

/** Counts an item at `level`: its own counter goes on (or starts), the levels below restart as their w:lvlRestart says. */
function count(counts: Array<number | undefined>, level: number, definition: FakeListDefinition): void {
  const own = definition.levels[level];
  counts[level] = counts[level] === undefined ? own.start : counts[level] + 1;
  for (let deeper = level + 1; deeper < listLevelCount; deeper++) {
    // Unset restarts after any level above (the level just above it, 1-based, is `deeper`).
    const restartAfter = definition.levels[deeper].restart ?? deeper;
    if (restartAfter !== 0 && level < restartAfter) counts[deeper] = undefined;
  }
}

function render(definition: FakeListDefinition, level: number, counts: ReadonlyArray<number | undefined>): string {
  const own = definition.levels[level];
  if (own.numFmt === 'bullet') return own.lvlText;
  let dropped = false;
  const text = own.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
    const referenced = Number(digit) - 1;
    if (referenced > level) {
      dropped = true;
      return '';
    }
    const referencedLevel = definition.levels[referenced];
    // A level above that has no item yet shows its start value.
    const value = counts[referenced] ?? referencedLevel.start;
    return formatNumber(value, own.isLgl ? 'decimal' : referencedLevel.numFmt);
  });
  return dropped ? '' : text;
}

const chineseDigits = '〇一二三四五六七八九';

/**
 * One counter in one w:numFmt, as Word draws it. chineseCounting writes 十一, 二十 up to 99 and digit by
 * digit from 100 on (一〇〇; numbering-conventions.md); chineseCountingThousand counts on with 百 and 千;
 * Word's circled numbers stop at ⑳, then plain digits follow (on docs/REAL-WORD-CHECKLIST.md).
 */
export function formatNumber(value: number, numFmt: FakeNumFmt): string {
  switch (numFmt) {
    case 'decimal':
      return String(value);
    case 'chineseCounting':
      return value >= 1 && value < 100 ? chineseUnderHundred(value) : [...String(value)].map((digit) => chineseDigits[Number(digit)]).join('');
    case 'chineseCountingThousand':
      return value >= 1 && value < 10000 ? chineseUnderTenThousand(value) : String(value);
    case 'decimalEnclosedCircle':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode((numFmt === 'lowerLetter' ? 97 : 65) + ((value - 1) % 26));
      return value >= 1 ? letter.repeat(Math.floor((value - 1) / 26) + 1) : String(value);
    }
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'bullet':
    case 'none':
      return '';
  }
}

function chineseUnderHundred(value: number): string {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const onesText = ones === 0 ? '' : chineseDigits[ones];
  if (tens === 0) return chineseDigits[ones];
  return `${tens === 1 ? '' : chineseDigits[tens]}十${onesText}`;
}

function chineseUnderTenThousand(value: number): string {
  if (value < 100) return chineseUnderHundred(value);
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let text = '';
  let zero = false;
  for (const [unit, name] of units) {
    const digit = Math.floor(value / unit) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    text += `${zero ? '零' : ''}${chineseDigits[digit]}${name}`;
    zero = false;
  }
  return text;
}

const romanNumerals: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  let rest = value;
  let text = '';
  for (const [step, numeral] of romanNumerals) {
    while (rest >= step) {
      text += numeral;
      rest -= step;
    }
  }
  return text;
}
