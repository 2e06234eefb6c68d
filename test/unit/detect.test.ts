import { strict as assert } from 'assert';
import { looksLikeBriefing } from '../../src/core/detect';

const prose =
  'The ministry said on Tuesday that the new agreement would be signed in the capital before the end of the month.';

describe('looksLikeBriefing', () => {
  it('accepts a metadata line among the opening lines', () => {
    assert.ok(looksLikeBriefing('Publication: Northern Affairs Monitor Volume: 3 Issue: 14\n\n' + prose));
    assert.ok(looksLikeBriefing('Some headline\nSource: Harbour Gazette\n'));
    assert.ok(looksLikeBriefing('Date: March 3, 2011\n' + prose));
    assert.ok(looksLikeBriefing('Lake Dispute Deepens\nBy Marta Lindqvist\n\n' + prose));
  });

  it('accepts an upper-case headline followed by prose', () => {
    assert.ok(looksLikeBriefing('PORT STRIKE SPREADS TO THE NORTHERN TERMINALS\n\n' + prose));
  });

  it('skips capture furniture before the headline', () => {
    assert.ok(looksLikeBriefing('Placeholder canvas\n\nPORT STRIKE SPREADS NORTH\n\n' + prose));
  });

  it('accepts CRLF line endings, a byte-order mark and non-Latin capitals', () => {
    assert.ok(looksLikeBriefing('\uFEFFÉMEUTES À ŁÓDŹ ET AU-DELÀ\r\n\r\n' + prose));
  });

  it('rejects ordinary notes, lists and code', () => {
    assert.ok(!looksLikeBriefing(''));
    assert.ok(!looksLikeBriefing('buy milk\ncall the plumber\n'));
    assert.ok(!looksLikeBriefing('TODO LIST\n- buy milk\n- fix the bike\n'));
    assert.ok(!looksLikeBriefing('const X = 1;\nfunction f() { return X; }\n'));
    assert.ok(!looksLikeBriefing('By the way, the meeting moved to Friday.\n' + prose.toLowerCase()));
    assert.ok(!looksLikeBriefing('ERROR 42 AT STARTUP\nERROR 43 AT SHUTDOWN\n'));
  });

  it('does not count a lower-case "date:" inside prose, nor markers far down the file', () => {
    assert.ok(!looksLikeBriefing('we agreed on a date: next week.\n'));
    assert.ok(!looksLikeBriefing('a\nb\nc\nd\ne\nf\ng\nPublication: Late Monitor\n'));
  });
});
