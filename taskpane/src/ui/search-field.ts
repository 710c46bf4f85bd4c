/** A labelled search box with Fluent's search icon in it, as Fluent's SearchBox looks. */
import { h, uniqueId } from './dom.ts';
import { icon } from './icons.ts';

export function labelledSearch(label: string, placeholder: string): { field: HTMLElement; input: HTMLInputElement } {
  const id = uniqueId('search');
  const input = h('input', { type: 'search', id, placeholder, autocomplete: 'off' });
  const field = h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'search-box' }, icon('search', 'icon search-icon'), input));
  return { field, input };
}
