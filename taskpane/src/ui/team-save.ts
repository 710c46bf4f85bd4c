/**
 * 保存为团队模板: the open document's headings (numbered or heading-styled paragraphs, read by the
 * word module, turned into an outline by the server's one numbering engine) saved as a new team
 * template, or as a new version of one.
 *
 * A new version is based on an ETag, always the server's own: that of the version the document came
 * from when it was inserted from (or saved as) that template (GET …/versions/{v}), else that of the
 * current one, fetched right before saving. When someone saved in between, the server answers 412
 * and the user chooses, nothing is lost silently: see their version, overwrite it (a new version on
 * top; theirs stays in the history), or save a new template. Content identical to the current
 * version makes no new version, and the page says so. A new template whose name the team already
 * has is refused (409): the form offers to save a new version of that one instead.
 *
 * Fill-in fields round-trip: the captured titles hold the values a user filled in (某某县委办) and the
 * habitual blanks of 公文 (XX). Both are offered as checkboxes, each with the field it would become
 * (editable); only what the user ticks is turned into a field (by the server) before the save.
 */
import { api, ApiError, type LevelFormat, type OutlineNode, type Team, type TemplateDetail, type TemplateSummary } from '../api.ts';
import { formatDateTime, strings } from '../i18n.ts';
import { readInsertedTemplates, readParagraphs, rememberInsertedTemplate, type InsertedTemplate, type Scope } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, radioGroup, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { setDisabled } from './status.ts';
import { messageBar } from './message-bar.ts';
import { UserError } from './errors.ts';
import { countNodes, linesList } from './outline-view.ts';
import { fieldCandidates, titlesOf, type FieldCandidate } from './field-values.ts';

/** How many captured headings the short preview shows. */
const previewLines = 6;

export interface SaveOptions {
  team: () => Team | null;
  /** Editors and owners of the team save (TeamState.canEdit). */
  canEdit: () => boolean;
  templates: () => TemplateSummary[];
  /** Loads the team's templates again (a template of the same name the list did not hold yet). */
  reloadTemplates: () => Promise<unknown>;
  /** After a save: the template as saved. */
  onSaved: (template: TemplateDetail) => Promise<void>;
}

interface Captured {
  nodes: OutlineNode[];
  levels: LevelFormat[];
  /** What the document says it came from, read with the headings. */
  remembered: InsertedTemplate[];
  /** Texts of the titles that could become fields, offered to the user. */
  candidates: FieldCandidate[];
}

/** A candidate as offered: ticked or not, and the field name it becomes. */
interface CandidateChoice {
  candidate: FieldCandidate;
  box: HTMLInputElement;
  name: HTMLInputElement;
}

