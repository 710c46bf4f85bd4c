/**
 * Heading levels as Word sees them. The built-in style (Heading 1…9) is the primary source: it is
 * locale independent (Chinese Word calls it 标题 1) and it is what Word's navigation pane shows.
 */

export const maxHeadingLevel = 9;

export type HeadingStyle = 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Heading5' | 'Heading6' | 'Heading7' | 'Heading8' | 'Heading9';

/**
 * The built-in style of a heading level, "Heading1" … "Heading9", as the string literal Word takes
 * for Paragraph.styleBuiltIn: the runtime enum Word.BuiltInStyleName is missing from older Office.js
 * builds (they define Word.Style instead), so it is never read at run time.
 */
export function headingStyleFor(level: number): HeadingStyle {
  if (!Number.isInteger(level) || level < 1 || level > maxHeadingLevel) {
    throw new RangeError(`Heading level must be 1–${maxHeadingLevel}, got ${level}.`);
  }
  return `Heading${level}` as HeadingStyle;
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
