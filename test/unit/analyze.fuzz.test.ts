// Fuzzing the engine with adversarial text: it never throws, every span it reports is true to the
// text, CRLF reads as LF does, and its work grows linearly with the text. Work is counted, not
// timed: the characters the engine copies and scans through String.prototype, which a quadratic
// loop over a long run of words multiplies (see "grows linearly").
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Section } from '../../src/core/types';

const root = path.resolve(__dirname, '../../..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'test/fixtures/bad-input', name), 'utf8');
const BRIEFINGS = [fixture('grain-tariff.briefing.txt'), fixture('border-trade-multilingual.briefing.txt')];

const flatten = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)]);

function assertSpansValid(text: string, a: Analysis): void {
  for (const s of [...a.entities.flatMap((e) => e.mentions), ...a.figures, ...a.citations]) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} inside a text of ${text.length}`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  for (const e of a.entities) assert.ok(e.name.length > 0 && e.mentions.length > 0, 'an entity has a name and mentions');
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const s of flatten(a.sections)) {
    assert.ok(s.line >= 0 && s.line < lines, `section line ${s.line} of ${lines}`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'section range inside the text');
  }
}

// Pieces that have broken text engines: unbalanced brackets and quotes, lone surrogates, combining
// and invisible characters, direction overrides, emoji sequences, abbreviations and initials,
// numbers without end, markup, every kind of line break, and long runs of capitalised words.
const NASTY = [
  '(', ')', '((((', '"', '“', '”', '«', '»', "'", '’', '—', '-', '--', '...', '.', ',', ';', ':', '/', '\\', '\\_',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', 'e\u0301', '\u200B', '\u200D', '\u202E', '\uFEFF', '\u00A0', '\u2028', '\u2029', '\u0085',
  '\u0000', '\u0007', '\u001B', '\f', '\v', '\t', ' ', '  ', '\n', '\n\n', '\r', '\r\n', '\n\r',
  '🙂', '👨‍👩‍👧', '🇰🇿', '🏳️‍🌈', '中国', '王伟', 'Ермеков', 'Қазақстан', 'Ұлы', 'ش', 'עברית',
  'A.', 'U.S.', 'J. R. R.', 'Mr.', 'Lt.-Gen.', 'Dr', 'St.', 'No.', 'Inc.', 'LLC', 'JSC',
  '$', '$3.1', '€', '£12bn', '1,', '1.', '1,000,000,000,000,000,000', '12%', '%', '½', '1e308', '-0', '3/4', '2024-02-30',
  'June', 'May 3', '(Interfax, June 30)', '(', 'Publication:', 'Source:', 'By Aigerim', 'HEADLINE', 'KAZBAT', '(KAZBAT)',
  '# ', '## Heading', '- ', '* ', '1) ', '--Text', '<DOC>', '</TEXT>', '---', 'key: value', '```', '|', '[1]', 'http://x.kz/a?b=c', 'a@b.kz',
  'President', 'Minister', 'Interior', 'Ministry', 'of', 'the', 'and', 'Kazakh', 'Astana', 'Almaty', 'Dana', 'Ospanova', 'East', 'Region',
];
const nastyText = fc.array(fc.constantFrom(...NASTY), { maxLength: 200, size: 'max' }).map((pieces) => pieces.join(''));
const nastySpaced = fc.array(fc.constantFrom(...NASTY), { maxLength: 200, size: 'max' }).map((pieces) => pieces.join(' '));
/** One piece repeated: the shape of degenerate input (a line of dashes, a column of brackets, a page of initials). */
const repeated = fc.tuple(fc.constantFrom(...NASTY), fc.constantFrom('', ' ', '\n', ', '), fc.integer({ min: 1, max: 600 })).map(([piece, sep, n]) => Array(n).fill(piece).join(sep));

/** A briefing cut, spliced and sprinkled with the pieces above: text that is almost right. */
const mutatedBriefing = fc
  .tuple(fc.constantFrom(...BRIEFINGS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...NASTY)), { maxLength: 12, size: 'max' }))
  .map(([text, edits]) => edits.reduce((t, [at, cut, piece]) => t.slice(0, at % (t.length + 1)) + piece + t.slice((at % (t.length + 1)) + cut), text));

describe('analyze (fuzzed with adversarial text)', () => {
  for (const [label, arbitrary] of [
    ['pieces run together', nastyText],
    ['pieces between spaces', nastySpaced],
    ['one piece repeated', repeated],
    ['briefings cut and spliced, surrogate pairs split', mutatedBriefing],
  ] as const) {
    it(`never throws and keeps every span true to the text: ${label}`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => assertSpansValid(text, analyze(text))),
        { numRuns: 100 },
      );
    });
  }

  it('reads CRLF text as it reads the same text with LF', () => {
    const lfText = fc.oneof(mutatedBriefing, nastySpaced).map((t) => t.replace(/\r/g, ''));
    fc.assert(
      fc.property(lfText, (lf) => assert.deepEqual(summary(analyze(lf.replace(/\n/g, '\r\n')), lf.replace(/\n/g, '\r\n')), summary(analyze(lf), lf))),
      { numRuns: 100 },
    );
  });
});

