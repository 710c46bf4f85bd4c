/** 导入: paste any text outline, let the server parse it, check its problems and insert it. */
import { api } from '../api.ts';
import { strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { h, replaceChildren, uniqueId } from './dom.ts';
import { createOutlinePreview } from './outline-preview.ts';
import { countNodes, problemsSection } from './outline-view.ts';

export function createImportTab(app: AppContext) {
  const textId = uniqueId('import-text');
  const text = h('textarea', { id: textId, rows: 8, placeholder: strings.importPlaceholder, spellcheck: 'false' });
  const parseButton = h('button', { type: 'button', class: 'secondary' }, strings.parse);
  const preview = createOutlinePreview(app);
  const problems = h('div');
  const keptOut = h('p', { class: 'muted kept-out', hidden: true });
  const resultHeadingId = uniqueId('parsed');
  const result = h('section', { class: 'parse-result', 'aria-labelledby': resultHeadingId, hidden: true }, h('h2', { id: resultHeadingId }, strings.parsedHeading), keptOut, preview.element, problems);
  const panel = h('div', { class: 'panel' }, h('div', { class: 'field' }, h('label', { for: textId }, strings.importLabel), text), h('div', { class: 'actions' }, parseButton), result);

  parseButton.addEventListener('click', async () => {
    const parsed = await app.status.run(strings.parsing, [parseButton], () => api.parse(text.value));
    if (!parsed) return;
    if (parsed.nodes.length === 0) {
      result.hidden = true;
      return app.status.show('error', strings.nothingParsed);
    }
    result.hidden = false;
    // A whole document pasted: its title, opening paragraph and body are not headings; say which lines.
    keptOut.hidden = parsed.keptOut.length === 0;
    keptOut.textContent = strings.keptOut(parsed.keptOut.map((index) => index + 1));
    replaceChildren(problems, problemsSection(parsed.problems, strings.lineLabel));
    await preview.show(parsed.nodes, parsed.levels);
    const nodeCount = countNodes(parsed.nodes);
    if (!preview.insertButton.disabled) app.status.show('success', strings.parsed(nodeCount, parsed.problems.length));
  });

  return { panel };
}
