/**
 * Building the DOM without innerHTML: every string child becomes a text node, so template names and
 * titles (user text) can never turn into markup.
 */

import type { Picker } from './fluent.ts';

type Attributes = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * A box with overflow: while its content scrolls, it is in the tab order (tabindex 0, named by its
 * aria-label), so the keyboard can scroll it; while it does not, it is not a stop for nothing.
 */
export function focusableWhileScrolling(element: HTMLElement): void {
  new ResizeObserver(() => {
    if (element.scrollHeight > element.clientHeight) element.tabIndex = 0;
    else element.removeAttribute('tabindex');
  }).observe(element);
}

let nextId = 0;

/** A unique element id, for label/for and aria-labelledby pairs. */
export function uniqueId(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}

/**
 * A labelled picker, Fluent's dropdown (fluent.ts Picker), used as a <select> is: `.value`, a
 * `change` event when the user picks, `.disabled`, and setOptions. Options are [value, label] pairs;
 * as in a <select>, the first is chosen until another is.
 */
export function labelledSelect(label: string, options: [string, string][], id = uniqueId('select')): { field: HTMLElement; select: Picker } {
  const labelId = uniqueId('select-label');
  const select = document.createElement('fluent-dropdown') as Picker;
  select.id = id;
  select.labelId = labelId;
  select.append(document.createElement('fluent-listbox'));
  setOptions(select, options);
  const field = h('div', { class: 'field' }, h('label', { id: labelId, for: id }, label), select);
  return { field, select };
}

/** Puts `options` in the picker, keeping its value when it is still one of them (else the first). */
export function setOptions(select: Picker, options: [string, string][]): void {
  const previous = select.value;
  const listbox = select.querySelector('fluent-listbox')!;
  listbox.replaceChildren(...options.map(([value, label]) => optionElement(value, label)));
  select.value = options.some(([value]) => value === previous) ? previous : (options[0]?.[0] ?? null);
}

function optionElement(value: string, label: string): HTMLElement {
  const option = document.createElement('fluent-option');
  option.setAttribute('value', value);
  option.textContent = label;
  return option;
}

/** A fieldset of radio buttons; options are [value, label] pairs, the first one checked. */
export function radioGroup(legend: string, options: [string, string][]): { fieldset: HTMLFieldSetElement; value: () => string; inputs: HTMLInputElement[] } {
  const name = uniqueId('radio');
  const inputs: HTMLInputElement[] = [];
  const fieldset = h(
    'fieldset',
    { class: 'scope' },
    h('legend', {}, legend),
    ...options.map(([value, label], index) => {
      const id = uniqueId(name);
      const input = h('input', { type: 'radio', name, id, value, checked: index === 0 });
      inputs.push(input);
      return h('div', { class: 'radio' }, input, h('label', { for: id }, label));
    }),
  );
  return { fieldset, inputs, value: () => inputs.find((input) => input.checked)?.value ?? options[0][0] };
}