/** What the analysis says, with offsets and texts taken back to LF, so the two line endings compare. */
function summary(a: Analysis, text: string) {
  const crBefore: number[] = [0];
  for (let i = 0; i < text.length; i++) crBefore.push(crBefore[i] + (text[i] === '\r' && text[i + 1] === '\n' ? 1 : 0));
  const at = (offset: number) => offset - crBefore[offset];
  const lf = (s: string) => s.replace(/\r\n/g, '\n');
  return {
    entities: a.entities.map((e) => ({ type: e.type, name: lf(e.name), role: e.role, mentions: e.mentions.map((m) => [at(m.start), at(m.end), lf(m.text)]) })),
    figures: a.figures.map((f) => [at(f.start), at(f.end), f.kind, f.value, f.unit]),
    citations: a.citations.map((c) => [at(c.start), at(c.end), c.source, c.dates.map(lf)]),
    sections: flatten(a.sections).map((s) => [s.kind, s.line, at(s.start), at(s.end)]),
  };
}

/**
 * Characters the engine copies or scans through String.prototype while analysing `text`: slices it
 * takes, strings it replaces in, splits or case-folds. Deterministic, unlike time; a loop that slices
 * a growing prefix of a run (quadratic work) makes it grow with the square of the text.
 */
function workOf(text: string): number {
  const proto = String.prototype;
  const original = { slice: proto.slice, substring: proto.substring, replace: proto.replace, split: proto.split, toLowerCase: proto.toLowerCase, toUpperCase: proto.toUpperCase };
  let work = 0;
  const counting = <A extends unknown[], R>(method: (this: string, ...args: A) => R, measure: (self: string, result: R) => number) =>
    function (this: string, ...args: A): R {
      const result = method.apply(this, args);
      work += measure(this, result);
      return result;
    };
  const copied = (_: string, result: string) => result.length;
  const scanned = (self: string) => self.length;
  Object.assign(proto, {
    slice: counting(original.slice, copied),
    substring: counting(original.substring, copied),
    replace: counting(original.replace as (this: string, ...args: unknown[]) => string, scanned),
    split: counting(original.split as (this: string, ...args: unknown[]) => string[], scanned),
    toLowerCase: counting(original.toLowerCase, scanned),
    toUpperCase: counting(original.toUpperCase, scanned),
  });
  try {
    analyze(text);
  } finally {
    Object.assign(proto, original);
  }
  return work;
}

/** Work on the unit repeated to `size` characters, then to twice that: about 2 when linear, 4 when quadratic. */
function growth(unit: string, size = 3000): number {
  const of = (n: number) => workOf(unit.repeat(Math.ceil(n / unit.length)));
  return of(2 * size) / of(size);
}

function assertLinear(unit: string): void {
  const ratio = growth(unit);
  assert.ok(ratio < 2.4, `work grew ${ratio.toFixed(2)}× when the text doubled`);
}

// Both sizes stay below the length at which analyze() cuts a text into parts (SINGLE_PART_LIMIT),
// so a quadratic extractor shows instead of being bounded by the part size.
describe('analyze (work grows linearly with the text)', () => {
  const paragraphs = (text: string) => `${text.split('\n\n').slice(2).join('\n\n')}\n\n`;
  before(() => analyze(BRIEFINGS[0])); // compromise builds its lexicon on first use

  for (const [label, unit] of [
    ['briefing paragraphs', paragraphs(BRIEFINGS[0])],
    ['Cyrillic, Chinese and emoji paragraphs', paragraphs(BRIEFINGS[1])],
    ['a list of names', '- Dana Ospanova, Transport Minister\n'],
    ['names between commas', 'Dana Ospanova, '],
    ['citations', '(Interfax, June 3) '],
    ['money', '$3.1 million '],
    ['open brackets', '('],
    ['quotes', '"Abc" '],
    ['dashes', '- '],
    ['one long word', 'a'],
    ['blank lines', '\n'],
  ] as const) {
    it(`on ${label}`, () => assertLinear(unit));
  }

  // Runs of capitals once cost n² (the rules try every prefix of a run); runs are now bounded.
  for (const [label, unit] of [
    ['a run of capitalised words', 'Abc Def '],
    ['a run of initials', 'A. '],
    ['a run of Cyrillic names', 'Нұрлан Ермеков '],
  ] as const) {
    it(`on ${label}`, () => assertLinear(unit));
  }

  it('on random text of the genre and adversarial pieces', () => {
    const unit = fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 30, size: 'max' }).map((pieces) => `${pieces.join(' ')} `);
    fc.assert(
      fc.property(unit, assertLinear),
      { numRuns: 40 },
    );
  });
});
