/**
 * 文档中的提纲: the outlines inserted in the document, in the 模板 and 团队 tabs, each with the version
 * of its template it holds and, for a team template, whether the team has a newer one; 更新到新版本
 * opens the merge preview (outline-update.ts).
 *
 * Where an outline is, and which version it holds, is read from its content control
 * (readInsertedOutlines): the control moves with the outline and is updated with it. A document whose
 * outlines went in before insertions were wrapped in controls only has the settings record
 * (readInsertedTemplates): those templates are listed too, with their version, but cannot be updated
 * in place (nothing says which paragraphs are theirs); the 团队 tab's notices offer what they can.
 * Built-in templates keep no earlier versions on the server: there is nothing to merge from, so no
 * update is offered for them.
 */
import { api, type TemplateDetail } from '../api.ts';
import { strings } from '../i18n.ts';
import { readInsertedOutlines, readInsertedTemplates, type InsertedOutline } from '../word/document.ts';
import type { AppContext } from './app-context.ts';
import { h, replaceChildren, uniqueId } from './dom.ts';
import { createOutlineUpdate } from './outline-update.ts';
import { RequestSlot } from './request-slot.ts';

/** Templates looked up on the server per refresh: a document rarely holds more, and each is one request. */
const maxTemplateChecks = 10;

/** A template the document holds, by its content control (`outline`) or only by the settings record. */
interface ListedOutline {
  templateId: string;
  name: string;
  version: number;
  outline?: InsertedOutline;
  /** The template as the server has it now; absent when it could not be read (signed out, deleted, offline). */
  current?: TemplateDetail;
}

const isBuiltIn = (template: TemplateDetail | undefined) => template?.scope === 'builtin';
const hasNewerVersion = (listed: ListedOutline) => listed.current !== undefined && !isBuiltIn(listed.current) && listed.current.version > listed.version;

/** The outlines in the document, with the current version of each template (read once per template). */
async function readListing(signal: AbortSignal, settingsReady: boolean): Promise<ListedOutline[]> {
  const outlines = await readInsertedOutlines();
  const records = settingsReady ? await readInsertedTemplates() : [];
  const tracked = new Set(outlines.map((outline) => outline.templateId));
  const listing: ListedOutline[] = [
    ...outlines.map((outline) => ({ templateId: outline.templateId, name: outline.name, version: outline.version, outline })),
    ...records.filter((record) => !tracked.has(record.templateId)).map((record) => ({ templateId: record.templateId, name: record.name, version: record.version })),
  ];
  const ids = [...new Set(listing.map((listed) => listed.templateId))].slice(0, maxTemplateChecks);
  // A template the server will not give (a team's, signed out; one deleted) is listed all the same, without its news.
  const currents = new Map(await Promise.all(ids.map(async (id) => [id, await api.template(id, { signal }).catch(() => undefined)] as const)));
  return listing.map((listed) => ({ ...listed, current: currents.get(listed.templateId) }));
}

export function createDocumentOutlines(app: AppContext) {
  const headingId = uniqueId('document-outlines');
  const list = h('ul', { class: 'document-outline-list', 'aria-labelledby': headingId });
  const builtInHint = h('p', { class: 'muted', hidden: true }, strings.outlineBuiltInHint);
  const update = createOutlineUpdate(app, { onOutlinesChanged: () => void refresh({ focus: true }) });
  const heading = h('h2', { id: headingId, class: 'document-outlines-heading', tabindex: -1 }, strings.documentOutlinesHeading);
  const element = h('section', { class: 'document-outlines', 'aria-labelledby': headingId, hidden: true }, heading, list, builtInHint, update.element);

  function item(listed: ListedOutline): HTMLElement {
    const { outline, current } = listed;
    const meta = [strings.outlineVersion(listed.version), outline ? strings.outlineParagraphs(outline.paragraphCount) : null].filter((part) => part !== null).join(' · ');
    let news: HTMLElement | null = null;
    if (hasNewerVersion(listed) && current) {
      if (outline) {
        const button = h('button', { type: 'button', class: 'secondary', 'aria-label': strings.updateToNewVersionOf(listed.name) }, strings.updateToNewVersion);
        button.addEventListener('click', () => void update.preview(outline, current, button));
        news = h('div', { class: 'document-outline-news' }, h('p', { class: 'document-outline-newer' }, strings.outlineNewerVersion(current.version)), h('div', { class: 'actions' }, button));
      } else {
        news = h('p', { class: 'muted' }, strings.outlineNewerVersion(current.version), '。', strings.outlineUntracked);
      }
    } else if (current && !isBuiltIn(current)) {
      news = h('p', { class: 'muted' }, strings.outlineUpToDate);
    }
    return h(
      'li',
      { class: 'document-outline', 'data-template-id': listed.templateId, 'data-control-id': outline?.controlId },
      h('span', { class: 'document-outline-name' }, listed.name),
      h('span', { class: 'document-outline-meta' }, meta),
      news,
    );
  }

  const slot = new RequestSlot();

  /**
   * Reads the outlines again and draws the list; a preview left open for an outline no longer in the
   * document is closed. Resolves to the templates that have a newer version. Quiet: a courtesy, whose
   * failure leaves the list as it was.
   */
  async function refresh({ focus = false } = {}): Promise<TemplateDetail[]> {
    if (!app.wordReady) return [];
    const signal = slot.begin();
    const listing = await app.status.run(strings.loadingDocumentOutlines, [], () => readListing(signal, app.settingsReady), {
      signal,
      quiet: true,
      busyRegion: list,
      onError: () => undefined,
    });
    if (signal.aborted || !listing) return [];
    replaceChildren(list, ...listing.map(item));
    element.hidden = listing.length === 0;
    builtInHint.hidden = !listing.some((listed) => isBuiltIn(listed.current));
    const shown = update.shownFor();
    if (shown !== undefined && !listing.some((listed) => listed.outline?.controlId === shown)) update.close();
    if (focus && !element.hidden) heading.focus();
    return listing.filter(hasNewerVersion).map((listed) => listed.current as TemplateDetail);
  }

  return { element, refresh };
}
