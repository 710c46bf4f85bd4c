import type { FileDelivery } from '../office-host.ts';
import type { Session } from '../session.ts';
import type { StatusRegion } from './status.ts';
import type { StyleCatalog } from './style-catalog.ts';
import type { WordOutputChoice } from './word-output.ts';

/** What every tab shares. */
export interface AppContext {
  status: StatusRegion;
  /** The numbering styles of every picker; they change when the session does. */
  styles: StyleCatalog;
  /** False when Word is too old for the word module: document operations then only explain why. */
  wordReady: boolean;
  /** False without WordApi 1.4: the document cannot remember which template it came from. */
  settingsReady: boolean;
  session: Session;
  /** 编号方式 and 排版: how every tab inserts and exports outlines, remembered on this computer. */
  output: WordOutputChoice;
  /** How a file (an exported .docx) can be handed to the user where the page runs. */
  fileDelivery: FileDelivery;
}
