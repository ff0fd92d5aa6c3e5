/**
 * Reading a published timing table (a tool's `benchmark`): minutes for a size in decimal GB.
 * Between rows the time is interpolated linearly. Below the first row it is taken as proportional
 * to size (1 GB in 1 minute reads 0.5 GB as 30 seconds). Past the last row it continues at the
 * slope of the last two rows: the table's own pace at its largest sizes, which assumes no
 * slow-down the documents do not report.
 */
export interface BenchmarkRow {
  gb: number;
  minutes: number;
}

export function benchmarkMinutes(rows: readonly BenchmarkRow[], gb: number): number {
  if (rows.length === 0 || !(gb > 0)) return 0;
  const first = rows[0];
  if (gb <= first.gb) return (first.minutes * gb) / first.gb;
  for (let i = 1; i < rows.length; i += 1) {
    const [a, b] = [rows[i - 1], rows[i]];
    if (gb <= b.gb) return a.minutes + ((b.minutes - a.minutes) * (gb - a.gb)) / (b.gb - a.gb);
  }
  const [a, b] = [rows[rows.length - 2] ?? { gb: 0, minutes: 0 }, rows[rows.length - 1]];
  return b.minutes + ((b.minutes - a.minutes) * (gb - b.gb)) / (b.gb - a.gb);
}

/** How the size was read against the table, in words: "between the 500 GB and 1,000 GB rows". */
export function benchmarkReading(rows: readonly BenchmarkRow[], gb: number): 'exact' | 'interpolated' | 'below' | 'beyond' {
  if (rows.some((row) => row.gb === gb)) return 'exact';
  if (gb < rows[0].gb) return 'below';
  if (gb > rows[rows.length - 1].gb) return 'beyond';
  return 'interpolated';
}