export function createTeamSave(app: AppContext, options: SaveOptions) {
  const headingId = uniqueId('save');
  const {
    fieldset: scopeFieldset,
    value: scopeValue,
    inputs: scopeInputs,
  } = radioGroup(strings.scopeLegend, [
    ['document', strings.scopeDocument],
    ['selection', strings.scopeSelection],
  ]);
  const readButton = h('button', { type: 'button', class: 'secondary' }, strings.readHeadings);
  const capturedSummary = h('p', { class: 'captured-summary' });
  const capturedPreview = h('div', { class: 'lines-holder' });
  const candidateRows = h('div', { class: 'field-candidates' });
  const candidatesFieldset = h(
    'fieldset',
    { class: 'field-candidates-set', hidden: true },
    h('legend', {}, strings.fieldCandidatesLegend),
    h('p', { class: 'muted' }, strings.fieldCandidatesHint),
    candidateRows,
  );

  const {
    fieldset: modeFieldset,
    value: modeValue,
    inputs: modeInputs,
  } = radioGroup(strings.saveModeLegend, [
    ['new', strings.saveAsNew],
    ['version', strings.saveAsVersion],
  ]);
  const nameId = uniqueId('template-name');
  const nameInput = h('input', { type: 'text', id: nameId, maxlength: 100, autocomplete: 'off' });
  const nameField = h('div', { class: 'field' }, h('label', { for: nameId }, strings.templateNameLabel), nameInput);
  const { field: baseField, select: baseSelect } = labelledSelect(strings.baseTemplateLabel, []);
  const baseNote = h('p', { class: 'muted' });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, strings.save);
  // 409: the team has a template of that name; the user may save a new version of it instead.
  const duplicateText = h('p', {});
  const saveAsVersionButton = h('button', { type: 'button', class: 'secondary' }, strings.saveAsVersionOfExisting);
  // A Fluent message bar, as the page's other notices; 保存为新版本 is its action.
  const duplicate = messageBar('warning', { class: 'notice duplicate-name', hidden: true }, duplicateText);
  saveAsVersionButton.slot = 'actions';
  duplicate.append(saveAsVersionButton);
  // A form, so that Enter in the template name saves.
  const captureResult = h(
    'form',
    { class: 'capture-result', hidden: true },
    capturedSummary,
    capturedPreview,
    candidatesFieldset,
    modeFieldset,
    nameField,
    duplicate,
    baseField,
    baseNote,
    h('div', { class: 'actions' }, saveButton),
  );

  const conflictHeadingId = uniqueId('conflict');
  const conflictDetail = h('p', {});
  const viewTheirsButton = h('button', { type: 'button', class: 'secondary' }, strings.viewTheirs);
  const overwriteButton = h('button', { type: 'button', class: 'secondary' }, strings.overwrite);
  const saveCopyButton = h('button', { type: 'button', class: 'secondary' }, strings.saveAsCopy);
  const theirs = h('div', { class: 'theirs' });
  const conflict = h(
    'section',
    { class: 'conflict', role: 'alert', 'aria-labelledby': conflictHeadingId, hidden: true },
    h('h3', { id: conflictHeadingId }, strings.conflictHeading),
    conflictDetail,
    h('p', {}, strings.conflictQuestion),
    h('div', { class: 'actions actions-wrap' }, viewTheirsButton, overwriteButton, saveCopyButton),
    theirs,
  );

  const viewerNote = messageBar('info', { class: 'notice', hidden: true }, strings.viewerCannotSave);
  const element = h(
    'section',
    { class: 'team-save', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, strings.saveHeading),
    viewerNote,
    scopeFieldset,
    h('div', { class: 'actions' }, readButton),
    captureResult,
    conflict,
  );

  let captured: Captured | undefined;
  let candidateChoices: CandidateChoice[] = [];
  /** The template of the same name the server reported (409). */
  let existingId: string | undefined;
  /** The template whose save was refused (412), and the ETag of its current version. */
  let pending: { base: TemplateDetail; currentETag: string; currentVersion: number } | undefined;

  const canEdit = options.canEdit;
  const editControls = () => [
    readButton,
    saveButton,
    nameInput,
    baseSelect,
    ...scopeInputs,
    ...modeInputs,
    overwriteButton,
    saveCopyButton,
    ...candidateChoices.flatMap((choice) => [choice.box, choice.name]),
  ];

  function refreshMode(): void {
    const asVersion = modeValue() === 'version';
    duplicate.hidden = asVersion || existingId === undefined;
    nameField.hidden = asVersion;
    baseField.hidden = !asVersion;
    baseNote.hidden = !asVersion;
    setDisabled(saveButton, !canEdit());
    if (!asVersion) return;
    const templates = options.templates();
    setOptions(
      baseSelect,
      templates.map((template): [string, string] => [template.id, template.name]),
    );
    // The template the document came from is the natural one to update.
    const fromDocument = captured?.remembered.find((record) => templates.some((template) => template.id === record.templateId));
    if (fromDocument && !baseSelect.dataset.touched) baseSelect.value = fromDocument.templateId;
    const remembered = captured?.remembered.find((record) => record.templateId === baseSelect.value);
    baseNote.textContent = templates.length === 0 ? strings.noTemplateToUpdate : remembered ? strings.basedOnDocument(remembered.version) : strings.basedOnCurrent;
    setDisabled(saveButton, templates.length === 0 || !canEdit());
  }

  async function capture(): Promise<Captured | null> {
    const paragraphs = await readParagraphs(scopeValue() as Scope);
    if (paragraphs.length === 0) throw new UserError(strings.emptySelection);
    const remembered = app.settingsReady ? await readInsertedTemplates() : [];
    // A heading Word numbers is read by its label (listString), as renumbering reads it.
    const outline = await api.capture(paragraphs.map(({ text, outlineLevel, isListItem, listString }) => ({ text, outlineLevel, isListItem, listString })));
    if (outline.nodes.length === 0) return null;
    // A title paragraph names the document: a good default name for a new template.
    if (!nameInput.value.trim())
      nameInput.value =
        paragraphs
          .find((paragraph) => paragraph.styleBuiltIn === 'Title')
          ?.text.trim()
          .slice(0, 100) ?? '';
    const team = options.team();
    const [lines, found, defaults] = await Promise.all([api.render(outline.nodes, { levels: outline.levels }), api.outlineFields(outline.nodes), team ? api.fieldDefaults(team.id) : undefined]);
    const candidates = fieldCandidates(titlesOf(outline.nodes), defaults ?? { values: {}, computed: [] }, found.placeholders);
    const count = countNodes(outline.nodes);
    capturedSummary.textContent = strings.captured(count);
    replaceChildren(
      capturedPreview,
      linesList(lines.slice(0, previewLines), strings.outlinePreviewLabel),
      lines.length > previewLines ? h('p', { class: 'muted' }, strings.moreHeadings(lines.length - previewLines)) : null,
    );
    return { nodes: outline.nodes, levels: outline.levels, remembered, candidates };
  }

  /** One checkbox per candidate, none ticked, each with the field name it becomes (editable; used only when ticked). */
  function offerCandidates(candidates: FieldCandidate[]): void {
    candidateChoices = candidates.map((candidate) => {
      const box = h('input', { type: 'checkbox', id: uniqueId('field-candidate') });
      const name = h('input', { type: 'text', maxlength: 20, autocomplete: 'off', 'aria-label': strings.fieldCandidateName(candidate.text) });
      name.value = candidate.name;
      return { candidate, box, name };
    });
    replaceChildren(
      candidateRows,
      ...candidateChoices.map(({ candidate, box, name }) =>
        h(
          'div',
          { class: 'field-candidate', 'data-kind': candidate.kind },
          h('div', { class: 'checkbox' }, box, h('label', { for: box.id }, strings.fieldCandidate(candidate.text, candidate.count))),
          h('div', { class: 'field-candidate-name' }, '→ {', name, '}'),
        ),
      ),
    );
    candidatesFieldset.hidden = candidateChoices.length === 0;
  }

  /**
   * The captured outline as it is saved: the ticked texts turned into their fields by the server (none
   * ticked: as captured), and how many places changed.
   */
  async function outlineToSave(nodes: OutlineNode[]): Promise<{ nodes: OutlineNode[]; replaced: number }> {
    const chosen = candidateChoices.filter((choice) => choice.box.checked);
    if (chosen.length === 0) return { nodes, replaced: 0 };
    const missing = chosen.find((choice) => !choice.name.value.trim());
    if (missing) throw new UserError(strings.fieldNameRequired, missing.name);
    const result = await api.replaceFields(
      nodes,
      chosen.map((choice) => ({ text: choice.candidate.text, name: choice.name.value.trim() })),
    );
    return { nodes: result.nodes, replaced: result.replaced.reduce((sum, entry) => sum + entry.count, 0) };
  }

  /** The document now holds this version of the template: a next save builds on it, in the document and here. */
  async function remember(template: TemplateDetail): Promise<void> {
    const record = { templateId: template.id, version: template.version, name: template.name, teamId: template.teamId ?? null, insertedAt: new Date().toISOString() };
    if (captured) captured.remembered = [record, ...captured.remembered.filter((existing) => existing.templateId !== template.id)];
    if (!app.settingsReady || !app.wordReady) return;
    await rememberInsertedTemplate(record);
  }

  /** Saved: the document remembers the version, the form clears, the lists reload. */
  async function saved(template: TemplateDetail, message: string): Promise<void> {
    await remember(template);
    reset();
    await options.onSaved(template);
    app.status.show('success', message);
  }

  async function createNew(name: string, from?: TemplateDetail): Promise<void> {
    const team = options.team();
    if (!team || !captured) return;
    const content = await outlineToSave(captured.nodes);
    try {
      const created = await api.createTemplate({
        name,
        category: from?.category,
        tags: from?.tags,
        defaultStyleId: from?.defaultStyleId,
        levels: captured.levels,
        nodes: content.nodes,
        teamId: team.id,
      });
      await saved(created.value, withReplaced(strings.savedNew(created.value.name), content.replaced));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409 || typeof error.problem.existingId !== 'string') throw error;
      existingId = error.problem.existingId;
      duplicateText.textContent = error.detail ?? strings.duplicateName(name);
      conflict.hidden = true;
      refreshMode();
      app.status.show('error', duplicateText.textContent);
    }
  }

  /** PUT on `etag`; a 412 becomes the conflict choice. */
  async function saveVersion(base: TemplateDetail, etag: string, basedOn: number): Promise<void> {
    if (!captured) return;
    const content = await outlineToSave(captured.nodes);
    try {
      const updated = await api.updateTemplate(
        base.id,
        { name: base.name, category: base.category, tags: base.tags, defaultStyleId: base.defaultStyleId, levels: captured.levels, nodes: content.nodes },
        etag,
      );
      // The same content as the version it was based on: the server made no new version.
      const message = updated.value.version === basedOn ? strings.alreadyCurrent(basedOn) : strings.savedVersion(updated.value.name, updated.value.version);
      await saved(updated.value, withReplaced(message, content.replaced));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 412) throw error;
      const currentVersion = typeof error.problem.currentVersion === 'number' ? error.problem.currentVersion : base.version;
      // The 412 carries the current ETag; without it, the current version is asked for its own.
      const currentETag = error.etag ?? (await api.versionedTemplate(base.id)).etag;
      pending = { base, currentETag, currentVersion };
      conflictDetail.textContent = error.detail ?? strings.conflictFallback(currentVersion);
      theirs.replaceChildren();
      conflict.hidden = false;
      app.status.show('error', strings.conflictHeading);
    }
  }

  async function save(): Promise<void> {
    if (!captured) return;
    if (modeValue() === 'new') {
      const name = nameInput.value.trim();
      if (!name) throw new UserError(strings.templateNameRequired, nameInput);
      return createNew(name);
    }
    const id = baseSelect.value;
    if (!id) return;
    // The template as it is now, for its name and category; the ETag of the version the document came
    // from when it says which, else the current one's: always as the server wrote it.
    const current = await api.versionedTemplate(id);
    const remembered = captured.remembered.find((record) => record.templateId === id);
    if (!remembered) return saveVersion(current.value, current.etag, current.value.version);
    const basedOn = await api.versionedVersion(id, remembered.version);
    return saveVersion(current.value, basedOn.etag, remembered.version);
  }

  /** The save's message, with how many places became fields. */
  const withReplaced = (message: string, replaced: number): string => (replaced > 0 ? `${message} ${strings.fieldsReplaced(replaced)}` : message);

  /** The form as before any capture. */
  function reset(): void {
    captured = undefined;
    offerCandidates([]);
    pending = undefined;
    existingId = undefined;
    captureResult.hidden = true;
    conflict.hidden = true;
    duplicate.hidden = true;
    theirs.replaceChildren();
    nameInput.value = '';
    modeInputs[0].checked = true;
    delete baseSelect.dataset.touched;
  }

  readButton.addEventListener('click', async () => {
    if (!app.wordReady) return app.status.show('error', strings.wordTooOld);
    conflict.hidden = true;
    const result = await app.status.run(strings.capturing, editControls(), capture);
    if (result === undefined) return;
    captured = result ?? undefined;
    offerCandidates(captured?.candidates ?? []);
    captureResult.hidden = !captured;
    if (!captured) return app.status.show('error', strings.noHeadings);
    refreshMode();
    app.status.show('success', capturedSummary.textContent ?? '');
  });
  for (const input of modeInputs) input.addEventListener('change', refreshMode);
  baseSelect.addEventListener('change', () => {
    baseSelect.dataset.touched = 'true';
    refreshMode();
  });
  captureResult.addEventListener('submit', (event) => {
    event.preventDefault();
    void app.status.run(strings.saving, editControls(), save);
  });
  nameInput.addEventListener('input', () => {
    existingId = undefined;
    duplicate.hidden = true;
  });
  saveAsVersionButton.addEventListener('click', async () => {
    const id = existingId;
    if (!id) return;
    // The list may not hold it yet (someone else just saved it): load it first.
    if (!options.templates().some((template) => template.id === id)) await options.reloadTemplates();
    modeInputs[1].checked = true;
    refreshMode();
    baseSelect.value = id;
    baseSelect.dataset.touched = 'true';
    refreshMode();
    baseSelect.focus();
  });

  viewTheirsButton.addEventListener('click', async () => {
    const base = pending?.base;
    if (!base) return;
    const shown = await app.status.run(strings.loadingTemplate, [viewTheirsButton], async () => {
      const template = await api.template(base.id);
      const lines = await api.render(template.nodes, { levels: template.levels });
      return { template, lines };
    });
    if (!shown) return;
    const { template, lines } = shown;
    replaceChildren(
      theirs,
      h('h4', {}, strings.theirsHeading(template.version, template.updatedBy ?? strings.someone, formatDateTime(template.updatedAt))),
      linesList(lines, strings.outlinePreviewLabel),
    );
  });
  overwriteButton.addEventListener('click', () => {
    const target = pending;
    if (target) void app.status.run(strings.saving, editControls(), () => saveVersion(target.base, target.currentETag, target.currentVersion));
  });
  saveCopyButton.addEventListener('click', () => {
    const base = pending?.base;
    const who = app.session.user?.name ?? strings.someone;
    if (base) void app.status.run(strings.saving, editControls(), () => createNew(strings.copyName(base.name, who).slice(0, 100), base));
  });

  return {
    element,
    /** The team changed (or its templates did): viewers get the controls disabled, with why. */
    refresh(): void {
      const editable = canEdit();
      viewerNote.hidden = editable || !options.team();
      for (const control of editControls()) setDisabled(control, !editable);
      if (!conflict.hidden && !editable) conflict.hidden = true;
      if (editable && captured) refreshMode();
    },
    reset,
  };
}
