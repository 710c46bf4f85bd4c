/**
 * 编号: read the document (or the selection), let the server detect its numbering convention and
 * its problems, and rewrite the paragraphs whose numbering changes in the target style.
 *
 * For the selection the whole document is still read and sent, with where the selection is: the
 * server numbers the selected paragraphs in the context of the ones before them (a selection starting
 * at 三、 stays 三、) and changes only those. Paragraphs are written back by their place in the document.
 *
 * 转为自动编号 and 转为文本编号 switch the headings of the scope between literal markers and Word's own
 * list numbering. Word's list API has no Chinese formats: the list comes as a package the server
 * builds (POST /api/outlines/ooxml, numbering "list") for the target style, or for the convention
 * the document is written in when the target is 保持现有编号.
 */
import { api, exampleChain, type LevelFormat, type ListNumbering, type Numbering, type Problem, type RenumberResult } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import {
  convertToListNumbering,
  convertToTextNumbering,
  PartialWriteError,
  readDocumentWithSelection,
  readParagraphs,
  renumberParagraphs,
  restoreParagraphs,
  type DocumentParagraph,
  type ParagraphChange,
  type ParagraphSpan,
  type DocumentContents,
  type ProgressListener,
  type Scope,
  type SkippedParagraph,
} from '../word/document.ts';
import { listDefinitionNodes, numberingPlan } from '../word/numbering-plan.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, radioGroup, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { messageFor, UserError } from './errors.ts';
import { problemsSection } from './outline-view.ts';

const keepConventionValue = '';

/**
 * The paragraphs to rewrite after the server renumbered `paragraphs` (the whole document), by their
 * index in the document: those whose text changed, within the selection when there is one. The server
 * already leaves the rest as they are; nothing outside the selection is written either way.
 */
export function renumberChanges(paragraphs: DocumentParagraph[], result: RenumberResult, selection?: ParagraphSpan): ParagraphChange[] {
  const { start, end } = selection ?? { start: 0, end: paragraphs.length };
  return result.paragraphs
    .map((paragraph, index) => ({ index, oldText: paragraphs[index]?.text, newText: paragraph.text }))
    .filter((change): change is ParagraphChange => change.index >= start && change.index < end && change.oldText !== undefined && change.newText !== change.oldText);
}

/**
 * How many paragraphs of the scope Word numbers itself (list items the server reads as part of the
 * outline): the server leaves their text alone, since their number is Word's, and the status says so.
 */
export function wordNumberedCount(paragraphs: DocumentParagraph[], result: RenumberResult, selection?: ParagraphSpan): number {
  const { start, end } = selection ?? { start: 0, end: paragraphs.length };
  return paragraphs.filter((paragraph, index) => index >= start && index < end && paragraph.isListItem && result.paragraphs[index]?.level != null).length;
}

