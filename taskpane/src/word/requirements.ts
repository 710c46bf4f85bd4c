/**
 * The Word API requirement sets the taskpane needs: WordApi 1.3 for Paragraph.styleBuiltIn (headings by
 * their locale-independent name), RangeCollection.getFirstOrNullObject (renumbering checks every marker
 * before it writes), Paragraph.isListItem, tableNestingLevel and parentBody; WordApi 1.4 for
 * Document.settings, where a document remembers which template it came from. Where the host has them,
 * document.ts also uses WordApi 1.4 (change tracking, reviewed text), 1.5 (a style's font and
 * paragraph format), 1.6 (tracked changes), WordApiDesktop 1.3 (Font.reset) and 1.4 (Paragraph.reset,
 * Document.protectionType), each behind Office.context.requirements.isSetSupported.
 *
 * Word's own list numbering (insertOutlineOoxml): Range.insertOoxml and Paragraph.insertOoxml are
 * WordApi 1.1, but a host may still refuse them (a WOPI partner host answers NotAllowed,
 * OfficeDev/office-js#4640: OoxmlInsertRefusedError, fall back to text numbering); reading a list back
 * (Paragraph.isListItem, listItemOrNullObject, listOrNullObject, attachToList, startNewList, detachFromList)
 * is WordApi 1.3. 公文 typography in the document's styles (applyTypographyToStyles) needs WordApi 1.5
 * (Document.getStyles, Style.font name/size/bold, Style.paragraphFormat firstLineIndent/lineSpacing);
 * the East Asian font of a style (Font.nameFarEast) is WordApiDesktop 1.3 only, so Word on the web
 * cannot set it (the outcome says so). Direct formatting needs nothing more: it comes in the package.
 *
 * Living outlines (issue #13): the content control around an inserted outline and everything done with it are
 * WordApi 1.1 (Range.insertContentControl, ContentControl tag/title/paragraphs/insertParagraph,
 * ContentControlCollection.getById, Paragraph.getOoxml) or 1.3 (Paragraph.parentContentControlOrNullObject,
 * Range.expandTo, Paragraph.styleBuiltIn): within the set required. A heading kept for the user's text is marked
 * with a comment where the host has WordApi 1.4 (Range.insertComment), else highlighted.
 */
export const requiredWordApi = { name: 'WordApi', version: '1.3' } as const;
export const settingsWordApi = { name: 'WordApi', version: '1.4' } as const;

export type RequirementChecker = (name: string, version: string) => boolean;

/** Set in the browser preview, where no Office host answers: the fake Word says what the host it acts as has. */
let previewRequirements: RequirementChecker | undefined;

/** The browser preview answers requirement checks for the fake Word it installs (preview-document.ts). */
export function answerRequirementsInPreview(checker: RequirementChecker): void {
  previewRequirements = checker;
}

/**
 * Office.context.requirements.isSetSupported, as the word module asks it before using a member of a later set:
 * in the browser preview the fake's answer (Office.js there knows no host and says no to every set), false when
 * Office is absent or the check throws.
 */
export function isHostSetSupported(name: string, version: string): boolean {
  try {
    if (previewRequirements) return previewRequirements(name, version);
    return (globalThis as { Office?: typeof Office }).Office?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

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
