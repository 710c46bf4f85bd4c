/**
 * The browser preview's stand-in for the Word document: draws the fake document after every sync
 * and lets the user place the cursor or select paragraphs (click, Shift+click, arrow keys), so the
 * 所选内容 scope and insert-at-cursor can be tried too.
 */
import { strings } from '../i18n.ts';
import { insertedTemplatesKey, parseInsertedTemplates } from '../word/document.ts';
import type { FakeDocument, FakeParagraph } from '../word/fake/index.ts';
import { h, uniqueId } from './dom.ts';

export function createPreviewPanel(fake: FakeDocument): HTMLElement {
  const headingId = uniqueId('preview-heading');
  const hintId = uniqueId('preview-hint');
  const page = h('div', {
    class: 'preview-page',
    role: 'listbox',
    tabindex: 0,
    'aria-multiselectable': 'true',
    'aria-labelledby': headingId,
    'aria-describedby': hintId,
  });
  // What Word keeps out of sight, in the file's settings: which templates the outline came from.
  const sources = h('p', { class: 'muted preview-sources', hidden: true });
  const panel = h(
    'aside',
    { class: 'preview-panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, strings.previewDocumentLabel),
    h('p', { id: hintId, class: 'muted' }, strings.previewDocumentHint),
    page,
    sources,
  );

  function drawSources(): void {
    const value = fake.settings.get(insertedTemplatesKey);
    const records = value ? parseInsertedTemplates(JSON.parse(value)) : [];
    sources.hidden = records.length === 0;
    sources.textContent = strings.previewDocumentSources(records.map((record) => strings.templateAtVersion(record.name, record.version)).join('、'));
  }

  const idPrefix = uniqueId('preview-paragraph');

  function paragraphElement(paragraph: FakeParagraph, index: number, selected: boolean): HTMLElement {
    const level = fake.headingLevel(paragraph);
    const element = h('p', {
      role: 'option',
      id: `${idPrefix}-${index}`,
      'aria-selected': String(selected),
      'data-index': index,
      'data-style': paragraph.styleBuiltIn,
      'data-level': level ?? undefined,
      class: level ? 'heading' : paragraph.styleBuiltIn === 'Title' ? 'title' : 'body',
    });
    if (level) element.style.setProperty('--level', String(level));
    // Word draws a list item's number in front of it; it is not part of the text.
    const label = fake.listStringOf(paragraph);
    if (label) element.append(h('span', { class: 'list-number' }, label));
    for (const run of paragraph.runs) {
      const span = h('span', {}, run.text);
      if (run.bold) span.style.fontWeight = '700';
      if (run.italic) span.style.fontStyle = 'italic';
      if (run.color) span.style.color = run.color;
      // Word's highlight colours by name ("Yellow": fields left unfilled, a removed heading kept); CSS knows those names.
      if (run.highlight) span.style.backgroundColor = run.highlight;
      element.append(span);
    }
    // A comment (a removed heading kept for the user's text) shows as a tooltip, as Word shows it in the margin.
    if (paragraph.comments?.length) element.title = paragraph.comments.join('\n');
    if (paragraph.runs.every((run) => run.text === '')) element.append(h('span', { class: 'empty-paragraph', 'aria-hidden': 'true' }, '¶'));
    return element;
  }

  /** Shift selection runs from `anchor` (where it started) to `focus` (the paragraph that moves). */
  let anchor = 0;
  let focus = 0;

  function draw(): void {
    const first = fake.paragraphs.indexOf(fake.selectionStart);
    const last = fake.paragraphs.indexOf(fake.selectionEnd);
    // The word module moves the cursor too (after an insert): follow it.
    if (Math.min(anchor, focus) !== first || Math.max(anchor, focus) !== last) {
      anchor = first;
      focus = last;
    }
    const selected = new Set(fake.selectedParagraphs());
    page.replaceChildren(...fake.paragraphs.map((paragraph, index) => paragraphElement(paragraph, index, selected.has(paragraph))));
    page.setAttribute('aria-activedescendant', `${idPrefix}-${focus}`);
    drawSources();
  }

  function select(index: number, extend: boolean): void {
    focus = Math.max(0, Math.min(fake.paragraphs.length - 1, index));
    if (!extend) anchor = focus;
    // A click puts the cursor in a paragraph, as in Word; Shift selects the paragraphs in between.
    if (anchor === focus) fake.placeCursor(focus);
    else fake.select(Math.min(anchor, focus), Math.max(anchor, focus));
    draw();
    page.querySelector(`[data-index="${focus}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  page.addEventListener('click', (event) => {
    const paragraph = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (paragraph) select(Number(paragraph.dataset.index), event.shiftKey);
  });
  page.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: focus + 1, ArrowUp: focus - 1, Home: 0, End: fake.paragraphs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key], event.shiftKey);
  });

  fake.onChange(draw);
  draw();
  return panel;
}
