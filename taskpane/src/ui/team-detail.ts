/**
 * The team template shown: its name, version and author, its outline in a style with 插入, its
 * history (team-history.ts) and 删除 (team-bin.ts). Opening is a request slot: a newer click aborts
 * the older request; while a template is opening, 插入 and 删除 are unavailable, so neither can act on
 * another template than the highlighted one (see team-state.ts).
 */
import { api, type TemplateDetail } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import type { InsertedTemplate } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, uniqueId } from './dom.ts';
import { createOutlinePreview, sourceOf } from './outline-preview.ts';
import { RequestSlot } from './request-slot.ts';
import { createTeamDelete } from './team-bin.ts';
import { createTeamHistory } from './team-history.ts';
import type { TeamState } from './team-state.ts';

export interface DetailOptions {
  onInserted: (record: InsertedTemplate) => void;
  /** After a restore: the template as it now is (a new version). */
  onRestored: (template: TemplateDetail) => Promise<void>;
  onDeleted: (template: TemplateDetail) => Promise<void>;
}

export function createTeamDetail(app: AppContext, state: TeamState, options: DetailOptions) {
  const headingId = uniqueId('team-template-name');
  const heading = h('h2', { id: headingId, class: 'template-name', tabindex: -1 });
  const meta = h('p', { class: 'muted' });
  const preview = createOutlinePreview(app, { onInserted: options.onInserted });
  const history = createTeamHistory(app, { canEdit: () => state.canEdit, onRestored: options.onRestored });
  const remove = createTeamDelete(app, { canEdit: () => state.canEdit, onDeleted: options.onDeleted });
  const element = h('section', { class: 'template-detail', 'aria-labelledby': headingId, hidden: true }, heading, meta, preview.element, history.element, remove.element);
  const slot = new RequestSlot();

  state.on((change) => {
    if (change === 'highlight') {
      const opening = state.opening !== null;
      preview.hold(opening);
      remove.hold(opening);
      history.hold(opening);
    } else if (change === 'detail') {
      const template = state.shown;
      element.hidden = !template;
      if (!template) {
        // Nothing shown and nothing opening: an open under way (another template clicked) goes on.
        if (state.opening === null) slot.cancel();
        history.hide();
        return;
      }
      heading.textContent = template.name;
      meta.textContent = strings.teamTemplateMeta(template.version, template.updatedBy ?? strings.someone, formatDay(template.updatedAt));
      remove.show(template);
    }
  });

  /** Opens a template: shown once its answer lands, unless a newer open superseded it; undefined when it did not open. */
  async function open(id: string, { focus = false } = {}): Promise<TemplateDetail | undefined> {
    const signal = slot.begin();
    state.beginOpen(id);
    const team = state.team;
    // Trying again once another team is chosen (or the user signed out) would open a template not of it.
    const retry = () => void (state.team === team && open(id, { focus }));
    const template = await app.status.run(strings.loadingTemplate, [], () => api.template(id, { signal }), { signal, retry, busyRegion: element });
    if (signal.aborted) return undefined;
    if (!template) {
      state.openFailed();
      return undefined;
    }
    state.opened(template);
    if (focus) {
      // From the list to what was opened: the screen reader reads its name, Tab goes on to its controls.
      element.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
    await Promise.all([preview.show(template.nodes, template.levels, sourceOf(template), template.defaultStyleId), history.show(template)]);
    return signal.aborted ? undefined : template;
  }

  return {
    element,
    open,
    history,
    preview,
  };
}
