import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/fleet/csv.ts';

describe('reading CSV dialects', () => {
  it('drops a UTF-8 byte-order mark so the first header is read by its name', () => {
    expect(readCsv('\ufeffsource,target\nsql-server,azure-sql-database\n').header?.cells).toEqual(['source', 'target']);
  });

  it('detects a semicolon separator', () => {
    const table = readCsv('name;source;target\ncrm;sql-server;azure-sql-database\n');
    expect(table.records[0].cells).toEqual(['crm', 'sql-server', 'azure-sql-database']);
  });

  it('reads quoted cells holding separators, doubled quotes and line breaks', () => {
    const table = readCsv('name,source\r\n"Billing, EU",a\r\n"say ""hi""",b\r\n"two\r\nlines",c\r\n');
    expect(table.records.map((r) => r.cells)).toEqual([['Billing, EU', 'a'], ['say "hi"', 'b'], ['two\r\nlines', 'c']]);
  });

  it('numbers records by the file line they start on, past blank lines and multi-line cells', () => {
    const table = readCsv('name,source\r\n\r\n"a\r\nb",x\r\n,\r\nc,y\r\nlast,z');
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([[3, 'a\r\nb'], [6, 'c'], [7, 'last']]);
  });

  it('numbers LF and CRLF files alike', () => {
    const lf = readCsv('h,i\n1,2\n\n3,4\n').records.map((r) => r.line);
    const crlf = readCsv('h,i\r\n1,2\r\n\r\n3,4\r\n').records.map((r) => r.line);
    expect(lf).toEqual([2, 4]);
    expect(crlf).toEqual(lf);
  });

  it('reports a quoted cell left open', () => {
    const table = readCsv('name,source\n"open,x\n');
    expect(table.records[0].quoteProblem).toMatch(/unterminated/i);
  });
});
