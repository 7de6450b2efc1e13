/**
 * Check a whole training file from a byte stream: decode UTF-8 as it
 * arrives, split lines, and feed the summary. Runs in the Web Worker in the
 * browser and directly in the unit tests.
 */
import type {FormatChoice} from './checkLine';
import {DatasetSummaryBuilder, type DatasetSummary} from './datasetSummary';
import {LineSplitter, MAX_LINE_CHARS} from './lines';
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

export interface CheckStreamOptions {
  format: FormatChoice;
  counter: TokenCounter;
  totalBytes: number;
  onProgress?: (progress: CheckProgress) => void;
  maxLineChars?: number;
}

export async function checkStream(stream: ReadableStream<Uint8Array>, options: CheckStreamOptions): Promise<CheckOutcome> {
  const builder = new DatasetSummaryBuilder(options.format, options.counter);
  const splitter = new LineSplitter(options.maxLineChars ?? MAX_LINE_CHARS);
  // The default decoder drops a leading BOM and turns bytes that are not UTF-8 into U+FFFD.
  const decoder = new TextDecoder('utf-8');
  const reader = stream.getReader();
  const onLine = builder.add.bind(builder);
  let bytesRead = 0;
  let first = true;
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      if (first && value.length > 0) {
        first = false;
        const sniffed = sniffStart(value);
        if (sniffed === 'bom') builder.noteByteOrderMark();
        else if (sniffed !== null) return {kind: 'refused', refusal: sniffed};
      }
      bytesRead += value.length;
      splitter.push(decoder.decode(value, {stream: true}), onLine);
      options.onProgress?.({bytesRead, totalBytes: options.totalBytes, lines: builder.lines});
    }
    splitter.push(decoder.decode(), onLine);
    splitter.end(onLine);
  } finally {
    reader.releaseLock();
  }
  options.onProgress?.({bytesRead, totalBytes: options.totalBytes, lines: builder.lines});
  return {kind: 'checked', summary: builder.finish()};
}
