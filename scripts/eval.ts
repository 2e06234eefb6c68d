// `npm run eval`: scores the engine on the hand-annotated briefings and on CoNLL-2003 dev, next to
// raw compromise. Both sets live in ../shared and are read in place; an absent set is skipped.
// A third set, our own fictional briefings in test/fixtures/heldout, is held out from engine work
// so that it measures unseen text; it lives in the repository and is always scored. A fourth set,
// test/fixtures/heldout-2, is blind: the first held-out set has steered fixes, this one has not.
// Errors of the dev briefings are always listed (the work list); --errors lists every set's misses
// and false alarms too. Flags: --errors, --json FILE (write the figures), --no-conll.
import * as fs from 'fs';
import { analyze } from '../src/core/analyze';
import type { Analysis, Section } from '../src/core/types';
import { baselineEntities, baselineFigures } from './eval/baseline';
import { GoldBriefing, GoldConll, heldoutDir, loadBriefings, loadConll, sharedDir } from './eval/gold';
import { Tally, add, compare, emptyTally, formatRow, prf } from './eval/score';
import { goldProblems } from './eval/validate';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

type Tallies = Record<string, Tally>;
const results: Record<string, Tallies> = {};

function tally(group: string, label: string, t: Tally): void {
  results[group] ??= {};
  results[group][label] ??= emptyTally();
  add(results[group][label], t);
}

function report(group: string, label: string, keys: ReturnType<typeof compare>, doc: string, text: string): void {
  tally(group, label, keys);
  // The held-out sets stay out of the default list: reading their errors is how a set stops being blind.
  if (!showErrors && group !== 'briefings') return;
  const show = (k: string) => {
    const [, s, e] = k.split('|');
    const start = Number(s);
    const end = Number(e);
    return Number.isFinite(start) && Number.isFinite(end) ? `${k}  «${text.slice(start, end).replace(/\s+/g, ' ')}»` : k;
  };
  for (const k of keys.missed) console.log(`  miss  ${group}/${label} ${doc}: ${show(k)}`);
  for (const k of keys.spurious) console.log(`  extra ${group}/${label} ${doc}: ${show(k)}`);
}

const flatten = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)]);

function mentionPairs(groups: { start: number }[][]): string[] {
  const pairs: string[] = [];
  for (const mentions of groups) {
    const starts = mentions.map((m) => m.start).sort((a, b) => a - b);
    for (let i = 0; i < starts.length; i++) for (let j = i + 1; j < starts.length; j++) pairs.push(`${starts[i]}~${starts[j]}`);
  }
  return pairs;
}

function scoreBriefing(group: string, gold: GoldBriefing, got: Analysis): void {
  const doc = gold.file;
  const text = gold.text;
  for (const problem of goldProblems(gold)) console.log(`  gold problem ${group}: ${problem}`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const g = gold.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => `${type}|${m.start}|${m.end}`));
    const p = got.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => `${type}|${m.start}|${m.end}`));
    report(group, `entities/${type}`, compare(p, g), doc, text);
  }
  // Alias grouping: pairs of gold mentions that one entity keeps together.
  const goldStarts = new Set(gold.entities.flatMap((e) => e.mentions.map((m) => m.start)));
  const predictedGroups = got.entities.map((e) => e.mentions.filter((m) => goldStarts.has(m.start)));
  tally(group, 'alias pairs', compare(mentionPairs(predictedGroups), mentionPairs(gold.entities.map((e) => e.mentions))));

  for (const kind of ['quantity', 'count', 'money', 'percent', 'duration', 'date'] as const) {
    const g = gold.figures.filter((f) => f.kind === kind).map((f) => `${kind}|${f.start}|${f.end}`);
    const p = got.figures.filter((f) => f.kind === kind).map((f) => `${kind}|${f.start}|${f.end}`);
    report(group, `figures/${kind}`, compare(p, g), doc, text);
  }
  const byKey = new Map(got.figures.map((f) => [`${f.kind}|${f.start}|${f.end}`, f]));
  for (const f of gold.figures) {
    const mine = byKey.get(`${f.kind}|${f.start}|${f.end}`);
    if (!mine) continue;
    const right = mine.value === f.value || (mine.value !== null && f.value !== null && Math.abs(mine.value - f.value) < 1e-9);
    tally(group, 'figure values (of matched)', { tp: right ? 1 : 0, fp: right ? 0 : 1, fn: right ? 0 : 1 });
    if (!right && showErrors) console.log(`  value ${group === 'briefings' ? '' : `${group}/`}figures ${doc}: «${f.text}» gold ${f.value} got ${mine.value}`);
  }

  report(group, 'citations', compare(got.citations.map((c) => `cite|${c.start}|${c.end}`), gold.citations.map((c) => `cite|${c.start}|${c.end}`)), doc, text);
  const goldSources = gold.citations.map((c) => `${c.start}:${c.source}`);
  tally(group, 'citation sources', compare(got.citations.map((c) => `${c.start}:${c.source}`), goldSources));

  const mine = flatten(got.sections);
  const headingKey = (s: { kind: string; line: number }) => `${s.kind}|line ${s.line}`;
  const isHeading = (s: { kind: string }) => s.kind !== 'paragraph';
  report(group, 'section headings', compare(mine.filter(isHeading).map(headingKey), gold.sections.filter(isHeading).map(headingKey)), doc, text);
  report(group, 'paragraphs', compare(mine.filter((s) => !isHeading(s)).map(headingKey), gold.sections.filter((s) => !isHeading(s)).map(headingKey)), doc, text);

  // Raw compromise on the same text, for comparison.
  const base = baselineEntities(text).map((m) => `${m.type}|${m.start}|${m.end}`);
  const goldAll = gold.entities.flatMap((e) => e.mentions.map((m) => `${e.type}|${m.start}|${m.end}`));
  tally(`${group} (raw compromise)`, 'entities', compare(base, goldAll));
  const baseFig = baselineFigures(text).map((f) => `${f.kind}|${f.start}|${f.end}`);
  tally(`${group} (raw compromise)`, 'figures', compare(baseFig, gold.figures.map((f) => `${f.kind}|${f.start}|${f.end}`)));
}

