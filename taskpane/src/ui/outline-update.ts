/**
 * 更新到新版本: an outline inserted from a team template brought to the template's newer version in
 * place, without losing a word the user wrote under it.
 *
 * The merge is the server's (POST /api/outlines/merge): the outline as it stands in the document, the
 * version it was inserted from and the current one go in; what the outline becomes comes back, every
 * paragraph marked with where it came from. The page shows that as a preview before anything is
 * written, and 应用 writes exactly what was previewed, in one batch (applyOutlineMerge), refused as a
 * whole when the outline changed since it was read. 取消 writes nothing.
 */
import { api, type MergeResult, type TemplateDetail } from '../api.ts';
import { strings } from '../i18n.ts';
import { applyOutlineMerge, DocumentChangedError, OutlineNotFoundError, readOutlineParagraphs, type InsertedOutline, type MergedParagraph, type OutlineParagraph } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { focusableWhileScrolling, h, replaceChildren, uniqueId } from './dom.ts';
import { messageFor } from './errors.ts';
import { countMerge } from './merge-counts.ts';
import { RequestSlot } from './request-slot.ts';

type Origin = MergedParagraph['origin'];

/** An update worked out and shown, waiting for 应用 or 取消. */
interface PreparedUpdate {
  outline: InsertedOutline;
  current: TemplateDetail;
  /** The outline's paragraphs as read: applyOutlineMerge refuses when the document no longer holds them. */
  read: OutlineParagraph[];
  merge: MergeResult;
}

export interface OutlineUpdateOptions {
  /** The outlines in the document are not what the list shows any more (one was updated, or is gone): it is read again. */
  onOutlinesChanged: () => void;
}

