/**
 * Heading levels as Word sees them. The built-in style (Heading 1…9) is the primary source: it is
 * locale independent (Chinese Word calls it 标题 1) and it is what Word's navigation pane shows.
 */

export const maxHeadingLevel = 9;

/** Word.BuiltInStyleName of a heading level: "Heading1" … "Heading9". */
export function headingStyleFor(level: number): Word.BuiltInStyleName {
  if (!Number.isInteger(level) || level < 1 || level > maxHeadingLevel) {
    throw new RangeError(`Heading level must be 1–${maxHeadingLevel}, got ${level}.`);
  }
  const key = `heading${level}` as keyof typeof Word.BuiltInStyleName;
  return Word.BuiltInStyleName[key] as Word.BuiltInStyleName;
}

/**
 * The heading level (1–9) of a paragraph, or null for body text.
 *
 * Heading1…9 give the level directly. Word's own `outlineLevel` (1–9, with 10 for body text) is
 * trusted only for custom styles (styleBuiltIn "Other"), where an organisation's "一级标题" style
 * carries the outline level; for Normal and the other built-in styles a stray outline level is
 * direct formatting we do not read as structure, and it also keeps us safe from hosts that number
 * outline levels differently.
 */
export function headingLevelOf(styleBuiltIn: string, outlineLevel: number | null | undefined): number | null {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (heading) return Number(heading[1]);
  const isCustomStyle = styleBuiltIn === 'Other';
  if (isCustomStyle && typeof outlineLevel === 'number' && outlineLevel >= 1 && outlineLevel <= maxHeadingLevel) return outlineLevel;
  return null;
}
