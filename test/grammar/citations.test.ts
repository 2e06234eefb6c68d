import { strict as assert } from 'assert';
import { TokenizedDocument, grammarFixtures } from './tokenize';

const CITATION = 'meta.citation.briefing';
const SOURCE = 'entity.name.type.citation-source.briefing';
const DATE = 'constant.numeric.date.briefing';

describe('grammar: citations', () => {
  let garrison: TokenizedDocument, border: TokenizedDocument, wire: TokenizedDocument;
  before(async () => ({ garrison, border, wire } = await grammarFixtures()));

  it('scopes "(Source, date, day)" whole, with its source, dates and punctuation', () => {
    assert.equal(garrison.extentOf(CITATION, '(Interfax'), '(Interfax, March 3, 5)');
    assert.equal(garrison.extentOf('punctuation.definition.citation.begin.briefing', '(Interfax'), '(');
    assert.equal(garrison.extentOf(SOURCE, 'Interfax'), 'Interfax');
    // Italic for the publication, and entity.name innermost so its colour wins over an italic colour.
    assert.deepEqual(garrison.scopesAt('Interfax').slice(-2), ['markup.italic.citation-source.briefing', SOURCE]);
    assert.equal(garrison.extentOf('punctuation.separator.citation.briefing', ', March 3'), ',');
    assert.equal(garrison.extentOf(DATE, 'March 3'), 'March 3');
    assert.equal(garrison.extentOf(DATE, '5)'), '5');
    assert.equal(garrison.extentOf('punctuation.definition.citation.end.briefing', ').'), ')');
  });

  it('reads a source of several words, several sources, and the date first', () => {
    assert.equal(garrison.extentOf(SOURCE, 'Kursiv'), 'Kursiv');
    assert.equal(garrison.extentOf(SOURCE, 'Kazakhstanskaya'), 'Kazakhstanskaya pravda');
    assert.equal(garrison.extentOf(DATE, 'June 30'), 'June 30');
    assert.equal(garrison.extentOf(SOURCE, 'Khabar'), 'Khabar TV');
    assert.equal(garrison.extentOf(DATE, 'July 2'), 'July 2');
    assert.equal(garrison.extentOf(CITATION, '(14 July'), '(14 July, Vremya)');
    assert.equal(garrison.extentOf(DATE, '14 July'), '14 July');
    assert.equal(garrison.extentOf(SOURCE, 'Vremya'), 'Vremya');
  });

  it('does not take a gloss, a dateless source or a count for a citation', () => {
    assert.equal(garrison.extentOf(CITATION, '(lower house'), '');
    assert.equal(wire.extentOf(CITATION, '(TASS)'), '');
    const count = 'Light vests (3,080) arrived.';
    return TokenizedDocument.of(count).then((doc) => assert.equal(doc.extentOf(CITATION, '(3,080)'), ''));
  });

  it('follows a citation that wraps onto the next line', () => {
    assert.equal(wire.extentOf(CITATION, '(Interfax,'), '(Interfax,');
    assert.equal(wire.extentOf(CITATION, 'June 4).'), 'June 4)');
    assert.equal(wire.extentOf(DATE, 'June 4'), 'June 4');
  });

  it('ends an unclosed citation at the end of its paragraph', () => {
    assert.equal(border.extentOf(CITATION, '(Interfax, March 16'), '(Interfax, March 16 and then never closed its parenthesis');
    assert.equal(border.extentOf(CITATION, 'Still outside'), '');
    assert.equal(border.extentOf('constant.numeric.integer.briefing', '60 guards'), '60');
  });
});
