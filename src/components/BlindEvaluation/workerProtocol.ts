/** Messages between the page and the rater's worker, which reads the file and later checks its responses' format. */
import type {FileRefusal} from '@site/src/components/TrainingDataCheck/checkStream';
import type {ComplianceOutcome} from './formatCompliance';
import type {EvaluationFile} from './readEvaluationFile';

export type WorkerRequest =
  /** Read a picked, dropped, pasted or fetched file as a stream; the worker keeps its prompts for format checks. */
  | {type: 'read'; source: Blob}
  | {type: 'check-format'; schemaText: string};

export type WorkerReply =
  | {type: 'progress'; bytesRead: number; totalBytes: number; lines: number}
  | {type: 'read'; file: EvaluationFile}
  | {type: 'refused'; refusal: FileRefusal}
  | {type: 'format'; outcome: ComplianceOutcome}
  | {type: 'failed'; message: string};
