/**
 * How to turn a paragraph's old text into its new text by touching only the part that differs.
 *
 * Renumbering changes the marker at the start of a paragraph ("（1）" → "1.", "一." → "一、") and
 * leaves the title after it alone. Rewriting the whole paragraph would flatten the title's own
 * formatting (a bold phrase, a coloured word); replacing only the differing prefix keeps it, since
 * Word gives replaced text the formatting of the first replaced character and leaves the rest as is.
 */

export type MarkerEdit =
  /** Replace the first `oldPrefix.length` characters with `newPrefix`; `searchText` finds them with Paragraph.search. */
  | { kind: 'replace-prefix'; oldPrefix: string; newPrefix: string; searchText: string }
  /** Put `newPrefix` in front of the paragraph (it had no marker). */
  | { kind: 'insert-prefix'; newPrefix: string }
  /** Rewrite the whole paragraph: the prefix cannot be found with Word's search (too long, control characters). */
  | { kind: 'replace-all'; newText: string };

/** Word's search text is limited to 255 characters. */
const maxSearchLength = 255;

/** Characters Word's search cannot match literally, apart from the tab and caret that have escapes. */
const unsearchable = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Length of the longest common suffix, never splitting a surrogate pair. */
export function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  const max = Math.min(a.length, b.length);
  while (length < max && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  const firstOfSuffix = a.charCodeAt(a.length - length);
  const isLowSurrogate = length > 0 && firstOfSuffix >= 0xdc00 && firstOfSuffix <= 0xdfff;
  return isLowSurrogate ? length - 1 : length;
}

/** Word search syntax without wildcards: a caret is written ^^ and a tab ^t. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, '^^').replace(/\t/g, '^t');
}

export function markerEdit(oldText: string, newText: string): MarkerEdit {
  const suffix = commonSuffixLength(oldText, newText);
  const oldPrefix = oldText.slice(0, oldText.length - suffix);
  const newPrefix = newText.slice(0, newText.length - suffix);
  if (oldPrefix.length === 0) return { kind: 'insert-prefix', newPrefix };
  const searchText = escapeSearchText(oldPrefix);
  if (searchText.length > maxSearchLength || unsearchable.test(oldPrefix)) return { kind: 'replace-all', newText };
  return { kind: 'replace-prefix', oldPrefix, newPrefix, searchText };
}
