/**
 * How the paragraphs of an inserted outline, as read, become the merged outline the server computed (POST
 * /api/outlines/merge): which paragraphs stay where they are, which move, which are new, which go. Pure: the
 * Word calls are in document.ts (applyOutlineMerge).
 *
 * Edits in place are preferred: the paragraphs that keep their relative order (the longest run of sources in
 * increasing order) stay and only the others move, so a merge that reorders one section moves that section's
 * paragraphs, not the whole outline. Checks the server's answer before anything is written: a body paragraph of
 * the user's is never dropped, duplicated or rewritten.
 */
export interface OutlineParagraph {
  text: string;
  /** 1–9 for a heading, null for body text. */
  outlineLevel: number | null;
}

export interface MergedParagraph {
  text: string;
  level: number | null;
  origin: 'kept' | 'moved' | 'new' | 'removed-kept';
  /** Index into the paragraphs read; null for a new heading. */
  source: number | null;
}

export type MergeStep =
  /** A paragraph that stays in place; a heading may get `text` (its marker or title changed). */
  | { kind: 'stay'; source: number; text: string; marked: boolean }
  /** A paragraph that moves here, its formatting with it; a heading may get `text`. */
  | { kind: 'move'; source: number; text: string; marked: boolean }
  /** A heading the new version adds, empty. */
  | { kind: 'new'; text: string; level: number };

export interface OutlineMergePlan {
  /** One per merged paragraph, in the merged order. */
  steps: MergeStep[];
  /** Headings of the paragraphs read that the merge drops (the new version removed them, with nothing of the user's under them). */
  deleted: number[];
}

/** The server's answer cannot be applied to the paragraphs read without losing or changing the user's text: nothing is written. */
export class InvalidMergeError extends Error {
  constructor(detail: string) {
    super(`The merge cannot be applied: ${detail}`);
    this.name = 'InvalidMergeError';
  }
}

export function outlineMergePlan(read: OutlineParagraph[], merged: MergedParagraph[]): OutlineMergePlan {
  const used = new Set<number>();
  for (const [position, paragraph] of merged.entries()) {
    if (paragraph.source === null) {
      if (paragraph.level === null || !Number.isInteger(paragraph.level) || paragraph.level < 1 || paragraph.level > 9) throw new InvalidMergeError(`new paragraph ${position} is not a heading.`);
      continue;
    }
    const original = read[paragraph.source];
    if (!Number.isInteger(paragraph.source) || !original) throw new InvalidMergeError(`paragraph ${position} comes from paragraph ${paragraph.source}, which was not read.`);
    if (used.has(paragraph.source)) throw new InvalidMergeError(`paragraph ${paragraph.source} appears twice.`);
    used.add(paragraph.source);
    const isBody = original.outlineLevel === null;
    if (isBody && (paragraph.level !== null || paragraph.text !== original.text)) throw new InvalidMergeError(`body paragraph ${paragraph.source} would be changed.`);
    if (!isBody && paragraph.level === null) throw new InvalidMergeError(`heading ${paragraph.source} would become body text.`);
  }
  const deleted = read.flatMap((_, index) => (used.has(index) ? [] : [index]));
  const lost = deleted.find((index) => read[index].outlineLevel === null);
  if (lost !== undefined) throw new InvalidMergeError(`body paragraph ${lost} would be lost.`);

  const staying = longestIncreasing(merged.flatMap((paragraph) => (paragraph.source === null ? [] : [paragraph.source])));
  const steps = merged.map((paragraph): MergeStep => {
    if (paragraph.source === null) return { kind: 'new', text: paragraph.text, level: paragraph.level! };
    const marked = paragraph.origin === 'removed-kept';
    return { kind: staying.has(paragraph.source) ? 'stay' : 'move', source: paragraph.source, text: paragraph.text, marked };
  });
  return { steps, deleted };
}

/** The values of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)). */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]] < values[i]) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? tails[low - 1] : -1;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(values[i]);
  return kept;
}
