/**
 * A question that must be answered before a destructive action: a Fluent alert dialog (modal, so
 * nothing else can be pressed meanwhile), the destructive answer in danger colours, the safe one
 * focused, so Enter twice does not do it. Escape answers with the safe one.
 */
import { h } from './dom.ts';

interface DialogParts {
  /** The <dialog> Fluent renders in its shadow root. */
  dialog?: HTMLDialogElement;
}

export function createConfirmDialog(labels: { title: string; confirm: string; cancel: string }) {
  const question = h('p', { class: 'dialog-question' });
  const confirmButton = h('button', { type: 'button', class: 'primary danger', slot: 'action' }, labels.confirm);
  // Fluent focuses the [autofocus] element once the dialog is open.
  const cancelButton = h('button', { type: 'button', class: 'secondary', slot: 'action', autofocus: true }, labels.cancel);
  const element = h('fluent-dialog', { type: 'alert', class: 'confirm-dialog' }, h('fluent-dialog-body', {}, h('span', { slot: 'title' }, labels.title), question, confirmButton, cancelButton));
  let returnFocus: HTMLElement | null = null;

  const close = () => element.hide();

  cancelButton.addEventListener('click', close);
  // However it closes (取消, Escape, after 确认), the focus goes back to where the question came from.
  element.addEventListener('toggle', (event) => {
    if ((event as unknown as CustomEvent<{ newState: string }>).detail?.newState === 'closed') returnFocus?.focus();
  });

  return {
    element,
    confirmButton,
    /** Asks `text`; the focus goes back to `from` when the dialog closes. */
    ask(text: string, from: HTMLElement): void {
      question.textContent = text;
      returnFocus = from;
      element.show();
      // The name is set on Fluent's own <dialog>: a label in the page cannot name it across its shadow root.
      (element as DialogParts).dialog?.setAttribute('aria-label', text);
    },
    close,
  };
}
