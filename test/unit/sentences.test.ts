import { strict as assert } from 'assert';
import { splitSentences } from '../../src/core/sentences';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital', () => {
    assert.deepEqual(sentencesOf('The convoy left. Was it stopped? No! It crossed.'), [
      'The convoy left.', 'Was it stopped?', 'No!', 'It crossed.',
    ]);
  });

  it('keeps abbreviations, initials and dotted acronyms inside the sentence', () => {
    const text = 'Mr. Abenov met Lt.-General Sarsen Bekov and Gen. Orlov on Jan. 5 at the U.S. Embassy. J. R. Doe was there.';
    assert.deepEqual(sentencesOf(text), [
      'Mr. Abenov met Lt.-General Sarsen Bekov and Gen. Orlov on Jan. 5 at the U.S. Embassy.',
      'J. R. Doe was there.',
    ]);
  });

  it('ends a sentence after an acronym when a typical opener follows', () => {
    assert.deepEqual(sentencesOf('Aid came from the U.S. The rest came later.'), ['Aid came from the U.S.', 'The rest came later.']);
  });

  it('keeps closing quotes and a trailing citation with their sentence', () => {
    const text = 'He asked: “Why wait?” (Kabar, May 2). Then he left.';
    assert.deepEqual(sentencesOf(text), ['He asked: “Why wait?” (Kabar, May 2).', 'Then he left.']);
  });

  it('does not split a wrapped line but always splits between paragraphs and after a headline', () => {
    const text = 'BORDER TALKS STALL\n\nThe talks in Osh\nfailed again\n\nA new round is due';
    assert.deepEqual(sentencesOf(text), ['BORDER TALKS STALL', 'The talks in Osh\nfailed again', 'A new round is due']);
  });

  it('gives metadata lines sentences of their own even without blank lines', () => {
    const text = 'Publication: Steppe Review\nDate: May 3, 2011\nBy Jane Roe';
    assert.deepEqual(sentencesOf(text), ['Publication: Steppe Review', 'Date: May 3, 2011', 'By Jane Roe']);
  });

  it('handles empty text, CRLF, Unicode and a very long line', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences('  \r\n \n'), []);
    assert.deepEqual(sentencesOf('Ерлан ушёл. Zażółć gęślą.\r\n\r\nÜberall 🙂 ruhig.'), ['Ерлан ушёл.', 'Zażółć gęślą.', 'Überall 🙂 ruhig.']);
    const long = 'The ministry said so. '.repeat(20000);
    assert.equal(splitSentences(long).length, 20000);
  });

  it('reads pathological punctuation as two sentences (speed belongs in benchmarks, not here)', () => {
    const text = '.'.repeat(200000) + ' A' + ' a.a.a.a.'.repeat(20000);
    assert.deepEqual(splitSentences(text), [{ start: 0, end: 200000 }, { start: 200001, end: text.length }]);
  });
});
