/**
 * Fluent's message bar: a notice in the page, coloured by its intent, with the intent's icon (a
 * spinner for something under way). The status region (status.ts), the page's notices and the 团队
 * tab's update notices are all one.
 */
import { h } from './dom.ts';
import { icon, type IconName } from './icons.ts';

export type Intent = 'info' | 'success' | 'warning' | 'error';

const icons: Record<Intent, IconName> = { info: 'info', success: 'checkmarkCircle', warning: 'warning', error: 'errorCircle' };

/** The icon slotted before a message bar's text: the intent's, or a spinner while `busy`. */
export function intentIcon(intent: Intent, busy = false): Element {
  if (busy) return h('fluent-spinner', { slot: 'icon', size: 'tiny', 'aria-hidden': 'true' });
  const svg = icon(icons[intent], `icon icon-${intent}`);
  svg.setAttribute('slot', 'icon');
  return svg;
}

type Attributes = Parameters<typeof h>[1];

export function messageBar(intent: Intent, attributes: Attributes, ...children: (Node | string | null)[]): HTMLElement {
  return h('fluent-message-bar', { layout: 'multiline', ...attributes, intent }, intentIcon(intent), h('div', { class: 'message-bar-text' }, ...children));
}
