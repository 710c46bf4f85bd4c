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
 *
 * 编号方式 and 排版 (word-output.ts) say how 插入 and 下载 Word 文档 write it: literal markers with no
 * typography go in as today (insertHeadings, paragraph by paragraph); Word's list numbering or 公文
 * typography come as a package the server builds (insertOoxml). 公文 asks first whether the document's
 * 标题 1–4 and 正文 styles may change, or only the inserted headings are formatted.
 *
 * An outline with fill-in fields ({单位}, {季度}: the server says which) asks for their values first
 * (fields-form.ts) and goes in filled by the server; a field left empty stays {名称}, which the word
 * module highlights. The values are remembered for the template's team (signed in), else in this
 * browser. An outline without fields inserts as it always did, after that one question to the server.
 */
import { api, type DocxFile, type LevelFormat, type Numbering, type OutlineNode, type RenderedLine, type TemplateDetail, type TemplateDocxQuery, type TypographyApplication } from '../api.ts';
import { strings, styleName } from '../i18n.ts';
import { applyTypographyToStyles, insertHeadings, insertOutlineOoxml, type InsertedTemplate, type InsertOutcome } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { createConfirmDialog } from './confirm-dialog.ts';
import { h, labelledSelect, replaceChildren, setOptions } from './dom.ts';
import { messageFor } from './errors.ts';
import { BrowserFieldMemory, fieldPrompts, rememberedByTeam, valuesToRemember, withBrowserValues, type FieldPrompt } from './field-values.ts';
import { createFieldsForm } from './fields-form.ts';
import { linesList } from './outline-view.ts';
import { RequestSlot } from './request-slot.ts';
import { downloadBlob } from './save-file.ts';
import { setDisabled } from './status.ts';
import { createWordOutputFields } from './word-output-fields.ts';
import { typographyOf, type WordOutput } from './word-output.ts';

const asAuthoredValue = '';

/** The template an outline comes from: inserting it makes the document remember which version it holds. */
export type OutlineSource = Omit<InsertedTemplate, 'insertedAt'>;

/** The values given for an insert's fields, and where they are remembered once it is in (a team, else this browser). */
interface Filling {
  values: Record<string, string>;
  /** The names the server computes (年份, 季度): never remembered. */
  computed: string[];
  teamId: string | null;
}

/** What the document remembers of a template it inserts. */
export function sourceOf(template: TemplateDetail): OutlineSource {
  return { templateId: template.id, version: template.version, name: template.name, teamId: template.teamId ?? null };
}

export interface OutlinePreviewOptions {
  /** After a successful insert of an outline that came from a template. */
  onInserted?: (record: InsertedTemplate) => void;
  /**
   * The outline shown is its template's current version (the 模板 tab): 下载 asks the server for the
   * template itself, which names the file after it and, for a built-in one, has an address a browser
   * can open. Otherwise (an import, a team version) the outline shown is sent.
   */
  downloadsTemplate?: boolean;
}

