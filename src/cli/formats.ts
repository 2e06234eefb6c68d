import type { DocumentJson } from './document';
import { writeJson } from './jsonWriter';

export const FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

const CSV_HEADER = ['file', 'record', 'type', 'start', 'end', 'text', 'entity', 'role', 'value', 'unit'];

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per entity mention and per figure, in document order. */
export function formatCsv(docs: DocumentJson[]): string {
  const rows: unknown[][] = [CSV_HEADER];
  for (const doc of docs) {
    const records = [
      ...doc.entities.flatMap((e) => e.mentions.map((m) => ({ at: m.start, row: [doc.file, 'mention', e.type, m.start, m.end, m.text, e.name, e.role ?? '', '', ''] }))),
      ...doc.figures.map((f) => ({ at: f.start, row: [doc.file, 'figure', f.kind, f.start, f.end, f.text, '', '', f.value, f.unit] })),
    ].sort((a, b) => a.at - b.at);
    // A loop, not push(...rows): a huge document has more rows than a call may take arguments.
    for (const record of records) rows.push(record.row);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

const PLURAL: Record<string, string> = { person: 'People', organization: 'Organizations', place: 'Places' };

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\s+/g, ' ');
}

/** A readable report: outline, entities by type, figures and sources. */
export function formatMarkdown(docs: DocumentJson[]): string {
  const out: string[] = [];
  for (const doc of docs) {
    out.push(`# ${mdEscape(doc.file)}`, '');
    const title = doc.sections.find((s) => s.kind === 'title');
    if (title) out.push(`**${mdEscape(title.text)}**`, '');
    for (const type of Object.keys(PLURAL)) {
      const list = doc.entities.filter((e) => e.type === type);
      if (!list.length) continue;
      out.push(`## ${PLURAL[type]} (${list.length})`, '');
      for (const e of [...list].sort((a, b) => b.mentions.length - a.mentions.length)) {
        const role = e.role ? ` — ${mdEscape(e.role)}` : '';
        const aliases = e.aliases.length ? ` (also: ${e.aliases.map(mdEscape).join(', ')})` : '';
        const watched = e.watched ? ' ★ watched' : '';
        out.push(`- **${mdEscape(e.name)}**${role}${aliases}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${watched}`);
      }
      out.push('');
    }
    if (doc.figures.length) {
      out.push(`## Figures (${doc.figures.length})`, '', '| figure | kind | value | unit |', '| --- | --- | --- | --- |');
      for (const f of doc.figures) out.push(`| ${mdEscape(f.text)} | ${f.kind} | ${f.value ?? ''} | ${mdEscape(f.unit ?? '')} |`);
      out.push('');
    }
    if (doc.citations.length) {
      out.push(`## Sources (${doc.citations.length})`, '');
      for (const c of doc.citations) out.push(`- ${mdEscape(c.source)}: ${c.dates.map(mdEscape).join(', ')}`);
      out.push('');
    }
    if (doc.sections.length) {
      out.push('## Outline', '');
      for (const s of doc.sections) {
        out.push(`- ${s.kind} (line ${s.line + 1}): ${mdEscape(s.text)}`);
        for (const c of s.children) out.push(`  - ${c.kind} (line ${c.line + 1}): ${mdEscape(c.text)}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** Writes the documents in `format` through `out`; JSON goes in pieces (see jsonWriter.ts). */
export function render(format: Format, docs: DocumentJson[], out: (text: string) => void): void {
  switch (format) {
    case 'json':
      writeJson(docs, out, '  ');
      return out('\n');
    case 'jsonl':
      for (const doc of docs) {
        writeJson(doc, out);
        out('\n');
      }
      return;
    case 'csv':
      return out(formatCsv(docs));
    case 'md':
      return out(formatMarkdown(docs));
  }
}
