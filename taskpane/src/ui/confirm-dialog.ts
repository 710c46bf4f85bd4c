/**
 * A question that must be answered before a destructive action: a Fluent alert dialog (modal, so
 * nothing else can be pressed meanwhile), the destructive answer in danger colours, the safe one
 * focused, so Enter twice does not do it. Escape answers with the safe one.
 *
 * While the answer is carried out, its caller makes both buttons unavailable (StatusRegion.run):
 * then neither 取消 nor Escape closes the dialog, which would say the action was called off while it
 * still happens.
 */
import { h } from './dom.ts';

/** `alternative`: a second way to go on, milder than `confirm` (公文: format only the inserted headings, not the document's styles). */
export function createConfirmDialog(labels: { title: string; confirm: string; cancel: string; alternative?: string }) {
  const question = h('p', { class: 'dialog-question' });
  const confirmButton = h('button', { type: 'button', class: 'primary danger', slot: 'action' }, labels.confirm);
  const alternativeButton = labels.alternative ? h('button', { type: 'button', class: 'secondary', slot: 'action' }, labels.alternative) : null;
  // Fluent focuses the [autofocus] element once the dialog is open.
  const cancelButton = h('button', { type: 'button', class: 'secondary', slot: 'action', autofocus: true }, labels.cancel);
  const element = h(
    'fluent-dialog',
    { type: 'alert', class: 'confirm-dialog' },
    h('fluent-dialog-body', {}, h('span', { slot: 'title' }, labels.title), question, confirmButton, alternativeButton, cancelButton),
  );
  let returnFocus: HTMLElement | null = null;

  const close = () => element.hide();
  // StatusRegion.run marks the focused control aria-disabled and the others disabled.
  const cancelUnavailable = () => cancelButton.disabled || cancelButton.getAttribute('aria-disabled') === 'true';

  cancelButton.addEventListener('click', () => {
    if (!cancelUnavailable()) close();
  });
  // Escape's keydown, cancelled, never becomes the <dialog>'s cancel (Fluent closes on that).
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && cancelUnavailable()) event.preventDefault();
  });
  // However it closes (取消, Escape, after 确认), the focus goes back to where the question came from.
  element.addEventListener('toggle', (event) => {
    if ((event as unknown as CustomEvent<{ newState: string }>).detail?.newState === 'closed') returnFocus?.focus();
  });

  return {
    element,
    confirmButton,
    alternativeButton,
    cancelButton,
    /** Asks `text`; the focus goes back to `from` when the dialog closes. */
    ask(text: string, from: HTMLElement): void {
      question.textContent = text;
      returnFocus = from;
      // Fluent names its own <dialog> from the host's aria-label: a label in the page cannot name it across its shadow root.
      element.setAttribute('aria-label', text);
      element.show();
    },
    close,
  };
}
