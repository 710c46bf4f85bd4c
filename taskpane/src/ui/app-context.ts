import type { NumberingStyle } from '../api.ts';
import type { Session } from '../session.ts';
import type { StatusRegion } from './status.ts';

/** What every tab shares. */
export interface AppContext {
  status: StatusRegion;
  styles: NumberingStyle[];
  /** False when Word is too old for the word module: document operations then only explain why. */
  wordReady: boolean;
  /** False without WordApi 1.4: the document cannot remember which template it came from. */
  settingsReady: boolean;
  session: Session;
}
