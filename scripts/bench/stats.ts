// Small numeric, timing and formatting helpers shared by the bench sections.
import * as os from 'os';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values: number[]) => percentile(values, 50);

export const MB = 1024 * 1024;

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

export function size(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  return `${(bytes / 1024).toFixed(0)} KB`;
}

/** Prints rows as a plain aligned table: the first `left` columns left-aligned, the others right. */
export function table(header: string[], rows: string[][], left = 1): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** Starts a section; the load average says how busy the shared machine was meanwhile. */
export function heading(title: string): void {
  console.log(`\n== ${title} (load ${os.loadavg()[0].toFixed(2)})`);
}

export interface Measured<T> {
  wallMs: number;
  /** CPU time of this whole process (worker threads included) meanwhile: other work on the machine disturbs it far less. */
  cpuMs: number;
  value: T;
}

export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}
