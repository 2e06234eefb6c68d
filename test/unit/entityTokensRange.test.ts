import { strict as assert } from 'assert';
import fc from 'fast-check';
import { entityTokens, entityTokensInRange, type EntityToken, type TokenRange } from '../../src/core/entityTokens';
import type { Analysis, Entity, EntityType } from '../../src/core/types';
import { analysisOf, entity } from './support/handAnalysis';

// The whole-document tokens as the provider made them before range tokens existed (c5fbc88): every
// mention sorted, earlier ones winning over overlapping later ones, one token per line, and a
// token watched when the watched entities' own tokens have one at the same line and character.
function referenceTokens(analysis: Analysis, text: string): EntityToken[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  const lineEnd = (line: number) => {
    let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
    while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return end;
  };
  const tokensOf = (entities: Entity[]) => {
    const spans = entities.flatMap((e) => e.mentions.map((m, i) => ({ start: m.start, end: m.end, type: e.type, firstMention: i === 0 })));
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const tokens: Omit<EntityToken, 'watched'>[] = [];
    let covered = 0;
    let line = 0;
    for (const span of spans) {
      if (span.start < covered || span.end > text.length) continue;
      covered = span.end;
      while (line + 1 < starts.length && starts[line + 1]! <= span.start) line++;
      for (let l = line; l < starts.length && starts[l]! < span.end; l++) {
        const from = Math.max(span.start, starts[l]!);
        const to = Math.min(span.end, lineEnd(l));
        if (to > from) tokens.push({ line: l, character: from - starts[l]!, length: to - from, type: span.type, firstMention: span.firstMention });
      }
    }
    return tokens;
  };
  const at = (t: { line: number; character: number }) => `${t.line}:${t.character}`;
  const watched = new Set(tokensOf(analysis.entities.filter((e) => e.watched)).map(at));
  return tokensOf(analysis.entities).map((t) => ({ ...t, watched: watched.has(at(t)) }));
}

/** The range [start, end) as the provider gives it. */
function rangeIn(start: number, end: number): TokenRange {
  return { start, end };
}

/** Offset of a token's first character. */
function offsetOf(text: string, token: EntityToken): number {
  const breaks = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let l = 0; l < token.line; l++) {
    const m = breaks.exec(text)!;
    lineStart = m.index + m[0].length;
  }
  return lineStart + token.character;
}

/** The reference's tokens that overlap [start, end). */
function referenceInRange(analysis: Analysis, text: string, start: number, end: number): EntityToken[] {
  return referenceTokens(analysis, text).filter((t) => {
    const from = offsetOf(text, t);
    return from < end && from + t.length > start;
  });
}

// Random briefings: words, names, line breaks of every kind and astral characters, with entities
// whose mentions are random spans (nested, overlapping, shared, across lines, some past the end).
const PIECES = ['Anna', 'Kowalczyk', 'Velmora', 'Harbour', 'Authority', 'said', 'the', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '🙂', '𝒜', 'Ермек', ','];
const TYPES: EntityType[] = ['person', 'organization', 'place'];

const arbitraryCase = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''))
  .chain((text) => {
    const offset = fc.integer({ min: 0, max: text.length + 2 });
    const mention = fc.tuple(offset, fc.integer({ min: 0, max: 12 })).map(([start, length]) => {
      const end = start + length;
      return { start, end, text: text.slice(start, end) };
    });
    const entities = fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        watched: fc.boolean(),
        mentions: fc.array(mention, { minLength: 1, maxLength: 6 }).map((ms) => ms.sort((a, b) => a.start - b.start)),
      }),
      { maxLength: 6 },
    );
    const range = fc.tuple(offset, offset).map(([a, b]) => [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)] as const);
    return fc.record({ text: fc.constant(text), entities, range });
  })
  .map(({ text, entities, range }) => ({
    text,
    range,
    analysis: analysisOf(text, {
      entities: entities.map((e, i): Entity => ({ id: `${e.type}:${i}`, name: `${i}`, type: e.type, aliases: [], mentions: e.mentions, watched: e.watched })),
    }),
  }));

