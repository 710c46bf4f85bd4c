/**
 * The one place the page reports progress, success and failure: an aria-live region, so a screen
 * reader hears it and nothing is left to the console.
 */
import { strings } from '../i18n.ts';
import { h, replaceChildren } from './dom.ts';
import { messageFor, UserError } from './errors.ts';
import type { Picker } from './fluent.ts';
import { intentIcon, type Intent } from './message-bar.ts';

type Kind = 'progress' | 'success' | 'error' | 'info';
type Control = HTMLButtonElement | Picker | HTMLInputElement | HTMLTextAreaElement;

/** Fluent's message bar colours: progress is information. */
const intents: Record<Kind, Intent> = { progress: 'info', success: 'success', error: 'error', info: 'info' };

/** Controls of an operation under way: a second click (or Enter) on one of them does not start it again. */
const busy = new WeakSet<Control>();

/** Whether `element` can take the focus back: still in the page and shown. */
function focusable(element: HTMLElement): boolean {
  return element.isConnected && !element.closest('[hidden]') && !(element as Control).disabled;
}

export interface RunOptions {
  /** Instead of showing the failure: for an operation whose failure means something else. */
  onError?: (error: unknown) => void;
}

export class StatusRegion {
  /**
   * A Fluent message bar, in the page from the start and never hidden (an empty one takes no room):
   * a live region a screen reader already follows announces what is put in it.
   */
  readonly element = h('fluent-message-bar', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-kind': 'info', intent: 'info', layout: 'multiline' });

  show(kind: Kind, text: string): void {
    this.element.dataset.kind = kind;
    this.element.setAttribute('intent', intents[kind]);
    replaceChildren(this.element, intentIcon(intents[kind], kind === 'progress'), h('span', { class: 'status-text' }, text));
  }

  /**
   * Progress of a long read (a large document is read a page at a time): a progress bar under the
   * text. The bar is updated in place, so a screen reader is not told every page.
   */
  showProgress(text: string, done: number, total: number): void {
    let bar = this.element.querySelector('progress');
    if (this.element.dataset.kind !== 'progress' || !bar) {
      this.show('progress', text);
      bar = h('progress', { class: 'status-progress', 'aria-label': strings.progressLabel });
      this.element.append(bar);
    } else {
      this.element.querySelector('.status-text')!.textContent = text;
    }
    bar.max = Math.max(total, 1);
    bar.value = Math.min(done, bar.max);
  }

  clear(): void {
    this.element.dataset.kind = 'info';
    this.element.setAttribute('intent', 'info');
    this.element.replaceChildren();
  }

  /**
   * Runs a long operation: shows `progress`, makes `controls` unavailable meanwhile, reports any
   * failure. Resolves to undefined when it failed, or when one of `controls` is already busy.
   *
   * The control that has the focus (the button just pressed) keeps it: it is marked aria-disabled
   * instead of disabled, which would drop the focus to the page. A user mistake (UserError) moves
   * the focus to the field to correct.
   */
  async run<T>(progress: string, controls: Control[], work: () => Promise<T>, options: RunOptions = {}): Promise<T | undefined> {
    if (controls.some((control) => busy.has(control))) return undefined;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const states = controls.map((control) => ({ control, disabled: control.disabled, ariaDisabled: control.getAttribute('aria-disabled') }));
    for (const control of controls) {
      busy.add(control);
      if (control === focused) control.setAttribute('aria-disabled', 'true');
      else control.disabled = true;
    }
    this.show('progress', progress);
    document.body.setAttribute('aria-busy', 'true');
    let mistake: UserError | undefined;
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserError) mistake = error;
      else if (!(error instanceof Error && error.name === 'ApiError')) console.error(error);
      if (options.onError) options.onError(error);
      else this.show('error', messageFor(error));
      return undefined;
    } finally {
      for (const { control, disabled, ariaDisabled } of states) {
        busy.delete(control);
        control.disabled = disabled;
        if (ariaDisabled === null) control.removeAttribute('aria-disabled');
        else control.setAttribute('aria-disabled', ariaDisabled);
      }
      document.body.removeAttribute('aria-busy');
      if (mistake?.field && focusable(mistake.field)) mistake.field.focus();
      // The operation may have redrawn around the focused control: give the focus back if it fell to the page.
      else if (focused && focused !== document.body && (document.activeElement === document.body || document.activeElement === null) && focusable(focused)) focused.focus();
    }
  }
}
