/**
 * Inside Office but not (yet) connected to Word: says so, with a retry. Never the browser preview
 * there, whose inserts would go into the simulated document instead of the user's. While waiting it
 * says it is connecting; when Office.js did not load, or Office connected to no Word, it says what
 * failed and what to do, as an error.
 */
import { strings } from '../i18n.ts';
import { h } from './dom.ts';
import { intentIcon, messageBar } from './message-bar.ts';

export type ConnectingState = 'waiting' | 'office-js-unavailable' | 'no-host';

export function showConnecting(root: HTMLElement, state: ConnectingState): void {
  const retryButton = h('button', { type: 'button', class: 'primary' }, strings.retry);
  // Office opened the page with its host information in the URL: reloading keeps it.
  retryButton.addEventListener('click', () => window.location.reload());
  const waiting = state === 'waiting';
  const message = waiting
    ? h(
        'fluent-message-bar',
        { class: 'status', role: 'status', 'aria-live': 'polite', 'data-kind': 'progress', intent: 'info', layout: 'multiline' },
        intentIcon('info', true),
        h('span', { class: 'status-text' }, strings.connectingWord),
      )
    : messageBar(
        'error',
        { class: 'status', role: 'alert', 'data-kind': 'error' },
        h('strong', {}, strings.connectionFailed),
        ' ',
        state === 'office-js-unavailable' ? strings.officeJsUnavailable : strings.noOfficeHost,
      );
  root.replaceChildren(
    h(
      'main',
      { class: 'controls connecting' },
      h('header', { class: 'app-header' }, h('h1', {}, strings.appTitle)),
      message,
      waiting ? h('p', { class: 'muted connecting-hint' }, strings.connectingHint) : null,
      h('div', { class: 'actions' }, retryButton),
    ),
  );
  root.dataset.mode = 'connecting';
}
