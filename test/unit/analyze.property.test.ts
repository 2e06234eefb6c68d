import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Section } from '../../src/core/types';

const flatten = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)]);

function assertSpansValid(text: string, a: Analysis): void {
  const spans = [...a.entities.flatMap((e) => e.mentions), ...a.figures, ...a.citations];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} inside the text`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  for (const e of a.entities) {
    assert.ok(e.mentions.length > 0, `${e.name} has mentions`);
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].start < e.mentions[i].start, 'mentions sorted');
  }
  const mentions = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1].end <= mentions[i].start, 'mentions never overlap');
  const lines = text.split(/\r\n|\r|\n/).length; // VS Code's line breaks
  for (const s of flatten(a.sections)) {
    assert.ok(s.line >= 0 && s.line < lines, 'section line inside the text');
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'section range inside the text');
  }
}

// Words and punctuation of the genre, so random documents look enough like briefings to reach the
// rules, plus arbitrary Unicode to reach the edges.
const WORDS = [
  'President', 'Minister', 'Interior', 'Ministry', 'Nursel', 'Abenov', 'Astana', 'Kazakhstan', 'U.S.', 'Lt.-General',
  'the', 'of', 'and', 'in', '(', ')', ',', '.', '"', '“', '”', '’s', "'s", '$3.1', 'million', '17,000', 'pistols',
  '12%', 'percent', 'June', '28', 'July 1, 4', '(Interfax, June 30)', 'six-month', '\n', '\n\n', '\r\n', 'Publication:',
  'HEADLINE', 'KAZBAT', '(KAZBAT)', 'Region', 'Almaty', 'Uzbekistan', 'Zażółć', 'Ермеков', '中国', '🙂', '—', '-', '',
];
const briefingLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' '));

describe('analyze (properties)', () => {
  it('never throws and keeps every span true to the text, on briefing-like text', () => {
    fc.assert(
      fc.property(briefingLike, (text) => assertSpansValid(text, analyze(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertSpansValid(text, analyze(text))),
      { numRuns: 300 },
    );
  });

  it('gives the same analysis for the same text', () => {
    fc.assert(
      fc.property(briefingLike, (text) => assert.deepEqual(analyze(text), analyze(text))),
      { numRuns: 50 },
    );
  });

  it('handles the empty text', () => {
    const a = analyze('');
    assert.deepEqual([a.entities, a.figures, a.citations, a.sections], [[], [], [], []]);
  });
});
