/** What 更新到新版本 does to an outline, counted: the preview's first line and the message after 应用. */
import type { MergeResult } from '../api.ts';

export interface MergeCounts {
  kept: number;
  moved: number;
  added: number;
  removedKept: number;
  removed: number;
  body: number;
}

/** How many headings of the result came from where, how many the new version dropped, and the body paragraphs carried along. */
export function countMerge(merge: MergeResult): MergeCounts {
  const headings = merge.paragraphs.filter((paragraph) => paragraph.level !== null && paragraph.level !== undefined);
  const count = (origin: MergeResult['paragraphs'][number]['origin']) => headings.filter((paragraph) => paragraph.origin === origin).length;
  return {
    kept: count('kept'),
    moved: count('moved'),
    added: count('new'),
    removedKept: count('removed-kept'),
    removed: merge.removed.length,
    body: merge.paragraphs.length - headings.length,
  };
}
