import { strict as assert } from 'assert';
import fc from 'fast-check';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { PartCache, analyze } from '../../src/core/analyze';
import { PartSplitter, SINGLE_PART_LIMIT, splitParts, type Part } from '../../src/core/parts';
import { textChange } from '../../src/core/text/change';
import { longBriefing, sampleTexts } from './support/longBriefing';

const textsOf = (text: string, parts: readonly Part[]) => parts.map((p) => text.slice(p.start, p.end));

function assertCovers(text: string, parts: readonly Part[]): void {
  assert.equal(parts[0]!.start, 0);
  assert.equal(parts[parts.length - 1]!.end, text.length);
  for (let i = 1; i < parts.length; i++) assert.equal(parts[i]!.start, parts[i - 1]!.end, 'parts are consecutive');
  for (const p of parts) assert.ok(p.end > p.start || text.length === 0, 'no empty part');
}

describe('analysis in parts', () => {
  it('reads a briefing of ordinary length as one part', () => {
    const text = longBriefing(SINGLE_PART_LIMIT - 100).slice(0, SINGLE_PART_LIMIT);
    assert.deepEqual(splitParts(text), [{ start: 0, end: text.length }]);
    assert.deepEqual(splitParts(''), [{ start: 0, end: 0 }]);
  });

  it('cuts a long document into parts of a few paragraphs, at paragraph breaks', () => {
    const text = longBriefing(300_000);
    const parts = splitParts(text);
    assertCovers(text, parts);
    assert.ok(parts.length >= 10, `${parts.length} parts`);
    for (const p of parts.slice(0, -1)) {
      assert.match(text.slice(p.end - 2, p.end), /\n\s*$/, 'a part ends at a line break');
      assert.ok(p.end - p.start <= 32 * 1024, 'no part is longer than the limit');
    }
  });

  it('moves only the parts next to an edit: every other part keeps its text', () => {
    const text = longBriefing(300_000);
    const at = text.indexOf('\n\n', 150_000);
    const edited = `${text.slice(0, at)} A new sentence about the Aral Sea, added by the reader.${text.slice(at)}`;
    const before = new Set(textsOf(text, splitParts(text)));
    const after = textsOf(edited, splitParts(edited));
    const changed = after.filter((t) => !before.has(t));
    assert.ok(changed.length >= 1 && changed.length <= 2, `${changed.length} parts changed of ${after.length}`);
  });

  it('cuts a version after an edit as it cuts the text afresh, cutting again only around the edit', () => {
    const paragraphs = sampleTexts().flatMap((t) => t.split(/\n\s*\n/));
    // Long paragraphs and lines without breaks reach the cuts forced by length too.
    const pieces = fc.oneof(
      { arbitrary: fc.constantFrom(...paragraphs), weight: 6 },
      { arbitrary: fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' '.repeat(300), 'word '.repeat(3000)), weight: 1 },
      // Pages with no blank line, cut by length at line breaks.
      { arbitrary: fc.array(fc.constantFrom(...paragraphs), { minLength: 20, maxLength: 60 }).map((p) => p.join('\n')), weight: 1 },
    );
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 30_000 }),
      insert: fc.oneof(fc.constantFrom('', '\n\n', 'A new paragraph.\n\n', ' word'), fc.array(pieces, { maxLength: 4 }).map((p) => p.join('\n\n'))),
    });
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 150, maxLength: 400 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start.join('\n\n');
        const splitter = new PartSplitter();
        assert.deepEqual(splitter.split(text), splitParts(text));
        for (const { at, remove, insert } of edits) {
          const from = Math.floor(at * text.length);
          const edited = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + remove));
          assert.deepEqual(splitter.split(edited, textChange(text, edited)), splitParts(edited));
          text = edited;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('cuts again from a part chosen by content, never from one cut by length', () => {
    // After a cut forced by length, the next cut chosen by content may be nearer than the least
    // length between two: where cutting starts again decides whether it is made.
    const paragraphs = sampleTexts().flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.length > 100);
    const page = (chars: number) => {
      const lines: string[] = [];
      for (let i = 0, n = 0; n < chars; i++) n += lines[lines.push(paragraphs[i % paragraphs.length]!.replace(/\n/g, ' ')) - 1]!.length + 1;
      return lines.join('\n');
    };
    const blocks: string[] = [];
    // Numbered, so that their openings, and the cuts they allow, vary.
    const numbered = (from: number) => Array.from({ length: 12 }, (_, k) => `${from + k}. ${paragraphs[(from + k) % paragraphs.length]}`);
    for (let i = 0; i < 12; i++) blocks.push(numbered(i * 12).join('\n\n'), page(12_500 + 300 * i));
    const text = blocks.join('\n\n');
    const parts = splitParts(text);
    const nearAfterForced = parts.filter((p, i) => i > 0 && i + 1 < parts.length && !/\n[ \t]*\r?\n\s*$/.test(text.slice(0, p.start)) && parts[i + 1]!.start - p.start < 2048);
    assert.ok(nearAfterForced.length > 0, 'the text has a cut chosen by content soon after one forced by length');
    for (const forced of nearAfterForced) {
      const splitter = new PartSplitter();
      splitter.split(text);
      const at = forced.start + 100;
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      assert.deepEqual(splitter.split(edited, textChange(text, edited)), splitParts(edited));
    }
  });

  it('cuts one enormous line at spaces, or anywhere but inside a surrogate pair', () => {
    const spaced = 'word '.repeat(40_000);
    const spacedParts = splitParts(spaced);
    assertCovers(spaced, spacedParts);
    for (const p of spacedParts.slice(0, -1)) assert.equal(spaced[p.end - 1], ' ');
    const emoji = '😀'.repeat(60_000);
    const emojiParts = splitParts(emoji);
    assertCovers(emoji, emojiParts);
    for (const p of emojiParts) assert.equal(p.start % 2, 0, 'never between the halves of a pair');
  });

  it('covers the text exactly at its edges: no part past the end, no empty part, and pages of blank lines', () => {
    for (const text of ['x'.repeat(60_000), `${'word '.repeat(10_000)}x`, '\n'.repeat(300_000), `${'a'.repeat(33_000)}\n\n${'b'.repeat(33_000)}`]) {
      const parts = splitParts(text);
      assertCovers(text, parts);
      for (const p of parts) assert.ok(p.end > p.start && p.end <= text.length, `${p.start}-${p.end} of ${text.length}`);
    }
  });

  it('gives one entity for a name mentioned in many parts, its mentions in document order', () => {
    const text = longBriefing(200_000);
    const analysis = analyze(text);
    const byName = new Map<string, number>();
    for (const e of analysis.entities) byName.set(e.name.toLowerCase(), (byName.get(e.name.toLowerCase()) ?? 0) + 1);
    assert.deepEqual([...byName].filter(([, n]) => n > 1), [], 'no name is two entities');
    const widest = analysis.entities.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    assert.ok(widest.mentions[widest.mentions.length - 1]!.start > 150_000, `${widest.name} is mentioned to the end`);
    for (const e of analysis.entities) {
      assert.equal(e.id, `${e.type}:${e.name}`);
      assert.ok(!e.aliases.includes(e.name));
      e.mentions.forEach((m, i) => {
        assert.equal(text.slice(m.start, m.end), m.text);
        if (i > 0) assert.ok(m.start > e.mentions[i - 1]!.start);
      });
    }
    for (const f of analysis.figures) assert.equal(text.slice(f.start, f.end), f.text);
    for (const c of analysis.citations) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('reads the metadata lines of every part: deep in a long document, a metadata line gives its date and no other figure', () => {
    const before = longBriefing(100_000);
    const header = 'Published: 14 March 2024\nWord count: 1,270 words';
    const text = `${before}\n\n${header}\n\n${longBriefing(40_000)}`;
    const at = text.indexOf(header);
    assert.ok(splitParts(text).find((p) => p.start <= at && p.end > at)!.start > 0, 'the line is in a later part');
    const inHeader = analyze(text).figures.filter((f) => f.start >= at && f.end <= at + header.length);
    assert.deepEqual(inHeader.map((f) => [f.kind, f.text]), [['date', '14 March 2024']]);
  });

  it('keeps every span true and every entity one, on long documents spliced at random, before and after a random edit', () => {
    const paragraphs = sampleTexts().flatMap((t) => t.split(/\n\s*\n/));
    const piece = fc.oneof(fc.constantFrom(...paragraphs), fc.constantFrom('\n\n\n', '😀 ', 'Ж', '\r\n', '(Reuters, May 2)', 'A. B. C. '), fc.string({ maxLength: 40 }));
    const document = fc.array(piece, { minLength: 100, maxLength: 200 }).map((pieces) => {
      let text = pieces.join('\n\n');
      while (text.length < 40_000) text += `\n\n${text}`;
      return text;
    });
    fc.assert(
      fc.property(document, fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 60 }), (text, where, inserted) => {
        assert.ok(splitParts(text).length > 1, 'long enough to be analysed in parts');
        const cache = new PartCache({ keepTags: true });
        const at = Math.floor(text.length * where);
        for (const version of [text, text.slice(0, at) + inserted + text.slice(at)]) {
          const analysis = cache.analyze(version);
          const spans = [...analysis.entities.flatMap((e) => e.mentions), ...analysis.figures, ...analysis.citations];
          for (const span of spans) assert.equal(version.slice(span.start, span.end), span.text);
          assert.equal(new Set(analysis.entities.map((e) => e.id)).size, analysis.entities.length, 'entity ids are unique');
          assert.deepEqual(analysis, analyze(version), 'what a fresh analysis gives');
        }
      }),
      { numRuns: 6 },
    );
  });

  for (const keepTags of [false, true]) it(`gives what a fresh analysis gives after any sequence of edits: typing, deleting, moving and retyping text${keepTags ? ", compromise's tags kept" : ''}`, () => {
    const edit = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'move', 'upper'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      to: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat({ max: 6000 }),
      inserted: fc.constantFrom('\n\n', 'Kassym-Jomart Tokayev said ', '40 percent. ', '\r\n', '😀', 'x'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 4, maxLength: 8 }), (edits) => {
        let text = longBriefing(60_000);
        const cache = new PartCache({ keepTags });
        cache.analyze(text);
        for (const { kind, at: where, to: whither, length, inserted } of edits) {
          const at = Math.floor(text.length * where);
          const end = Math.min(text.length, at + length);
          if (kind === 'insert') text = text.slice(0, at) + inserted + text.slice(at);
          if (kind === 'delete') text = text.slice(0, at) + text.slice(end);
          if (kind === 'upper') text = text.slice(0, at) + text.slice(at, end).toUpperCase() + text.slice(end);
          if (kind === 'move') {
            const rest = text.slice(0, at) + text.slice(end);
            const to = Math.floor(rest.length * whither);
            text = rest.slice(0, to) + text.slice(at, end) + rest.slice(to);
          }
          assert.deepEqual(cache.analyze(text), analyze(text));
        }
      }),
      { numRuns: 3 },
    );
  });

  it('after an edit, re-analyses only what changed and gives what a fresh analysis gives', () => {
    const text = longBriefing(150_000);
    const cache = new PartCache();
    assert.deepEqual(cache.analyze(text), analyze(text));
    const parts = splitParts(text).length;
    assert.deepEqual([cache.analysed, cache.reused], [parts, 0]);
    let edited = text;
    for (const where of [0.2, 0.5, 0.9]) {
      const at = edited.indexOf('\n\n', Math.floor(edited.length * where));
      edited = `${edited.slice(0, at)}\n\nThe Ministry of Water Resources in Nukus said 40 percent of the canal was lost.${edited.slice(at)}`;
      assert.deepEqual(cache.analyze(edited), analyze(edited));
      assert.ok(cache.analysed >= 1 && cache.analysed <= 2, `${cache.analysed} parts analysed again`);
      assert.equal(cache.reused, splitParts(edited).length - cache.analysed);
    }
    const shortened = edited.slice(0, 40_000);
    assert.deepEqual(cache.analyze(shortened), analyze(shortened));
  });

  it("tags again only the words around an edit when compromise's tags are kept, and gives what a fresh analysis gives", () => {
    const text = sampleTexts().join('\n\n');
    const cache = new PartCache({ keepTags: true });
    assert.deepEqual(cache.analyze(text), analyze(text));
    const first = cache.tagged;
    assert.ok(first > 20, `${first} windows tagged at first`);
    // New words that only compromise can settle ("Reacting", "Partners" open sentences).
    const at = text.indexOf('\n\n', text.length >> 1);
    const sentence = 'Reacting to the news, Partners of Ulan Batyr Holdings said Aidos Sarym would meet Dana Zhol in Turkestan.';
    let edited = `${text.slice(0, at)}\n\n${sentence}${text.slice(at)}`;
    assert.deepEqual(cache.analyze(edited), analyze(edited));
    const afterEdit = cache.tagged;
    assert.ok(afterEdit > 0 && afterEdit < first / 4, `${afterEdit} windows tagged after the edit, of ${first}`);
    // An edit elsewhere: the words of the first are found too, from the version before.
    const elsewhere = edited.indexOf('\n\n', edited.length >> 2);
    edited = `${edited.slice(0, elsewhere)}\n\nThe ministry said 12 inspectors would arrive.${edited.slice(elsewhere)}`;
    assert.deepEqual(cache.analyze(edited), analyze(edited));
    assert.equal(cache.tagged, 0, 'every window found');
  });

  it('keeps no earlier version of the text alive: what it keeps of unchanged parts holds only their own text', () => {
    // A slice of a long string is a view of it in V8: parts and outline stretches kept from the first
    // version would hold that whole version, and one more for every edit after it. compromise's tags
    // are kept too, as the worker keeps them.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const cache = new PartCache({ keepTags: true });
    // Each version is a fresh flat string, as a document's text arrives from the editor.
    const fresh = (text: string) => Buffer.from(text, 'utf16le').toString('utf16le');
    let text = fresh(longBriefing(300_000));
    cache.analyzeParts(text);
    collect();
    const before = process.memoryUsage().heapUsed;
    const edits = 12;
    for (let i = 0; i < edits; i++) {
      const at = text.indexOf('\n\n', Math.floor(text.length * ((i * 7) % 10) / 10));
      text = fresh(`${text.slice(0, at)}\n\nThe ministry said ${i + 2} inspectors would arrive.${text.slice(at)}`);
      cache.analyzeParts(text);
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    // Less than one version of the text (two bytes a character): the kept parts' own copies are a few KB each.
    assert.ok(grown < 2 * text.length, `the heap grew by ${(grown / 1e6).toFixed(2)} MB over ${edits} edits`);
  });
});
