import { strict as assert } from 'assert';
import { TokenizedDocument, grammarFixtures } from './tokenize';

describe('grammar: figures and dates', () => {
  let garrison: TokenizedDocument, wire: TokenizedDocument;
  before(async () => ({ garrison, wire } = await grammarFixtures()));

  // Each figure must carry its scope over exactly its own text: no more, no less.
  const expectFigure = (doc: () => TokenizedDocument, scope: string, text: string, occurrence = 0) =>
    it(`"${text}" is ${scope}`, () => assert.equal(doc().extentOf(scope, text, occurrence), text));

  expectFigure(() => garrison, 'constant.numeric.integer.briefing', '17,000');
  expectFigure(() => garrison, 'constant.numeric.integer.briefing', '1,250');
  expectFigure(() => wire, 'constant.numeric.integer.briefing', '2,500');
  expectFigure(() => wire, 'constant.numeric.decimal.briefing', '1.5 million');
  expectFigure(() => garrison, 'constant.numeric.money.briefing', '$3.1 million');
  expectFigure(() => garrison, 'constant.numeric.money.briefing', '€2.5bn');
  expectFigure(() => garrison, 'constant.numeric.money.briefing', '£40m');
  expectFigure(() => garrison, 'constant.numeric.money.briefing', '3.75 million tenge');
  expectFigure(() => wire, 'constant.numeric.money.briefing', 'US$250,000');
  expectFigure(() => garrison, 'constant.numeric.percentage.briefing', '12%');
  expectFigure(() => garrison, 'constant.numeric.percentage.briefing', '40 percent');
  expectFigure(() => wire, 'constant.numeric.percentage.briefing', '3.5%');
  expectFigure(() => garrison, 'constant.numeric.duration.briefing', 'six-month');
  expectFigure(() => garrison, 'constant.numeric.duration.briefing', '12 months');
  expectFigure(() => wire, 'constant.numeric.duration.briefing', '18 months');
  expectFigure(() => wire, 'constant.numeric.duration.briefing', 'two years');

  expectFigure(() => garrison, 'constant.numeric.date.briefing', 'June 28');
  expectFigure(() => garrison, 'constant.numeric.date.briefing', '28 June 2005');
  expectFigure(() => garrison, 'constant.numeric.date.briefing', '2005-06-28');
  expectFigure(() => wire, 'constant.numeric.date.briefing', '29-30 January');

  it('scopes a bare year after a time preposition as a date, not the preposition', () => {
    assert.equal(garrison.extentOf('constant.numeric.date.briefing', '2004'), '2004');
    assert.equal(garrison.extentOf('constant.numeric.date.briefing', 'in 2004'), '');
    assert.equal(wire.extentOf('constant.numeric.date.briefing', '1999'), '1999');
  });

  it('leaves bare months, ordinary words and numbers inside words alone', async () => {
    const doc = await TokenizedDocument.of('In June the FBIS3 desk may report; 21st of May.');
    assert.deepEqual([...doc.scopesOnLine(0)], ['text.briefing']);
  });
});
