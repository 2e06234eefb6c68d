import { strict as assert } from 'assert';
import { extractCitations } from '../../src/core/citations';

const cite = (text: string) => extractCitations(text).map((c) => ({ text: c.text, source: c.source, dates: c.dates }));

describe('extractCitations', () => {
  it('reads a source and a date', () => {
    assert.deepEqual(cite('The ministry asked for more (Kursiv gazeta, June 28).'), [
      { text: '(Kursiv gazeta, June 28)', source: 'Kursiv gazeta', dates: ['June 28'] },
    ]);
  });

  it('expands a continued day and keeps the date as written', () => {
    assert.deepEqual(cite('(Kabar, July 1, 4)'), [{ text: '(Kabar, July 1, 4)', source: 'Kabar', dates: ['July 1', 'July 4'] }]);
    assert.deepEqual(cite('(Kabar, 21 October 1996)')[0].dates, ['21 October 1996']);
    assert.deepEqual(cite('(Kabar, 11-12 October)')[0].dates, ['11-12 October']);
    assert.deepEqual(cite('(Kabar, June 28, 2005)')[0].dates, ['June 28, 2005']);
  });

  it('accepts the date before the source', () => {
    assert.deepEqual(cite('(14 September, Almaty TV)'), [{ text: '(14 September, Almaty TV)', source: 'Almaty TV', dates: ['14 September'] }]);
  });

  it('joins several sources with "; " and lists every date', () => {
    assert.deepEqual(cite('(Vremya, March 3; Khabar TV, March 4)'), [
      { text: '(Vremya, March 3; Khabar TV, March 4)', source: 'Vremya; Khabar TV', dates: ['March 3', 'March 4'] },
    ]);
  });

  it('leaves a pointer word and an issue number out of the source', () => {
    assert.deepEqual(cite('(see Steppe Monitor, June 3)')[0].source, 'Steppe Monitor');
    assert.deepEqual(cite('(Vlast, No. 25, June 27)'), [{ text: '(Vlast, No. 25, June 27)', source: 'Vlast', dates: ['June 27'] }]);
    assert.deepEqual(cite('(kursiv.kz, May 3)')[0].source, 'kursiv.kz');
    assert.deepEqual(cite('(Vremya, 2 March, page 1)')[0].source, 'Vremya');
    assert.deepEqual(cite('(Kabar, June 30, citing the Defence Ministry)')[0].source, 'Kabar');
  });

  it('crosses a line break and normalises the date’s whitespace', () => {
    const text = 'as reported (Rompres, \n13 April\n1994) earlier';
    const [c] = extractCitations(text);
    assert.equal(c.text, '(Rompres, \n13 April\n1994)');
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.deepEqual(c.dates, ['13 April 1994']);
    assert.equal(c.source, 'Rompres');
  });

  it('rejects date-only parentheses, sources without dates and remarks', () => {
    assert.deepEqual(cite('Kabar reported (3 May) that (TASS) and (KAZBAT) and (upper chamber) agreed.'), []);
    assert.deepEqual(cite('(Tajikistan has had no transport aircraft since May 2005)'), []);
    assert.deepEqual(cite('(the agency said on June 3)'), []);
    assert.deepEqual(cite('(AUTHOR: NOBODY. QUESTIONS, PLEASE CALL (703) 555-0100)'), []);
  });

  it('does not cross a blank line or read nested parentheses as one', () => {
    assert.deepEqual(cite('(Kabar,\n\nJune 3)'), []);
    assert.deepEqual(cite('(see (Kabar, June 3))'), [{ text: '(Kabar, June 3)', source: 'Kabar', dates: ['June 3'] }]);
  });

  it('handles empty text, CRLF, curly quotes, Unicode and a long unbalanced text', () => {
    assert.deepEqual(cite(''), []);
    assert.deepEqual(cite('(“Ежедневник”, 3 мая)'), []);
    assert.deepEqual(cite('said so (Kazinform,\r\nMay 5).')[0].dates, ['May 5']);
    assert.deepEqual(cite('(Zaman Қазақстан, 5 May)')[0].source, 'Zaman Қазақстан');
    assert.deepEqual(extractCitations('('.repeat(100000) + ')'.repeat(100000)), []);
  });
});