describe('entityTokensInRange', () => {
  it('gives, on any text and any mentions, the whole-document tokens of before, modifiers included', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ text, analysis }) => assert.deepEqual(entityTokens(analysis, text), referenceTokens(analysis, text))),
      { numRuns: 500 },
    );
  });

  it('gives, for any range, the whole-document tokens that overlap it', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ text, analysis, range: [start, end] }) =>
        assert.deepEqual(entityTokensInRange(analysis, text, rangeIn(start, end)), referenceInRange(analysis, text, start, end)),
      ),
      { numRuns: 500 },
    );
  });

  const text = 'Anna Kowalczyk met the Harbour\nAuthority in Velmora.\nKowalczyk left Velmora.\n';
  const analysis = analysisOf(text, {
    entities: [
      { ...entity(text, 'person', 'Anna Kowalczyk', { aliases: ['Kowalczyk'] }), watched: true },
      { ...entity(text, 'organization', 'Harbour\nAuthority'), name: 'Harbour Authority' },
      entity(text, 'place', 'Velmora'),
    ],
  });
  const shown = (tokens: EntityToken[]) => tokens.map((t) => [t.line, t.character, t.length, t.type, t.firstMention, t.watched]);

  it('leaves out tokens that end where the range starts or start where it ends, and keeps those it cuts whole', () => {
    const velmora = text.indexOf('Velmora');
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(velmora + 7, text.indexOf('Kowalczyk left')))), []);
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(velmora + 6, velmora + 7))), [[1, 13, 7, 'place', true, false]]);
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(3, 24))), [
      [0, 0, 14, 'person', true, true],
      [0, 23, 7, 'organization', true, false],
    ]);
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(0, 0))), [], 'an empty range has no tokens');
  });

  it('gives only the lines in the range of a mention that crosses a line break', () => {
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(text.indexOf('Authority'), text.indexOf(' in')))), [
      [1, 0, 9, 'organization', true, false],
    ]);
    assert.deepEqual(shown(entityTokensInRange(analysis, text, rangeIn(0, text.indexOf('\n')))), [
      [0, 0, 14, 'person', true, true],
      [0, 23, 7, 'organization', true, false],
    ]);
  });

  it('numbers lines as the editor does with CRLF and lone CR, and leaves the breaks out', () => {
    for (const lineBreak of ['\r\n', '\r']) {
      const crlf = text.replace(/\n/g, lineBreak);
      const same = analysisOf(crlf, {
        entities: [
          { ...entity(crlf, 'person', 'Anna Kowalczyk', { aliases: ['Kowalczyk'] }), watched: true },
          { ...entity(crlf, 'organization', `Harbour${lineBreak}Authority`), name: 'Harbour Authority' },
          entity(crlf, 'place', 'Velmora'),
        ],
      });
      const lastLine = crlf.indexOf('Kowalczyk left');
      assert.deepEqual(
        shown(entityTokensInRange(same, crlf, rangeIn(crlf.indexOf('Authority'), crlf.length))),
        [
          [1, 0, 9, 'organization', true, false],
          [1, 13, 7, 'place', true, false],
          [2, 0, 9, 'person', false, true],
          [2, 15, 7, 'place', false, false],
        ],
        JSON.stringify(lineBreak),
      );
      assert.deepEqual(shown(entityTokensInRange(same, crlf, rangeIn(lastLine, lastLine + 9))), [[2, 0, 9, 'person', false, true]]);
    }
  });

  it('counts characters in UTF-16 code units after astral characters', () => {
    const astral = '🙂 𝒜 Anna Kowalczyk 🙂\n🙂Velmora';
    const withEmoji = analysisOf(astral, { entities: [entity(astral, 'person', 'Anna Kowalczyk'), entity(astral, 'place', 'Velmora')] });
    assert.deepEqual(shown(entityTokensInRange(withEmoji, astral, rangeIn(0, astral.length))), [
      [0, 6, 14, 'person', true, false],
      [1, 2, 7, 'place', true, false],
    ]);
    const velmora = astral.indexOf('Velmora');
    assert.deepEqual(shown(entityTokensInRange(withEmoji, astral, rangeIn(velmora, velmora + 1))), [[1, 2, 7, 'place', true, false]]);
  });

  it('answers again from the same analysis, and anew when it is given other text', () => {
    const range = rangeIn(0, text.length);
    const first = entityTokensInRange(analysis, text, range);
    assert.deepEqual(entityTokensInRange(analysis, text, range), first);
    const shorter = text.slice(0, text.indexOf('\nKowalczyk'));
    assert.deepEqual(entityTokens(analysis, shorter), referenceTokens(analysis, shorter), 'mentions past the end of the shorter text are dropped');
  });
});
