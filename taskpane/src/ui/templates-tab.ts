/**
 * 模板: find a template, see it numbered in the chosen style, insert it at the cursor. Signed in,
 * the list also holds the user's teams' templates, marked 团队 with who changed them and when.
 */
import { api, type TemplateSummary } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { createOutlinePreview, sourceOf } from './outline-preview.ts';
import { labelledSearch } from './search-field.ts';

const pageSize = 50;
const searchDelayMs = 250;

export function createTemplatesTab(app: AppContext) {
  const { field: searchField, input: search } = labelledSearch(strings.searchLabel, strings.searchPlaceholder);
  const { field: categoryField, select: category } = labelledSelect(strings.categoryLabel, [['', strings.allCategories]]);
  const summary = h('p', { class: 'muted list-summary', role: 'status' });
  const list = h('ul', { class: 'template-list', 'aria-label': strings.templateListLabel });
  const loadMore = h('button', { type: 'button', class: 'secondary', hidden: true }, strings.loadMore);
  const detailHeadingId = uniqueId('template-name');
  const detailHeading = h('h2', { id: detailHeadingId, class: 'template-name', tabindex: -1 });
  const detailMeta = h('p', { class: 'muted' });
  const preview = createOutlinePreview(app);
  const detail = h('section', { class: 'template-detail', 'aria-labelledby': detailHeadingId, hidden: true }, detailHeading, detailMeta, preview.element);

  const panel = h(
    'div',
    { class: 'panel' },
    searchField,
    categoryField,
    summary,
    list,
    loadMore,
    detail,
  );

  let shown: TemplateSummary[] = [];
  let total = 0;
  let listRequest = 0;

  function templateButton(template: TemplateSummary): HTMLElement {
    const team = template.scope === 'team';
    const button = h(
      'button',
      { type: 'button', class: 'template-item', 'aria-pressed': 'false', 'data-template-id': template.id, 'data-scope': template.scope },
      h('span', { class: 'template-item-name' }, team ? h('span', { class: 'badge badge-team' }, strings.teamBadge) : null, team ? ' ' : null, template.name),
      h('span', { class: 'template-item-meta' }, `${template.category} · ${strings.nodeCount(template.nodeCount)}`),
      team ? h('span', { class: 'template-item-meta' }, strings.updatedMeta(template.updatedBy ?? strings.someone, formatDay(template.updatedAt))) : null,
    );
    button.addEventListener('click', () => void open(template.id, button));
    return h('li', {}, button);
  }

  async function loadTemplates(append: boolean): Promise<void> {
    const request = ++listRequest;
    const page = append ? Math.floor(shown.length / pageSize) + 1 : 1;
    // A new search supersedes the list being loaded; only "load more" is guarded against a second press.
    const result = await app.status.run(strings.loadingTemplates, append ? [loadMore] : [], () =>
      api.templates({ q: search.value.trim(), category: category.value, page, pageSize }),
    );
    if (request !== listRequest || !result) return;
    shown = append ? [...shown, ...result.items] : result.items;
    total = result.total;
    if (append) list.append(...result.items.map(templateButton));
    else replaceChildren(list, ...result.items.map(templateButton));
    summary.textContent = shown.length === 0 ? strings.noTemplates : strings.templateCount(shown.length, total);
    loadMore.hidden = shown.length >= total;
    app.status.clear();
  }

  async function open(id: string, button: HTMLElement): Promise<void> {
    for (const other of list.querySelectorAll('[aria-pressed]')) other.setAttribute('aria-pressed', String(other === button));
    const template = await app.status.run(strings.loadingTemplate, [], () => api.template(id));
    if (!template) return;
    detailHeading.textContent = template.name;
    detailMeta.textContent = template.category;
    detail.hidden = false;
    // From the list to what was opened: the screen reader reads its name, Tab goes on to its style and 插入.
    detail.scrollIntoView({ block: 'start' });
    detailHeading.focus({ preventScroll: true });
    await preview.show(template.nodes, template.levels, sourceOf(template));
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void loadTemplates(false), searchDelayMs);
  });
  category.addEventListener('change', () => void loadTemplates(false));
  loadMore.addEventListener('click', () => void loadTemplates(true));

  async function load(): Promise<void> {
    const categories = await app.status.run(strings.loadingTemplates, [], () => api.templateCategories());
    if (categories) setOptions(category, [['', strings.allCategories], ...categories.map((name): [string, string] => [name, name])]);
    await loadTemplates(false);
  }

  // Signing in or out changes what the list may hold (the user's teams' templates, their categories).
  let reloading: Promise<void> | undefined;
  app.session.onChange((change) => {
    detail.hidden = true;
    // The reload clears the status region: a refused token is said again after it.
    reloading = load().then(() => {
      if (change === 'token-rejected') app.status.show('error', strings.tokenRejected);
    });
  });

  return {
    panel,
    /** The first load; when a sign-in or sign-out has already started one, that one. */
    load: (): Promise<void> => reloading ?? load(),
  };
}
