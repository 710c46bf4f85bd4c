/**
 * 模板: find a template, see it numbered in the chosen style, insert it at the cursor. Signed in,
 * the list also holds the user's teams' templates, marked 团队 with who changed them and when.
 *
 * The list search and the template detail are request slots: a newer search or a newer click aborts
 * the older request, so a slow answer never replaces a newer one. A template that fails to open
 * leaves the detail as it was, and the highlight goes back to it: what is highlighted is what is shown,
 * and what 插入 writes (the user keeps what they had, and the status says what failed, with 重试).
 */
import { api, type TemplateSummary } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { createDocumentOutlines } from './document-outlines.ts';
import { h, labelledSelect, setOptions, uniqueId } from './dom.ts';
import { createOutlinePreview, sourceOf } from './outline-preview.ts';
import { RequestSlot } from './request-slot.ts';
import { labelledSearch } from './search-field.ts';
import { createTemplateListbox, type ListboxOption } from './template-listbox.ts';

const pageSize = 50;
const searchDelayMs = 250;

export function createTemplatesTab(app: AppContext) {
  const { field: searchField, input: search } = labelledSearch(strings.searchLabel, strings.searchPlaceholder);
  const { field: categoryField, select: category } = labelledSelect(strings.categoryLabel, [['', strings.allCategories]]);
  // The one live region of the count (how many templates the search found): announced when it changes, never hidden, so it stays in the accessibility tree.
  const summary = h('p', { class: 'muted list-summary', role: 'status', 'aria-live': 'polite' });
  const list = createTemplateListbox(strings.templateListLabel, (id) => void open(id, { focusDetail: true }));
  const loadMore = h('button', { type: 'button', class: 'secondary', hidden: true }, strings.loadMore);
  const detailHeadingId = uniqueId('template-name');
  const detailHeading = h('h2', { id: detailHeadingId, class: 'template-name', tabindex: -1 });
  const detailMeta = h('p', { class: 'muted' });
  const outlines = createDocumentOutlines(app);
  const preview = createOutlinePreview(app, { downloadsTemplate: true, onInserted: () => void outlines.refresh() });
  const detail = h('section', { class: 'template-detail', 'aria-labelledby': detailHeadingId, hidden: true }, detailHeading, detailMeta, preview.element);

  const panel = h('div', { class: 'panel' }, outlines.element, searchField, categoryField, summary, list.element, loadMore, detail);

  let shown: TemplateSummary[] = [];
  /** The template whose detail is shown: the highlighted one once an open has finished. */
  let shownId: string | null = null;
  /** The template being opened: highlighted from the click on, over the one still shown. */
  let openingId: string | null = null;
  const listSlot = new RequestSlot();
  const detailSlot = new RequestSlot();
  const categoriesSlot = new RequestSlot();

  function option(template: TemplateSummary): ListboxOption {
    const team = template.scope === 'team';
    return {
      id: template.id,
      name: template.name,
      data: { scope: template.scope },
      content: [
        h('span', { class: 'template-item-name' }, team ? h('span', { class: 'badge badge-team' }, strings.teamBadge) : null, team ? ' ' : null, template.name),
        h('span', { class: 'template-item-meta' }, `${template.category} · ${strings.nodeCount(template.nodeCount)}`),
        team ? h('span', { class: 'template-item-meta' }, strings.updatedMeta(template.updatedBy ?? strings.someone, formatDay(template.updatedAt))) : null,
      ],
    };
  }

  /** The first page (or, with `append`, the next one); `quiet`: a refresh after an action elsewhere, whose message stays. */
  async function loadTemplates(append: boolean, { quiet = false } = {}): Promise<void> {
    const signal = listSlot.begin();
    const page = append ? Math.floor(shown.length / pageSize) + 1 : 1;
    // A new search supersedes the list being loaded; only "load more" is guarded against a second press.
    const result = await app.status.run(strings.loadingTemplates, append ? [loadMore] : [], () => api.templates({ q: search.value.trim(), category: category.value, page, pageSize }, { signal }), {
      signal,
      quiet,
      busyRegion: list.element,
      failurePrefix: strings.templatesNotLoaded,
      retry: () => void loadTemplates(append),
    });
    if (signal.aborted || !result) return;
    shown = append ? [...shown, ...result.items] : result.items;
    list.setOptions(result.items.map(option), append);
    list.select(openingId ?? shownId);
    summary.textContent = shown.length === 0 ? strings.noTemplates : strings.templateCount(shown.length, result.total);
    loadMore.hidden = shown.length >= result.total;
  }

  async function loadCategories(): Promise<void> {
    const signal = categoriesSlot.begin();
    const categories = await app.status.run(strings.loadingTemplates, [], () => api.templateCategories({ signal }), {
      signal,
      failurePrefix: strings.categoriesNotLoaded,
      retry: () => void loadCategories(),
    });
    if (signal.aborted || !categories) return;
    setOptions(category, [['', strings.allCategories], ...categories.map((name): [string, string] => [name, name])]);
  }

  async function open(id: string, { focusDetail = false } = {}): Promise<void> {
    const signal = detailSlot.begin();
    openingId = id;
    list.select(id);
    preview.hold(true);
    const template = await app.status.run(strings.loadingTemplate, [], () => api.template(id, { signal }), {
      signal,
      busyRegion: detail,
      retry: () => void open(id, { focusDetail }),
    });
    if (signal.aborted) return;
    openingId = null;
    if (!template) {
      list.select(shownId);
      preview.hold(false);
      return;
    }
    shownId = template.id;
    // A list reload while it opened may have redrawn the options.
    list.select(template.id);
    detailHeading.textContent = template.name;
    detailMeta.textContent = template.category;
    detail.hidden = false;
    if (focusDetail) {
      // From the list to what was opened: the screen reader reads its name, Tab goes on to its style and 插入.
      detail.scrollIntoView({ block: 'start' });
      detailHeading.focus({ preventScroll: true });
    }
    await preview.show(template.nodes, template.levels, sourceOf(template), template.defaultStyleId);
  }

  function clearDetail(): void {
    detailSlot.cancel();
    shownId = null;
    openingId = null;
    list.select(null);
    detail.hidden = true;
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void loadTemplates(false), searchDelayMs);
  });
  category.addEventListener('change', () => void loadTemplates(false));
  loadMore.addEventListener('click', () => void loadTemplates(true));

  /** The latest load of the categories, the first page and the outlines in the document (all at once). */
  let latest: Promise<void> = Promise.resolve();
  function load(): Promise<void> {
    latest = Promise.all([loadCategories(), loadTemplates(false), outlines.refresh()]).then(() => undefined);
    return latest;
  }

  // Signing in or out changes what the list may hold (the user's teams' templates, their categories).
  app.session.onChange((change) => {
    // A resumed token is the one the list was loaded with: the list stands, and so does what is open.
    if (change === 'resumed') return;
    clearDetail();
    void load().then(() => {
      if (change === 'token-rejected') app.status.show('error', strings.tokenRejected);
      else if (change === 'office-rejected') app.status.show('error', strings.officeSignInEnded);
    });
  });

  return {
    panel,
    load,
    /** Resolves once the latest load (the first one, or one a sign-in or sign-out started) is done. */
    loaded: (): Promise<void> => latest,
    /** The templates changed elsewhere (a team save, a delete): the list is loaded again. */
    reload: (): Promise<void> => loadTemplates(false, { quiet: true }),
    /** The tab was shown again: the document may have changed, and its templates may have newer versions. */
    onShow: (): void => void outlines.refresh(),
  };
}
