/**
 * 团队: sign in with an access token, pick a team, insert its templates (who changed them and when),
 * save the document's headings as a team template or a new version (team-save.ts), look through a
 * template's history (team-history.ts), move a template to the team's bin and take it out again
 * (team-bin.ts), and hear when the team has a newer version of a template the document came from.
 */
import { api, type Team, type TemplateDetail, type TemplateSummary } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import { teamStorageKey } from '../session.ts';
import { readInsertedTemplates, type InsertedTemplate } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { messageBar } from './message-bar.ts';
import { createOutlinePreview, sourceOf } from './outline-preview.ts';
import { createTeamBin, createTeamDelete } from './team-bin.ts';
import { createTeamHistory } from './team-history.ts';
import { createTeamSave } from './team-save.ts';

/** A team's templates, all on one page (the server's maximum). */
const teamPageSize = 100;
/** Templates checked for a newer version when the tab opens: the most recently inserted. */
const maxUpdateChecks = 5;

interface Update {
  record: InsertedTemplate;
  current: TemplateDetail;
}

export function createTeamTab(app: AppContext) {
  // Signed out: the token form.
  const tokenId = uniqueId('token');
  const tokenHintId = uniqueId('token-hint');
  const tokenInput = h('input', { type: 'password', id: tokenId, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': tokenHintId });
  const signInButton = h('button', { type: 'submit', class: 'primary' }, strings.signIn);
  const signInForm = h(
    'form',
    { class: 'sign-in' },
    h('div', { class: 'field' }, h('label', { for: tokenId }, strings.tokenLabel), tokenInput),
    h('p', { id: tokenHintId, class: 'muted' }, strings.tokenHint),
    h('div', { class: 'actions' }, signInButton),
  );

  // Signed in: who, the team, its templates.
  // Takes the focus after signing in: it says who is signed in.
  const userLine = h('span', { class: 'user-name', tabindex: -1 });
  const signOutButton = h('button', { type: 'button', class: 'secondary' }, strings.signOut);
  const account = h('div', { class: 'account' }, userLine, signOutButton);

  const { field: teamField, select: teamSelect } = labelledSelect(strings.teamLabel, []);
  const roleLine = h('p', { class: 'muted role-line' });
  const noTeams = h('p', { class: 'muted', hidden: true }, strings.noTeams);
  const newTeamId = uniqueId('new-team');
  const newTeamInput = h('input', { type: 'text', id: newTeamId, maxlength: 60, autocomplete: 'off' });
  const createTeamButton = h('button', { type: 'button', class: 'secondary' }, strings.createTeam);
  const newTeam = h(
    'details',
    { class: 'new-team' },
    h('summary', {}, strings.newTeam),
    h('div', { class: 'field' }, h('label', { for: newTeamId }, strings.newTeamName), newTeamInput),
    h('div', { class: 'actions' }, createTeamButton),
  );

  const notices = h('div', { class: 'update-notices' });
  const listSummary = h('p', { class: 'muted list-summary' });
  const list = h('ul', { class: 'template-list', 'aria-label': strings.teamTemplatesLabel });

  const detailHeadingId = uniqueId('team-template-name');
  const detailHeading = h('h2', { id: detailHeadingId, class: 'template-name', tabindex: -1 });
  const detailMeta = h('p', { class: 'muted' });
  const preview = createOutlinePreview(app, { onInserted: () => void checkForUpdates() });
  const history = createTeamHistory(app, {
    canEdit: () => canEdit(),
    onRestored: async (template) => {
      await loadTeamTemplates();
      await open(template.id);
    },
  });
  const bin = createTeamBin(app, {
    team: () => currentTeam,
    onRestored: async (template) => {
      await loadTeamTemplates();
      void checkForUpdates();
      list.querySelector<HTMLElement>(`[data-template-id="${CSS.escape(template.id)}"]`)?.focus();
    },
  });
  const remove = createTeamDelete(app, {
    canEdit: () => canEdit(),
    onDeleted: async () => {
      selected = undefined;
      detail.hidden = true;
      history.hide();
      await loadTeamTemplates();
      await bin.refresh();
      void checkForUpdates();
      // The detail is gone: the focus goes to the list it left, or to the bin when the list is empty.
      const first = list.querySelector<HTMLElement>('.template-item');
      if (first) first.focus();
      else bin.focus();
    },
  });
  const detail = h(
    'section',
    { class: 'template-detail', 'aria-labelledby': detailHeadingId, hidden: true },
    detailHeading,
    detailMeta,
    preview.element,
    history.element,
    remove.element,
  );


  const save = createTeamSave(app, {
    team: () => currentTeam,
    templates: () => teamTemplates,
    onSaved: async (template) => {
      await loadTeamTemplates();
      await open(template.id);
    },
  });

  const teamSection = h('div', { class: 'team-section', hidden: true }, account, teamField, roleLine, noTeams, newTeam, notices, listSummary, list, bin.element, detail, save.element);
  const panel = h('div', { class: 'panel' }, signInForm, teamSection);

  let teams: Team[] = [];
  let currentTeam: Team | null = null;
  let teamTemplates: TemplateSummary[] = [];
  let selected: TemplateDetail | undefined;
  let listRequest = 0;

  const canEdit = () => currentTeam?.role === 'editor' || currentTeam?.role === 'owner';

  function teamTemplateButton(template: TemplateSummary): HTMLElement {
    const button = h(
      'button',
      { type: 'button', class: 'template-item', 'aria-pressed': String(template.id === selected?.id), 'data-template-id': template.id },
      h('span', { class: 'template-item-name' }, template.name),
      h('span', { class: 'template-item-meta' }, strings.teamTemplateMeta(template.version, template.updatedBy ?? strings.someone, formatDay(template.updatedAt))),
    );
    button.addEventListener('click', async () => {
      if (!(await open(template.id))) return;
      // From the list to what was opened: the screen reader reads its name, Tab goes on to its controls.
      detail.scrollIntoView({ block: 'start' });
      detailHeading.focus({ preventScroll: true });
    });
    return h('li', {}, button);
  }

  function showSignedIn(): void {
    signInForm.hidden = true;
    teamSection.hidden = false;
    userLine.textContent = strings.signedInAs(app.session.user?.name ?? '');
    tokenInput.value = '';
  }

  function showSignedOut(): void {
    signInForm.hidden = false;
    teamSection.hidden = true;
    teams = [];
    currentTeam = null;
    teamTemplates = [];
    selected = undefined;
    list.replaceChildren();
    notices.replaceChildren();
    detail.hidden = true;
    history.hide();
    bin.reset();
    save.reset();
  }

  async function loadTeams(): Promise<void> {
    const loaded = await app.status.run(strings.loadingTeams, [teamSelect], () => api.teams());
    if (!loaded) return;
    teams = loaded;
    setOptions(teamSelect, teams.map((team): [string, string] => [team.id, team.name]));
    const remembered = app.session.read(teamStorageKey);
    if (remembered && teams.some((team) => team.id === remembered)) teamSelect.value = remembered;
    noTeams.hidden = teams.length > 0;
    teamField.hidden = teams.length === 0;
    newTeam.open = teams.length === 0;
    app.status.clear();
    await selectTeam();
  }

  async function selectTeam(): Promise<void> {
    currentTeam = teams.find((team) => team.id === teamSelect.value) ?? null;
    if (currentTeam) app.session.write(teamStorageKey, currentTeam.id);
    roleLine.textContent = currentTeam ? strings.yourRole(strings.roleName(currentTeam.role)) : '';
    selected = undefined;
    detail.hidden = true;
    save.reset();
    save.refresh();
    await loadTeamTemplates();
    await bin.refresh();
  }

  async function loadTeamTemplates(): Promise<void> {
    const team = currentTeam;
    const request = ++listRequest;
    if (!team) {
      teamTemplates = [];
      list.replaceChildren();
      listSummary.textContent = '';
      save.refresh();
      return;
    }
    const page = await app.status.run(strings.loadingTeamTemplates, [], () => api.templates({ teamId: team.id, scope: 'team', pageSize: teamPageSize }));
    if (!page || request !== listRequest) return;
    teamTemplates = page.items;
    replaceChildren(list, ...teamTemplates.map(teamTemplateButton));
    listSummary.textContent = teamTemplates.length === 0 ? strings.noTeamTemplates : strings.templateCount(teamTemplates.length, page.total);
    save.refresh();
    app.status.clear();
  }

  async function open(id: string): Promise<TemplateDetail | undefined> {
    for (const button of list.querySelectorAll('[aria-pressed]')) button.setAttribute('aria-pressed', String(button.getAttribute('data-template-id') === id));
    const template = await app.status.run(strings.loadingTemplate, [], () => api.template(id));
    if (!template) return undefined;
    selected = template;
    detailHeading.textContent = template.name;
    detailMeta.textContent = strings.teamTemplateMeta(template.version, template.updatedBy ?? strings.someone, formatDay(template.updatedAt));
    detail.hidden = false;
    remove.show(template);
    await preview.show(template.nodes, template.levels, sourceOf(template));
    await history.show(template);
    return template;
  }

  function updateNotice({ record, current }: Update): HTMLElement {
    const viewButton = h('button', { type: 'button', class: 'secondary' }, strings.viewChanges);
    const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insertNewVersion);
    viewButton.addEventListener('click', async () => {
      if (!(await open(current.id))) return;
      await history.compare(record.version, strings.updateDiffHeading(record.version, current.version));
      history.element.scrollIntoView({ block: 'nearest' });
    });
    insertButton.addEventListener('click', async () => {
      if (!(await open(current.id))) return;
      // The very insert of the preview: same styles, same record of the template in the document.
      if (!preview.insertButton.disabled) preview.insertButton.click();
    });
    return messageBar(
      'warning',
      { class: 'notice update-notice', role: 'note', 'data-template-id': current.id },
      h('p', {}, strings.updateAvailable(current.name, current.version, current.updatedBy ?? strings.someone, formatDay(current.updatedAt))),
      h('p', {}, strings.documentHasVersion(record.version)),
      h('div', { class: 'actions actions-wrap' }, viewButton, insertButton),
    );
  }

  /**
   * Compares the team templates the document came from with the server's current versions and shows
   * a notice for each newer one. Returns them; quiet on failure (it is a courtesy, not an action).
   */
  async function checkForUpdates(): Promise<Update[]> {
    if (!app.session.signedIn || !app.wordReady || !app.settingsReady) return [];
    try {
      const records = (await readInsertedTemplates()).filter((record) => record.teamId).slice(0, maxUpdateChecks);
      const found = await Promise.all(
        records.map(async (record) => {
          const current = await api.template(record.templateId).catch(() => undefined);
          return current && current.version > record.version ? { record, current } : undefined;
        }),
      );
      const updates = found.filter((update): update is Update => update !== undefined);
      replaceChildren(notices, ...updates.map(updateNotice));
      return updates;
    } catch {
      return [];
    }
  }

  signInForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      app.status.show('error', strings.tokenRequired);
      return tokenInput.focus();
    }
    const user = await app.status.run(strings.signingIn, [signInButton, tokenInput], async () => {
      const signedIn = await app.session.signIn(token);
      // Signing in started loading the teams: report once they are there.
      await loaded;
      return signedIn;
    });
    if (!user || !app.session.signedIn) return;
    app.status.show('success', strings.signedInAs(user.name));
    // The form is gone: the focus goes to the section that took its place.
    userLine.focus();
  });
  signOutButton.addEventListener('click', () => {
    app.session.signOut();
    app.status.show('info', strings.signedOut);
    tokenInput.focus();
  });
  teamSelect.addEventListener('change', () => void selectTeam());
  createTeamButton.addEventListener('click', async () => {
    const name = newTeamInput.value.trim();
    if (!name) {
      app.status.show('error', strings.teamNameRequired);
      return newTeamInput.focus();
    }
    const team = await app.status.run(strings.creatingTeam, [createTeamButton], () => api.createTeam(name));
    if (!team) return;
    newTeamInput.value = '';
    newTeam.open = false;
    app.session.write(teamStorageKey, team.id);
    await loadTeams();
    app.status.show('success', strings.teamCreated(team.name));
  });

  /** Signing in loads the teams, then looks for updates: what the page waits for at start-up. */
  let loaded: Promise<Update[]> = Promise.resolve([]);
  app.session.onChange((change) => {
    if (change === 'signed-in') {
      showSignedIn();
      loaded = loadTeams().then(() => checkForUpdates());
    } else {
      const hadFocus = teamSection.contains(document.activeElement);
      showSignedOut();
      if (hadFocus) tokenInput.focus();
    }
  });

  return {
    panel,
    /** The tab was opened: look for newer versions of the document's team templates. */
    onShow(): void {
      void checkForUpdates();
    },
    /** Resolves once the teams of a sign-in are loaded, with the updates found. */
    loaded: () => loaded,
  };
}
