/**
 * What the server's renumbering answer (POST /api/outlines/renumber) asks of the document, as renumberParagraphs
 * writes it: typed markers edited, headings put in a new Word list where the answer gives a label (listString and
 * listLevel), and list items taken out of their list where the answer writes their label as text instead.
 */
import type { DocumentContents, ListPlacement, NumberingPlan, ParagraphChange } from './document.ts';

/** A paragraph as the server answers it: its text after renumbering and, for a heading Word is to number, its label and list level (1–9). */
export interface RenumberedAnswer {
  text: string;
  listString?: string | null;
  listLevel?: number | null;
  /** The count the label shows at its level (3 for 三、). */
  listValue?: number | null;
}

/**
 * The plan for `answer` (one per paragraph of `contents`, in order). The list definition is asked for only when a
 * heading's label is to change: moving every heading to a new list that would draw what it draws now is not done.
 */
export async function numberingPlan(contents: DocumentContents, answer: RenumberedAnswer[], listOoxml: string | (() => Promise<string>)): Promise<NumberingPlan> {
  const { paragraphs } = contents;
  if (answer.length !== paragraphs.length) throw new Error(`The answer has ${answer.length} paragraphs; the document has ${paragraphs.length}.`);
  const changes: ParagraphChange[] = [];
  const placements: ListPlacement[] = [];
  const detach: number[] = [];
  answer.forEach(({ text, listString, listLevel, listValue }, index) => {
    const paragraph = paragraphs[index];
    if (text !== paragraph.text) changes.push({ index, oldText: paragraph.text, newText: text });
    if (listString != null && listLevel != null) placements.push({ index, listString, listLevel, ...(listValue != null ? { listValue } : {}) });
    // 转为文本编号: the label is written in front of the text, and the list must stop drawing it.
    else if (paragraph.isListItem && paragraph.listString !== undefined && text !== paragraph.text) detach.push(index);
  });
  const relabels = placements.some(({ index, listString }) => !paragraphs[index].isListItem || paragraphs[index].listString !== listString);
  if (!relabels) return { changes, detach };
  return { changes, detach, list: { ooxml: typeof listOoxml === 'string' ? listOoxml : await listOoxml(), placements } };
}

/**
 * The outline to ask POST /api/outlines/ooxml for (numbering "list", the target style) to get a list definition:
 * two headings, because Word gives the last paragraph of an inserted package the paragraph mark it lands on, list
 * and all (OfficeDev/office-js#2914), and the list is read from the first. Their text never stays in the document.
 */
export const listDefinitionNodes = [
  { title: '编号', children: [] },
  { title: '编号', children: [] },
];

/**
 * Where the levels of a new list must start for its headings to read as planned: a list starts each level at 1,
 * but a selection goes on from the headings before it (三、 after 二、) and an excerpt may open at 三、. A level's
 * start holds for every restart of it too (w:startOverride), so it is set only for a level that no heading of a
 * higher level interrupts — the placements' highest level, the only one with none above it — and there from its
 * first heading; any other difference is left to the read-back (RenumberOutcome.labelMismatches).
 */
export function levelStarts(placements: ListPlacement[]): Array<{ listLevel: number; start: number }> {
  const highest = placements.reduce((min, { listLevel }) => Math.min(min, listLevel), Number.POSITIVE_INFINITY);
  const first = placements.find(({ listLevel }) => listLevel === highest);
  return first?.listValue !== undefined && first.listValue !== 1 ? [{ listLevel: highest, start: first.listValue }] : [];
}
