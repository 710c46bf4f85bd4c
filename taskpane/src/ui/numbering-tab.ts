/**
 * 编号: read the document (or the selection), let the server detect its numbering convention and
 * its problems, and rewrite the paragraphs whose numbering changes in the target style.
 */
import { api, exampleChain, type LevelFormat } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import { applyParagraphTexts, readParagraphs, type DocumentParagraph, type Scope } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, radioGroup, replaceChildren } from './dom.ts';
import { problemsSection } from './outline-view.ts';

const keepConventionValue = '';

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

  /** Reads the scope; an empty selection is a user error worth saying, not an empty report. */
  async function read(): Promise<DocumentParagraph[]> {
    const paragraphs = await readParagraphs(scope());
    if (paragraphs.length === 0) throw new Error(strings.emptySelection);
    return paragraphs;
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
    const paragraphs = await read();
    app.status.show('progress', strings.analysing(paragraphs.length));
    const result = await api.renumber(asInput(paragraphs), null);
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
    const targetScope = scope();
    const paragraphs = await read();
    app.status.show('progress', strings.analysing(paragraphs.length));
    const result = await api.renumber(asInput(paragraphs), targetSelect.value === keepConventionValue ? null : targetSelect.value);
    const changes = result.paragraphs
      .map((paragraph, index) => ({ index, oldText: paragraphs[index].text, newText: paragraph.text }))
      .filter((change) => change.newText !== change.oldText);
    app.status.show('progress', strings.writing(changes.length));
    const { written } = await applyParagraphTexts(targetScope, changes);
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
