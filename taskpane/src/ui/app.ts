/** The taskpane page: header, tabs, status region and, in the browser preview, the simulated document. */
import { api, type NumberingStyle } from '../api.ts';
import { strings } from '../i18n.ts';
import type { Host } from '../office-host.ts';
import type { FakeDocument } from '../word/fake-word.ts';
import { h } from './dom.ts';
import { createImportTab } from './import-tab.ts';
import { createNumberingTab } from './numbering-tab.ts';
import { createPreviewPanel } from './preview-panel.ts';
import { StatusRegion } from './status.ts';
import { createTabs } from './tabs.ts';
import { createTemplatesTab } from './templates-tab.ts';

export interface AppOptions {
  host: Host;
  wordReady: boolean;
  /** Set in the browser preview: the in-page document the fake Word edits. */
  previewDocument?: FakeDocument;
}

export async function mountApp(root: HTMLElement, options: AppOptions): Promise<void> {
  const status = new StatusRegion();
  // The style lists of every tab come from here; without them the page still works "as authored".
  const styles: NumberingStyle[] = (await status.run(strings.loading, [], () => api.numberingStyles())) ?? [];
  const context = { status, styles, wordReady: options.wordReady };

  const templates = createTemplatesTab(context);
  const numbering = createNumberingTab(context);
  const importing = createImportTab(context);
  const tabs = createTabs(strings.tabsLabel, [
    { label: strings.tabTemplates, panel: templates.panel },
    { label: strings.tabNumbering, panel: numbering.panel },
    { label: strings.tabImport, panel: importing.panel },
  ]);

  const preview = options.host.kind === 'preview';
  const header = h(
    'header',
    { class: 'app-header' },
    h('h1', {}, strings.appTitle),
    preview ? h('span', { class: 'badge' }, strings.previewBadge) : null,
  );
  const notices = [
    preview ? h('p', { class: 'notice' }, options.host.kind === 'preview' && options.host.reason === 'other-host' ? strings.previewNoticeOtherHost : strings.previewNotice) : null,
    options.wordReady ? null : h('p', { class: 'notice notice-error', role: 'alert' }, strings.wordTooOld),
  ];
  const controls = h('main', { class: 'controls' }, header, ...notices, tabs.tablist, ...tabs.panels, status.element);
  const layout = h('div', { class: 'layout' }, controls, options.previewDocument ? createPreviewPanel(options.previewDocument) : null);

  root.replaceChildren(layout);
  root.dataset.mode = options.host.kind;
  await templates.load();
  root.dataset.ready = 'true';
}
