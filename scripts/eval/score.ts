// Precision / recall / F1 over sets of keys, shared by every scored task.

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Tally, more: Tally): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

/** Compares predicted and gold keys; returns the tally and the keys that were missed or spurious. */
export function compare(predicted: Iterable<string>, gold: Iterable<string>): Tally & { missed: string[]; spurious: string[] } {
  const p = new Set(predicted);
  const g = new Set(gold);
  const missed = [...g].filter((k) => !p.has(k));
  const spurious = [...p].filter((k) => !g.has(k));
  return { tp: g.size - missed.length, fp: spurious.length, fn: missed.length, missed, spurious };
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function formatRow(label: string, t: Tally): string {
  const { p, r, f1 } = prf(t);
  const pct = (x: number) => x.toFixed(3);
  return `${label.padEnd(28)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}
