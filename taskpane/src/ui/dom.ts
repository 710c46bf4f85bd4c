/**
 * Building the DOM without innerHTML: every string child becomes a text node, so template names and
 * titles (user text) can never turn into markup.
 */

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

let nextId = 0;

/** A unique element id, for label/for and aria-labelledby pairs. */
export function uniqueId(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}

/** A labelled <select>; options are [value, label] pairs. */
export function labelledSelect(label: string, options: [string, string][], id = uniqueId('select')): { field: HTMLElement; select: HTMLSelectElement } {
  const select = h('select', { id });
  setOptions(select, options);
  const field = h('div', { class: 'field' }, h('label', { for: id }, label), select);
  return { field, select };
}

export function setOptions(select: HTMLSelectElement, options: [string, string][]): void {
  const previous = select.value;
  select.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
  if (options.some(([value]) => value === previous)) select.value = previous;
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
