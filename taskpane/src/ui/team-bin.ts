/**
 * 删除 and 回收站: an editor or owner moves a team template to its team's bin (asked first, in the
 * page), the bin lists what was deleted, by whom and when, and an owner takes a template out again,
 * at the version it had.
 */
import { api, type BinnedTemplate, type Team, type TemplateDetail } from '../api.ts';
import { formatDateTime, strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { createConfirmDialog } from './confirm-dialog.ts';
import { h, replaceChildren, uniqueId } from './dom.ts';
import { setDisabled } from './status.ts';
import { RequestSlot } from './request-slot.ts';

export interface DeleteOptions {
  /** Editors and owners may delete. */
  canEdit: () => boolean;
  /** After the template went to the bin. */
  onDeleted: (template: TemplateDetail) => Promise<void>;
}

/** 删除 for the open team template, asked first in a dialog: 确认删除 / 取消. */
export function createTeamDelete(app: AppContext, options: DeleteOptions) {
  const deleteButton = h('button', { type: 'button', class: 'secondary' }, strings.deleteTemplate);
  const confirm = createConfirmDialog({ title: strings.deleteTemplate, confirm: strings.confirmDelete, cancel: strings.cancel });
  const element = h('div', { class: 'team-delete actions', hidden: true }, deleteButton, confirm.element);

  let current: TemplateDetail | undefined;

  deleteButton.addEventListener('click', () => {
    if (!current || !options.canEdit()) return;
    confirm.ask(strings.deleteQuestion(current.name), deleteButton);
  });
  confirm.confirmButton.addEventListener('click', async () => {
    const template = current;
    if (!template || !options.canEdit()) return;
    const done = await app.status.run(strings.deleting, [confirm.confirmButton, confirm.cancelButton], () => api.deleteTemplate(template.id).then(() => true));
    confirm.close();
    if (!done) return;
    await options.onDeleted(template);
    app.status.show('success', strings.deleted);
  });

  return {
    element,
    /** Another template is opening: 删除 waits for it, so it can only ever target the one shown. */
    hold(holding: boolean): void {
      setDisabled(deleteButton, holding);
      setDisabled(confirm.confirmButton, holding);
    },
    /** A template was opened: 删除 for editors and owners of a team template, nobody else. */
    show(template: TemplateDetail): void {
      current = template;
      element.hidden = template.scope !== 'team' || !options.canEdit();
    },
  };
}

export interface BinOptions {
  team: () => Team | null;
  /** After a template came out of the bin (the bin reloads itself). */
  onRestored: (template: BinnedTemplate) => Promise<void>;
}

/** The team's bin, collapsed until opened; loaded when opened. */
export function createTeamBin(app: AppContext, options: BinOptions) {
  const summary = h('summary', {}, strings.binHeading);
  const ownersNote = h('p', { class: 'muted', hidden: true }, strings.binOwnersOnly);
  const empty = h('p', { class: 'muted', hidden: true }, strings.binEmpty);
  const list = h('ul', { class: 'bin-list', 'aria-label': strings.binLabel });
  const element = h('details', { class: 'team-bin' }, summary, ownersNote, empty, list);

  const slot = new RequestSlot();

  function binItem(entry: BinnedTemplate, team: Team): HTMLElement {
    const nameId = uniqueId('bin-name');
    const text = h(
      'div',
      { class: 'bin-item-text' },
      h('span', { id: nameId, class: 'template-item-name' }, entry.name),
      h('span', { class: 'template-item-meta' }, strings.binItemMeta(entry.version, entry.deletedBy, formatDateTime(entry.deletedAt))),
    );
    if (team.role !== 'owner') return h('li', { class: 'bin-item', 'data-template-id': entry.id }, text);
    const restoreButton = h('button', { type: 'button', class: 'secondary', 'aria-describedby': nameId }, strings.restoreFromBin);
    restoreButton.addEventListener('click', async () => {
      const done = await app.status.run(strings.restoringFromBin(entry.name), [restoreButton], () => api.restoreFromBin(team.id, entry.id).then(() => true));
      if (!done) return;
      await options.onRestored(entry);
      await load();
      app.status.show('success', strings.restoredFromBin(entry.name, entry.version));
    });
    return h('li', { class: 'bin-item', 'data-template-id': entry.id }, text, restoreButton);
  }

  function clear(): void {
    slot.cancel();
    list.replaceChildren();
    empty.hidden = true;
    ownersNote.hidden = true;
  }

  async function load(): Promise<void> {
    const team = options.team();
    if (!team) return clear();
    const signal = slot.begin();
    const entries = await app.status.run(strings.loadingBin, [], () => api.bin(team.id, { signal }), { signal, retry: () => void load() });
    if (!entries || signal.aborted) return;
    empty.hidden = entries.length > 0;
    ownersNote.hidden = team.role === 'owner' || entries.length === 0;
    replaceChildren(list, ...entries.map((entry) => binItem(entry, team)));
  }

  element.addEventListener('toggle', () => {
    if (element.open) void load();
  });

  return {
    element,
    /** The team or its bin changed: reloads when open, else loads when next opened. */
    async refresh(): Promise<void> {
      if (element.open) await load();
      else clear();
    },
    reset(): void {
      clear();
      element.open = false;
    },
    focus(): void {
      summary.focus();
    },
  };
}
