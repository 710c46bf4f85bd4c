/**
 * 团队: sign in with an access token (team-sign-in.ts), pick a team, insert its templates (team-list.ts,
 * team-detail.ts), save the document's headings as a team template or a new version (team-save.ts),
 * look through a template's history (team-history.ts), move a template to the team's bin and take it
 * out again (team-bin.ts), and hear when the team has a newer version of a template the document
 * came from: the outlines in the document are listed with 更新到新版本 (document-outlines.ts); a
 * template the document knows only from its settings record (inserted before outlines were wrapped in
 * content controls) gets a notice here instead. What the modules share is in team-state.ts, not in
 * this file's variables.
 */
import { api, type TemplateDetail } from '../api.ts';
import { formatDay, setDisplayTimeZone, strings } from '../i18n.ts';
import { teamStorageKey } from '../session.ts';
import { readInsertedOutlines, readInsertedTemplates, type InsertedTemplate } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { createDocumentOutlines } from './document-outlines.ts';
import { h, labelledSelect, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { messageBar } from './message-bar.ts';
import { RequestSlot } from './request-slot.ts';
import { createTeamBin } from './team-bin.ts';
import { createTeamDetail } from './team-detail.ts';
import { createTeamList } from './team-list.ts';
import { createTeamSave } from './team-save.ts';
import { createTeamSignIn } from './team-sign-in.ts';
import { TeamState } from './team-state.ts';

/** Templates checked for a newer version when the tab opens: the most recently inserted. */
const maxUpdateChecks = 5;

interface Update {
  record: InsertedTemplate;
  current: TemplateDetail;
}

export interface TeamTabOptions {
  /** The team's templates changed (saved, restored, deleted): other lists that hold them reload. */
  onTemplatesChanged?: () => void;
}

export function createTeamTab(app: AppContext, tabOptions: TeamTabOptions = {}) {
  const state = new TeamState();
  const signIn = createTeamSignIn(app, { loaded: () => teamsLoaded });

  const { field: teamField, select: teamSelect } = labelledSelect(strings.teamLabel, []);
  const roleLine = h('p', { class: 'muted role-line' });
  const noTeams = h('p', { class: 'muted', hidden: true }, strings.noTeams);
  const newTeamId = uniqueId('new-team');
  const newTeamInput = h('input', { type: 'text', id: newTeamId, maxlength: 60, autocomplete: 'off' });
  const createTeamButton = h('button', { type: 'submit', class: 'secondary' }, strings.createTeam);
  // A form, so that Enter in the name creates the team.
  const newTeamForm = h('form', {}, h('div', { class: 'field' }, h('label', { for: newTeamId }, strings.newTeamName), newTeamInput), h('div', { class: 'actions' }, createTeamButton));
  const newTeam = h('details', { class: 'new-team' }, h('summary', {}, strings.newTeam), newTeamForm);
  const notices = h('div', { class: 'update-notices' });
  const outlines = createDocumentOutlines(app);

  const list = createTeamList(app, state, (id) => void detail.open(id, { focus: true }));

  /** The templates changed: this list, the bin and the other lists reload; the notices are checked again. */
  async function templatesChanged(): Promise<void> {
    tabOptions.onTemplatesChanged?.();
    await Promise.all([list.reload(), bin.refresh()]);
    void checkForUpdates();
  }

  const detail = createTeamDetail(app, state, {
    // The document holds a newer version now (an update notice's insert too): the list and the notices follow.
    onInserted: () => void list.reload({ quiet: true }).then(() => checkForUpdates()),
    onRestored: async (template) => {
      await templatesChanged();
      await detail.open(template.id);
    },
    onDeleted: async () => {
      state.clearDetail();
      await templatesChanged();
      // The detail is gone: the focus goes to the list it left, or to the bin when the list is empty.
      if (!list.focus()) bin.focus();
    },
  });
  const bin = createTeamBin(app, {
    team: () => state.team,
    onRestored: async (template) => {
      await templatesChanged();
      list.focus(template.id);
    },
  });
  const save = createTeamSave(app, {
    team: () => state.team,
    canEdit: () => state.canEdit,
    templates: () => state.templates,
    reloadTemplates: () => list.reload(),
    onSaved: async (template) => {
      await templatesChanged();
      await detail.open(template.id);
    },
  });

  const teamSection = h(
    'div',
    { class: 'team-section', hidden: true },
    signIn.account,
    teamField,
    roleLine,
    noTeams,
    newTeam,
    outlines.element,
    notices,
    ...list.elements,
    bin.element,
    detail.element,
    save.element,
  );
  const panel = h('div', { class: 'panel' }, signIn.form, teamSection);

  state.on((change) => {
    if (change === 'teams') {
      setOptions(
        teamSelect,
        state.teams.map((team): [string, string] => [team.id, team.name]),
      );
      noTeams.hidden = state.teams.length > 0;
      teamField.hidden = state.teams.length === 0;
      newTeam.open = state.teams.length === 0;
    } else if (change === 'team') {
      const team = state.team;
      if (team) {
        teamSelect.value = team.id;
        app.session.write(teamStorageKey, team.id);
      }
      // Every time on the page is in the team's zone (else China's): the 模板 tab's list is drawn again in it.
      if (setDisplayTimeZone(team?.timeZone)) tabOptions.onTemplatesChanged?.();
      roleLine.textContent = team ? strings.yourRole(strings.roleName(team.role)) : '';
      save.reset();
      save.refresh();
    } else if (change === 'templates') {
      save.refresh();
    }
  });

  const teamsSlot = new RequestSlot();

  /** Resolves to false when the teams or their templates failed to load: the failure is shown, no success may replace it. */
  async function loadTeams(preferredId = app.session.read(teamStorageKey)): Promise<boolean> {
    const signal = teamsSlot.begin();
    const user = app.session.user;
    // Trying again after a sign-out or another sign-in would load the teams of a session that ended.
    const retry = () => void (app.session.user === user && loadTeams(preferredId));
    const teams = await app.status.run(strings.loadingTeams, [teamSelect], () => api.teams({ signal }), { signal, retry });
    if (signal.aborted) return true;
    if (!teams) return false;
    state.setTeams(teams, preferredId);
    const [listed] = await Promise.all([list.reload(), bin.refresh()]);
    return listed;
  }

  function updateNotice({ record, current }: Update): HTMLElement {
    const viewButton = h('button', { type: 'button', class: 'secondary' }, strings.viewChanges);
    const insertButton = h('button', { type: 'button', class: 'primary' }, strings.insertNewVersion);
    viewButton.addEventListener('click', async () => {
      if (!(await detail.open(current.id))) return;
      await detail.history.compare(record.version, strings.updateDiffHeading(record.version, current.version));
      detail.history.element.scrollIntoView({ block: 'nearest' });
    });
    insertButton.addEventListener('click', async () => {
      if (!(await detail.open(current.id))) return;
      // The very insert of the preview: same styles, same record of the template in the document.
      if (!detail.preview.insertButton.disabled) detail.preview.insertButton.click();
    });
    return messageBar(
      'warning',
      { class: 'notice update-notice', role: 'note', 'data-template-id': current.id },
      h('p', {}, strings.updateAvailable(current.name, current.version, current.updatedBy ?? strings.someone, formatDay(current.updatedAt))),
      h('p', {}, strings.documentHasVersion(record.version)),
      h('div', { class: 'actions actions-wrap' }, viewButton, insertButton),
    );
  }

  const updatesSlot = new RequestSlot();

  /** Lists the outlines in the document and the notices; resolves to the templates with a newer version. */
  async function checkForUpdates(): Promise<TemplateDetail[]> {
    const [untracked, listed] = await Promise.all([checkUntrackedForUpdates(), outlines.refresh()]);
    return [...untracked.map((update) => update.current), ...listed];
  }

  /**
   * Compares the team templates the document knows only from its settings record with the server's
   * current versions and shows a notice for each newer one. Returns them; quiet on failure (it is a
   * courtesy, not an action). Only from the record: no content control says where their outline is, or
   * the record is newer than every control of the template (the document's headings were saved as a
   * version of it, which no control holds).
   */
  async function checkUntrackedForUpdates(): Promise<Update[]> {
    if (!app.session.signedIn || !app.wordReady || !app.settingsReady) return [];
    const signal = updatesSlot.begin();
    // Quiet, and its failure ignored; a run all the same, so that the page is busy while it checks.
    const found = await app.status.run(
      strings.loadingTemplates,
      [],
      async () => {
        const controlled = new Map<string, number>();
        for (const outline of await readInsertedOutlines()) controlled.set(outline.templateId, Math.max(outline.version, controlled.get(outline.templateId) ?? 0));
        const records = (await readInsertedTemplates()).filter((record) => record.teamId && record.version > (controlled.get(record.templateId) ?? 0)).slice(0, maxUpdateChecks);
        return Promise.all(
          records.map(async (record) => {
            const current = await api.template(record.templateId, { signal }).catch(() => undefined);
            return current && current.version > record.version ? { record, current } : undefined;
          }),
        );
      },
      { signal, quiet: true, onError: () => undefined },
    );
    if (!found || signal.aborted) return [];
    const updates = found.filter((update): update is Update => update !== undefined);
    replaceChildren(notices, ...updates.map(updateNotice));
    return updates;
  }

  teamSelect.addEventListener('change', () => {
    state.selectTeam(teamSelect.value);
    void Promise.all([list.reload(), bin.refresh()]);
  });
  newTeamForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = newTeamInput.value.trim();
    if (!name) {
      app.status.show('error', strings.teamNameRequired);
      return newTeamInput.focus();
    }
    const team = await app.status.run(strings.creatingTeam, [createTeamButton], () => api.createTeam(name));
    if (!team) return;
    newTeamInput.value = '';
    newTeam.open = false;
    // A new team may bring numbering styles of its own: every picker follows.
    void app.styles.load();
    if (await loadTeams(team.id)) app.status.show('success', strings.teamCreated(team.name));
  });

  /** Signing in loads the teams and their templates (what sign-in reports after), then looks for updates (what the page waits for at start-up). */
  let teamsLoaded: Promise<boolean> = Promise.resolve(true);
  let loaded: Promise<TemplateDetail[]> = Promise.resolve([]);
  app.session.onChange((change) => {
    if (change === 'signed-in' || change === 'resumed') {
      signIn.showSignedIn();
      teamSection.hidden = false;
      teamsLoaded = loadTeams();
      loaded = teamsLoaded.then(() => checkForUpdates());
    } else {
      const hadFocus = teamSection.contains(document.activeElement);
      teamsSlot.cancel();
      // An update check under way would draw the notices of the session that ended.
      updatesSlot.cancel();
      state.reset();
      notices.replaceChildren();
      bin.reset();
      save.reset();
      teamSection.hidden = true;
      signIn.showSignedOut();
      if (hadFocus) signIn.focusToken();
    }
  });

  return {
    panel,
    /** The tab was shown again: its list may be stale (others save too), and newer versions may have come. */
    onShow(): void {
      if (!app.session.signedIn || !state.team) return;
      void list.reload({ quiet: true });
      void checkForUpdates();
    },
    /** Resolves once the teams of a sign-in are loaded, with the templates that have a newer version than the document's. */
    loaded: () => loaded,
    /** Office single sign-on is offered: 使用单位账号登录 joins the access token. */
    offerOfficeSignIn: () => signIn.offerOffice(),
  };
}
