// 100 generated malformed files, CSV and JSON Lines: a valid file of random orders (blank lines
// between them, LF or CRLF, read whole or in random chunks) with one line broken the ways files
// get broken (a field that is not a number or a date, a negative or fractional amount, an empty
// key, a field too many or too few, broken JSON, binary bytes, a 10 KB line, a repeated id, a
// misnamed header column). Each is refused, nothing of it is returned, and the broken line is
// named by its number in the file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { malformedArb } from '../../../tests/fuzz/files';
import { createEventImport, type ImportResult } from './parse';

/** Reads `text` cut at the given offsets into chunks, as a file stream delivers it. */
function read(text: string, cuts: number[]): ImportResult {
  const reader = createEventImport();
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.end();
}

describe('100 generated malformed CSV and JSON Lines files', () => {
  it('each is refused whole, naming the broken line by its number', () => {
    fc.assert(
      fc.property(malformedArb, fc.array(fc.nat(), { maxLength: 8 }), (file, cuts) => {
        const result = read(file.text, cuts);
        expect(result.ok, file.why).toBe(false);
        if (result.ok) return;
        expect('events' in result).toBe(false);
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errorCount).toBeGreaterThanOrEqual(result.errors.length);
        // Only the broken line is named (a repeated id names its second line).
        expect(
          result.errors.map((e) => e.line),
          file.why,
        ).toEqual([file.line]);
        expect(result.errors[0]!.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
