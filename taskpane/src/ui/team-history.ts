/**
 * The version history of a team template: who saved each version and when, what an old version
 * changed compared with the current one (titles and levels, see outline-diff.ts), and 恢复此版本,
 * which the server records as a new version (history is never rewritten).
 */
import { api, type TemplateDetail, type TemplateVersionInfo } from '../api.ts';
import { formatDateTime, strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { h, replaceChildren, uniqueId } from './dom.ts';
import { setDisabled } from './status.ts';
import { RequestSlot } from './request-slot.ts';
import { diffOutlines, type DiffChange, type DiffHeading, type OutlineDiff } from './outline-diff.ts';

export interface HistoryOptions {
  /** Editors and owners may restore. */
  canEdit: () => boolean;
  /** After a restore: the template as it now is (a new version). */
  onRestored: (template: TemplateDetail) => Promise<void>;
}

function headingText(heading: DiffHeading): string {
  return `${strings.levelShort(heading.level)} ${heading.title}`;
}

function changeItem(change: DiffChange): HTMLElement {
  const label = { added: strings.diffAdded, removed: strings.diffRemoved, changed: strings.diffChanged }[change.kind];
  const text = change.kind === 'added' ? headingText(change.after) : change.kind === 'removed' ? headingText(change.before) : `${headingText(change.before)} → ${headingText(change.after)}`;
  return h('li', { class: `diff-${change.kind}`, 'data-kind': change.kind }, h('span', { class: 'diff-kind' }, label), ' ', text);
}

/** A diff of two outlines as a list of changed headings, with a one-line summary. */
export function diffView(diff: OutlineDiff, heading: string): HTMLElement {
  return h(
    'section',
    { class: 'outline-diff' },
    h('h4', {}, heading),
    h('p', { class: 'muted diff-summary' }, diff.changes.length === 0 ? strings.noDifferences : strings.diffSummary(diff.added, diff.removed, diff.changed)),
    diff.changes.length === 0 ? null : h('ul', { class: 'diff-list' }, ...diff.changes.map(changeItem)),
  );
}

export function createTeamHistory(app: AppContext, options: HistoryOptions) {
  const headingId = uniqueId('history');
  const list = h('ul', { class: 'version-list', 'aria-label': strings.historyLabel });
  const comparison = h('div', { class: 'version-comparison' });
  const restoreButton = h('button', { type: 'button', class: 'secondary', hidden: true }, strings.restoreVersion);
  const element = h(
    'section',
    { class: 'team-history', 'aria-labelledby': headingId, hidden: true },
    h('h3', { id: headingId }, strings.historyHeading),
    list,
    comparison,
    h('div', { class: 'actions' }, restoreButton),
  );

  let current: TemplateDetail | undefined;
  let compared: number | undefined;
  /** Another template is opening: the versions and 恢复此版本 wait for it, so they never act on the one being replaced. */
  let held = false;

  function versionButton(info: TemplateVersionInfo): HTMLElement {
    const isCurrent = info.version === current?.version;
    const meta = [info.createdBy, formatDateTime(info.createdAt), info.restoredFrom ? strings.restoredFrom(info.restoredFrom) : null].filter(Boolean).join(' · ');
    const button = h(
      'button',
      { type: 'button', class: 'template-item', 'aria-pressed': 'false', 'data-version': info.version, disabled: held },
      h('span', { class: 'template-item-name' }, strings.versionTitle(info.version), isCurrent ? `（${strings.currentVersion}）` : null),
      h('span', { class: 'template-item-meta' }, meta),
    );
    button.addEventListener('click', () => void compare(info.version));
    return h('li', {}, button);
  }

  // The latest choice wins: an older, slower answer is not shown over it.
  const compareSlot = new RequestSlot();
  const historySlot = new RequestSlot();

  /** Shows what `version` changed compared with the current version; `heading` names the comparison. */
  async function compare(version: number, heading?: string): Promise<void> {
    const template = current;
    if (!template) return;
    for (const button of list.querySelectorAll('[aria-pressed]')) button.setAttribute('aria-pressed', String(button.getAttribute('data-version') === String(version)));
    const signal = compareSlot.begin();
    setDisabled(restoreButton, true);
    const old = await app.status.run(strings.loadingVersion, [], () => api.version(template.id, version, { signal }), {
      signal,
      // Another template shown since: its history is not this one's.
      retry: () => void (current === template && compare(version, heading)),
    });
    if (!old || signal.aborted || current !== template) return;
    compared = version;
    // Read as "what happened from that version to now": removed headings were in the old version only.
    const diff = diffOutlines(old.content.nodes, template.nodes);
    replaceChildren(comparison, diffView(diff, heading ?? strings.diffHeading(version, template.version)));
    restoreButton.hidden = version === template.version;
    setDisabled(restoreButton, held || !options.canEdit());
  }

  restoreButton.addEventListener('click', async () => {
    const template = current;
    const version = compared;
    if (!template || version === undefined || !options.canEdit()) return;
    const restored = await app.status.run(strings.restoring(version), [restoreButton], () => api.restoreVersion(template.id, version));
    if (!restored) return;
    await options.onRestored(restored.value);
    app.status.show('success', strings.restored(version, restored.value.version));
  });

  return {
    element,
    compare,
    /** Loads the history of a team template (built-ins have none: the section hides). */
    async show(template: TemplateDetail): Promise<void> {
      current = template;
      compared = undefined;
      compareSlot.cancel();
      comparison.replaceChildren();
      restoreButton.hidden = true;
      list.replaceChildren();
      element.hidden = template.scope !== 'team';
      if (element.hidden) return;
      const signal = historySlot.begin();
      const versions = await app.status.run(strings.loadingHistory, [], () => api.versions(template.id, { signal }), {
        signal,
        retry: () => void (current === template && this.show(template)),
      });
      if (!versions || signal.aborted || current !== template) return;
      replaceChildren(list, ...versions.map(versionButton));
    },
    hold(holding: boolean): void {
      held = holding;
      for (const button of list.querySelectorAll('button')) setDisabled(button, holding);
      if (!restoreButton.hidden) setDisabled(restoreButton, holding || !options.canEdit());
    },
    hide(): void {
      current = undefined;
      historySlot.cancel();
      compareSlot.cancel();
      element.hidden = true;
    },
  };
}