export function createNumberingTab(app: AppContext) {
  const { fieldset: scopeFieldset, value: scopeValue } = radioGroup(strings.scopeLegend, [
    ['document', strings.scopeDocument],
    ['selection', strings.scopeSelection],
  ]);
  const analyseButton = h('button', { type: 'button', class: 'secondary' }, strings.analyse);
  const report = h('div', { class: 'analysis' });
  const targetOptions = (): [string, string][] => [[keepConventionValue, strings.keepConvention], ...app.styles.list.map((style): [string, string] => [style.id, styleName(style)])];
  const { field: targetField, select: targetSelect } = labelledSelect(strings.targetStyleLabel, targetOptions());
  // The team's own styles come with signing in: the picker follows.
  app.styles.onChange(() => setOptions(targetSelect, targetOptions()));
  const applyButton = h('button', { type: 'button', class: 'primary' }, strings.apply);
  // After renumbering: puts the old markers back (Word's undo takes several steps per paragraph).
  const restoreButton = h('button', { type: 'button', class: 'secondary', hidden: true, title: strings.restoreHint }, strings.restoreMarkers);
  const skippedList = h('section', { class: 'skipped', hidden: true, 'aria-live': 'polite' });
  const toListButton = h('button', { type: 'button', class: 'secondary' }, strings.convertToList);
  const toTextButton = h('button', { type: 'button', class: 'secondary' }, strings.convertToText);
  const convertHeadingId = uniqueId('convert-heading');
  const convertSection = h(
    'section',
    { class: 'convert', 'aria-labelledby': convertHeadingId },
    h('h2', { id: convertHeadingId }, strings.convertLegend),
    h('p', { class: 'muted' }, strings.convertHint),
    h('div', { class: 'actions actions-wrap' }, toListButton, toTextButton),
  );
  const panel = h(
    'div',
    { class: 'panel' },
    scopeFieldset,
    h('div', { class: 'actions' }, analyseButton),
    report,
    targetField,
    h('div', { class: 'actions' }, applyButton, restoreButton),
    skippedList,
    convertSection,
  );

  const scope = (): Scope => scopeValue() as Scope;
  const controls = [analyseButton, applyButton, targetSelect, restoreButton, toListButton, toTextButton];

  /** The progress bar of a read that goes page by page. */
  const showReading: ProgressListener = ({ done, total }) => app.status.showProgress(strings.readingProgress(done, total), done, total);

  /** What undoes the last renumbering, if anything does: the old markers, and (after 转为自动编号) the headings to take out of the list again. */
  let undo: ParagraphChange[] = [];
  let detachOnUndo: number[] = [];

  function offerRestore(changes: ParagraphChange[], detach: number[] = []): void {
    undo = changes;
    detachOnUndo = detach;
    restoreButton.hidden = changes.length === 0 && detach.length === 0;
  }

  /** The paragraphs renumbering left alone, each with why, so the user can change them by hand. */
  function listSkipped(skipped: SkippedParagraph[]): void {
    skippedList.hidden = skipped.length === 0;
    replaceChildren(
      skippedList,
      skipped.length > 0 ? h('h2', {}, strings.skippedHeading(skipped.length)) : null,
      skipped.length > 0 ? h('ul', {}, ...skipped.map(({ index, reason }) => h('li', {}, strings.skippedParagraph(index + 1, reason)))) : null,
    );
  }

  /** A renumbering or conversion that failed; written half-way: say exactly what, and offer to put it back. */
  function showWriteFailure(error: unknown): void {
    if (error instanceof PartialWriteError) {
      listSkipped(error.skipped);
      offerRestore(error.undo);
    }
    app.status.show('error', messageFor(error));
  }

  /** The document as read: every paragraph and, for the selection scope, where the selection is. */
  type Contents = { paragraphs: DocumentParagraph[]; selection?: ParagraphSpan };

  /** How many paragraphs the scope holds: the selection's, or the whole document's. */
  const scopeSize = ({ paragraphs, selection }: Contents) => (selection ? selection.end - selection.start : paragraphs.length);

  /** The scope as read is about to be sent to the server: an empty one is the user's to put right. */
  function startAnalysing(contents: Contents): void {
    if (scopeSize(contents) === 0) throw new UserError(strings.emptySelection);
    app.status.show('progress', strings.analysing(scopeSize(contents)));
  }

  /** The style to renumber in; null: 保持现有编号. */
  const targetStyleId = (): string | null => (targetSelect.value === keepConventionValue ? null : targetSelect.value);

  /** Reads the scope; a selection with no paragraph is a user error worth saying, not an empty report. */
  async function read(): Promise<Contents> {
    const contents: Contents = scope() === 'selection' ? await readDocumentWithSelection(showReading) : { paragraphs: await readParagraphs('document', showReading) };
    if (scopeSize(contents) === 0) throw new UserError(strings.emptySelection);
    return contents;
  }

  // A list item's label (listString) is its marker: the server reads it, and answers with the label it is to have.
  const asInput = (paragraphs: DocumentParagraph[]) => paragraphs.map(({ text, outlineLevel, isListItem, listString }) => ({ text, outlineLevel, isListItem, listString }));

  /** Paragraphs Word numbers itself in the last result, and the status with a word about them when there are any. */
  let wordNumbered = 0;
  const withWordNumbered = (status: string) => (wordNumbered > 0 ? `${status} ${strings.wordListItemsKept(wordNumbered)}` : status);

  /** "一、 → （一） → 1.": the first marker of each detected level, as the server renders it. */
  async function describeConvention(levels: LevelFormat[]): Promise<string> {
    if (levels.length === 0) return strings.noConventionDetected;
    const lines = await api.render(exampleChain(levels.length), { levels });
    return lines.map((line) => line.text.trim() || '—').join(' → ');
  }

  async function analyse(): Promise<number> {
    app.status.show('progress', strings.readingDocument);
    const contents = await read();
    app.status.show('progress', strings.analysing(scopeSize(contents)));
    const result = await api.renumber(asInput(contents.paragraphs), null, contents.selection);
    wordNumbered = wordNumberedCount(contents.paragraphs, result, contents.selection);
    const convention = await describeConvention(result.detectedLevels);
    replaceChildren(
      report,
      h('section', { class: 'convention' }, h('h2', {}, strings.detectedHeading), h('p', { class: 'convention-markers' }, convention)),
      problemsSection(result.problems, strings.paragraphLabel, 'h2'),
    );
    return result.problems.length;
  }

  /** Set by apply when only a selection was switched to a style the rest of the document is not in. */
  let restOfDocumentDiffers: Problem | undefined;
  const withWarnings = (status: string) => (restOfDocumentDiffers ? `${status} ${strings.problemMessage(restOfDocumentDiffers)}` : status);

  /** Read, renumber on the server, check and write in one Word.run (see renumberParagraphs): nothing is written unless every change can be. */
  async function apply(): Promise<number> {
    restOfDocumentDiffers = undefined;
    app.status.show('progress', strings.readingDocument);
    const {
      written,
      skipped,
      undo: undoing,
      listed,
      detachOnUndo: detach = [],
    } = await renumberParagraphs(
      scope(),
      async (contents) => {
        startAnalysing(contents);
        const { paragraphs, selection } = contents;
        const styleId = targetStyleId();
        const result = await api.renumber(asInput(paragraphs), styleId, selection);
        restOfDocumentDiffers = result.problems.find((problem) => problem.code === 'selection-style-mismatch');
        const changes = renumberChanges(paragraphs, result, selection);
        app.status.show('progress', strings.writing(changes.length));
        // Headings Word numbers take their new labels from a new list in the target style (or the convention detected).
        const plan = await numberingPlan(contents, result.paragraphs, () => listOoxml(styleId, result.detectedLevels));
        return { ...plan, changes };
      },
      showReading,
    );
    listSkipped(skipped);
    offerRestore(undoing, detach);
    return written + (listed ?? 0);
  }

  analyseButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    const problems = await app.status.run(strings.readingDocument, controls, analyse);
    if (problems !== undefined) app.status.show('success', withWordNumbered(strings.analysed(problems)));
  });
  applyButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    offerRestore([]);
    listSkipped([]);
    const written = await app.status.run(strings.readingDocument, controls, apply, { onError: showWriteFailure });
    if (written === undefined) return;
    // Written: that is the result. The check that follows refreshes the report; its failure is its own.
    const applied = withWarnings(strings.applied(written));
    app.status.show('success', applied);
    report.replaceChildren();
    const problems = await app.status.run(strings.readingDocument, controls, analyse, {
      onError: (error) => app.status.show('info', strings.appliedNotRechecked(applied, messageFor(error))),
    });
    if (problems !== undefined) app.status.show('success', withWordNumbered(strings.appliedAndChecked(applied, strings.analysed(problems))));
  });

  restoreButton.addEventListener('click', async () => {
    const toRestore = undo;
    const toDetach = detachOnUndo;
    // What is still to put back after a restore that stopped half-way: the entries it did not write.
    const notRestored = (restored: ParagraphChange[]) => toRestore.filter((change) => !restored.some((done) => done.index === change.index));
    const outcome = await app.status.run(strings.restoringMarkers, controls, () => restoreParagraphs(toRestore, showReading, toDetach), {
      onError: (error) => {
        if (error instanceof PartialWriteError) {
          listSkipped(error.skipped);
          offerRestore(notRestored(error.undo));
        }
        app.status.show('error', messageFor(error));
      },
    });
    if (!outcome) return;
    // Paragraphs edited since (or whose markers cannot be touched) stay listed; they are not offered again.
    offerRestore([]);
    listSkipped(outcome.skipped);
    report.replaceChildren();
    app.status.show('success', strings.restoredMarkers(outcome.written));
  });

  /**
   * The list definition headings Word numbers are to take, as a package for insertOoxml: the target
   * style's, or (保持现有编号) the convention the server detected.
   */
  async function listOoxml(styleId: string | null, detectedLevels: LevelFormat[]): Promise<string> {
    if (styleId === null && detectedLevels.length === 0) throw new UserError(strings.noConventionToConvert, targetSelect);
    const numbering: Numbering = styleId === null ? { levels: detectedLevels } : { styleId };
    const { ooxml } = await api.renderOoxml({ nodes: listDefinitionNodes, numbering, listNumbering: 'list', typography: { preset: 'none' } });
    return ooxml;
  }

  /**
   * 转为自动编号 (`list`) or 转为文本编号 (`text`) for the scope: the server renumbers the document with
   * that numbering (in the target style, or keeping the convention), and the word module writes it all
   * or nothing. Its outcome (paragraphs left alone, 恢复) is shown as renumbering's is.
   */
  async function convert(numbering: ListNumbering): Promise<void> {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    offerRestore([]);
    listSkipped([]);
    const styleId = targetStyleId();
    /** The convention the server detected: the list's format when the target is 保持现有编号. */
    let detected: LevelFormat[] = [];
    const answer = async ({ paragraphs, selection }: DocumentContents) => {
      startAnalysing({ paragraphs, selection });
      const result = await api.renumber(asInput(paragraphs), styleId, selection, numbering);
      detected = result.detectedLevels;
      return result.paragraphs;
    };
    const outcome = await app.status.run(
      numbering === 'list' ? strings.convertingToList : strings.convertingToText,
      controls,
      () => (numbering === 'list' ? convertToListNumbering(scope(), () => listOoxml(styleId, detected), answer, showReading) : convertToTextNumbering(scope(), answer, showReading)),
      { onError: showWriteFailure },
    );
    if (!outcome) return;
    listSkipped(outcome.skipped);
    offerRestore(outcome.undo, outcome.detachOnUndo);
    report.replaceChildren();
    // All or nothing: a paragraph that cannot be switched safely means none was.
    if (outcome.skipped.length > 0) return app.status.show('error', strings.convertNothingWritten(outcome.skipped.length));
    const notes = [
      (outcome.labelMismatches?.length ?? 0) > 0 ? strings.labelsDiffer(outcome.labelMismatches!.map((mismatch) => mismatch.index + 1)) : null,
      (outcome.stillListed?.length ?? 0) > 0 ? strings.headingsWordNumbered(outcome.stillListed!.length) : null,
    ].filter((note): note is string => note !== null);
    const converted = numbering === 'list' ? strings.convertedToList(outcome.listed ?? 0) : strings.convertedToText(outcome.detached ?? 0);
    app.status.show(notes.length > 0 ? 'info' : 'success', [converted, ...notes].join(' '));
  }

  toListButton.addEventListener('click', () => void convert('list'));
  toTextButton.addEventListener('click', () => void convert('text'));

  return { panel };
}
