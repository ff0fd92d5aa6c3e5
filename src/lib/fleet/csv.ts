import Papa from 'papaparse';

/** One record of the file: its cells as text and the line it starts on. */
export interface CsvRecord {
  /** 1-based line of the file where the record starts; a quoted cell may carry it over several lines. */
  line: number;
  cells: string[];
  /** Papa Parse's complaint about the record's quotes, when it has one. */
  quoteProblem?: string;
}

export interface CsvTable {
  header: CsvRecord | undefined;
  records: CsvRecord[];
}

/** Separators a spreadsheet writes: comma, semicolon (where the comma is the decimal mark), tab. */
const DELIMITERS = [',', ';', '\t'];

const LINE_BREAK = /\r\n|\r|\n/g;
const breaksIn = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/**
 * Reads CSV text with Papa Parse: a UTF-8 byte-order mark is dropped, the separator is detected,
 * quoted cells may hold separators, quotes and line breaks, and rows whose cells are all empty (a
 * spreadsheet's trailing rows) are skipped. Each record keeps the line it starts on, worked out
 * from where Papa Parse says it ends less the line breaks inside its own cells.
 */
export function readCsv(text: string): CsvTable {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  // Line breaks counted so far, and up to which offset: the scan moves forward only.
  let counted = 0;
  let scanned = 0;
  Papa.parse<string[]>(input, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
    step(result) {
      const cells = result.data;
      const linebreak = result.meta.linebreak || '\n';
      // The record's end, before the line break that closes it.
      let end = result.meta.cursor;
      if (input.endsWith(linebreak, end) && end > 0) end -= linebreak.length;
      counted += breaksIn(input.slice(scanned, end));
      scanned = end;
      const inside = cells.reduce((sum, cell) => sum + breaksIn(cell), 0);
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      records.push({ line: 1 + counted - inside, cells, ...(quotes && { quoteProblem: quotes.message }) });
    },
  });
  return { header: records[0], records: records.slice(1) };
}
