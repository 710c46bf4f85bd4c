/**
 * The page could not start: most often the language's strings (a chunk of their own, loaded with
 * import()) did not arrive, on a flaky network or after a redeploy replaced the hashed chunk. So
 * nothing here comes from a string table: both languages, written in, and a reload that fetches
 * index.html again, with the current chunk names.
 */
import { h } from './dom.ts';
import { messageBar } from './message-bar.ts';

export function showStartFailure(root: HTMLElement): void {
  const reloadButton = h('button', { type: 'button', class: 'primary' }, '重新加载 ', h('span', { lang: 'en' }, 'Reload'));
  reloadButton.addEventListener('click', () => window.location.reload());
  root.replaceChildren(
    h(
      'main',
      { class: 'controls connecting' },
      h('header', { class: 'app-header' }, h('h1', {}, '提纲助手 ', h('span', { lang: 'en' }, 'Outline Assistant'))),
      messageBar(
        'error',
        { class: 'status', role: 'alert', 'data-kind': 'error' },
        '未能加载提纲助手，请检查网络后重新加载。 ',
        h('span', { lang: 'en' }, 'Outline Assistant could not load: check the network, then reload.'),
      ),
      h('div', { class: 'actions' }, reloadButton),
    ),
  );
}
