/**
 * How to turn a paragraph's old text into its new text by touching only the part that differs.
 *
 * Renumbering changes the marker at the start of a paragraph ("（1）" → "1.", "一." → "一、") and
 * leaves the title after it alone. Only the marker's own range is ever replaced: replacing a whole
 * paragraph (Paragraph.insertText(…, 'Replace')) deletes its footnotes, endnotes, comment anchors,
 * fields, hyperlinks, content controls and inline pictures (OfficeDev/office-js#2749), and flattens the
 * title's own formatting. A marker that cannot be replaced on its own is not replaced at all: the
 * paragraph is left as it is, and the user is told why (UnsafeReason).
 */

/** Why a paragraph's marker cannot be changed safely: what its changed part holds, or that Word's search cannot take it. */
export type UnsafeReason = 'footnote' | 'comment' | 'field' | 'picture' | 'special' | 'beyondMarker';

export type MarkerEdit =
  /** Replace the first `oldPrefix.length` characters with `newPrefix`; `searchText` finds them with Paragraph.search. */
  | { kind: 'replace-prefix'; oldPrefix: string; newPrefix: string; searchText: string }
  /** Put `newPrefix` in front of the paragraph (it had no marker). */
  | { kind: 'insert-prefix'; newPrefix: string }
  /** Leave the paragraph alone. */
  | { kind: 'unsafe'; reason: UnsafeReason };

/**
 * The most a marker and what stands before it take (indentation, a pasted 📌, 第一千二百三十四条　, a clause
 * number 1.2.3.4.5.6.7.8.9): an edit longer than this would change more than the marker, and is refused.
 * Escaped, it stays far inside the 255 characters Word's search takes (Word.ErrorCodes.searchStringInvalidOrTooLong).
 */
export const maxMarkerEdit = 40;

/**
 * Characters Word's search takes as a code (learn.microsoft.com Word.Paragraph.search; Word's Find
 * "Special" codes): `^` itself, tab, manual line break, non-breaking space, optional and non-breaking hyphen.
 */
const searchEscapes: Record<string, string> = { '^': '^^', '\t': '^t', '\u000b': '^l', '\u00a0': '^s', '\u001f': '^-', '\u001e': '^~' };

/**
 * The special characters Paragraph.text holds for content that is not text (learn.microsoft.com
 * Word.Paragraph.getText: "special characters that mark various content"): Word's codes for a note
 * reference, a comment anchor, a field and a picture. Which of them each platform returns is on the
 * real-Word checklist.
 */
const objectReasons: Record<string, UnsafeReason> = {
  '\u0002': 'footnote',
  '\u0005': 'comment',
  '\u0013': 'field',
  '\u0014': 'field',
  '\u0015': 'field',
  '\u0001': 'picture',
};

/** Length of the longest common suffix, never splitting a surrogate pair. */
export function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  const max = Math.min(a.length, b.length);
  while (length < max && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  const firstOfSuffix = a.charCodeAt(a.length - length);
  const isLowSurrogate = length > 0 && firstOfSuffix >= 0xdc00 && firstOfSuffix <= 0xdfff;
  return isLowSurrogate ? length - 1 : length;
}

/** Word search syntax without wildcards: each character that has a code is written as its code. */
export function escapeSearchText(text: string): string {
  return text.replace(/[\^\t\u000b\u00a0\u001f\u001e]/g, (character) => searchEscapes[character]);
}

/** Why `text` cannot be searched for or written as it is, if it cannot. */
function unsafeCharacterIn(text: string): UnsafeReason | undefined {
  for (const character of text) {
    const reason = objectReasons[character];
    if (reason) return reason;
    if (/[\u0000-\u001f\u007f]/.test(character) && !(character in searchEscapes)) return 'special';
  }
  return undefined;
}

export function markerEdit(oldText: string, newText: string): MarkerEdit {
  const suffix = commonSuffixLength(oldText, newText);
  const oldPrefix = oldText.slice(0, oldText.length - suffix);
  const newPrefix = newText.slice(0, newText.length - suffix);
  const unsafe = unsafeCharacterIn(oldPrefix) ?? unsafeCharacterIn(newPrefix);
  if (unsafe) return { kind: 'unsafe', reason: unsafe };
  // Whatever the server says, only a marker is ever rewritten: never more than a marker's length, and never
  // the whole of a paragraph that has more than its new marker (its title would go with it).
  const wholeParagraph = suffix === 0 && oldText.length > 0 && newText.length > 0;
  if (oldPrefix.length > maxMarkerEdit || newPrefix.length > maxMarkerEdit || wholeParagraph) return { kind: 'unsafe', reason: 'beyondMarker' };
  if (oldPrefix.length === 0) return { kind: 'insert-prefix', newPrefix };
  return { kind: 'replace-prefix', oldPrefix, newPrefix, searchText: escapeSearchText(oldPrefix) };
}
