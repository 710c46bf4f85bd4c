/**
 * The Word API requirement sets the taskpane needs: WordApi 1.3 for Paragraph.styleBuiltIn (headings by
 * their locale-independent name), RangeCollection.getFirstOrNullObject (renumbering checks every marker
 * before it writes), Paragraph.isListItem, tableNestingLevel and parentBody; WordApi 1.4 for
 * Document.settings, where a document remembers which template it came from. Where the host has them,
 * document.ts also uses WordApi 1.4 (change tracking, reviewed text), 1.5 (a style's font and
 * paragraph format), 1.6 (tracked changes), WordApiDesktop 1.3 (Font.reset) and 1.4 (Paragraph.reset,
 * Document.protectionType), each behind Office.context.requirements.isSetSupported.
 */
export const requiredWordApi = { name: 'WordApi', version: '1.3' } as const;
export const settingsWordApi = { name: 'WordApi', version: '1.4' } as const;

export type RequirementChecker = (name: string, version: string) => boolean;

function supports(isSetSupported: RequirementChecker, set: { name: string; version: string }): boolean {
  try {
    return isSetSupported(set.name, set.version);
  } catch {
    // Hosts too old to know the requirement API at all are too old for us.
    return false;
  }
}

export function isWordApiSupported(isSetSupported: RequirementChecker): boolean {
  return supports(isSetSupported, requiredWordApi);
}

/** Document settings (WordApi 1.4): without them inserting still works, the document just does not remember its template. */
export function areSettingsSupported(isSetSupported: RequirementChecker): boolean {
  return supports(isSetSupported, settingsWordApi);
}
