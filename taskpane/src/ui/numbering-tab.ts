/**
 * 编号: read the document (or the selection), let the server detect its numbering convention and
 * its problems, and rewrite the paragraphs whose numbering changes in the target style.
 *
 * For the selection the whole document is still read and sent, with where the selection is: the
 * server numbers the selected paragraphs in the context of the ones before them (a selection starting
 * at 三、 stays 三、) and changes only those. Paragraphs are written back by their place in the document.
 */
import { api, exampleChain, type LevelFormat, type RenumberResult } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import {
  applyParagraphTexts,
  readDocumentWithSelection,
  readParagraphs,
  type DocumentParagraph,
  type ParagraphChange,
  type ParagraphSpan,
  type Scope,
} from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, radioGroup, replaceChildren } from './dom.ts';
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

export function createNumberingTab(app: AppContext) {
  const { fieldset: scopeFieldset, value: scopeValue } = radioGroup(strings.scopeLegend, [
    ['document', strings.scopeDocument],
    ['selection', strings.scopeSelection],
  ]);
  const analyseButton = h('button', { type: 'button', class: 'secondary' }, strings.analyse);
  const report = h('div', { class: 'analysis' });
  const { field: targetField, select: targetSelect } = labelledSelect(strings.targetStyleLabel, [
    [keepConventionValue, strings.keepConvention],
    ...app.styles.map((style): [string, string] => [style.id, styleName(style)]),
  ]);
  const applyButton = h('button', { type: 'button', class: 'primary' }, strings.apply);
  const panel = h(
    'div',
    { class: 'panel' },
    scopeFieldset,
    h('div', { class: 'actions' }, analyseButton),
    report,
    targetField,
    h('div', { class: 'actions' }, applyButton),
  );

  const scope = (): Scope => scopeValue() as Scope;
  const controls = [analyseButton, applyButton, targetSelect];

  /** The document as read: every paragraph and, for the selection scope, where the selection is. */
  type Contents = { paragraphs: DocumentParagraph[]; selection?: ParagraphSpan };

  /** How many paragraphs the scope holds: the selection's, or the whole document's. */
  const scopeSize = ({ paragraphs, selection }: Contents) => (selection ? selection.end - selection.start : paragraphs.length);

  /** Reads the scope; a selection with no paragraph is a user error worth saying, not an empty report. */
  async function read(): Promise<Contents> {
    const contents: Contents = scope() === 'selection' ? await readDocumentWithSelection() : { paragraphs: await readParagraphs('document') };
    if (scopeSize(contents) === 0) throw new Error(strings.emptySelection);
    return contents;
  }

  const asInput = (paragraphs: DocumentParagraph[]) => paragraphs.map(({ text, outlineLevel }) => ({ text, outlineLevel }));

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
    const convention = await describeConvention(result.detectedLevels);
    replaceChildren(
      report,
      h('section', { class: 'convention' }, h('h3', {}, strings.detectedHeading), h('p', { class: 'convention-markers' }, convention)),
      problemsSection(result.problems, strings.paragraphLabel),
    );
    return result.problems.length;
  }

  async function apply(): Promise<number> {
    app.status.show('progress', strings.readingDocument);
    const contents = await read();
    const { paragraphs, selection } = contents;
    app.status.show('progress', strings.analysing(scopeSize(contents)));
    const result = await api.renumber(asInput(paragraphs), targetSelect.value === keepConventionValue ? null : targetSelect.value, selection);
    const changes = renumberChanges(paragraphs, result, selection);
    app.status.show('progress', strings.writing(changes.length));
    const { written } = await applyParagraphTexts(changes);
    await analyse();
    return written;
  }

  analyseButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    const problems = await app.status.run(strings.readingDocument, controls, analyse);
    if (problems !== undefined) app.status.show('success', strings.analysed(problems));
  });
  applyButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    const written = await app.status.run(strings.readingDocument, controls, apply);
    if (written !== undefined) app.status.show('success', strings.applied(written));
  });

  return { panel };
}