const CONLL_TYPES = { PER: 'person', ORG: 'organization', LOC: 'place' } as const;

function runConll(): void {
  const docs = loadConll();
  if (!docs) {
    console.log(`CoNLL-2003 dev: skipped (not found under ${sharedDir()})`);
    return;
  }
  for (const doc of docs) {
    const got = analyze(doc.text);
    const base = baselineEntities(doc.text);
    for (const [tag, type] of Object.entries(CONLL_TYPES)) {
      const g = doc.entities.filter((e) => e.type === tag).map((e) => `${type}|${e.start}|${e.end}`);
      const p = got.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => `${type}|${m.start}|${m.end}`));
      report('conll-dev', `entities/${type}`, compare(p, g), doc.id, doc.text);
      const b = base.filter((m) => m.type === type).map((m) => `${type}|${m.start}|${m.end}`);
      tally('conll-dev (raw compromise)', `entities/${type}`, compare(b, g));
    }
  }
}

/**
 * The same documents joined into one text of several hundred kilobytes, which the engine reads in
 * parts (src/core/parts.ts): what reading a long document part by part costs in accuracy.
 */
function runConllAsOneDocument(docs: readonly GoldConll[]): void {
  const starts: number[] = [];
  let text = '';
  for (const doc of docs) {
    starts.push(text.length);
    text += `${doc.text}\n\n`;
  }
  const mentions = analyze(text).entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  for (const [tag, type] of Object.entries(CONLL_TYPES)) {
    const g = docs.flatMap((doc, i) => doc.entities.filter((e) => e.type === tag).map((e) => `${type}|${e.start + starts[i]!}|${e.end + starts[i]!}`));
    const p = mentions.filter((m) => m.type === type).map((m) => `${type}|${m.start}|${m.end}`);
    tally('conll-dev as one long document', `entities/${type}`, compare(p, g));
  }
}

function printGroup(group: string): void {
  const rows = results[group];
  if (!rows) return;
  console.log(`\n${group}`);
  for (const [label, t] of Object.entries(rows)) console.log('  ' + formatRow(label, t));
  const entityRows = Object.entries(rows).filter(([label]) => label.startsWith('entities/'));
  if (entityRows.length > 1) {
    const all = emptyTally();
    for (const [, t] of entityRows) add(all, t);
    console.log('  ' + formatRow('entities (micro, all types)', all));
    rows['entities (all)'] = all;
  }
  const figureRows = Object.entries(rows).filter(([label]) => label.startsWith('figures/'));
  if (figureRows.length > 1) {
    const all = emptyTally();
    for (const [, t] of figureRows) add(all, t);
    console.log('  ' + formatRow('figures (micro, all kinds)', all));
    rows['figures (all)'] = all;
  }
}

function main(): void {
  const briefings = loadBriefings();
  if (briefings) {
    for (const gold of briefings) scoreBriefing('briefings', gold, analyze(gold.text));
  } else {
    console.log(`briefings-dev: skipped (not found under ${sharedDir()})`);
  }
  if (!args.includes('--no-conll')) {
    runConll();
    const docs = loadConll();
    if (docs) runConllAsOneDocument(docs);
  }
  for (const gold of loadBriefings(heldoutDir()) ?? []) scoreBriefing('heldout (own, fictional)', gold, analyze(gold.text));
  for (const gold of loadBriefings(heldoutDir('heldout-2')) ?? []) scoreBriefing('heldout-2 (own, fictional, blind)', gold, analyze(gold.text));
  for (const group of Object.keys(results)) printGroup(group);
  if (jsonOut) {
    const summary = Object.fromEntries(
      Object.entries(results).map(([g, rows]) => [g, Object.fromEntries(Object.entries(rows).map(([l, t]) => [l, { ...t, ...prf(t) }]))]),
    );
    fs.writeFileSync(jsonOut, JSON.stringify(summary, null, 1) + '\n');
  }
}

main();
