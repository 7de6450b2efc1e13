/**
 * Check a whole training file from a byte stream: decode UTF-8 as it
 * arrives, split lines, and feed the summary. Runs in the Web Worker in the
 * browser and directly in the unit tests.
 */
import type {FormatChoice} from './checkLine';
import {DatasetSummaryBuilder, type DatasetSummary} from './datasetSummary';
import {LineSplitter, MAX_LINE_CHARS, type SplitLine} from './lines';
import type {TokenCounter} from './tokenCounter';

export interface CheckProgress {
  bytesRead: number;
  totalBytes: number;
  lines: number;
}

/** A file the checker refuses to read as text, and why. */
export interface FileRefusal {
  kind: 'binary' | 'utf16';
  message: string;
}

export type CheckOutcome = {kind: 'checked'; summary: DatasetSummary} | {kind: 'refused'; refusal: FileRefusal};

/** How far into the file to look for NUL bytes: text never has them, binary formats almost always do early. */
const BINARY_SNIFF_BYTES = 64 * 1024;

export function sniffStart(bytes: Uint8Array): FileRefusal | 'bom' | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {kind: 'utf16', message: 'This file is UTF-16 text. Fine-tuning files must be UTF-8: save it again as UTF-8 and check it here.'};
  }
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      return {kind: 'binary', message: 'This is a binary file (it contains zero bytes), not JSONL text. Pick the .jsonl file itself, not an archive, spreadsheet or image.'};
    }
  }
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'bom' : null;
}

export interface StreamLinesOptions {
  /** Gets every line, numbered from 1; a line over the limit comes as its length only. */
  onLine: (line: SplitLine) => void;
  /** The file starts with a UTF-8 byte-order mark (dropped from the text). */
  onByteOrderMark?: () => void;
  /** After each chunk: bytes read so far. */
  onBytes?: (bytesRead: number) => void;
  maxLineChars?: number;
}

/**
 * Reads a byte stream as UTF-8 lines without holding more than one line: refuses binary and UTF-16 files from their
 * first bytes. The training-data checker and the blind rater read files through it.
 */
export async function streamLines(stream: ReadableStream<Uint8Array>, options: StreamLinesOptions): Promise<FileRefusal | null> {
  const splitter = new LineSplitter(options.maxLineChars ?? MAX_LINE_CHARS);
  // The default decoder drops a leading BOM and turns bytes that are not UTF-8 into U+FFFD.
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  const {onLine} = options;
  let bytesRead = 0;
  let first = true;
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      if (first && value.length > 0) {
        first = false;
        const sniffed = sniffStart(value);
        if (sniffed === 'bom') options.onByteOrderMark?.();
        else if (sniffed !== null) return sniffed;
      }
      bytesRead += value.length;
      splitter.push(decoder.decode(value, {stream: true}), onLine);
      options.onBytes?.(bytesRead);
    }
    splitter.push(decoder.decode(), onLine);
    splitter.end(onLine);
  } finally {
    reader.releaseLock();
  }
  return null;
}

export interface CheckStreamOptions {
  format: FormatChoice;
  counter: TokenCounter;
  totalBytes: number;
  onProgress?: (progress: CheckProgress) => void;
  maxLineChars?: number;
}

export async function checkStream(stream: ReadableStream<Uint8Array>, options: CheckStreamOptions): Promise<CheckOutcome> {
  const builder = new DatasetSummaryBuilder(options.format, options.counter);
  let bytesRead = 0;
  const refusal = await streamLines(stream, {
    onLine: builder.add.bind(builder),
    onByteOrderMark: () => builder.noteByteOrderMark(),
    onBytes(read) {
      bytesRead = read;
      options.onProgress?.({bytesRead, totalBytes: options.totalBytes, lines: builder.lines});
    },
    maxLineChars: options.maxLineChars,
  });
  if (refusal) return {kind: 'refused', refusal};
  options.onProgress?.({bytesRead, totalBytes: options.totalBytes, lines: builder.lines});
  return {kind: 'checked', summary: builder.finish()};
}
