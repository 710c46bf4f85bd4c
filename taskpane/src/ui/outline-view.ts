/** Read-only views of server results: numbered lines indented by level, and numbering problems. */
import type { OutlineNode, Problem, RenderedLine } from '../api.ts';
import { strings } from '../i18n.ts';
import { focusableWhileScrolling, h } from './dom.ts';

/** The numbered lines; a box that scrolls (a long outline) takes the focus, so arrow keys scroll it. */
export function linesList(lines: RenderedLine[], label: string): HTMLElement {
  const list = h(
    'ol',
    { class: 'outline-lines', 'aria-label': label },
    ...lines.map((line) => {
      const item = h('li', { 'data-level': line.level }, line.text);
      item.style.setProperty('--level', String(line.level));
      return item;
    }),
  );
  focusableWhileScrolling(list);
  return list;
}

/** How many headings an outline holds, at every level. */
export function countNodes(nodes: OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/**
 * `where` names the position of a problem: a paragraph of the document, or a line of pasted text.
 * `level` keeps the page's headings in order: h2 directly in a tab, h3 under a tab's h2.
 */
export function problemsSection(problems: Problem[], where: (index: number) => string, level: 'h2' | 'h3' = 'h3'): HTMLElement {
  const heading = h(level, {}, strings.problemsHeading(problems.length));
  if (problems.length === 0) return h('section', { class: 'problems' }, heading, h('p', { class: 'muted' }, strings.noProblems));
  return h(
    'section',
    { class: 'problems' },
    heading,
    h('ul', {}, ...problems.map((problem) => h('li', { 'data-code': problem.code }, h('span', { class: 'problem-where' }, where(problem.index)), ' ', strings.problemMessage(problem)))),
  );
}
