/**
 * The tag of the content control around an inserted outline: `outline-addin:<templateId>:<version>`. Word keeps
 * a content control's tag in the file (w:tag, ECMA-376 Part 1 §17.5.2.42) and finds controls by it
 * (ContentControlCollection.getByTag, WordApi 1.1), so the outline knows where it came from wherever the file goes.
 */
export const outlineTagPrefix = 'outline-addin:';

/**
 * The longest tag written. Word documents no limit (w:tag is any string); the fake refuses more than 255
 * characters (docs/REAL-WORD-CHECKLIST.md), and a template id is far shorter: an outline whose tag would be
 * longer is inserted without its control rather than not at all.
 */
export const maxOutlineTagLength = 255;

export interface OutlineTag {
  templateId: string;
  version: number;
}

export function outlineTag(templateId: string, version: number): string {
  return `${outlineTagPrefix}${templateId}:${version}`;
}

/** The template and version a tag names; undefined for any other tag (another add-in's control, a hand edit). */
export function parseOutlineTag(tag: string): OutlineTag | undefined {
  if (!tag.startsWith(outlineTagPrefix)) return undefined;
  const rest = tag.slice(outlineTagPrefix.length);
  // The version is after the last colon: a template id may hold colons, a version never does.
  const colon = rest.lastIndexOf(':');
  const templateId = rest.slice(0, colon);
  const version = Number(rest.slice(colon + 1));
  if (colon <= 0 || !/^[1-9]\d*$/.test(rest.slice(colon + 1)) || !Number.isSafeInteger(version)) return undefined;
  return { templateId, version };
}