export function createOutlinePreview(app: AppContext, options: OutlinePreviewOptions = {}) {
  const styleOptions = (): [string, string][] => [[asAuthoredValue, strings.asAuthored], ...app.styles.list.map((style): [string, string] => [style.id, styleName(style)])];
  const { field: styleField, select: styleSelect } = labelledSelect(strings.styleLabel, styleOptions());
  const linesHolder = h('div', { class: 'lines-holder' });
  const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insert);
  const downloadButton = h('button', { type: 'button', class: 'secondary' }, strings.downloadDocx);
  const typographyQuestion = createConfirmDialog({
    title: strings.typographyQuestionTitle,
    confirm: strings.typographyToStyles,
    alternative: strings.typographyDirect,
    cancel: strings.cancel,
  });
  const fieldsForm = createFieldsForm();
  const browserMemory = new BrowserFieldMemory(app.session);
  const element = h(
    'div',
    { class: 'outline-preview' },
    styleField,
    createWordOutputFields(app.output),
    linesHolder,
    h('div', { class: 'actions actions-wrap' }, insertButton, downloadButton),
    fieldsForm.element,
    typographyQuestion.element,
  );

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
  /** What was typed into the fields of the outline shown, until its insert succeeds: a failed insert asks again with it. */
  let typed: Record<string, string> = {};
  /** The fields of the insert waiting for the 公文 question's answer. */
  let fillingAsked: Filling | undefined;
  const slot = new RequestSlot();

  function updateInsert(): void {
    const nothingToWrite = held || rendering || lines.length === 0;
    setDisabled(insertButton, nothingToWrite);
    setDisabled(downloadButton, nothingToWrite);
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
  /** The numbering of what is shown: the style it was rendered in, or its authored levels (按原样). */
  function shownNumbering(): Numbering | undefined {
    if (!outline || renderedStyle === undefined) return undefined;
    return renderedStyle === asAuthoredValue ? { levels: outline.levels } : { styleId: renderedStyle };
  }

  /** The status after an insert: how many headings, and what the user should know about it (`partly`: something asked for did not happen). */
  function sayInserted(result: InsertOutcome, source: OutlineSource | undefined, extra: (string | null)[] = [], partly = false): void {
    const notes = [
      source && !app.settingsReady ? strings.sourceNotRemembered : null,
      result.recorded === false ? strings.templateNotRecorded : null,
      result.wordNumbered > 0 ? strings.headingsWordNumbered(result.wordNumbered) : null,
      ...extra,
    ].filter((note): note is string => note !== null);
    const kind = partly || result.wordNumbered > 0 || result.recorded === false ? 'info' : 'success';
    app.status.show(kind, [strings.inserted(result.inserted), ...notes].join(' '));
  }

  /** The record the document keeps of the template it inserts (WordApi 1.4: else the outline goes in all the same). */
  const recordOf = (source: OutlineSource | undefined): InsertedTemplate | undefined => (source && app.settingsReady ? { ...source, insertedAt: new Date().toISOString() } : undefined);

  /** The fields to ask for before inserting `shown`, with what each opens with; null when it has none. */
  async function fieldsToAsk(shown: NonNullable<typeof outline>): Promise<{ prompts: FieldPrompt[]; computed: string[]; teamId: string | null } | null> {
    const { fields } = await api.outlineFields(shown.nodes);
    if (fields.length === 0) return null;
    const teamId = rememberedByTeam(shown.source?.teamId, app.session.signedIn);
    const defaults = teamId ? await api.fieldDefaults(teamId) : withBrowserValues(await api.fieldDefaults(), browserMemory.values);
    return { prompts: fieldPrompts(fields, defaults, typed), computed: defaults.computed, teamId };
  }

  /** `nodes` with their fields filled as the user asked (the server's fill); as they are without fields. */
  async function filledNodes(nodes: OutlineNode[], filling: Filling | undefined): Promise<{ nodes: OutlineNode[]; unfilled: string[] }> {
    return filling ? api.fillFields(nodes, filling.values) : { nodes, unfilled: [] };
  }

  /** After the insert: the values remembered where they belong; the note to add when the team could not keep them. */
  async function rememberValues(filling: Filling): Promise<string | null> {
    typed = {};
    const values = valuesToRemember(filling.values, filling.computed);
    if (Object.keys(values).length === 0) return null;
    if (!filling.teamId) {
      browserMemory.remember(values);
      return null;
    }
    return api.saveFieldDefaults(filling.teamId, values).then(
      () => null,
      (error: unknown) => strings.fieldValuesNotRemembered(messageFor(error)),
    );
  }

  /** What the status adds about the fields after an insert. */
  const fieldNotes = (unfilled: string[], notRemembered: string | null): (string | null)[] => [unfilled.length > 0 ? strings.fieldsLeftUnfilled(unfilled) : null, notRemembered];

  /** 文本编号 without typography: the lines shown (their fields filled, rendered again in the same numbering), written as paragraphs (today's path). */
  async function insertLines(filling?: Filling): Promise<void> {
    const shownLines = lines;
    const numbering = shownNumbering();
    const nodes = outline?.nodes ?? [];
    const source = outline?.source;
    const record = recordOf(source);
    const done = await app.status.run(strings.inserting(shownLines.length), [insertButton, styleSelect], async () => {
      const filled = await filledNodes(nodes, filling);
      const toInsert = filling && numbering ? await api.render(filled.nodes, numbering) : shownLines;
      const inserted = await insertHeadings(toInsert, record);
      const notRemembered = filling ? await rememberValues(filling) : null;
      return { inserted, unfilled: filled.unfilled, notRemembered };
    });
    if (!done) return;
    const { inserted, unfilled, notRemembered } = done;
    sayInserted(inserted, source, fieldNotes(unfilled, notRemembered), notRemembered !== null);
    if (record && inserted.recorded !== false) options.onInserted?.(record);
  }

  /**
   * Word's list numbering or 公文 typography: the server's package for what is shown, inserted with
   * insertOoxml; `application` says whether its 公文 styles then become the document's.
   */
  async function insertPackage(output: WordOutput, application: TypographyApplication | undefined, busy: HTMLButtonElement[], filling: Filling | undefined): Promise<void> {
    const numbering = shownNumbering();
    if (!outline || !numbering) return;
    const { nodes, source } = outline;
    const record = recordOf(source);
    const typography = typographyOf(output, application);
    let stylesFailure: unknown;
    const done = await app.status.run(strings.inserting(lines.length), [insertButton, styleSelect, ...busy], async () => {
      const filled = await filledNodes(nodes, filling);
      const { ooxml } = await api.renderOoxml({ nodes: filled.nodes, numbering, listNumbering: output.numbering, typography });
      const inserted = await insertOutlineOoxml(ooxml, record);
      // The outline is in: a refusal to change the styles is told beside it, not instead.
      const styles = application === 'styles' ? await applyTypographyToStyles(ooxml).catch((error: unknown) => ((stylesFailure = error), undefined)) : undefined;
      const notRemembered = filling ? await rememberValues(filling) : null;
      return { inserted, styles, unfilled: filled.unfilled, notRemembered };
    });
    if (!done) return;
    const { inserted, styles, unfilled, notRemembered } = done;
    const stylesNotes =
      application !== 'styles'
        ? []
        : stylesFailure !== undefined
          ? [strings.typographyStylesFailed(messageFor(stylesFailure))]
          : styles && !styles.supported
            ? [strings.typographyStylesUnsupported]
            : [
                styles && styles.applied.length > 0 ? strings.typographyStylesApplied : null,
                styles && styles.missing.length > 0 ? strings.typographyStylesMissing(styles.missing) : null,
                styles?.notSet.includes('eastAsiaFont') ? strings.typographyEastAsiaNotSet : null,
              ];
    const partly =
      stylesFailure !== undefined || (styles !== undefined && (!styles.supported || styles.missing.length > 0 || styles.notSet.length > 0)) || (inserted.mislanded ?? 0) > 0 || notRemembered !== null;
    const notes = [
      output.numbering === 'list' ? strings.insertedAsList : null,
      application === 'direct' ? strings.typographyAppliedDirectly : null,
      ...stylesNotes,
      (inserted.mislanded ?? 0) > 0 ? strings.headingsMislanded(inserted.mislanded ?? 0) : null,
      ...fieldNotes(unfilled, notRemembered),
    ];
    sayInserted(inserted, source, notes, partly);
    if (record && inserted.recorded !== false) options.onInserted?.(record);
  }

  /** 插入: the fields asked for first when the outline has any, then written the way 编号方式 and 排版 say. */
  async function insert(): Promise<void> {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    const shown = outline;
    if (!shown) return;
    const asked = await app.status.run(strings.checkingFields, [insertButton, styleSelect], () => fieldsToAsk(shown));
    // Failed (the status says why), or another outline shown meanwhile: nothing is inserted.
    if (asked === undefined || outline !== shown) return;
    let filling: Filling | undefined;
    if (asked) {
      const values = await fieldsForm.ask(asked.prompts, insertButton);
      if (!values || outline !== shown) return;
      typed = values;
      filling = { values, computed: asked.computed, teamId: asked.teamId };
    }
    const output = app.output.current;
    if (output.numbering === 'text' && output.typography === 'none') return insertLines(filling);
    // 公文 changes how the whole document looks when it goes into its styles: asked every time, the safe answer focused.
    if (output.typography === 'gongwen') {
      fillingAsked = filling;
      return typographyQuestion.ask(strings.typographyQuestion, insertButton);
    }
    return insertPackage(output, undefined, [], filling);
  }

  insertButton.addEventListener('click', () => void insert());
  const { confirmButton, alternativeButton, cancelButton } = typographyQuestion;
  const answerTypography = async (application: TypographyApplication) => {
    await insertPackage(app.output.current, application, [confirmButton, alternativeButton!, cancelButton], fillingAsked);
    typographyQuestion.close();
  };
  confirmButton.addEventListener('click', () => void answerTypography('styles'));
  alternativeButton!.addEventListener('click', () => void answerTypography('direct'));

  /** The template's .docx in what is shown: its style (按原样: none, numbered as authored) and the output chosen. */
  const templateQuery = (numbering: Numbering, output: WordOutput): TemplateDocxQuery => ({
    styleId: 'styleId' in numbering ? numbering.styleId : undefined,
    listNumbering: output.numbering,
    typography: typographyOf(output),
  });

  /** The .docx of what is shown, as the server writes it (its styles are the new document's own: always 'styles'). */
  function exportDocx(output: WordOutput): Promise<DocxFile> | undefined {
    const numbering = shownNumbering();
    if (!outline || !numbering) return undefined;
    const { source } = outline;
    if (options.downloadsTemplate && source) return api.templateDocx(source.templateId, templateQuery(numbering, output));
    return api.outlineDocx({ nodes: outline.nodes, numbering, listNumbering: output.numbering, typography: typographyOf(output), name: source?.name });
  }

  downloadButton.addEventListener('click', async () => {
    const output = app.output.current;
    const delivery = app.fileDelivery;
    const source = outline?.source;
    if (delivery.kind !== 'download') {
      // A webview that never downloads: only a built-in template's export has an address (no sign-in) the user's browser can open.
      const numbering = shownNumbering();
      if (delivery.kind === 'browser' && options.downloadsTemplate && source && source.teamId === null && numbering) {
        delivery.open(api.templateDocxUrl(source.templateId, templateQuery(numbering, output)));
        return app.status.show('info', strings.downloadOpenedInBrowser);
      }
      return app.status.show('error', strings.downloadUnsupported);
    }
    const file = await app.status.run(strings.preparingDocx, [downloadButton], () => exportDocx(output) ?? Promise.resolve(undefined));
    if (!file) return;
    downloadBlob(file);
    app.status.show('success', strings.downloadedDocx(file.fileName));
  });

  return {
    element,
    styleSelect,
    insertButton,
    downloadButton,
    /**
     * Shows an outline; `levels` is its authored numbering, used by 按原样; `source` the template it
     * comes from; `styleId` the style it opens in (a template's defaultStyleId), 按原样 when absent
     * or not one of the styles offered.
     */
    show(nodes: OutlineNode[], levels: LevelFormat[], source?: OutlineSource, styleId?: string | null): Promise<void> {
      outline = { nodes, levels, source };
      // The form was about the outline shown before: it closes, and what was typed there is not this one's.
      fieldsForm.cancel();
      typed = {};
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
