import { strict as assert } from 'assert';
import fc from 'fast-check';
import { describeEntity } from '../../src/core/entityCard';
import { indexOf } from '../../src/core/analysisIndex';
import { entityById, mentionAt, sentenceAt } from '../../src/core/lookup';
import { excerpt, firstWords } from '../../src/core/snippet';
import { analysisOf, citation, entity, figure } from './support/handAnalysis';

const text = [
  'HARBOUR TALKS STALL',
  '',
  'Foreign Minister Anna Kowalczyk met officials of the Harbour Authority in Velmora on May 4. Kowalczyk promised $3.1 million for the quays (Coastal Herald, May 5).',
  'The Harbour Authority said Velmora handled 40 percent less cargo. Kowalczyk and the Harbour Authority meet again in Ostrava.',
].join('\n');

const kowalczyk = entity(text, 'person', 'Anna Kowalczyk', { role: 'Foreign Minister', aliases: ['Kowalczyk'] });
const authority = entity(text, 'organization', 'Harbour Authority');
const velmora = entity(text, 'place', 'Velmora');
const ostrava = entity(text, 'place', 'Ostrava');
const money = figure(text, '$3.1 million', 'money', 3100000, 'USD');
const percent = figure(text, '40 percent', 'percent', 40, 'percent');
const cited = citation(text, '(Coastal Herald, May 5)', 'Coastal Herald', ['May 5']);
const citedDate = figure(text, 'May 5', 'date', null, null);
const analysis = analysisOf(text, {
  entities: [kowalczyk, authority, velmora, ostrava],
  figures: [money, citedDate, percent],
  citations: [cited],
});

describe('lookup', () => {
  it('finds the mention, figure and citation under an offset, touching either end', () => {
    const at = text.indexOf('Kowalczyk promised');
    assert.equal(mentionAt(analysis, text, at)?.entity.id, 'person:Anna Kowalczyk');
    assert.equal(mentionAt(analysis, text, at + 'Kowalczyk'.length)?.mention.start, at);
    assert.equal(mentionAt(analysis, text, text.indexOf('promised') + 2), undefined);
    assert.equal(indexOf(analysis, text).figureAt(text.indexOf('3.1'))?.value, 3100000);
    assert.equal(indexOf(analysis, text).citationAt(text.indexOf('May 5'))?.source, 'Coastal Herald');
    assert.equal(entityById(analysis, 'place:Ostrava')?.name, 'Ostrava');
  });

  it('falls back to the line when the engine found no sentence there', () => {
    const bare = analysisOf(text, { sentences: [] });
    const s = sentenceAt(bare, text, 3);
    assert.equal(text.slice(s.start, s.end), 'HARBOUR TALKS STALL');
  });
});

describe('describeEntity', () => {
  const card = describeEntity(analysis, text, kowalczyk);

  it('gives name, type, role, aliases and the number of mentions', () => {
    assert.equal(card.name, 'Anna Kowalczyk');
    assert.equal(card.type, 'person');
    assert.equal(card.role, 'Foreign Minister');
    assert.deepEqual(card.aliases, ['Kowalczyk']);
    assert.equal(card.mentionCount, 3);
  });

  it('quotes the first mention sentence with its zero-based line', () => {
    assert.deepEqual(card.firstMention, {
      line: 2,
      sentence: 'Foreign Minister Anna Kowalczyk met officials of the Harbour Authority in Velmora on May 4.',
    });
  });

  it('counts the first mention line as the editor does when lines end in CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const crlfKowalczyk = entity(crlf, 'person', 'Anna Kowalczyk', { aliases: ['Kowalczyk'] });
    const crlfCard = describeEntity(analysisOf(crlf, { entities: [crlfKowalczyk] }), crlf, crlfKowalczyk);
    assert.equal(crlfCard.firstMention?.line, 2);
    assert.ok(!/\r/.test(crlfCard.firstMention?.sentence ?? '\r'));
  });

  it('ranks the entities named in the same sentences', () => {
    assert.deepEqual(
      card.companions.map((c) => [c.name, c.sentences]),
      [
        ['Harbour Authority', 2],
        ['Ostrava', 1],
        ['Velmora', 1],
      ],
    );
  });

  it('collects figures and citations only from sentences that mention the entity, a cited date once, with its citation', () => {
    assert.deepEqual(
      card.figures.map((f) => f.text),
      ['$3.1 million'],
    );
    assert.deepEqual(
      card.citations.map((c) => c.source),
      ['Coastal Herald'],
    );
    assert.equal(card.figureTotal, 1);
    const authorityCard = describeEntity(analysis, text, authority);
    assert.deepEqual(
      authorityCard.figures.map((f) => f.text),
      ['40 percent'],
    );
  });
});

describe('snippets', () => {
  it('excerpts a mention within its own line and marks where it sits', () => {
    const start = text.indexOf('Velmora handled');
    const result = excerpt(text, start, start + 'Velmora'.length, 20);
    assert.equal(result.text, '…Authority said Velmora handled 40 percent…');
    assert.equal(result.text.slice(...result.highlight), 'Velmora');
  });

  it('stops at line breaks instead of running into the neighbouring line', () => {
    const result = excerpt(text, 0, 7, 30);
    assert.equal(result.text, 'HARBOUR TALKS STALL');
  });

  it('excerpts as the plain regular-expression reading does, on any mix of words, spaces and line breaks', () => {
    // The first, simplest excerpt: the scan that replaced it for speed must read every text alike.
    const reference = (t: string, start: number, end: number, width: number): string => {
      const from = Math.max(0, start - width);
      const to = Math.min(t.length, end + width);
      let before = t.slice(from, start).replace(/^.*[\r\n]/s, '');
      let after = t.slice(end, to).replace(/[\r\n].*$/s, '');
      if (before.length === start - from && from > 0 && !/[\r\n]/.test(t[from - 1]!)) {
        before = '…' + (/\s/.test(t[from - 1]!) ? before : before.replace(/^\S*/, '')).trimStart();
      }
      if (after.length === to - end && to < t.length && !/[\r\n]/.test(t[to]!)) {
        after = (/\s/.test(t[to]!) ? after : after.replace(/\S*$/, '')).trimEnd() + '…';
      }
      return before.replace(/\s+/g, ' ').trimStart() + t.slice(start, end).replace(/\s+/g, ' ').trim() + after.replace(/\s+/g, ' ').trimEnd();
    };
    const piece = fc.constantFrom('a', 'Bc', ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '\r', '\u2028', '.', 'Жд', '😀');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join('')), fc.nat(), fc.nat(), fc.nat({ max: 8 }), (t, a, b, width) => {
      const start = a % (t.length + 1);
      const end = start + (b % (t.length - start + 1));
      const result = excerpt(t, start, end, width);
      assert.equal(result.text, reference(t, start, end, width));
    }), { numRuns: 2000 });
  });

  it('names a paragraph by its first words', () => {
    assert.equal(firstWords('The Harbour Authority said Velmora handled 40 percent', 4), 'The Harbour Authority said…');
    assert.equal(firstWords('Short  line'), 'Short line');
  });
});
