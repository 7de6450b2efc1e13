/**
 * Reads a whole evaluation file from a byte stream: every usable prompt, a message per bad line, and a fingerprint of
 * the content under which the rater keeps progress. Runs in the Web Worker in the browser and directly in the tests.
 */
import {Hash53} from '@site/src/components/TrainingDataCheck/hash';
import {streamLines, type FileRefusal} from '@site/src/components/TrainingDataCheck/checkStream';
import type {SplitLine} from '@site/src/components/TrainingDataCheck/lines';
import {readEvaluationLine, type EvaluationPrompt, type LineProblem} from './evaluationFile';

/** The problems list keeps this many; the count is always complete. */
export const MAX_LISTED_PROBLEMS = 1_000;
/** More prompts than a rater can rate by hand; progress for them would not fit the browser's storage either. */
export const MAX_PROMPTS = 20_000;

export interface EvaluationFile {
  prompts: EvaluationPrompt[];
  problems: LineProblem[];
  errorLines: number;
  warningCount: number;
  lines: number;
  /** Content fingerprint: a 53-bit hash of every line plus the line count (progress is stored under it). */
  fingerprint: string;
  /** Lines past MAX_PROMPTS that were not read as prompts. */
  skippedPrompts: number;
}

export type ReadOutcome = {kind: 'read'; file: EvaluationFile} | {kind: 'refused'; refusal: FileRefusal};

export async function readEvaluationStream(stream: ReadableStream<Uint8Array>, onBytes?: (bytesRead: number, lines: number) => void): Promise<ReadOutcome> {
  const prompts: EvaluationPrompt[] = [];
  const problems: LineProblem[] = [];
  const hash = new Hash53();
  let errorLines = 0;
  let warningCount = 0;
  let lines = 0;
  let skippedPrompts = 0;
  const note = (problem: LineProblem) => {
    if (problem.severity === 'error') errorLines++;
    else warningCount++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
  };
  const onLine = (line: SplitLine) => {
    lines = line.number;
    // The fingerprint covers the text as read (line endings normalised), so a CRLF copy of a file keeps its progress.
    if ('text' in line) for (let i = 0; i < line.text.length; i++) hash.code(line.text.charCodeAt(i));
    else hash.code(line.overlongChars);
    hash.code(10);
    const reading = readEvaluationLine(line);
    if (reading.kind === 'blank') return;
    if (reading.kind === 'problem') return note(reading.problem);
    if (prompts.length >= MAX_PROMPTS) {
      skippedPrompts++;
      return;
    }
    prompts.push(reading.prompt);
    reading.warnings.forEach(note);
  };
  const refusal = await streamLines(stream, {onLine, onBytes: (read) => onBytes?.(read, lines)});
  if (refusal) return {kind: 'refused', refusal};
  const fingerprint = `${hash.digest().toString(36)}-${lines.toString(36)}`;
  return {kind: 'read', file: {prompts, problems, errorLines, warningCount, lines, fingerprint, skippedPrompts}};
}
