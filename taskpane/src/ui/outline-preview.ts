/**
 * An outline ready to insert: pick a numbering style (or keep it as authored), see the numbered
 * headings as the server renders them, and insert them into the document. Shared by 模板 and 导入.
 */
import { api, type LevelFormat, type Numbering, type OutlineNode, type RenderedLine } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import { insertHeadings } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren } from './dom.ts';
import { linesList } from './outline-view.ts';

const asAuthoredValue = '';

export function createOutlinePreview(app: AppContext) {
  const { field: styleField, select: styleSelect } = labelledSelect(strings.styleLabel, [
    [asAuthoredValue, strings.asAuthored],
    ...app.styles.map((style): [string, string] => [style.id, styleName(style)]),
  ]);
  const linesHolder = h('div', { class: 'lines-holder' });
  const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insert);
  const element = h('div', { class: 'outline-preview' }, styleField, linesHolder, h('div', { class: 'actions' }, insertButton));

  let outline: { nodes: OutlineNode[]; levels: LevelFormat[] } | undefined;
  let lines: RenderedLine[] = [];
  // Only the answer to the latest request is shown: a slower, older one must not overwrite it.
  let renderRequest = 0;

  async function render(): Promise<void> {
    if (!outline) return;
    const request = ++renderRequest;
    const numbering: Numbering = styleSelect.value === asAuthoredValue ? { levels: outline.levels } : { styleId: styleSelect.value };
    const { nodes } = outline;
    const rendered = await app.status.run(strings.rendering, [insertButton], () => api.render(nodes, numbering));
    if (request !== renderRequest) return;
    if (rendered !== undefined) {
      lines = rendered;
      replaceChildren(linesHolder, linesList(lines, strings.outlinePreviewLabel));
      app.status.clear();
    }
    insertButton.disabled = lines.length === 0;
  }

  styleSelect.addEventListener('change', () => void render());
  insertButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    const toInsert = lines;
    const result = await app.status.run(strings.inserting(toInsert.length), [insertButton, styleSelect], () => insertHeadings(toInsert));
    if (result) app.status.show('success', strings.inserted(result.inserted));
  });

  return {
    element,
    styleSelect,
    insertButton,
    /** Shows an outline; `levels` is its authored numbering, used by 按原样. */
    show(nodes: OutlineNode[], levels: LevelFormat[]): Promise<void> {
      outline = { nodes, levels };
      lines = [];
      linesHolder.replaceChildren();
      insertButton.disabled = true;
      return render();
    },
  };
}
