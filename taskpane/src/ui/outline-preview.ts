/**
 * An outline ready to insert: pick a numbering style (or keep it as authored), see the numbered
 * headings as the server renders them, and insert them into the document. Shared by 模板, 导入 and 团队.
 *
 * The picker, the preview and what 插入 writes are always the same thing. 插入 writes the lines
 * shown, and is disabled while a render is under way, while the outline is being replaced (held) and
 * when nothing is rendered. When the render of a newly chosen style fails, the picker goes back to
 * the style the preview shows (the error says so, with 重试): the user keeps a working preview
 * and insert, and sees which style they are in, instead of a disabled button next to a picker that
 * no longer matches the lines.
 */
import { api, type LevelFormat, type Numbering, type OutlineNode, type RenderedLine, type TemplateDetail } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import { insertHeadings, type InsertedTemplate } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren, setOptions } from './dom.ts';
import { messageFor } from './errors.ts';
import { linesList } from './outline-view.ts';
import { RequestSlot } from './request-slot.ts';
import { setDisabled } from './status.ts';

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
  const styleOptions = (): [string, string][] => [[asAuthoredValue, strings.asAuthored], ...app.styles.list.map((style): [string, string] => [style.id, styleName(style)])];
  const { field: styleField, select: styleSelect } = labelledSelect(strings.styleLabel, styleOptions());
  const linesHolder = h('div', { class: 'lines-holder' });
  const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insert);
  const element = h('div', { class: 'outline-preview' }, styleField, linesHolder, h('div', { class: 'actions' }, insertButton));

  let outline: { nodes: OutlineNode[]; levels: LevelFormat[]; source?: OutlineSource } | undefined;
  /** The lines shown, and the picker value they were rendered in. */
  let lines: RenderedLine[] = [];
  let renderedStyle: string | undefined;
  let rendering = false;
  /** The outline is being replaced (a newer template is opening): nothing may be inserted meanwhile. */
  let held = false;
  /**
   * The style the outline opens in (its template's default) while it is not offered yet: the styles
   * are still loading (start-up), or a team's are on their way (just signed in). Applied once it is,
   * unless the user has picked a style meanwhile.
   */
  let pendingStyle: string | null = null;
  const slot = new RequestSlot();

  function updateInsert(): void {
    setDisabled(insertButton, held || rendering || lines.length === 0);
  }

  /** Renders the outline in the picker's style; the answer to the latest request is the only one shown. */
  async function render(): Promise<void> {
    if (!outline) return;
    const signal = slot.begin();
    const wanted = styleSelect.value;
    const numbering: Numbering = wanted === asAuthoredValue ? { levels: outline.levels } : { styleId: wanted };
    const { nodes } = outline;
    rendering = true;
    updateInsert();
    let failure: unknown;
    const rendered = await app.status.run(strings.rendering, [], () => api.render(nodes, numbering, { signal }), {
      signal,
      busyRegion: linesHolder,
      onError: (error) => (failure = error),
    });
    if (signal.aborted) return;
    rendering = false;
    if (rendered !== undefined) {
      lines = rendered;
      renderedStyle = wanted;
      replaceChildren(linesHolder, linesList(lines, strings.outlinePreviewLabel));
    } else {
      // The preview still shows the style it was rendered in: so does the picker. A style no longer
      // offered (its team signed out of) cannot be named by the picker: its lines go instead.
      if (renderedStyle !== undefined && renderedStyle !== asAuthoredValue && !app.styles.has(renderedStyle)) {
        lines = [];
        renderedStyle = undefined;
        linesHolder.replaceChildren();
      }
      if (renderedStyle !== undefined) styleSelect.value = renderedStyle;
      const failedOutline = outline;
      const retry = () => {
        // Another outline shown since: trying this render again would put it over that one.
        if (outline !== failedOutline) return;
        styleSelect.value = wanted;
        void render();
      };
      app.status.show('error', renderedStyle !== undefined ? strings.renderFailed(messageFor(failure)) : messageFor(failure), retry);
    }
    updateInsert();
  }

  // Signed in or out, the team's styles come and go: the picker follows, keeping its choice when it still exists.
  app.styles.onChange(() => {
    const before = styleSelect.value;
    setOptions(styleSelect, styleOptions());
    if (pendingStyle !== null && app.styles.has(pendingStyle)) {
      styleSelect.value = pendingStyle;
      pendingStyle = null;
    }
    if (styleSelect.value !== before && outline) void render();
  });

  styleSelect.addEventListener('change', () => {
    pendingStyle = null;
    void render();
  });
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
    /**
     * Shows an outline; `levels` is its authored numbering, used by 按原样; `source` the template it
     * comes from; `styleId` the style it opens in (a template's defaultStyleId), 按原样 when absent
     * or not one of the styles offered.
     */
    show(nodes: OutlineNode[], levels: LevelFormat[], source?: OutlineSource, styleId?: string | null): Promise<void> {
      outline = { nodes, levels, source };
      lines = [];
      renderedStyle = undefined;
      held = false;
      linesHolder.replaceChildren();
      if (styleId !== undefined) {
        const offered = !!styleId && app.styles.has(styleId);
        styleSelect.value = offered ? styleId : asAuthoredValue;
        pendingStyle = styleId && !offered ? styleId : null;
      }
      return render();
    },
    /** While a newer outline is on its way (held), or after it failed to come (released), 插入 follows. */
    hold(holding: boolean): void {
      held = holding;
      updateInsert();
    },
  };
}
