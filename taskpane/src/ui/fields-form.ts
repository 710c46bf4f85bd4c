/**
 * The short form 插入 shows when the outline has fill-in fields: one labelled input per field, opening
 * with the remembered or computed value (a computed one — 年份, 季度 — says so), in the page under 插入
 * (no dialog: it fits the 320 px pane and the preview stays in view). Enter inserts, Escape or 取消
 * cancels; either way the focus goes back to 插入.
 */
import { strings } from '../i18n.ts';
import { h, uniqueId } from './dom.ts';
import type { FieldPrompt } from './field-values.ts';

/** The longest value the server takes (FieldValues.MaxValueLength): typing stops there instead of a refusal after 插入. */
const maxValueLength = 100;

export function createFieldsForm() {
  const headingId = uniqueId('fields-heading');
  const hintId = uniqueId('fields-hint');
  const inputs = h('div', { class: 'fields-inputs' });
  const submitButton = h('button', { type: 'submit', class: 'primary' }, strings.fieldsInsert);
  const cancelButton = h('button', { type: 'button', class: 'secondary' }, strings.cancel);
  const element = h(
    'form',
    { class: 'fields-form', 'aria-labelledby': headingId, 'aria-describedby': hintId, hidden: true },
    h('h3', { id: headingId }, strings.fieldsHeading),
    h('p', { id: hintId, class: 'muted' }, strings.fieldsHint),
    inputs,
    h('div', { class: 'actions' }, submitButton, cancelButton),
  );

  let answer: ((values: Record<string, string> | null) => void) | undefined;
  let returnFocus: HTMLElement | null = null;
  let fields: { name: string; input: HTMLInputElement }[] = [];

  function close(values: Record<string, string> | null): void {
    const settle = answer;
    answer = undefined;
    const hadFocus = element.contains(document.activeElement);
    element.hidden = true;
    if (hadFocus) returnFocus?.focus();
    settle?.(values);
  }

  function fieldRow(prompt: FieldPrompt): HTMLElement {
    const id = uniqueId('field-value');
    const input = h('input', {
      type: 'text',
      id,
      maxlength: maxValueLength,
      autocomplete: 'off',
      'data-field': prompt.name,
    });
    input.value = prompt.value;
    fields.push({ name: prompt.name, input });
    return h('div', { class: 'field' }, h('label', { for: id }, prompt.name, prompt.computed ? h('span', { class: 'field-note' }, strings.fieldComputed) : null), input);
  }

  element.addEventListener('submit', (event) => {
    event.preventDefault();
    close(Object.fromEntries(fields.map(({ name, input }) => [name, input.value])));
  });
  cancelButton.addEventListener('click', () => close(null));
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close(null);
  });

  return {
    element,
    /**
     * Asks for the fields' values: resolves with them (an empty one: left unfilled), or null when
     * cancelled — or when asked again (插入 pressed again, another outline shown) before an answer.
     */
    ask(prompts: FieldPrompt[], from: HTMLElement): Promise<Record<string, string> | null> {
      answer?.(null);
      returnFocus = from;
      fields = [];
      inputs.replaceChildren(...prompts.map(fieldRow));
      element.hidden = false;
      element.scrollIntoView({ block: 'nearest' });
      fields[0]?.input.focus();
      fields[0]?.input.select();
      return new Promise((resolve) => (answer = resolve));
    },
    /** The outline it was asked for is gone: the form closes unanswered. */
    cancel(): void {
      if (!element.hidden || answer) close(null);
    },
  };
}
