import { strict as assert } from 'assert';
import { TokenizedDocument, grammarFixtures } from './tokenize';

const DOUBLE = 'string.quoted.double.briefing';
const SINGLE = 'string.quoted.single.briefing';
const QUOTED = 'string.quoted';

describe('grammar: quotations', () => {
  let garrison: TokenizedDocument, border: TokenizedDocument, wire: TokenizedDocument;
  before(async () => ({ garrison, border, wire } = await grammarFixtures()));

  it('scopes straight and curly double quotes with their marks', () => {
    assert.equal(garrison.extentOf(DOUBLE, 'caught'), '"caught asleep"');
    assert.equal(garrison.extentOf('punctuation.definition.string.begin.briefing', '"caught'), '"');
    assert.equal(garrison.extentOf('punctuation.definition.string.end.briefing', '" again'), '"');
    assert.equal(garrison.extentOf(DOUBLE, 'HOLD'), '“HOLD THE LINE”');
  });

  it('keeps an apostrophe inside a quotation from closing it or opening another', () => {
    assert.equal(garrison.extentOf(DOUBLE, 'improved'), '"improved beyond what Zhaksybekov’s critics expected"');
    assert.ok(!garrison.scopesAt('s critics').includes(SINGLE));
  });

  it("never opens a quotation at an apostrophe inside a word (O'Neill, brigade's)", () => {
    assert.equal(garrison.extentOf(QUOTED, "O'Neill"), '');
    assert.equal(garrison.extentOf(QUOTED, "'Neill"), '');
    assert.equal(garrison.extentOf(QUOTED, 'Neill, the British'), '');
    assert.equal(garrison.extentOf(QUOTED, "brigade's"), '');
    assert.equal(garrison.extentOf(QUOTED, 's readiness'), '');
  });

  it('scopes curly and straight single quotes, nested or not', () => {
    assert.equal(garrison.extentOf(SINGLE, 'a rehearsal'), '‘a rehearsal, not a threat’');
    assert.equal(garrison.extentOf(SINGLE, 'peace dividend'), "'peace dividend'");
    assert.equal(wire.extentOf(SINGLE, 'local'), "'local'");
    assert.ok(wire.scopesAt('local').includes(DOUBLE), 'the single quote is nested in the double one');
    assert.equal(wire.extentOf(DOUBLE, 'the ministry'), `"the ministry's fault, not the 'local' staff's."`);
  });

  it('colours figures inside a quotation', () => {
    assert.equal(wire.extentOf('constant.numeric.money.briefing', 'US$250,000'), 'US$250,000');
    assert.ok(wire.scopesAt('US$250,000').includes(DOUBLE));
  });

  it('ends an unclosed curly quote at the end of its paragraph', () => {
    const { line } = border.locate('“running');
    assert.equal(border.extentOf(DOUBLE, '“running'), border.lines[line].slice(border.locate('“running').column));
    assert.equal(border.extentOf(QUOTED, 'The next paragraph'), '');
    assert.equal(border.extentOf('constant.numeric.integer.briefing', '300'), '300');
  });

  it('ends an unclosed straight quote at the end of its paragraph', () => {
    assert.ok(border.scopesAt('broken').includes(DOUBLE));
    assert.equal(border.extentOf(QUOTED, 'After the straight quote'), '');
    assert.equal(border.extentOf('constant.numeric.date.briefing', 'March 15'), 'March 15');
  });

  it('lets a quotation wrap, and ends it where an indented paragraph begins', () => {
    assert.equal(border.extentOf(DOUBLE, 'wraps onto'), 'wraps onto this line without closing');
    assert.equal(border.extentOf(QUOTED, 'A new indented'), '');
    assert.equal(border.extentOf('constant.numeric.integer.briefing', '12 vehicles'), '12');
  });
});
