/**
 * The one place the page reports progress, success and failure: an aria-live region, so a screen
 * reader hears it and nothing is left to the console.
 */
import { ApiError, isAborted, RequestTimeoutError, ServerUnreachableError } from '../api.ts';
import { strings } from '../i18n.ts';
import { h, replaceChildren } from './dom.ts';
import { messageFor, UserError } from './errors.ts';
import type { Picker } from './fluent.ts';
import { intentIcon, type Intent } from './message-bar.ts';

type Kind = 'progress' | 'success' | 'error' | 'info';
type Control = HTMLButtonElement | Picker | HTMLInputElement | HTMLTextAreaElement;

/** Fluent's message bar colours: progress is information. */
const intents: Record<Kind, Intent> = { progress: 'info', success: 'success', error: 'error', info: 'info' };

/**
 * Controls of an operation under way, with the state each goes back to when it ends: a second click
 * (or Enter) on one of them does not start it again.
 */
const busy = new WeakMap<Control, { disabled: boolean; ariaDisabled: string | null }>();

/**
 * Makes `control` available or not. While an operation holds it, the change waits for the end of the
 * operation: restoring the state from before the operation would undo a change made meanwhile (插入
 * enabled again, with the old lines, while a newer template is still opening).
 */
export function setDisabled(control: Control, disabled: boolean): void {
  const held = busy.get(control);
  if (held) held.disabled = disabled;
  else control.disabled = disabled;
}

/** Whether `element` can take the focus back: still in the page and shown. */
function focusable(element: HTMLElement): boolean {
  return element.isConnected && !element.closest('[hidden]') && !(element as Control).disabled;
}

export interface RunOptions {
  /** Instead of showing the failure: for an operation whose failure means something else. */
  onError?: (error: unknown) => void;
  /** The request's slot signal: once aborted (a newer request superseded it), the outcome is dropped silently. */
  signal?: AbortSignal;
  /** Runs the whole operation again: offered as 重试 when trying again may work (no answer in time or at all, a 5xx). */
  retry?: () => void;
  /** Says what did not work before why (编号样式没有加载：…), for an operation the user did not start. */
  failurePrefix?: string;
  /** A refresh in the background (a list after an action): no progress shown over what the action said. */
  quiet?: boolean;
  /**
   * The region the operation redraws (a list, a preview): aria-busy while it runs. Never the page or
   * another ancestor of the status region: a screen reader holds back the announcements of a live
   * region under a busy ancestor, and the progress would never be heard.
   */
  busyRegion?: HTMLElement;
}

/** Operations under way per busy region: a region stays aria-busy until the last of them ends. */
const busyRuns = new WeakMap<HTMLElement, number>();

function markBusy(region: HTMLElement | undefined, change: 1 | -1): void {
  if (!region) return;
  const runs = (busyRuns.get(region) ?? 0) + change;
  busyRuns.set(region, runs);
  if (runs > 0) region.setAttribute('aria-busy', 'true');
  else region.removeAttribute('aria-busy');
}

/** Failures worth trying again as they are: no answer in time, none at all, or the server failing (5xx). */
const retryable = (error: unknown) => error instanceof RequestTimeoutError || error instanceof ServerUnreachableError || (error instanceof ApiError && error.status >= 500);

