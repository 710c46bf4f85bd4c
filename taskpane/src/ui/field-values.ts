/**
 * Fill-in fields ({单位}, {季度}) apart from the DOM: what the form on insert opens with, what is worth
 * remembering and where (the team, signed in with a team's template; else this browser), and which
 * texts of captured headings 保存为团队模板 offers to turn back into fields.
 *
 * Finding and filling fields is the server's (one engine): this module only arranges its answers.
 */
import type { FieldDefaults, FieldPlaceholder, OutlineField, OutlineNode } from '../api.ts';
import type { Session } from '../session.ts';

/** One input of the form: a field, the value it opens with, and whether the server computed it (年份, 季度…). */
export interface FieldPrompt {
  name: string;
  value: string;
  computed: boolean;
}

/**
 * The form's inputs, in the order the outline uses its fields, each opening with what the user typed
 * for this outline before (an insert that failed), else the default (remembered or computed).
 */
export function fieldPrompts(fields: OutlineField[], defaults: FieldDefaults, typed: Record<string, string> = {}): FieldPrompt[] {
  const computed = new Set(defaults.computed);
  return fields.map(({ name }) => ({ name, value: typed[name] ?? defaults.values[name] ?? '', computed: computed.has(name) }));
}

/** What a team or this browser remembers of an insert: the filled values, computed names never (they are computed again next time). */
export function valuesToRemember(values: Record<string, string>, computed: readonly string[]): Record<string, string> {
  const skip = new Set(computed);
  return Object.fromEntries(
    Object.entries(values)
      .map(([name, value]): [string, string] => [name, value.trim()])
      .filter(([name, value]) => value !== '' && !skip.has(name)),
  );
}

/** Where the values of an insert are remembered: its team, when signed in and the template is a team's; else this browser. */
export function rememberedByTeam(teamId: string | null | undefined, signedIn: boolean): string | null {
  return signedIn && teamId ? teamId : null;
}

export const fieldValuesStorageKey = 'outline-addin.field-values';

/** What this browser remembered, each entry checked: anything but a name → text map (older, damaged) is nothing. */
export function parseRememberedValues(stored: string | null): Record<string, string> {
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * Field values remembered in this browser (the add-in's storage, keyed as the session's keys are, in
 * Office's partition): for an insert while signed out, or of an outline that is no team's.
 */
export class BrowserFieldMemory {
  constructor(private readonly session: Pick<Session, 'read' | 'write'>) {}

  get values(): Record<string, string> {
    return parseRememberedValues(this.session.read(fieldValuesStorageKey));
  }

  /** `values` over what was remembered: a field not filled this time keeps its earlier value. */
  remember(values: Record<string, string>): void {
    if (Object.keys(values).length === 0) return;
    this.session.write(fieldValuesStorageKey, JSON.stringify({ ...this.values, ...values }));
  }
}

/** The server's defaults (computed ones) with this browser's remembered values for the other names. */
export function withBrowserValues(defaults: FieldDefaults, remembered: Record<string, string>): FieldDefaults {
  const computed = new Set(defaults.computed);
  const kept = Object.fromEntries(Object.entries(remembered).filter(([name]) => !computed.has(name)));
  return { values: { ...defaults.values, ...kept }, computed: defaults.computed };
}

/** A text of the captured headings that could become a field: a remembered value (某某县委办 → 单位) or a habitual blank (XX). */
export interface FieldCandidate {
  text: string;
  /** The field it would become; the user may rename it. */
  name: string;
  /** How many times it occurs in the titles. */
  count: number;
  kind: 'value' | 'placeholder';
}

/**
 * A remembered value this short is not offered: one character (a quarter 四) or two digits (a month
 * 11) match ordinary words. Values the team typed are offered from two characters (县委, 科室); computed
 * ones only when they are a year or a date (2026, 2026年11月30日).
 */
const minimumTypedLength = 2;
const minimumComputedLength = 4;

/** Every title of the outline, depth first. */
export function titlesOf(nodes: OutlineNode[]): string[] {
  return nodes.flatMap((node) => [node.title, ...titlesOf(node.children ?? [])]);
}

function occurrences(titles: string[], text: string): number {
  return titles.reduce((count, title) => count + title.split(text).length - 1, 0);
}

/**
 * What 保存为团队模板 offers: the team's values found in the titles (longest first, so that a value
 * holding another one is turned into its field before the shorter one could split it), then the
 * habitual blanks the server found outside those values. Nothing is chosen: the user ticks what becomes a field.
 */
export function fieldCandidates(titles: string[], defaults: FieldDefaults, placeholders: FieldPlaceholder[]): FieldCandidate[] {
  const computed = new Set(defaults.computed);
  const values = Object.entries(defaults.values)
    .filter(([name, value]) => value.trim().length >= (computed.has(name) ? minimumComputedLength : minimumTypedLength))
    .map(([name, value]): FieldCandidate => ({ text: value.trim(), name, count: occurrences(titles, value.trim()), kind: 'value' }))
    .filter((candidate) => candidate.count > 0)
    .sort((a, b) => b.text.length - a.text.length)
    // Two fields remembered with the same value (单位 and 部门 both 办公室): the text is offered once.
    .filter((candidate, index, all) => all.findIndex((other) => other.text === candidate.text) === index);
  // A blank found only inside an offered value (某某县 in 某某县委办) would be the same text offered twice.
  const outsideValues = titles.map((title) => values.reduce((rest, value) => rest.split(value.text).join('\n'), title));
  const blanks = placeholders
    .filter((placeholder) => placeholder.count > 0 && occurrences(outsideValues, placeholder.text) > 0)
    .map((placeholder): FieldCandidate => ({ text: placeholder.text, name: placeholder.suggestedName, count: placeholder.count, kind: 'placeholder' }));
  return [...values, ...blanks];
}
