/**
 * The 团队 tab's state, apart from the DOM: the user's teams, the current team, its templates, the
 * template opening and the one shown. The tab's modules read it and change it through these methods;
 * each change is announced so the modules that draw it redraw.
 *
 * What is highlighted in the list and what 插入, 删除 and the history act on cannot disagree: the
 * highlight is the template being opened, else the one shown; actions take the shown one and are
 * unavailable while another is opening. A failed open puts the highlight back on the shown one.
 */
import type { Team, TemplateDetail, TemplateSummary } from '../api.ts';

export type TeamChange = 'teams' | 'team' | 'templates' | 'highlight' | 'detail';

export class TeamState {
  teams: Team[] = [];
  team: Team | null = null;
  templates: TemplateSummary[] = [];
  /** The template whose detail is shown: what 插入, 删除 and the history act on. */
  shown: TemplateDetail | null = null;
  /** The template being opened, until its answer lands or fails. */
  opening: string | null = null;
  private readonly listeners = new Set<(change: TeamChange) => void>();

  on(listener: (change: TeamChange) => void): void {
    this.listeners.add(listener);
  }

  /** The template the list highlights. */
  get highlighted(): string | null {
    return this.opening ?? this.shown?.id ?? null;
  }

  /** Editors and owners save, delete and restore; viewers only insert. */
  get canEdit(): boolean {
    return this.team?.role === 'editor' || this.team?.role === 'owner';
  }

  /** The teams of the signed-in user; the one with `preferredId` (remembered, or just created) is chosen when there. */
  setTeams(teams: Team[], preferredId?: string | null): void {
    this.teams = teams;
    this.emit('teams');
    this.selectTeam(teams.find((team) => team.id === preferredId)?.id ?? teams[0]?.id ?? null);
  }

  /** Another team: its templates are still to be loaded, nothing is shown. */
  selectTeam(id: string | null): void {
    this.team = this.teams.find((team) => team.id === id) ?? null;
    this.templates = [];
    this.opening = null;
    this.shown = null;
    this.emit('team');
    this.emit('templates');
    this.emit('detail');
    this.emit('highlight');
  }

  /**
   * The team's templates as the server listed them; a shown template no longer listed (deleted) is no
   * longer shown. A template being opened goes on opening: the user clicked it after the list was asked for.
   */
  setTemplates(templates: TemplateSummary[]): void {
    this.templates = templates;
    this.emit('templates');
    if (this.shown && !templates.some((template) => template.id === this.shown?.id)) {
      this.shown = null;
      this.emit('detail');
      this.emit('highlight');
    }
  }

  beginOpen(id: string): void {
    this.opening = id;
    this.emit('highlight');
  }

  /** The answer of the latest open (the caller drops a superseded one): shown and highlighted. */
  opened(template: TemplateDetail): void {
    this.opening = null;
    this.shown = template;
    this.emit('detail');
    this.emit('highlight');
  }

  /** The open failed: the highlight goes back to what is shown. */
  openFailed(): void {
    this.opening = null;
    this.emit('highlight');
  }

  clearDetail(): void {
    this.opening = null;
    this.shown = null;
    this.emit('detail');
    this.emit('highlight');
  }

  /** Signed out: nothing of the teams is kept. */
  reset(): void {
    this.teams = [];
    this.selectTeam(null);
    this.emit('teams');
  }

  private emit(change: TeamChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
