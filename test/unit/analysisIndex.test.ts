import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { describeEntity } from '../../src/core/entityCard';
import { indexOf } from '../../src/core/analysisIndex';
import { sentenceAt } from '../../src/core/lookup';
import type { Analysis, Entity, Mention, Sentence } from '../../src/core/types';
import { longBriefing, sampleTexts } from './support/longBriefing';

/** The card's facts found by plain scans over the analysis: slow, but obviously right. */
function scannedFacts(analysis: Analysis, text: string, entity: Entity) {
  const sentenceOf = (offset: number): Sentence => {
    const s = analysis.sentences.find((x) => x.start <= offset && offset < x.end);
    if (s) return s;
    const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
    const newline = text.indexOf('\n', offset);
    let end = newline < 0 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') end--;
    return { start, end };
  };
  const keys = new Set<string>();
  const sentences = entity.mentions.map((m) => sentenceOf(m.start)).filter((s) => !keys.has(`${s.start}:${s.end}`) && keys.add(`${s.start}:${s.end}`));
  const inSentences = (span: { start: number }) => sentences.some((s) => span.start >= s.start && span.start < s.end);
  const figures = analysis.figures.filter((f) => inSentences(f) && !analysis.citations.some((c) => c.start <= f.start && f.end <= c.end));
  const companions = analysis.entities
    .filter((o) => o.id !== entity.id)
    .map((o) => ({ name: o.name, sentences: sentences.filter((s) => o.mentions.some((m) => m.start >= s.start && m.start < s.end)).length }))
    .filter((c) => c.sentences > 0)
    .sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name))
    .slice(0, 5);
  const first = entity.mentions[0]!.start;
  return {
    figures: figures.slice(0, 4),
    figureTotal: figures.length,
    citations: analysis.citations.filter(inSentences).slice(0, 4),
    companions: companions.map((c) => `${c.name}:${c.sentences}`),
    line: text.slice(0, first).split(/\r\n|\r|\n/).length - 1,
  };
}

/** What lies at an offset, found the plain way: the first span in list order that touches it. */
const touches = (span: { start: number; end: number }, offset: number) => span.start <= offset && offset <= span.end;
function scanMentionAt(analysis: Analysis, offset: number): { entity: Entity; mention: Mention } | undefined {
  for (const entity of analysis.entities) {
    const mention = entity.mentions.find((m) => touches(m, offset));
    if (mention) return { entity, mention };
  }
  return undefined;
}
const scanFigureAt = (analysis: Analysis, offset: number) => analysis.figures.find((f) => touches(f, offset));
const scanCitationAt = (analysis: Analysis, offset: number) => analysis.citations.find((c) => touches(c, offset));

describe('hover cards from the analysis index', () => {
  it('say what plain scans over the analysis say, for every entity of the samples and a long document', () => {
    for (const text of [...sampleTexts(), longBriefing(120_000), 'Astana\r\n\r\nOsh and Astana met in Osh.\rAstana.']) {
      const analysis = analyze(text);
      for (const entity of analysis.entities) {
        const card = describeEntity(analysis, text, entity);
        const expected = scannedFacts(analysis, text, entity);
        assert.deepEqual(card.figures, expected.figures, entity.name);
        assert.equal(card.figureTotal, expected.figureTotal);
        assert.deepEqual(card.citations, expected.citations);
        assert.deepEqual(card.companions.map((c) => `${c.name}:${c.sentences}`), expected.companions, entity.name);
        assert.equal(card.firstMention?.line, expected.line);
      }
    }
  });

  it('finds the sentence of an offset, or the line where the engine saw no sentence', () => {
    const text = 'HEADLINE WITHOUT STOP\r\nFirst sentence here. Second one.\n';
    const analysis = analyze(text);
    const second = text.indexOf('Second');
    const sentence = sentenceAt(analysis, text, second);
    assert.ok(sentence.start <= second && second < sentence.end);
    assert.deepEqual(sentenceAt({ ...analysis, sentences: [] }, text, 3), { start: 0, end: 21 });
  });

  it('finds what lies at an offset as scans of the lists do: the first in list order where spans touch', () => {
    const text = longBriefing(60_000);
    const analysis = analyze(text);
    const index = indexOf(analysis, text);
    // Every span's bounds and their neighbours, and offsets in between.
    const spans = [...analysis.entities.flatMap((e) => e.mentions), ...analysis.figures, ...analysis.citations];
    const offsets = new Set<number>();
    for (const s of spans) for (const o of [s.start - 1, s.start, s.start + 1, s.end - 1, s.end, s.end + 1]) offsets.add(o);
    for (let o = 0; o <= text.length; o += 13) offsets.add(o);
    let hits = 0;
    for (const offset of offsets) {
      const hit = index.mentionAt(offset);
      const expected = scanMentionAt(analysis, offset);
      assert.equal(hit?.entity, expected?.entity, `entity at ${offset}`);
      assert.equal(hit?.mention, expected?.mention, `mention at ${offset}`);
      assert.equal(index.figureAt(offset), scanFigureAt(analysis, offset), `figure at ${offset}`);
      assert.equal(index.citationAt(offset), scanCitationAt(analysis, offset), `citation at ${offset}`);
      if (hit) hits++;
    }
    assert.ok(hits > 1000, `mentions found: ${hits}`);
  });

  it('picks the first entity in the analysis where two mentions touch the same offset', () => {
    const text = 'OshAstana';
    const place = (name: string, start: number, end: number) => ({
      id: `place:${name}`, type: 'place' as const, name, aliases: [], mentions: [{ start, end, text: text.slice(start, end) }],
    });
    const osh = place('Osh', 0, 3);
    const astana = place('Astana', 3, 9);
    // Offset 3 is the end of "Osh" and the start of "Astana": the analysis' order decides, not the text's.
    for (const entities of [[astana, osh], [osh, astana]]) {
      const analysis = { ...analyze(''), entities };
      assert.equal(indexOf(analysis, text).mentionAt(3)?.entity, entities[0]);
      assert.equal(scanMentionAt(analysis, 3)?.entity, entities[0]);
    }
    assert.equal(indexOf({ ...analyze(''), entities: [astana, osh] }, text).mentionAt(2)?.entity, osh);
  });

  it('lists what starts in a range in list order, and numbers lines as the editor does', () => {
    const text = longBriefing(30_000).replace(/\n/g, (_, i: number) => (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n'));
    const analysis = analyze(text);
    const index = indexOf(analysis, text);
    for (let from = 0; from < text.length; from += 997) {
      const to = from + 1500;
      const inRange = (s: { start: number }) => s.start >= from && s.start < to;
      assert.deepEqual(
        index.startingIn('figures', from, to),
        analysis.figures.flatMap((f, i) => (inRange(f) ? [i] : [])),
      );
      assert.deepEqual(
        index.startingIn('citations', from, to),
        analysis.citations.flatMap((c, i) => (inRange(c) ? [i] : [])),
      );
      assert.deepEqual(
        index.startingIn('mentions', from, to).map((k) => index.mentionsByStart.starts[k]!),
        analysis.entities.flatMap((e) => e.mentions).filter(inRange).map((m) => m.start).sort((a, b) => a - b),
      );
      assert.equal(index.lineAt(from), text.slice(0, from).split(/\r\n|\r|\n/).length - 1);
    }
  });
});
