import { strict as assert } from 'assert';
import { PartCache, analyze, analyzeParts } from '../../src/core/analyze';
import { decodeAnalysis, encodeAnalysis, encodeParts, transferables } from '../../src/engine/wire';
import { longBriefing, sampleTexts } from './support/longBriefing';

describe('the analysis as it crosses from the worker', () => {
  it('comes back equal to what the engine produced, for every sample and a long document', () => {
    for (const text of [...sampleTexts(), longBriefing(80_000), '', 'Ж😀 Astana\r\nmixed\rendings']) {
      const analysis = analyze(text);
      const wire = encodeAnalysis(analysis);
      assert.deepEqual(decodeAnalysis(structuredClone(wire), text), analysis);
    }
  });

  it('encodes a long document from its parts as the joined analysis would be', () => {
    const text = longBriefing(150_000);
    const parted = analyzeParts(text);
    assert.ok(parted.parts.length > 10, `${parted.parts.length} parts`);
    assert.deepEqual(decodeAnalysis(structuredClone(encodeParts(parted)), text), analyze(text));
    // After an edit, from parts of the version before and parts analysed again.
    const cache = new PartCache();
    cache.analyzeParts(text);
    const at = text.indexOf('\n\n', 70_000);
    const edited = `${text.slice(0, at)}\n\nKassym-Jomart Tokayev met the Tokayev family in Astana.${text.slice(at)}`;
    assert.deepEqual(decodeAnalysis(encodeParts(cache.analyzeParts(edited)), edited), analyze(edited));
    assert.ok(cache.reused > 0);
  });

  it('keeps figures without a value or unit, and section nesting', () => {
    const text = 'Title line here\n\nBackground\n\nIt cost several million dollars, up 5 percent, said Reuters (Reuters, 2 May).\n';
    const analysis = analyze(text);
    analysis.figures.push({ start: 0, end: 5, text: 'Title', kind: 'count', value: null, unit: null });
    assert.deepEqual(decodeAnalysis(encodeAnalysis(analysis), text), analysis);
  });

  it('moves its spans in buffers that can be transferred, not copied', () => {
    const wire = encodeAnalysis(analyze(longBriefing(40_000)));
    const buffers = transferables(wire);
    assert.ok(buffers.length >= 8);
    for (const b of buffers) assert.ok(b instanceof ArrayBuffer);
    assert.ok(wire.mentions.length > 0 && wire.figureSpans.length > 0 && wire.sectionFields.length > 0);
  });
});
