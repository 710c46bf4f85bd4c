/**
 * The taskpane's strings in English, for an Office whose language is not Chinese. Loaded with
 * import() once the language is known (../i18n.ts). Typed as Strings (zh.ts): the same keys as the
 * Chinese table, no more and no fewer.
 */
import type { Problem } from '../api.ts';
import type { Strings } from './zh.ts';

/** 3, 5, 9… : at most ten line numbers, then …. Written here, not shared with zh.ts: a shared module would be a chunk of its own, one more request before the page starts. */
function lineList(lines: number[]): string {
  return lines.slice(0, 10).join(', ') + (lines.length > 10 ? '…' : '');
}

const skipReasonsEn: Record<string, string> = {
  footnote: 'holds a footnote or endnote mark',
  comment: 'holds a comment',
  field: 'holds a field (page number, cross-reference…)',
  picture: 'holds a picture or object',
  special: 'holds a special character',
  markerNotFound: 'has a number Word cannot find at its start',
  beyondMarker: 'would change more than its number',
  changedSince: 'was edited after its number was changed',
  locked: 'has its number in a content control that cannot be edited',
};

const englishProblems: Record<string, (problem: Problem) => string> = {
  gap: (p) => `Numbering skips: expected “${p.expected}”, found “${p.found}”.`,
  duplicate: (p) => `Repeated number “${p.found}”: expected “${p.expected}”.`,
  'out-of-order': (p) => `Out of order: expected “${p.expected}”, found “${p.found}”.`,
  'nonstandard-punctuation': (p) => `Nonstandard punctuation: “${p.found}” should be “${p.expected}”.`,
  'half-width-bracket': (p) => `Half-width brackets: “${p.found}” should be “${p.expected}”.`,
  'selection-style-mismatch': (p) =>
    `Only the selection changes: outside it, paragraph ${p.index + 1} keeps “${p.found}” where this style writes “${p.expected}”. Renumber with nothing selected to make the whole document agree.`,
};

