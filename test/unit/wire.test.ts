import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { decodeAnalysis, encodeAnalysis, transferables } from '../../src/engine/wire';
import { longBriefing, sampleTexts } from './support/longBriefing';

describe('the analysis as it crosses from the worker', () => {
  it('comes back equal to what the engine produced, for every sample and a long document', () => {
    for (const text of [...sampleTexts(), longBriefing(80_000), '', 'Ж😀 Astana\r\nmixed\rendings']) {
      const analysis = analyze(text);
      const wire = encodeAnalysis(analysis);
      assert.deepEqual(decodeAnalysis(structuredClone(wire), text), analysis);
    }
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
