// Splits text that arrives in chunks into numbered lines, refusing any line longer than a cap
// without ever holding it: a 50 MB line costs one error, not 50 MB of memory or a frozen parser.

/** One complete line (without its line break), or the number of a line that was too long. */
export type SplitLine = { line: number; text: string } | { line: number; tooLong: true };

export interface LineSplitter {
  /** Feeds the next chunk; returns the lines it completed. */
  push(chunk: string): SplitLine[];
  /** Ends the input; returns the last line if the text did not end with a line break. */
  end(): SplitLine[];
}

/** A splitter for `\n` and `\r\n` line breaks, numbering lines from 1. */
export function createLineSplitter(maxLineLength: number): LineSplitter {
  let partial = '';
  let tooLong = false;
  let line = 1;
  const finish = (out: SplitLine[], text: string) => {
    if (tooLong || text.length > maxLineLength) out.push({ line, tooLong: true });
    else out.push({ line, text: text.endsWith('\r') ? text.slice(0, -1) : text });
    line++;
    tooLong = false;
  };
  return {
    push(chunk) {
      const out: SplitLine[] = [];
      let from = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
        const piece = chunk.slice(from, nl);
        finish(out, tooLong ? '' : partial + piece);
        partial = '';
        from = nl + 1;
      }
      if (!tooLong) {
        partial += chunk.slice(from);
        // +1: a trailing '\r' of a CRLF may still be waiting for its '\n'.
        if (partial.length > maxLineLength + 1) {
          tooLong = true;
          partial = '';
        }
      }
      return out;
    },
    end() {
      const out: SplitLine[] = [];
      if (tooLong || partial.length > 0) finish(out, partial);
      partial = '';
      return out;
    },
  };
}
