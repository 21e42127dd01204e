import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCsv, neutralizeFormula, parseCsv, quoteCsvCell } from './csv.js';

describe('CSV (RFC 4180)', () => {
  test('quotes cells with commas, quotes and line breaks, and ends every record with CRLF', () => {
    expect(formatCsv([['a', 'b,c'], ['say "hi"', 'two\nlines']])).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  test('neutralises cells a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', 'plain', 'a=b'].map(neutralizeFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      'plain',
      'a=b',
    ]);
    expect(formatCsv([['=HYPERLINK("http://evil.example")']])).toBe(`"'=HYPERLINK(""http://evil.example"")"\r\n`);
  });

  test('quoteCsvCell leaves plain cells alone', () => {
    expect(quoteCsvCell('PSL_NAME')).toBe('PSL_NAME');
  });

  test('any table survives format → parse, with formula cells neutralised', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '=', '-', ' ', 'ä') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(formatCsv(rows))).toEqual(rows.map((row) => row.map(neutralizeFormula)));
      }),
    );
  });
});
