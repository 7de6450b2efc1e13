/** Messages between the page and the checking worker. */
import type {FormatChoice} from './checkLine';
import type {CheckOutcome, CheckProgress} from './checkStream';

export interface CheckRequest {
  /** The picked or dropped File, the pasted text, or the fetched sample: read as a stream, never copied whole. */
  source: Blob;
  format: FormatChoice;
}

export type CheckReply =
  | {type: 'progress'; progress: CheckProgress}
  | {type: 'done'; outcome: CheckOutcome}
  | {type: 'failed'; message: string};
