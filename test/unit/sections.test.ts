import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractSections } from '../../src/core/sections';
import type { Section } from '../../src/core/types';

const engineFixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../test/fixtures/engine', name), 'utf8');

const outline = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [`${s.kind} ${s.line}`, ...s.children.map((c) => `  ${c.kind} ${c.line}`)]);

describe('extractSections', () => {
  it('reads a web capture: furniture skipped, title, metadata, summary, paragraphs', () => {
    const text = engineFixture('web-capture.txt');
    const sections = extractSections(text);
    assert.deepEqual(outline(sections), ['title 2', 'metadata 4', 'summary 6', 'paragraph 8', 'paragraph 10', 'paragraph 14']);
    assert.equal(sections[0].text, 'TAJIKISTAN READIES BORDER GUARDS FOR “SPRING OFFENSIVE”');
    assert.equal(sections[3].text, 'The government of Tajikistan has moved 4,500 border guards a', 'cut to 60 characters');
    assert.equal(sections[3].text.length, 60);
  });

  it('reads FBIS SGML: header tags are metadata, the caveat and containers are furniture, indented lines open paragraphs', () => {
    const sections = extractSections(engineFixture('fbis-style.txt'));
    assert.deepEqual(outline(sections), [
      'metadata 1', 'metadata 2', 'metadata 6', 'metadata 7', 'metadata 8', 'title 9', 'paragraph 16', 'paragraph 20',
      'metadata 23', 'metadata 25',
    ]);
    assert.equal(sections[3].text, 'Article Type:FBIS', 'trailing space trimmed');
  });

  it('skips the FBIS dissemination caveat', () => {
    const text = [
      '<DATE1>  2 May 1994 </DATE1>',
      'DUE TO COPYRIGHT OR OTHER RESTRICTIONS THE FOLLOWING',
      'ITEM IS FOR FICTIONAL USE ONLY.',
      'Document Type:TEST',
    ].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['metadata 0', 'metadata 3']);
  });

  it('reads YAML front matter and a markdown heading with list items nested under it', () => {
    const text = engineFixture('fact-sheet.md');
    const sections = extractSections(text);
    assert.deepEqual(outline(sections), [
      'metadata 1', 'metadata 2', 'metadata 3', 'metadata 4', 'title 5', 'paragraph 9', 'section 13', '  paragraph 15',
      '  paragraph 18', '  paragraph 23',
    ]);
    const heading = sections[6];
    assert.equal(heading.text, '## Key Measures');
    assert.equal(heading.end, heading.children[2].end, 'a heading spans to the end of its last paragraph');
    assert.equal(text.slice(heading.children[0].start, heading.children[0].start + 5), '-   *');
  });

  it('finds no positional summary in SGML wire items and YAML releases', () => {
    const fbis = '<DOC>\n<H3> <TI>   Talks End </TI></H3>\n<TEXT>\n  [Text] The talks ended today.\n\n  A new round is due in May.\n</TEXT>\n</DOC>';
    assert.deepEqual(outline(extractSections(fbis)), ['title 1', 'paragraph 3', 'paragraph 5']);
    const yaml = '---\ntitle: "Talks End"\n---\n\nThe talks ended today.\n\nA new round is due in May. Both sides agreed.';
    assert.deepEqual(outline(extractSections(yaml)), ['title 1', 'paragraph 4', 'paragraph 6']);
  });

  it('takes the one-sentence lead after a headline as the summary, with no metadata', () => {
    assert.deepEqual(outline(extractSections(engineFixture('bbc-style.txt'))), ['title 0', 'summary 2', 'paragraph 4', 'paragraph 6']);
  });

  it('recognises upper-case, Title Case and numbered headings, but not sentences or colon leads', () => {
    const text = [
      'GRAIN CORRIDOR REOPENS', '', 'Background', '', 'The corridor closed in May. It reopened today.', '',
      '2. The Outlook for Exports', '', 'Exporters are cautious. Few ships have called.', '', 'II. RISKS', '',
      'The ministry listed the following risks:', '', '-   Mines near the coast.', '-   Insurance costs.',
    ].join('\n');
    assert.deepEqual(outline(extractSections(text)), [
      'title 0', 'section 2', '  paragraph 4', 'section 6', '  paragraph 8', 'section 10', '  paragraph 12',
      '  paragraph 14', '  paragraph 15',
    ]);
  });

  it('keeps the continuation of a wrapped FBIS source tag in its metadata block', () => {
    const text = [
      '<H3> <TI>   Minister Resigns </TI></H3>',
      '<F P=102>  XX0101010194 Bucharest Radio Network in ',
      'English 1400 GMT 8 Mar 94 </F>',
      '',
      '<TEXT>',
      '  [Text] The minister resigned today. He gave no reason.',
      '</TEXT>',
    ].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'metadata 1', 'paragraph 5']);
  });

  it('reads an FBIS Trends item: SUMMARY label, "--" bullets, indented headings, boxes and the trailer', () => {
    const sections = extractSections(engineFixture('fbis-trends.txt'));
    assert.deepEqual(outline(sections), [
      'metadata 2', 'metadata 3', 'title 4', 'summary 8', 'paragraph 11', 'paragraph 13', 'paragraph 14', 'section 15',
      '  paragraph 16', 'section 18', '  paragraph 19', 'section 21', '  paragraph 22', 'metadata 24', 'metadata 26',
    ]);
  });

  it('takes a block set wholly in bold for a heading, even when it wraps, but not a bold lead-in', () => {
    const text = 'TITLE\n\nIntro text here.\nMore intro.\n\n**Today’s order bans:**\n\n-   Imports of oil.\n\n**A long bold heading that wraps\nonto a second line:**\n\n-   Item two.\n\n**Bold lead.** Then normal text.';
    assert.deepEqual(outline(extractSections(text)), [
      'title 0', 'paragraph 2', 'section 5', '  paragraph 7', 'section 9', '  paragraph 12', '  paragraph 14',
    ]);
  });

  it('takes a short first line closed by a full stop for the headline', () => {
    const text = 'Ad sales lift studio profit.\n\nProfits at the studio rose 7% in the quarter, it said on Monday.\n\nThe studio also said more. It gave no detail.';
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4']);
  });

  it('takes a dateline alone on its line for metadata, not a heading', () => {
    const text = 'BORDER POST REOPENS\n\nBy: Jane Roe\nTuesday, 5 July 2005 03:00 PM\n\nThe post reopened. Trade resumed.\n\nJULY 2005 REVIEW';
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'metadata 2', 'metadata 3', 'summary 5', 'section 7']);
  });

  it('keeps numbered list items as paragraphs and numbered headings as sections', () => {
    const text = [
      'MEASURES', '', 'The ministry announced measures. They start today.', '',
      '1.  Freeze assets of banks', '2.  Ban new debt', '3.  Limit exports', '', '1. The Ruling', '', 'Text of the ruling. More.',
    ].join('\n');
    assert.deepEqual(outline(extractSections(text)), [
      'title 0', 'summary 2', 'paragraph 4', 'paragraph 5', 'paragraph 6', 'section 8', '  paragraph 10',
    ]);
  });

  it('names metadata lines of the genre', () => {
    const text = ['HEADLINE HERE', '', 'Source: Steppe Wire', 'By Jane Roe and Peter Doe', 'Date: 3 May 2011', '', 'Body text follows here. More text.'].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'metadata 2', 'metadata 3', 'metadata 4', 'paragraph 6']);
  });

  it('does not take a body sentence opening with "By" for a byline', () => {
    const text = 'TITLE\n\nBy contrast, the ministry said nothing. It waited.\n\nBy May the talks had failed.';
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4']);
  });

  it('treats web-capture furniture, rules and comment separators as nothing', () => {
    const text = 'Share this\n\n***\n\n<!-- -->\n\nClick here to subscribe\n\nEND SUMMARY\n\nThe only paragraph. It has two sentences.';
    assert.deepEqual(outline(extractSections(text)), ['paragraph 10']);
  });

  it('keeps line numbers and offsets right with CRLF and curly quotes', () => {
    const text = 'A “QUOTED” HEADLINE\r\n\r\nPublication: Test Monitor\r\n\r\nFirst paragraph here. Second sentence.\r\n';
    const sections = extractSections(text);
    assert.deepEqual(outline(sections), ['title 0', 'metadata 2', 'paragraph 4']);
    assert.equal(text.slice(sections[2].start, sections[2].end), 'First paragraph here. Second sentence.');
  });

  it('handles empty and blank text and a very long single line', () => {
    assert.deepEqual(extractSections(''), []);
    assert.deepEqual(extractSections(' \n\t\n'), []);
    const long = 'The ministry said so again. '.repeat(50000);
    const sections = extractSections(long);
    assert.equal(sections.length, 1);
    assert.equal(sections[0].kind, 'paragraph');
  });
});
