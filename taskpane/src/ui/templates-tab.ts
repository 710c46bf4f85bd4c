/** 模板: find a template, see it numbered in the chosen style, insert it at the cursor. */
import { api, type TemplateSummary } from '../api.ts';
import { strings } from '../i18n.ts';
import type { AppContext } from './app-context.ts';
import { h, labelledSelect, replaceChildren, setOptions, uniqueId } from './dom.ts';
import { createOutlinePreview } from './outline-preview.ts';

const pageSize = 50;
const searchDelayMs = 250;

export function createTemplatesTab(app: AppContext) {
  const searchId = uniqueId('search');
  const search = h('input', { type: 'search', id: searchId, placeholder: strings.searchPlaceholder, autocomplete: 'off' });
  const { field: categoryField, select: category } = labelledSelect(strings.categoryLabel, [['', strings.allCategories]]);
  const summary = h('p', { class: 'muted list-summary' });
  const list = h('ul', { class: 'template-list', 'aria-label': strings.templateListLabel });
  const loadMore = h('button', { type: 'button', class: 'secondary', hidden: true }, strings.loadMore);
  const detailHeadingId = uniqueId('template-name');
  const detailHeading = h('h2', { id: detailHeadingId, class: 'template-name' });
  const detailMeta = h('p', { class: 'muted' });
  const preview = createOutlinePreview(app);
  const detail = h('section', { class: 'template-detail', 'aria-labelledby': detailHeadingId, hidden: true }, detailHeading, detailMeta, preview.element);

  const panel = h(
    'div',
    { class: 'panel' },
    h('div', { class: 'field' }, h('label', { for: searchId }, strings.searchLabel), search),
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
    const button = h(
      'button',
      { type: 'button', class: 'template-item', 'aria-pressed': 'false', 'data-template-id': template.id },
      h('span', { class: 'template-item-name' }, template.name),
      h('span', { class: 'template-item-meta' }, `${template.category} · ${strings.nodeCount(template.nodeCount)}`),
    );
    button.addEventListener('click', () => void open(template.id, button));
    return h('li', {}, button);
  }

  async function loadTemplates(append: boolean): Promise<void> {
    const request = ++listRequest;
    const page = append ? Math.floor(shown.length / pageSize) + 1 : 1;
    const result = await app.status.run(strings.loadingTemplates, [loadMore], () =>
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
    await preview.show(template.nodes, template.levels);
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void loadTemplates(false), searchDelayMs);
  });
  category.addEventListener('change', () => void loadTemplates(false));
  loadMore.addEventListener('click', () => void loadTemplates(true));

  return {
    panel,
    async load(): Promise<void> {
      const categories = await app.status.run(strings.loadingTemplates, [], () => api.templateCategories());
      if (categories) setOptions(category, [['', strings.allCategories], ...categories.map((name): [string, string] => [name, name])]);
      await loadTemplates(false);
    },
  };
}
