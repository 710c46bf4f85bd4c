/**
 * The one place the page reports progress, success and failure: an aria-live region, so a screen
 * reader hears it and nothing is left to the console.
 */
import { h, replaceChildren } from './dom.ts';
import { messageFor } from './errors.ts';

type Kind = 'progress' | 'success' | 'error' | 'info';

export class StatusRegion {
  readonly element = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-kind': 'info' });

  show(kind: Kind, text: string): void {
    this.element.dataset.kind = kind;
    replaceChildren(
      this.element,
      kind === 'progress' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
      h('span', { class: 'status-text' }, text),
    );
  }

  clear(): void {
    this.element.dataset.kind = 'info';
    this.element.replaceChildren();
  }

  /**
   * Runs a long operation: shows `progress`, disables `controls` meanwhile, reports any failure.
   * Resolves to undefined when it failed.
   */
  async run<T>(progress: string, controls: (HTMLButtonElement | HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement)[], work: () => Promise<T>): Promise<T | undefined> {
    const wereDisabled = controls.map((control) => control.disabled);
    controls.forEach((control) => (control.disabled = true));
    this.show('progress', progress);
    document.body.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } catch (error) {
      this.show('error', messageFor(error));
      return undefined;
    } finally {
      controls.forEach((control, index) => (control.disabled = wereDisabled[index]));
      document.body.removeAttribute('aria-busy');
    }
  }
}