export class StatusRegion {
  /**
   * A Fluent message bar, in the page from the start and never hidden (an empty one takes no room):
   * a live region a screen reader already follows announces what is put in it.
   */
  readonly element = h('fluent-message-bar', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-kind': 'info', intent: 'info', layout: 'multiline' });
  /** The run whose progress the region shows (0: none); a run clears only its own progress. */
  private showing = 0;
  private runs = 0;
  /** Operations under way: the page is marked data-pending while there is any (what the end-to-end tests wait on). */
  private pending = 0;
  /** Failures kept to be shown together (start-up's parts), instead of each replacing the one before. */
  private collected: { text: string; retry?: () => void }[] | null = null;

  /** From now on, failures are kept until showCollected(): start-up's parts fail independently, and each must be told. */
  collectFailures(): void {
    this.collected = [];
  }

  /**
   * Shows the failures kept since collectFailures() as one error, with one 重试 that tries again each
   * part that offered it; failures go back to being shown as they come. Whether there were any.
   */
  showCollected(): boolean {
    const failures = this.collected ?? [];
    this.collected = null;
    if (failures.length === 0) return false;
    const retries = failures.flatMap((failure) => (failure.retry ? [failure.retry] : []));
    this.show('error', failures.map((failure) => failure.text).join(' '), retries.length > 0 ? () => retries.forEach((retry) => retry()) : undefined);
    return true;
  }

  /** A failure: shown at once, or kept while failures are being collected. */
  fail(text: string, retry?: () => void): void {
    if (this.collected) this.collected.push({ text, retry });
    else this.show('error', text, retry);
  }

  /** `retry`, when given, is offered as a 重试 button after the text. */
  show(kind: Kind, text: string, retry?: () => void): void {
    this.showing = 0;
    this.element.dataset.kind = kind;
    this.element.setAttribute('intent', intents[kind]);
    // 重试 is the message bar's action (its actions slot, after the text).
    const retryButton = retry ? h('button', { type: 'button', class: 'secondary status-retry', slot: 'actions' }, strings.retry) : null;
    // One retry per failure: a second click (a retry that shows no progress leaves the button there) would start it twice.
    retryButton?.addEventListener('click', () => retry?.(), { once: true });
    replaceChildren(this.element, intentIcon(intents[kind], kind === 'progress'), h('span', { class: 'status-text' }, text), retryButton);
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
    this.showing = 0;
    this.element.dataset.kind = 'info';
    this.element.setAttribute('intent', 'info');
    this.element.replaceChildren();
  }

  /** The failure of an operation, with 重试 when trying again as it is may work. */
  private showFailure(error: unknown, options: RunOptions): void {
    const message = messageFor(error);
    const text = options.failurePrefix ? strings.failedPart(options.failurePrefix, message) : message;
    this.fail(text, options.retry && retryable(error) ? options.retry : undefined);
  }

  /**
   * Runs a long operation: shows `progress`, makes `controls` unavailable meanwhile, reports any
   * failure (with 重试 when `options.retry` is given and trying again may help). Resolves to undefined
   * when it failed, when one of `controls` is already busy, or when `options.signal` was aborted: a
   * superseded operation says nothing. Its progress is cleared when it ends, unless something else
   * has been shown since; `options.busyRegion` is aria-busy meanwhile.
   *
   * The control that has the focus (the button just pressed) keeps it: it is marked aria-disabled
   * instead of disabled, which would drop the focus to the page. A user mistake (UserError) moves
   * the focus to the field to correct.
   */
  async run<T>(progress: string, controls: Control[], work: () => Promise<T>, options: RunOptions = {}): Promise<T | undefined> {
    if (controls.some((control) => busy.has(control))) return undefined;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    for (const control of controls) {
      busy.set(control, { disabled: control.disabled ?? false, ariaDisabled: control.getAttribute('aria-disabled') });
      if (control === focused) control.setAttribute('aria-disabled', 'true');
      else control.disabled = true;
    }
    const run = ++this.runs;
    if (!options.quiet) {
      this.show('progress', progress);
      this.showing = run;
    }
    this.pending++;
    document.body.dataset.pending = 'true';
    markBusy(options.busyRegion, 1);
    let mistake: UserError | undefined;
    try {
      const result = await work();
      if (this.showing === run) this.clear();
      return options.signal?.aborted ? undefined : result;
    } catch (error) {
      if (options.signal?.aborted || isAborted(error)) {
        if (this.showing === run) this.clear();
        return undefined;
      }
      if (error instanceof UserError) mistake = error;
      else if (!(error instanceof ApiError || error instanceof RequestTimeoutError || error instanceof ServerUnreachableError)) console.error(error);
      if (options.onError) options.onError(error);
      else this.showFailure(error, options);
      return undefined;
    } finally {
      for (const control of controls) {
        const { disabled, ariaDisabled } = busy.get(control)!;
        busy.delete(control);
        control.disabled = disabled;
        if (ariaDisabled === null) control.removeAttribute('aria-disabled');
        else control.setAttribute('aria-disabled', ariaDisabled);
      }
      this.pending--;
      if (this.pending === 0) delete document.body.dataset.pending;
      markBusy(options.busyRegion, -1);
      if (mistake?.field && focusable(mistake.field)) mistake.field.focus();
      // The operation may have redrawn around the focused control: give the focus back if it fell to the page.
      else if (focused && focused !== document.body && (document.activeElement === document.body || document.activeElement === null) && focusable(focused)) focused.focus();
    }
  }
}
