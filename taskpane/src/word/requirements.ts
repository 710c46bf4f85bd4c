/**
 * The Word API requirement set the taskpane needs: WordApi 1.3 for Paragraph.styleBuiltIn (headings by
 * their locale-independent name) and RangeCollection.getFirst (renumbering in one write batch).
 */
export const requiredWordApi = { name: 'WordApi', version: '1.3' } as const;

export type RequirementChecker = (name: string, version: string) => boolean;

export function isWordApiSupported(isSetSupported: RequirementChecker): boolean {
  try {
    return isSetSupported(requiredWordApi.name, requiredWordApi.version);
  } catch {
    // Hosts too old to know the requirement API at all are too old for us.
    return false;
  }
}
