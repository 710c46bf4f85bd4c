/**
 * What changed between two versions of an outline, heading by heading, for the version history.
 *
 * A UI comparison, not numbering: it compares the titles (markers are already stripped by the
 * server) and levels of the two trees in document order. Headings kept in the same order match
 * (longest common subsequence); between two matches, a removed and an added heading of the same
 * title or the same level are one heading changed (renamed, or moved to another level).
 */
import type { OutlineNode } from '../api.ts';

export interface DiffHeading {
  level: number;
  title: string;
}

export type DiffChange = { kind: 'added'; after: DiffHeading } | { kind: 'removed'; before: DiffHeading } | { kind: 'changed'; before: DiffHeading; after: DiffHeading };

export interface OutlineDiff {
  /** In document order. */
  changes: DiffChange[];
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** Past this many cells the LCS table is too big for a taskpane: the middle is compared as "all replaced". */
const maxTableCells = 4_000_000;

export function flattenOutline(nodes: OutlineNode[], level = 1, into: DiffHeading[] = []): DiffHeading[] {
  for (const node of nodes) {
    into.push({ level, title: node.title.trim() });
    flattenOutline(node.children ?? [], level + 1, into);
  }
  return into;
}

const same = (a: DiffHeading, b: DiffHeading) => a.level === b.level && a.title === b.title;

/** Pairs of indexes [i in before, j in after] of a longest common subsequence. */
function commonSubsequence(before: DiffHeading[], after: DiffHeading[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  if (n === 0 || m === 0 || n * m > maxTableCells) return [];
  // lengths[i][j]: LCS of before[i..] and after[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = same(before[i], after[j]) ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(before[i], after[j])) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** The headings removed and added between two matches: pair the ones that are one heading changed. */
function gapChanges(removed: DiffHeading[], added: DiffHeading[]): DiffChange[] {
  const changes: DiffChange[] = [];
  let r = 0;
  let a = 0;
  while (r < removed.length || a < added.length) {
    const before = removed[r];
    const after = added[a];
    if (before && after && (before.title === after.title || before.level === after.level)) {
      changes.push({ kind: 'changed', before, after });
      r++;
      a++;
    } else if (before && removed.length - r >= added.length - a) {
      // Cannot pair: the side with more headings left goes first, so that later ones may still pair.
      changes.push({ kind: 'removed', before });
      r++;
    } else {
      changes.push({ kind: 'added', after });
      a++;
    }
  }
  return changes;
}

export function diffOutlines(beforeNodes: OutlineNode[], afterNodes: OutlineNode[]): OutlineDiff {
  const before = flattenOutline(beforeNodes);
  const after = flattenOutline(afterNodes);

  // The common head and tail cost nothing; only the middle needs the table.
  let head = 0;
  while (head < before.length && head < after.length && same(before[head], after[head])) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && same(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  const middleBefore = before.slice(head, before.length - tail);
  const middleAfter = after.slice(head, after.length - tail);

  const changes: DiffChange[] = [];
  let i = 0;
  let j = 0;
  for (const [matchI, matchJ] of [...commonSubsequence(middleBefore, middleAfter), [middleBefore.length, middleAfter.length] as [number, number]]) {
    changes.push(...gapChanges(middleBefore.slice(i, matchI), middleAfter.slice(j, matchJ)));
    i = matchI + 1;
    j = matchJ + 1;
  }

  const count = (kind: DiffChange['kind']) => changes.filter((change) => change.kind === kind).length;
  const added = count('added');
  const removed = count('removed');
  const changed = count('changed');
  return { changes, added, removed, changed, unchanged: after.length - added - changed };
}
