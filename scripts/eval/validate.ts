// Consistency checks for a gold briefing (the ones its README promises), so that an edited text
// with stale offsets is reported instead of silently mis-scored.
import type { GoldBriefing } from './gold';

export function goldProblems(gold: GoldBriefing): string[] {
  const { text } = gold;
  const problems: string[] = [];
  const where = (s: { start: number; end: number; text: string }) => `${gold.file} ${s.start}-${s.end} «${s.text}»`;
  const mentions = gold.entities
    .flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
    .sort((a, b) => a.start - b.start);
  for (const s of [...mentions, ...gold.figures, ...gold.citations]) {
    if (text.slice(s.start, s.end) !== s.text) problems.push(`span does not match the text: ${where(s)}`);
  }
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start < mentions[i - 1].end) problems.push(`mentions overlap: ${where(mentions[i])}`);
  }
  for (const c of gold.citations) {
    const inside = (s: { start: number; end: number }) => s.start >= c.start && s.end <= c.end;
    for (const source of c.source.split('; ')) {
      const named = mentions.some((m) => m.type === 'organization' && inside(m) && m.text.replace(/\s+/g, ' ') === source);
      if (!named) problems.push(`citation source is no organization mention inside it: ${where(c)}`);
    }
    if (!gold.figures.some((f) => f.kind === 'date' && inside(f))) problems.push(`citation without a date figure: ${where(c)}`);
  }
  const lines = text.split('\n');
  for (const s of gold.sections) {
    if ((lines[s.line] ?? '').trim().slice(0, 60) !== s.text) problems.push(`section text differs from line ${s.line}: ${gold.file}`);
  }
  return problems;
}
