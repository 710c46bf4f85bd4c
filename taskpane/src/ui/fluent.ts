/**
 * The Fluent UI web components the page uses, and only those: each import registers one element
 * (per-component entry points keep the rest of Fluent out of the bundle). main.ts imports this
 * module before the UI is built; dom.ts and the tabs create the elements by tag name, so the tab
 * modules still load in Node (unit tests) where there are no custom elements.
 *
 * fluent-dropdown is Fluent's Dropdown with two fixes for how this page uses it (see Picker). They
 * use members Fluent marks @internal (control, insertControl, setValidity): package.json pins
 * @fluentui/web-components to the exact version they were written against.
 */
import { Dropdown } from '@fluentui/web-components/dropdown/class.js';
import type { DropdownOption } from '@fluentui/web-components/option/class.js';
import { definition as dropdownDefinition } from '@fluentui/web-components/dropdown/definition.js';
import '@fluentui/web-components/listbox.js';
import '@fluentui/web-components/option.js';
import '@fluentui/web-components/dialog.js';
import '@fluentui/web-components/dialog-body.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/spinner.js';

/**
 * Fluent's dropdown, usable as the tabs use a <select>:
 * - its value is read and set on the options in the page, at once: Fluent selects through its
 *   listbox, which finds the element's options only once it is in the page (and throws before), and
 *   new options a moment after they were put in (setOptions);
 * - its combobox (a button Fluent puts in the light DOM) is named by the field's <label>: the label
 *   names the form-associated host, which Fluent gives the role "presentation"; and says from the
 *   start that it is closed.
 */
export class Picker extends Dropdown {
  /** The id of the <label> that names the picker (dom.ts labelledSelect sets it). */
  labelId = '';

  /** The options in the page now: Fluent's listbox learns of new ones only later (on slotchange). */
  private get optionElements(): DropdownOption[] {
    return [...this.querySelectorAll<DropdownOption>('fluent-option')];
  }

  /** As a <select>'s: '' when no option is chosen. */
  override get value(): string {
    return this.optionElements.find((option) => option.selected)?.value ?? '';
  }

  override set value(next: string | null) {
    for (const option of this.optionElements) option.selected = option.value === next;
    // What Fluent's setter does after selecting through its listbox, which this one goes round: the
    // validity, and the observers of value ($fastController is the element's notifier: Observable.notify).
    this.setValidity();
    this.$fastController.notify('value');
  }

  override insertControl(): void {
    super.insertControl();
    if (this.labelId) this.control?.setAttribute('aria-labelledby', this.labelId);
    // A combobox must say whether it is open; Fluent writes aria-expanded only once it has been opened.
    this.control?.setAttribute('aria-expanded', String(Boolean(this.open)));
  }
}

Picker.define(dropdownDefinition);

declare global {
  /** The Fluent elements dom.ts h() creates, as plain elements (their classes stay in this module). */
  interface HTMLElementTagNameMap {
    'fluent-message-bar': HTMLElement;
    'fluent-spinner': HTMLElement;
    'fluent-dialog': HTMLElement & { show(): void; hide(): void };
    'fluent-dialog-body': HTMLElement;
  }
}
