import { strict as assert } from 'assert';
import { TokenizedDocument, grammarFixtures } from './tokenize';

describe('grammar: headline and metadata', () => {
  let garrison: TokenizedDocument, border: TokenizedDocument, wire: TokenizedDocument;
  before(async () => ({ garrison, border, wire } = await grammarFixtures()));

  it('scopes the whole upper-case headline as a heading, quotes inside it included', () => {
    const headline = 'STEPPE GARRISON ORDERED TO “HOLD THE LINE” AS BORDER TALKS STALL';
    assert.equal(garrison.extentOf('markup.heading.briefing', 'STEPPE'), headline);
    assert.equal(garrison.extentOf('entity.name.section.briefing', 'STEPPE'), headline);
    assert.equal(garrison.extentOf('string.quoted.double.briefing', 'HOLD'), '“HOLD THE LINE”');
    assert.equal(border.extentOf('entity.name.section.briefing', 'BORDER POST'), 'BORDER POST REPORTS SHORTAGES');
  });

  it('does not take capture furniture, prose or upper-case words inside prose for a headline', () => {
    assert.equal(garrison.extentOf('markup.heading.briefing', 'Placeholder canvas'), '');
    assert.equal(garrison.extentOf('markup.heading.briefing', 'Defence Minister'), '');
    assert.equal(garrison.extentOf('markup.heading.briefing', 'Majilis'), '');
  });

  it('reads a Markdown-style heading', () => {
    assert.equal(wire.extentOf('punctuation.definition.heading.briefing', '##'), '##');
    assert.equal(wire.extentOf('entity.name.section.briefing', 'Outlook'), 'Outlook');
  });

  it('splits a Publication line into keys and values, with issue numbers as text, not figures', () => {
    assert.equal(garrison.extentOf('keyword.other.metadata-key.briefing', 'Publication'), 'Publication');
    assert.equal(garrison.extentOf('punctuation.separator.key-value.briefing', ': Caspian'), ':');
    assert.equal(garrison.extentOf('string.unquoted.metadata-value.briefing', 'Caspian'), 'Caspian Security Monitor');
    assert.equal(garrison.extentOf('keyword.other.metadata-key.briefing', 'Volume'), 'Volume');
    assert.equal(garrison.extentOf('string.unquoted.metadata-value.briefing', '7 Issue'), '7');
    assert.equal(garrison.extentOf('constant.numeric.briefing', '7 Issue'), '');
    assert.equal(garrison.extentOf('keyword.other.metadata-key.briefing', 'Issue'), 'Issue');
    assert.equal(garrison.extentOf('string.unquoted.metadata-value.briefing', '41'), '41');
    assert.ok(garrison.scopesAt('Publication').includes('meta.metadata.briefing'));
  });

  it('colours a date inside a metadata value as a date', () => {
    assert.equal(border.extentOf('keyword.other.metadata-key.briefing', 'Date:'), 'Date');
    assert.equal(border.extentOf('string.unquoted.metadata-value.briefing', '14 March 2006'), '14 March 2006');
    assert.equal(border.extentOf('constant.numeric.date.briefing', '14 March 2006'), '14 March 2006');
  });

  it('reads multi-word keys such as "Article Type:" and FBIS-style header lines', () => {
    assert.equal(wire.extentOf('keyword.other.metadata-key.briefing', 'Article Type'), 'Article Type');
    assert.equal(wire.extentOf('string.unquoted.metadata-value.briefing', 'Wire digest'), 'Wire digest');
    assert.equal(wire.extentOf('keyword.other.metadata-key.briefing', 'Language'), 'Language');
    assert.equal(wire.extentOf('string.unquoted.metadata-value.briefing', 'English'), 'English');
  });

  it('reads a "By" line as a byline, but not prose that opens with "By"', () => {
    assert.equal(border.extentOf('keyword.other.metadata-key.briefing', 'By Aigerim'), 'By');
    assert.equal(border.extentOf('string.unquoted.metadata-value.briefing', 'Aigerim'), 'Aigerim Sultanova');
    assert.equal(wire.extentOf('meta.metadata.briefing', 'By contrast'), '');
    assert.equal(wire.extentOf('keyword.other.metadata-key.briefing', 'By contrast'), '');
  });
});
