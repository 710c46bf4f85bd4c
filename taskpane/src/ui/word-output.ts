/**
 * How outlines go into Word and into an exported .docx, chosen once for every tab that inserts one
 * (模板, 导入, 团队) and remembered on this computer as the session is (the add-in's own storage, in
 * Office's partition): 编号方式 (literal markers, or Word's own list numbering) and 排版 (none, or
 * 公文 with level 3 bold or not).
 */
import type { ListNumbering, Typography, TypographyPreset } from '../api.ts';
import type { Session } from '../session.ts';

export interface WordOutput {
  numbering: ListNumbering;
  typography: TypographyPreset;
  boldLevel3: boolean;
}

export const wordOutputStorageKey = 'outline-addin.word-output';

/** 文本编号 and no typography: what inserting did before there was a choice. */
export const defaultWordOutput: WordOutput = { numbering: 'text', typography: 'none', boldLevel3: false };

/** What was stored, each part checked: a part missing or unknown (an older or a damaged value) is the default's. */
export function parseWordOutput(stored: string | null): WordOutput {
  let value: Partial<Record<keyof WordOutput, unknown>> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (typeof parsed === 'object' && parsed !== null) value = parsed;
  } catch {
    // Not JSON: the defaults.
  }
  return {
    numbering: value.numbering === 'list' ? 'list' : 'text',
    typography: value.typography === 'gongwen' ? 'gongwen' : 'none',
    boldLevel3: value.boldLevel3 === true,
  };
}

/** The package's typography for `output`, written to the document's styles or onto the headings. */
export function typographyOf(output: WordOutput, application: Typography['application'] = 'styles'): Typography {
  return output.typography === 'gongwen' ? { preset: 'gongwen', boldLevel3: output.boldLevel3, application } : { preset: 'none' };
}

export class WordOutputChoice {
  private value: WordOutput;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly session: Pick<Session, 'read' | 'write'>) {
    this.value = parseWordOutput(session.read(wordOutputStorageKey));
  }

  get current(): WordOutput {
    return this.value;
  }

  /** Every tab's controls follow a change made in one of them. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  set(change: Partial<WordOutput>): void {
    this.value = { ...this.value, ...change };
    this.session.write(wordOutputStorageKey, JSON.stringify(this.value));
    for (const listener of this.listeners) listener();
  }
}
