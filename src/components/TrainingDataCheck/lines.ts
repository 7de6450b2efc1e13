/**
 * Splits decoded text into lines as it streams in, without ever holding more
 * than one line: a line longer than `maxChars` is counted, not kept, so a
 * 10 MB line cannot blow up memory.
 */

/**
 * No model in T1.9 trains on an example near this long: 1,000,000 characters
 * is roughly 250,000 tokens of English, twice the largest context window there
 * (128K tokens).
 */
export const MAX_LINE_CHARS = 1_000_000;

export type SplitLine =
  | {number: number; text: string; crlf: boolean}
  | {number: number; overlongChars: number};

export class LineSplitter {
  private pieces: string[] = [];
  private length = 0;
  private overlong = false;
  private lineNumber = 0;

  constructor(private readonly maxChars = MAX_LINE_CHARS) {}

  /** Feed the next piece of text; `onLine` gets every line it completes. */
  push(chunk: string, onLine: (line: SplitLine) => void): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) {
        if (start < chunk.length) this.append(chunk.slice(start));
        return;
      }
      this.append(chunk.slice(start, newline));
      onLine(this.take());
      start = newline + 1;
    }
  }

  /** The file ended: a last line without a newline still counts. */
  end(onLine: (line: SplitLine) => void): void {
    if (this.length > 0) onLine(this.take());
  }

  private append(piece: string): void {
    if (piece.length === 0) return;
    this.length += piece.length;
    if (this.overlong) return;
    if (this.length > this.maxChars) {
      this.overlong = true;
      this.pieces = [];
      return;
    }
    this.pieces.push(piece);
  }

  private take(): SplitLine {
    this.lineNumber += 1;
    const number = this.lineNumber;
    let line: SplitLine;
    if (this.overlong) {
      line = {number, overlongChars: this.length};
    } else {
      const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
      const crlf = text.endsWith('\r');
      line = {number, text: crlf ? text.slice(0, -1) : text, crlf};
    }
    this.pieces = [];
    this.length = 0;
    this.overlong = false;
    return line;
  }
}