export const en: Strings = {
  appTitle: 'Outline Assistant',
  previewBadge: 'Browser preview',
  previewNotice: 'Not running in Word: the simulated document below stands in for a Word document, so every feature can be tried.',
  previewNoticeOtherHost: 'Outline Assistant supports Word only: the simulated document below stands in for a Word document.',
  tabsLabel: 'Features',
  tabTemplates: 'Templates',
  tabNumbering: 'Numbering',
  tabImport: 'Import',
  tabTeam: 'Team',
  searchLabel: 'Search templates',
  searchPlaceholder: 'Name or category',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  templateListLabel: 'Templates',
  templateCount: (shown, total) => (shown < total ? `Showing ${shown} of ${total} templates` : `${total} templates`),
  noTemplates: 'No template matches.',
  loadMore: 'Load more',
  nodeCount: (count) => `${count} items`,
  styleLabel: 'Numbering style',
  asAuthored: 'As authored (numbering tidied)',
  outlinePreviewLabel: 'Outline preview',
  insert: 'Insert into document',
  teamBadge: 'Team',
  updatedMeta: (by, date) => `${by} · ${date}`,
  tokenLabel: 'Access token',
  tokenHint: 'Your administrator gives you a token. The add-in keeps it on this computer, never in the document.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in…',
  signedInAs: (name) => `Signed in as ${name}`,
  signedOut: 'Signed out.',
  tokenRequired: 'Enter your access token.',
  tokenRejected: 'The token is invalid or has been revoked: sign in again.',
  // Office single sign-on (#13, Team tab).
  officeSignIn: 'Sign in with your work account',
  officeSignInHint: 'Use the work account you are signed in to Office with; no access token needed.',
  orSignInWithToken: 'Or sign in with an access token from your administrator:',
  officeSigningIn: 'Signing in through Office…',
  officeSignInEnded: 'Your work-account sign-in has expired: sign in again.',
  officeSignInFailed: (by, code) => {
    const fallback = 'You can sign in with an access token instead.';
    if (by === 'server') return `The server did not accept the credentials Office gave (its single sign-on settings may not match the app registration). Ask your administrator. ${fallback}`;
    switch (code) {
      case 13001:
        return `You are not signed in to Office: sign in with your work account at the top right of Office, then try again. ${fallback}`;
      case 13002:
        return `Work-account sign-in was cancelled. Try again when you are ready. ${fallback}`;
      case 13003:
        return `The account signed in to Office is not a work or school account (nor a Microsoft account), so it cannot sign in here. ${fallback}`;
      case 13006:
        return `Office on the web's sign-in is in a bad state: sign out of Office, restart the browser and try again. ${fallback}`;
      case 13008:
        return 'The previous sign-in has not finished yet: wait a moment and try again.';
      case 13010:
        return `The browser's security zones keep Office from signing in (Office on the web and login.microsoftonline.com are in different zones). Ask your administrator. ${fallback}`;
      case 13013:
        return `Office is refusing sign-ins made too often: try again later. ${fallback}`;
      case 13004:
      case 13005:
      case 13007:
        return `Office could not get credentials for this add-in (error ${code}): the app registration or the administrator's consent may be incomplete. Ask your administrator. ${fallback}`;
      case 13000:
      case 13012:
      case 50001:
        return `This version or platform of Office does not support work-account sign-in (error ${code}). ${fallback}`;
      default:
        return `Work-account sign-in failed${code === null ? '' : ` (error ${code})`}. ${fallback}`;
    }
  },
  teamLabel: 'Team',
  loadingTeams: 'Loading teams…',
  noTeams: 'You are not in a team yet: ask a team owner to add you, or create a team.',
  roleName: (role) => ({ owner: 'owner', editor: 'editor', viewer: 'viewer' })[role],
  yourRole: (role) => `Your role: ${role}`,
  newTeam: 'New team',
  newTeamName: 'Team name',
  createTeam: 'Create team',
  creatingTeam: 'Creating the team…',
  teamCreated: (name) => `Team “${name}” created.`,
  teamTemplatesLabel: 'Team templates',
  loadingTeamTemplates: 'Loading team templates…',
  noTeamTemplates: 'This team has no templates yet.',
  teamTemplateMeta: (version, by, date) => `v${version} · ${by} · ${date}`,
  someone: 'another member',
  updateAvailable: (name, version, by, date) => `The team has a newer version of “${name}” (v${version}, updated by ${by} on ${date})`,
  documentHasVersion: (version) => `The document has version ${version}.`,
  viewChanges: 'View changes',
  insertNewVersion: 'Insert the new version at the cursor',
  saveHeading: 'Save as team template',
  readHeadings: 'Read the headings',
  capturing: 'Reading the document’s headings…',
  captured: (count) => `Found ${count} headings.`,
  noHeadings: 'No headings found: mark headings with the Heading 1…9 styles or with numbers such as “一、” or “（一）”.',
  moreHeadings: (count) => `… and ${count} more headings`,
  saveModeLegend: 'Save as',
  saveAsNew: 'New template',
  saveAsVersion: 'New version',
  templateNameLabel: 'Template name',
  templateNameRequired: 'Enter a template name.',
  baseTemplateLabel: 'Template to update',
  basedOnDocument: (version) => `The document came from version ${version} of this template: the save is based on it.`,
  basedOnCurrent: 'The document was not inserted from this template: the save is based on its current version.',
  noTemplateToUpdate: 'This team has no templates yet: save a new template.',
  save: 'Save',
  saving: 'Saving…',
  savedNew: (name) => `Saved as team template “${name}” (version 1).`,
  savedVersion: (name, version) => `Saved version ${version} of “${name}”.`,
  viewerCannotSave: 'You are a viewer in this team: you can insert templates but not save or restore them. Ask a team owner to make you an editor.',
  conflictHeading: 'Someone saved a new version first',
  conflictFallback: (version) => `This template is now at version ${version}.`,
  conflictQuestion: 'Your changes are not saved yet. Choose:',
  viewTheirs: 'View their version',
  overwrite: 'Overwrite',
  saveAsCopy: 'Save as new template',
  copyName: (name, who) => `${name} (${who})`,
  theirsHeading: (version, by, date) => `Their version ${version} (${by}, ${date})`,
  historyHeading: 'Version history',
  historyLabel: 'Versions',
  loadingHistory: 'Loading the history…',
  versionTitle: (version) => `Version ${version}`,
  currentVersion: 'current',
  restoredFrom: (version) => `restored from version ${version}`,
  diffHeading: (version, current) => `Version ${version} compared with the current version ${current}`,
  updateDiffHeading: (version, current) => `Version ${version} in the document → the team’s version ${current}`,
  diffSummary: (added, removed, changed) => `${added} added, ${removed} removed, ${changed} changed headings`,
  noDifferences: 'The headings are the same as the current version.',
  diffAdded: 'Added',
  diffRemoved: 'Removed',
  diffChanged: 'Changed',
  levelShort: (level) => `L${level}`,
  restoreVersion: 'Restore this version',
  restoring: (version) => `Restoring version ${version}…`,
  restored: (version, newVersion) => `Version ${version} restored as version ${newVersion}.`,
  loadingVersion: 'Opening this version…',
  deleteTemplate: 'Delete',
  deleteQuestion: (name) => `Move “${name}” to the team’s bin? A team owner can restore it.`,
  confirmDelete: 'Move to bin',
  cancel: 'Cancel',
  deleting: 'Moving to the bin…',
  deleted: 'Moved to the bin: an owner can restore it.',
  binHeading: 'Bin',
  binLabel: 'Templates in the bin',
  loadingBin: 'Loading the bin…',
  binEmpty: 'The bin is empty.',
  binItemMeta: (version, by, date) => `v${version} · deleted by ${by} · ${date}`,
  binOwnersOnly: 'Only team owners can restore templates from the bin.',
  restoreFromBin: 'Restore',
  restoringFromBin: (name) => `Restoring “${name}”…`,
  restoredFromBin: (name, version) => `Restored “${name}” (version ${version}).`,
  sourceNotRemembered: 'This version of Word has no document settings (WordApi 1.4 is needed): the document will not remember its template, and team updates cannot be announced.',
  scopeLegend: 'Scope',
  scopeDocument: 'Whole document',
  scopeSelection: 'Selection',
  analyse: 'Check numbering',
  detectedHeading: 'Detected numbering',
  noConventionDetected: 'No numbering detected.',
  problemsHeading: (count) => `Problems (${count})`,
  noProblems: 'No problems found.',
  paragraphLabel: (index) => `Paragraph ${index + 1}`,
  lineLabel: (index) => `Line ${index + 1}`,
  targetStyleLabel: 'Target style',
  keepConvention: 'Keep current numbering, repair only',
  apply: 'Apply numbering',
  importLabel: 'Paste an outline',
  importPlaceholder: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务',
  parse: 'Parse',
  parsedHeading: 'Parsed outline',
  nothingParsed: 'Nothing to import.',
  previewDocumentLabel: 'Simulated document',
  previewDocumentHint: 'Click a paragraph to place the cursor, Shift+click to select several; arrow keys work too.',
  previewDocumentSources: (list) => `The document’s settings remember its templates: ${list}`,
  templateAtVersion: (name, version) => `“${name}” version ${version}`,
  loading: 'Loading…',
  loadingTemplates: 'Loading templates…',
  loadingTemplate: 'Opening template…',
  rendering: 'Numbering the outline…',
  inserting: (count) => `Inserting ${count} headings…`,
  inserted: (count) => `Inserted ${count} headings.`,
  readingDocument: 'Reading the document…',
  analysing: (count) => `Analysing ${count} paragraphs…`,
  analysed: (problems) => (problems === 0 ? 'Check complete: no problems found.' : `Check complete: ${problems} problems found.`),
  writing: (count) => `Updating ${count} paragraphs…`,
  applied: (count) => (count === 0 ? 'The numbering already matches: nothing to change.' : `Updated ${count} paragraphs.`),
  parsing: 'Parsing…',
  parsed: (nodes, problems) => `Parsed ${nodes} items, ${problems} problems.`,
  keptOut: (lines) => `${lines.length} lines read as body text, not headings: line ${lineList(lines)}.`,
  emptySelection: 'The selection holds no paragraph.',
  serverUnreachable: 'Cannot reach the outline server. Check the network or try again later.',
  serverError: (status) => `The server failed (${status}).`,
  wordRefused: (message) => `Word could not complete the operation: ${message}`,
  documentChanged: 'The document changed since it was checked: check the numbering again.',
  wordTooOld: 'This version of Word is too old (WordApi 1.3 is needed): update Office to insert and renumber.',
  popoverUnsupported: 'The browser engine this Office uses is too old to open the drop-down lists: update Office (on a Mac, macOS too, to Safari 17 or later).',
  unexpected: (message) => `Something went wrong: ${message}`,
  problemMessage: (problem) => englishProblems[problem.code]?.(problem) ?? problem.message,
  // UI messages
  connectingWord: 'Connecting to Word…',
  connectionFailed: 'Could not connect to Word.',
  connectingHint: 'Word is starting Outline Assistant. If nothing happens for a long time, select Retry.',
  officeJsUnavailable: 'Office.js could not be loaded: check the network or proxy settings, then select Retry.',
  noOfficeHost: 'Office did not connect to Word: select Retry, or close and reopen Outline Assistant.',
  retry: 'Retry',
  requestTimedOut: 'The server took too long to answer: try again.',
  failedPart: (what, message) => `${what}: ${message}`,
  stylesNotLoaded: 'The numbering styles did not load',
  sessionNotChecked: 'Your sign-in could not be checked',
  categoriesNotLoaded: 'The template categories did not load',
  templatesNotLoaded: 'The template list did not load',
  renderFailed: (message) => `Could not number the outline in the chosen style; the previous style is still shown: ${message}`,
  duplicateName: (name) => `The team already has a template named “${name}”.`,
  saveAsVersionOfExisting: 'Save as a new version',
  alreadyCurrent: (version) => `Already up to date: the content is the same as version ${version}, no new version was made.`,
  timeZoneNamed: (date, zone) => `${date} (${zone})`,
  appliedAndChecked: (applied, checked) => `${applied} ${checked}`,
  appliedNotRechecked: (applied, message) => `${applied} The numbering could not be checked again: ${message}`,
  teamNameRequired: 'Enter a team name.',
  wordItemNotFound: 'Word cannot find what it was asked to change: the document may have just changed. Try again.',
  wordAccessDenied:
    'Word refused the change: the document is in Viewing mode, read-only or protected. Switch to Editing (Word on the web: Editing, top right), save a copy of a read-only file, or stop protection (Review → Restrict Editing), then try again.',
  wordTooMuch: 'The document is too large for Word on the web to send at once: choose Selection under Scope and renumber it in parts, or open it in desktop Word.',
  wordGeneral: 'Word could not complete the operation. If the document is in Viewing mode, read-only or protected, switch to Editing or stop protection, then try again.',
  wordSearchDialogOpen: "Word's Find and Replace dialog is open, so Outline Assistant cannot search for the numbers: close it, then try again.",
  wordSearchTooLong: "Word's search takes at most 255 characters: this paragraph's number is too long, change it by hand.",
  // Word module messages
  wordRevisionsPresent:
    'The document holds tracked changes: text deleted as a revision would still be read as paragraph text and the numbering would go wrong. Accept or reject the revisions (Review → Accept/Reject), then try again.',
  wordTrackingOn:
    'Track Changes is on: the numbering edits would become revisions and the numbering could no longer be read. Turn Track Changes off (Review → Track Changes), then apply the numbering.',
  wordCursorInTable: 'The cursor is in a table: an outline cannot go into a table. Put the cursor in a body paragraph outside the table, then insert.',
  wordCursorOutsideBody: 'The cursor is not in the main text (header, footer, footnote or text box): put it in a body paragraph, then insert the outline.',
  wordSelectionOutsideBody: 'The selection is not in the main text (header, footer, footnote or text box): select the paragraphs to renumber in the body.',
  wordListItemsKept: (count) => `${count} of them use Word's automatic numbering: checked by the numbers Word shows; renumbering changes Word's numbers, never their text.`,
  wordProtected:
    'The document is protected (Restrict Editing): Outline Assistant’s changes would be refused or become revisions. Stop protection (Review → Restrict Editing → Stop Protection), then try again.',
  wordCursorInTextBox: 'The cursor is in a text box: an outline cannot go into a text box. Put the cursor in a body paragraph, then insert.',
  partialWrite: (written, notWritten) =>
    `The write failed half-way: ${written} paragraphs were changed, the other ${notWritten} were not. Press Ctrl+Z to undo, or select Restore to put the old numbers back.`,
  writeUnexpected: (written, unexpected) =>
    `${written} paragraphs were changed; ${unexpected} others now read differently than written, probably recorded as revisions (Track Changes on): check the document, press Ctrl+Z or reject those revisions under Review, turn Track Changes off, then apply again.`,
  partialWriteUnknown: 'The write failed half-way and Word could not say which paragraphs changed: check the document, press Ctrl+Z to undo, or select Restore to put the old numbers back.',
  skippedParagraph: (paragraph, reason) => `Paragraph ${paragraph} ${skipReasonsEn[reason] ?? 'cannot be changed safely'}: left as it is, change its number by hand.`,
  skippedHeading: (count) => `${count} paragraphs left as they are:`,
  restoreMarkers: 'Restore',
  restoreHint: 'Put the old numbers back in the paragraphs just changed',
  restoringMarkers: 'Restoring the old numbers…',
  restoredMarkers: (count) => `Restored the old numbers of ${count} paragraphs.`,
  readingProgress: (done, total) => `Reading the document: ${done} of ${total} paragraphs…`,
  progressLabel: 'Progress',
  templateNotRecorded: 'The document settings could not record the template (the headings are in): team updates cannot be announced for this document.',
  headingsWordNumbered: (count) => `${count} headings still carry Word's automatic numbers (their style is linked to a multilevel list): choose None under Home → Multilevel List.`,
  // Numbering mode, typography, .docx (how an outline goes into Word)
  numberingModeLegend: 'Numbering',
  numberingModeText: 'Text markers',
  numberingModeList: 'Word automatic numbering',
  typographyLegend: 'Typography',
  typographyNone: 'None',
  typographyGongwen: 'Official document (GB/T 9704)',
  boldLevel3: 'Bold level 3 headings',
  downloadDocx: 'Download Word document',
  typographyQuestionTitle: 'Official document typography',
  typographyQuestion:
    "Change the document's Heading 1–4 and Normal styles to the official document layout? This changes how the whole document looks (fonts, sizes, line spacing). You can instead format only the inserted headings and leave the styles as they are.",
  typographyToStyles: 'Change the styles',
  typographyDirect: 'Only the inserted headings',
  insertedAsList: "Numbered with Word's automatic numbering (a multilevel list).",
  typographyStylesApplied: "The document's Heading 1–4 and Normal styles now follow the official document layout.",
  typographyAppliedDirectly: "The inserted headings are formatted as an official document; the document's styles are unchanged.",
  typographyStylesFailed: (message) => `The document's styles were not changed: ${message}`,
  preparingDocx: 'Preparing the Word document…',
  downloadedDocx: (name) => `Downloaded “${name}”.`,
  downloadOpenedInBrowser: 'This Word cannot download files in the task pane: the download opened in your browser.',
  downloadUnsupported: 'This Word (Mac, iPad) cannot download files in the task pane: download in Word on Windows or on the web, or insert the outline and use File → Save As.',
  // Numbering: converting between literal markers and Word's list numbering
  convertLegend: 'Switch numbering',
  convertToList: 'To automatic numbering',
  convertToText: 'To text markers',
  convertingToList: "Switching to Word's automatic numbering…",
  convertingToText: 'Switching to text markers…',
  convertedToList: (count) => (count === 0 ? 'No headings to switch.' : `${count} headings now use Word's automatic numbering.`),
  convertedToText: (count) => (count === 0 ? "No headings use Word's automatic numbering." : `${count} headings now carry their numbers as text.`),
  convertHint: "Switches the headings in the scope; automatic numbering follows the target style (or the document's own numbering). Body text stays as it is.",
  noConventionToConvert: 'No numbering detected, so there is no format to number with: choose a numbering style under Target style.',
  typographyStylesUnsupported:
    "But this Word cannot change styles (it needs WordApi 1.5, which Office 2016–2021 lack): the document's styles are unchanged. Choose “Only the inserted headings” when inserting instead.",
  typographyStylesMissing: (styles) => `The document has no such styles, left as they are: ${styles.map((style) => style.replace(/^Heading(\d)$/, 'Heading $1')).join(', ')}.`,
  typographyEastAsiaNotSet: "This Word (on the web) cannot set a style's Asian font: Chinese text keeps its font. Apply it again in Word on the desktop, or set the styles' Asian font by hand.",
  headingsMislanded: (count) => `${count} inserted headings did not get the style or automatic number they should have: please check them.`,
  ooxmlRefused: 'This Word cannot insert Office Open XML (needed for automatic numbering and official document typography): choose Text markers and no typography, then insert again.',
  ooxmlTooLarge: 'The outline is too large for Word on the web to insert at once: insert it in parts, or in Word on the desktop.',
  convertNothingWritten: (count) => `${count} paragraphs cannot be switched safely, so nothing was switched: deal with them by hand first.`,
  labelsDiffer: (paragraphs) => `Paragraphs ${paragraphs.slice(0, 10).join(', ')} show other automatic numbers than expected (a selection's list starts at 1): please check them.`,
  // Living outlines: the content control around an inserted outline, and applying a merge (Word module)
  wordOutlinesUnsupported: 'This version of Word cannot read or update inserted outlines (it needs WordApi 1.3): open the document in a newer Word (Microsoft 365 or Word on the web).',
  wordOutlineLocked: 'The content control of this outline is set so that its contents cannot be edited: unlock it (Developer → Properties), then update.',
  wordOutlineHeadingObjects:
    'A heading to be renamed holds a footnote, comment, field or picture, which replacing its text would delete: nothing was written. Move them out of the heading, then update.',
  wordOutlineTable:
    'The outline holds a table, and this update would move its paragraphs or add a heading right after it, which can break the table: nothing was written. Move the table out of the outline (or into a section that does not move), then update.',
  outlineNotFound: 'This outline is no longer in the document (its content control was deleted, or the document was reopened): refresh the list of outlines and try again.',
  outlineRemovedKeptComment: 'The new version of the template removed this heading; it is kept because it has your text under it. Decide whether to keep this section.',
};
