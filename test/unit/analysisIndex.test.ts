import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { describeEntity } from '../../src/core/entityCard';
import { sentenceAt } from '../../src/core/lookup';
import type { Analysis, Entity, Sentence } from '../../src/core/types';
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
});
