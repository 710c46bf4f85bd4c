/**
 * Inside Office but not (yet) connected to Word: says so, with a retry. Never the browser preview
 * there, whose inserts would go into the simulated document instead of the user's.
 */
import { strings } from '../i18n.ts';
import { h } from './dom.ts';

export type ConnectingState = 'waiting' | 'office-js-unavailable' | 'no-host';

export function showConnecting(root: HTMLElement, state: ConnectingState): void {
  const retryButton = h('button', { type: 'button', class: 'primary' }, strings.retry);
  // Office opened the page with its host information in the URL: reloading keeps it.
  retryButton.addEventListener('click', () => window.location.reload());
  const hint = { waiting: strings.connectingHint, 'office-js-unavailable': strings.officeJsUnavailable, 'no-host': strings.noOfficeHost }[state];
  root.replaceChildren(
    h(
      'main',
      { class: 'controls connecting' },
      h('header', { class: 'app-header' }, h('h1', {}, strings.appTitle)),
      h(
        'p',
        { class: 'status', role: 'status', 'aria-live': 'polite', 'data-kind': state === 'waiting' ? 'progress' : 'error' },
        state === 'waiting' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
        h('span', { class: 'status-text' }, strings.connectingWord),
      ),
      h('p', { class: 'muted connecting-hint' }, hint),
      h('div', { class: 'actions' }, retryButton),
    ),
  );
  root.dataset.mode = 'connecting';
}
