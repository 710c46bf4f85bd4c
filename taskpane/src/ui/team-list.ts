/**
 * The current team's templates: one listbox, each with its current version, who saved it and when.
 * Loaded whenever it may have changed (another team, a save, a restore, a delete, an insert of a
 * newer version, the tab shown again); a new load aborts the one under way.
 */
import { api, type Team } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { h } from './dom.ts';
import { RequestSlot } from './request-slot.ts';
import type { TeamState } from './team-state.ts';
import { createTemplateListbox } from './template-listbox.ts';

/** A team's templates, all on one page (the server's maximum). */
const teamPageSize = 100;

export function createTeamList(app: AppContext, state: TeamState, onOpen: (id: string) => void) {
  // Announced when it changes; never hidden, so it stays in the accessibility tree.
  const summary = h('p', { class: 'muted list-summary', role: 'status', 'aria-live': 'polite' });
  const list = createTemplateListbox(strings.teamTemplatesLabel, onOpen);
  const slot = new RequestSlot();
  let total = 0;
  /** The team whose templates the server listed last: until then, the summary says nothing (not "no templates"). */
  let listedTeam: Team | null = null;

  function draw(): void {
    list.setOptions(
      state.templates.map((template) => ({
        id: template.id,
        name: template.name,
        content: [
          h('span', { class: 'template-item-name' }, template.name),
          h('span', { class: 'template-item-meta' }, strings.teamTemplateMeta(template.version, template.updatedBy ?? strings.someone, formatDay(template.updatedAt))),
        ],
      })),
    );
    list.select(state.highlighted);
    summary.textContent = !state.team || listedTeam !== state.team ? '' : state.templates.length === 0 ? strings.noTeamTemplates : strings.templateCount(state.templates.length, total);
  }

  state.on((change) => {
    if (change === 'templates') draw();
    else if (change === 'highlight') list.select(state.highlighted);
  });

  /**
   * Loads the current team's templates again; resolves once they are drawn (or the load was
   * superseded or failed), to false when it failed (the failure is shown). `quiet`: a refresh after
   * an action, whose message stays.
   */
  async function reload({ quiet = false } = {}): Promise<boolean> {
    const team = state.team;
    if (!team) {
      slot.cancel();
      return true;
    }
    const signal = slot.begin();
    const page = await app.status.run(strings.loadingTeamTemplates, [], () => api.templates({ teamId: team.id, scope: 'team', pageSize: teamPageSize }, { signal }), {
      signal,
      quiet,
      busyRegion: list.element,
      retry: () => void reload(),
    });
    if (signal.aborted || state.team !== team) return true;
    if (!page) return false;
    total = page.total;
    listedTeam = team;
    state.setTemplates(page.items);
    return true;
  }

  return {
    elements: [summary, list.element],
    reload,
    focus: (id?: string) => list.focus(id),
  };
}
