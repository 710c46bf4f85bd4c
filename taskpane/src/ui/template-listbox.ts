/**
 * A list of templates as one tab stop: a listbox whose options take the focus in turn (roving
 * tabindex), moved by the arrow keys, Home and End; Enter, Space or a click opens one. The option of
 * what is shown is aria-selected. Long names are clamped to two lines (styles.css): the full name is
 * the option's title, and its accessible name is all of its text.
 */
import { h } from './dom.ts';

export interface ListboxOption {
  id: string;
  /** The template's whole name, shown in full on hover. */
  name: string;
  content: (Node | string | null)[];
  /** Extra data attributes, such as data-scope. */
  data?: Record<string, string>;
}

export function createTemplateListbox(label: string, onOpen: (id: string) => void) {
  const element = h('ul', { role: 'listbox', class: 'template-list', 'aria-label': label });
  let selectedId: string | null = null;

  const options = () => [...element.querySelectorAll<HTMLElement>('[role="option"]')];
  const optionOf = (id: string | null) => options().find((option) => option.dataset.templateId === id);

  /** The one option reachable by Tab: the focused one, else the selected one, else the first. */
  function updateTabStop(preferred?: HTMLElement): void {
    const all = options();
    const stop = preferred ?? all.find((option) => option === document.activeElement) ?? optionOf(selectedId) ?? all[0];
    for (const option of all) option.tabIndex = option === stop ? 0 : -1;
  }

  function optionElement({ id, name, content, data = {} }: ListboxOption): HTMLElement {
    const attributes: Record<string, string> = { role: 'option', class: 'template-item', 'data-template-id': id, title: name, 'aria-selected': String(id === selectedId) };
    for (const [key, value] of Object.entries(data)) attributes[`data-${key}`] = value;
    return h('li', attributes, ...content);
  }

  function moveTo(option: HTMLElement | undefined): void {
    if (!option) return;
    updateTabStop(option);
    option.focus();
  }

  element.addEventListener('keydown', (event) => {
    const all = options();
    const current = all.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(all[Math.max(0, Math.min(all.length - 1, moves[event.key]))]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(all[current].dataset.templateId!);
    }
  });
  element.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    moveTo(option);
    onOpen(option.dataset.templateId!);
  });

  return {
    element,
    /** Replaces the options, or adds to them with `append`. */
    setOptions(items: ListboxOption[], append = false): void {
      if (append) element.append(...items.map(optionElement));
      else {
        // A reload in the background redraws the options under the user's arrow keys: the focus stays
        // on the same template (else on the list's tab stop) instead of falling to the page.
        const focusedId = element.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.templateId : undefined;
        element.replaceChildren(...items.map(optionElement));
        if (focusedId !== undefined) {
          updateTabStop(optionOf(focusedId));
          options()
            .find((option) => option.tabIndex === 0)
            ?.focus();
        }
      }
      updateTabStop();
    },
    /** Marks the option of what is shown (null: nothing is). */
    select(id: string | null): void {
      selectedId = id;
      for (const option of options()) option.setAttribute('aria-selected', String(option.dataset.templateId === id));
      if (!element.contains(document.activeElement)) updateTabStop();
    },
    focus(id?: string): boolean {
      const option = id === undefined ? options()[0] : optionOf(id);
      moveTo(option);
      return option !== undefined;
    },
  };
}
