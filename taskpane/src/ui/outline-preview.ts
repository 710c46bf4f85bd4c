/**
 * An outline ready to insert: pick a numbering style (or keep it as authored), see the numbered
 * headings as the server renders them, and insert them into the document. Shared by 模板 and 导入.
 */
import { api, type LevelFormat, type Numbering, type OutlineNode, type RenderedLine, type TemplateDetail } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import { insertHeadings, type InsertedTemplate } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren } from './dom.ts';
import { linesList } from './outline-view.ts';

const asAuthoredValue = '';

/** The template an outline comes from: inserting it makes the document remember which version it holds. */
export type OutlineSource = Omit<InsertedTemplate, 'insertedAt'>;

/** What the document remembers of a template it inserts. */
export function sourceOf(template: TemplateDetail): OutlineSource {
  return { templateId: template.id, version: template.version, name: template.name, teamId: template.teamId ?? null };
}

export interface OutlinePreviewOptions {
  /** After a successful insert of an outline that came from a template. */
  onInserted?: (record: InsertedTemplate) => void;
}

export function createOutlinePreview(app: AppContext, options: OutlinePreviewOptions = {}) {
  const { field: styleField, select: styleSelect } = labelledSelect(strings.styleLabel, [
    [asAuthoredValue, strings.asAuthored],
    ...app.styles.map((style): [string, string] => [style.id, styleName(style)]),
  ]);
  const linesHolder = h('div', { class: 'lines-holder' });
  const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insert);
  const element = h('div', { class: 'outline-preview' }, styleField, linesHolder, h('div', { class: 'actions' }, insertButton));

  let outline: { nodes: OutlineNode[]; levels: LevelFormat[]; source?: OutlineSource } | undefined;
  let lines: RenderedLine[] = [];
  // Only the answer to the latest request is shown: a slower, older one must not overwrite it.
  let renderRequest = 0;

  async function render(): Promise<void> {
    if (!outline) return;
    const request = ++renderRequest;
    const numbering: Numbering = styleSelect.value === asAuthoredValue ? { levels: outline.levels } : { styleId: styleSelect.value };
    const { nodes } = outline;
    // Not a busy control of the run: a newer style choice must start its own render, not be dropped.
    insertButton.disabled = true;
    const rendered = await app.status.run(strings.rendering, [], () => api.render(nodes, numbering));
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
    const source = outline?.source;
    // Without WordApi 1.4 the outline is inserted all the same; only the record of its template is lost.
    const record = source && app.settingsReady ? { ...source, insertedAt: new Date().toISOString() } : undefined;
    const result = await app.status.run(strings.inserting(toInsert.length), [insertButton, styleSelect], () => insertHeadings(toInsert, record));
    if (!result) return;
    const notes = [
      source && !app.settingsReady ? strings.sourceNotRemembered : null,
      result.recorded === false ? strings.templateNotRecorded : null,
      result.wordNumbered > 0 ? strings.headingsWordNumbered(result.wordNumbered) : null,
    ].filter((note): note is string => note !== null);
    app.status.show(result.wordNumbered > 0 || result.recorded === false ? 'info' : 'success', [strings.inserted(result.inserted), ...notes].join(' '));
    if (record && result.recorded !== false) options.onInserted?.(record);
  });

  return {
    element,
    styleSelect,
    insertButton,
    /** Shows an outline; `levels` is its authored numbering, used by 按原样; `source` the template it comes from. */
    show(nodes: OutlineNode[], levels: LevelFormat[], source?: OutlineSource): Promise<void> {
      outline = { nodes, levels, source };
      lines = [];
      linesHolder.replaceChildren();
      insertButton.disabled = true;
      return render();
    },
  };
}