export function createOutlineUpdate(app: AppContext, options: OutlineUpdateOptions) {
  const headingId = uniqueId('merge-heading');
  const heading = h('h3', { id: headingId, class: 'merge-heading', tabindex: -1 });
  const counts = h('p', { class: 'merge-counts' });
  const bodyCount = h('p', { class: 'muted merge-body-count' });
  const result = h('ol', { class: 'merge-list', 'aria-label': strings.mergeResultLabel });
  focusableWhileScrolling(result);
  const removedTitle = h('h4', {});
  const removedList = h('ul', { class: 'merge-removed-list' });
  const removed = h('div', { class: 'merge-removed', hidden: true }, removedTitle, removedList);
  const removedKeptHint = h('p', { class: 'muted', hidden: true }, strings.mergeRemovedKeptHint);
  const applyButton = h('button', { type: 'button', class: 'primary' }, strings.applyMerge);
  const cancelButton = h('button', { type: 'button', class: 'secondary' }, strings.cancel);
  const element = h(
    'section',
    { class: 'merge-preview', 'aria-labelledby': headingId, hidden: true },
    heading,
    counts,
    bodyCount,
    result,
    removedKeptHint,
    removed,
    h('div', { class: 'actions' }, applyButton, cancelButton),
  );

  const slot = new RequestSlot();
  let prepared: PreparedUpdate | undefined;
  /** The 更新到新版本 button that opened the preview: 取消 gives it the focus back. */
  let opener: HTMLButtonElement | undefined;

  function originMark(origin: Origin): HTMLElement {
    return h('span', { class: `merge-origin merge-origin-${origin}` }, strings.mergeOrigin[origin]);
  }

  function resultItem(paragraph: MergeResult['paragraphs'][number]): HTMLElement {
    const origin = paragraph.origin as Origin;
    if (paragraph.level === null || paragraph.level === undefined) {
      // A body paragraph: one line, the whole text on hover; it is the user's, shown as text, never as markup.
      return h('li', { class: `merge-body merge-${origin}`, title: paragraph.text }, h('span', { class: 'merge-text' }, paragraph.text));
    }
    const item = h(
      'li',
      { class: `merge-heading-item merge-${origin}`, 'data-origin': origin, 'data-level': paragraph.level },
      originMark(origin),
      ' ',
      h('span', { class: 'merge-text' }, paragraph.text),
    );
    item.style.setProperty('--level', String(paragraph.level));
    return item;
  }

  function show(update: PreparedUpdate): void {
    prepared = update;
    const { outline, current, merge } = update;
    const tally = countMerge(merge);
    heading.textContent = strings.mergePreviewHeading(outline.name, outline.version, current.version);
    counts.textContent = strings.mergeCounts(tally.kept, tally.moved, tally.added, tally.removedKept, tally.removed);
    bodyCount.textContent = strings.mergeBodyCount(tally.body);
    // Body paragraphs follow the heading they sit under: each takes that heading's indent.
    let level = 1;
    replaceChildren(
      result,
      ...merge.paragraphs.map((paragraph) => {
        const item = resultItem(paragraph);
        if (paragraph.level !== null && paragraph.level !== undefined) level = paragraph.level;
        else item.style.setProperty('--level', String(level + 1));
        return item;
      }),
    );
    removedKeptHint.hidden = tally.removedKept === 0;
    removed.hidden = merge.removed.length === 0;
    removedTitle.textContent = strings.mergeRemovedHeading(merge.removed.length);
    replaceChildren(removedList, ...merge.removed.map((heading) => h('li', {}, heading.text)));
    element.hidden = false;
    applyButton.disabled = false;
    element.scrollIntoView({ block: 'nearest' });
    heading.focus({ preventScroll: true });
  }

  /** Reads the outline, fetches the version it came from, asks the server for the merge and shows it; nothing is written. */
  async function preview(outline: InsertedOutline, current: TemplateDetail, trigger?: HTMLButtonElement): Promise<void> {
    const signal = slot.begin();
    prepared = undefined;
    opener = trigger ?? opener;
    applyButton.disabled = true;
    const update = await app.status.run(
      strings.preparingMerge,
      trigger ? [trigger] : [],
      async () => {
        const [read, inserted] = await Promise.all([readOutlineParagraphs(outline.controlId), api.version(outline.templateId, outline.version, { signal })]);
        const merge = await api.mergeOutline(
          { from: inserted.content.nodes, to: current.nodes, paragraphs: read.map((paragraph) => ({ text: paragraph.text, outlineLevel: paragraph.outlineLevel })) },
          { signal },
        );
        return { outline, current, read, merge };
      },
      { signal, busyRegion: element, retry: () => void preview(outline, current, trigger) },
    );
    if (signal.aborted || !update) return;
    app.status.clear();
    show(update);
  }

  function close(): void {
    slot.cancel();
    prepared = undefined;
    opener = undefined;
    element.hidden = true;
    replaceChildren(result);
    replaceChildren(removedList);
  }

  applyButton.addEventListener('click', async () => {
    const update = prepared;
    if (!update) return;
    const { outline, current, read, merge } = update;
    const merged: MergedParagraph[] = merge.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      level: paragraph.level ?? null,
      origin: paragraph.origin as Origin,
      source: paragraph.source ?? null,
    }));
    let changedSince = false;
    const outcome = await app.status.run(strings.applyingMerge, [applyButton, cancelButton], () => applyOutlineMerge(outline.controlId, read, merged, current.version), {
      onError: (error) => {
        if (error instanceof OutlineNotFoundError) {
          close();
          app.status.show('error', messageFor(error));
          options.onOutlinesChanged();
          return;
        }
        // What was previewed is no longer what the document holds: a new preview, never a write over the user's edit.
        changedSince = error instanceof DocumentChangedError || (error instanceof Error && error.name === 'DocumentChangedError');
        app.status.show('error', changedSince ? strings.mergeDocumentChanged : messageFor(error), changedSince ? () => void preview(outline, current) : undefined);
      },
    });
    if (!outcome) {
      if (changedSince) applyButton.disabled = true;
      return;
    }
    const tally = countMerge(merge);
    close();
    app.status.show('success', strings.mergeApplied(outline.name, current.version, tally.moved, tally.added, tally.removedKept, tally.removed));
    options.onOutlinesChanged();
  });

  cancelButton.addEventListener('click', () => {
    const returnTo = opener;
    close();
    app.status.show('info', strings.mergeCancelled);
    if (returnTo?.isConnected) returnTo.focus();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !cancelButton.disabled) {
      event.preventDefault();
      cancelButton.click();
    }
  });

  return {
    element,
    preview,
    close,
    /** The content control of the outline whose preview is shown, if one is. */
    shownFor: (): number | undefined => (element.hidden ? undefined : prepared?.outline.controlId),
  };
}
