import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { OutlineCache } from '../../src/core/outlineCache';
import { extractSections } from '../../src/core/sections';
import type { Section } from '../../src/core/types';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SAMPLES = path.resolve(__dirname, '../../../samples');

const read = (dir: string): string[] =>
  fs.readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

/** Our own briefings of every style, one after another, three times: a long document with many stretches. */
const briefings = [...read(SAMPLES), ...read(path.join(FIXTURES, 'engine')), ...read(path.join(FIXTURES, 'heldout'))];
const longDocument = [...briefings, ...briefings, ...briefings].join('\n\n');

/**
 * Blocks of every shape the outline reads differently, so random documents reach the rules by which
 * one stretch's reading depends on another's: crossheads between paragraphs, list items and labels,
 * an SGML header open over a blank line, notices, first-line indents, tagged headlines.
 */
const BLOCKS = [
  'Outlook', 'BACKGROUND', '## Background', '**Bold heading**', '"Fair share"', 'Growing pressure', 'Chinese demand', 'Next steps',
  'Key Points:', 'What to watch:', '- first item', '- second item\n- third item', '1. First', '2. Second', '3) Third',
  'Source: Interfax', 'Publication: Example Times\nBy Jane Doe', '<DOC>', '<HEADER>', '</HEADER>', '<TEXT>', '</TEXT>',
  '<TI> A tagged headline </TI>', '---\ntitle: A YAML title\n---', 'DUE TO COPYRIGHT RESTRICTIONS THIS REPORT IS FOR OFFICIAL USE ONLY.',
  'The minister said on Tuesday that 120 observers would travel to the border within days.',
  'Officials in the capital said the talks would resume on Monday after a pause of two weeks.',
  'It was not clear when the talks would resume', 'A short line.',
  '   An indented first line of a paragraph that wraps\nback to the margin on the next line of it.\n   A second paragraph opens indented\nand wraps back too.',
  'Summary:', 'Share this article', '© 2025 Example Media', '   ',
];
const PROSE = BLOCKS.filter((b) => b.length > 60 && !b.includes('\n'));
/** Mostly prose, as briefings are, with the other shapes between. */
const block = fc.oneof({ arbitrary: fc.constantFrom(...BLOCKS), weight: 3 }, { arbitrary: fc.constantFrom(...PROSE), weight: 2 });
const structured = fc
  .tuple(fc.array(block, { minLength: 20, maxLength: 160 }), fc.constantFrom('\n', '\r\n'))
  .map(([blocks, eol]) => blocks.join('\n\n').replace(/\n/g, eol));

type Edit = (text: string) => string;
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
/** Where blocks end: just before a blank line. */
const blockEnds = (text: string): number[] => [...text.matchAll(/\r?\n[ \t]*\r?\n/g)].map((m) => m.index!);
const nth = (items: readonly number[], at: number, otherwise: number): number => items.length ? items[Math.floor(at * items.length)]! : otherwise;

/** Edits anywhere, and edits of a block's end or start: a full stop, a colon, a list marker, a tag. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fraction, fc.integer({ min: 0, max: 400 }), fc.constantFrom('', '\n', '\n\n', 'Outlook\n\n', 'More text. ', '<TEXT>\n', '</HEADER>\n', '\r\n')).map(
    ([at, length, insert]): Edit => (text) => {
      const start = Math.floor(at * text.length);
      return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length));
    }),
  fc.tuple(fraction, fc.constantFrom('.', ':', '')).map(([which, ending]): Edit => (text) => {
    const at = nth(blockEnds(text), which, text.length);
    return ending ? text.slice(0, at) + ending + text.slice(at) : text.slice(0, Math.max(0, at - 1)) + text.slice(at);
  }),
  fc.tuple(fraction, fc.constantFrom('- ', '2. ', '   ', '<HEADER>\n\n', '</HEADER>\n\n', '')).map(([which, opening]): Edit => (text) => {
    const end = nth(blockEnds(text), which, 0);
    const at = end + (/^\r?\n[ \t]*\r?\n/.exec(text.slice(end))?.[0].length ?? 0);
    return opening ? text.slice(0, at) + opening + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 2));
  }),
);

function assertSameAsWhole(cache: OutlineCache, text: string): void {
  assert.deepEqual(cache.sections(text), extractSections(text));
}

describe('OutlineCache: the outline kept from version to version', () => {
  it('reads a document as extractSections does, the first time and after each of a series of edits', () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: structured, weight: 4 }, { arbitrary: fc.constant(longDocument), weight: 1 }),
        fc.array(edit, { maxLength: 12 }),
        // Every paragraph after a blank line starting a stretch puts a stretch's edge next to every block.
        fc.constantFrom(1, 2, 8),
        (start, edits, oneIn) => {
        const cache = new OutlineCache(oneIn);
        let text = start;
        assertSameAsWhole(cache, text);
        for (const change of edits) {
          text = change(text);
          assertSameAsWhole(cache, text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads each briefing alone as extractSections does', () => {
    for (const text of briefings) assertSameAsWhole(new OutlineCache(), text);
  });

  it('after a one-paragraph edit of a long document, reads again only the stretches around it', () => {
    const cache = new OutlineCache();
    cache.sections(longDocument);
    const all = cache.stretchesRead;
    assert.ok(all > 20, `a long document has many stretches (${all})`);
    const at = longDocument.indexOf('\n\n', longDocument.length >> 1) + 2;
    const edited = `${longDocument.slice(0, at)}The minister said so on Monday. ${longDocument.slice(at)}`;
    assert.deepEqual(cache.sections(edited), extractSections(edited));
    assert.ok(cache.stretchesRead <= 3, `${cache.stretchesRead} of ${all} stretches read again`);
  });

  describe('reads a stretch again when what its reading depends on changed elsewhere', () => {
    const prose = (n: number) => `Officials said on day ${n} that 120 observers would travel to the border within days.`;
    /** Paragraphs enough to pass the top lines, where no stretch starts. */
    const opening = Array.from({ length: 20 }, (_, i) => prose(i)).join('\n\n');
    /** Two upper-case lines naming a restriction: a notice inside an SGML header, headings outside one. */
    const NOTICE = 'THIS REPORT MAY CONTAIN COPYRIGHTED MATERIAL\nCOPYING AND DISSEMINATION IS PROHIBITED';
    const sources = (n: number) => Array.from({ length: n }, (_, i) => `Source: Agency ${i}`).join('\n\n');
    /** Front matter longer than the top lines: no stretch starts inside it. */
    const FRONT_MATTER = ['---', 'title: A YAML title', ...Array.from({ length: 32 }, (_, i) => `key${i}: value`), '---'].join('\n');
    const kindOf = (sections: readonly Section[], name: string) => sections.flatMap((x) => [x, ...x.children]).find((x) => x.text === name)?.kind;
    const cases: Array<{ name: string; text: string; edited: string; line: string }> = [
      { name: 'the block before: a crosshead needs prose ending a sentence above it',
        text: `${opening}\n\n${prose(90)}\n\nGrowing pressure\n\n${prose(91)}\n`, edited: `${opening}\n\n${prose(90).slice(0, -1)}\n\nGrowing pressure\n\n${prose(91)}\n`, line: 'Growing pressure' },
      { name: 'the block after: and below it',
        text: `${opening}\n\n${prose(90)}\n\nGrowing pressure\n\n${prose(91)}\n`, edited: `${opening}\n\n${prose(90)}\n\nGrowing pressure\n\n${prose(91).slice(0, -1)}\n`, line: 'Growing pressure' },
      { name: 'the block after: a label heads a list',
        text: `${opening}\n\nKey Points:\n\n- first item\n`, edited: `${opening}\n\nKey Points:\n\nfirst item\n`, line: 'Key Points:' },
      { name: 'text after: a lead needs text to follow it, however far',
        text: `${sources(20)}\n\nA one-line lead of a single sentence.\n\nSource: Agency 98\n\n${prose(1)}\n`,
        edited: `${sources(20)}\n\nA one-line lead of a single sentence.\n\nSource: Agency 98\n\nSource: Agency 99\n`,
        line: 'A one-line lead of a single sentence.' },
      { name: 'a tagged headline anywhere: no line is a title by its position',
        text: `A HEADLINE\n\n${opening}\n\n${prose(90)}\n`, edited: `A HEADLINE\n\n${opening}\n\n<TI> Tagged </TI>\n`, line: 'A HEADLINE' },
      { name: 'an SGML <TEXT> line anywhere: no lead by position',
        text: `A HEADLINE\n\nA one-line lead of a single sentence.\n\n${opening}\n`, edited: `A HEADLINE\n\nA one-line lead of a single sentence.\n\n${opening}\n\n<TEXT>\n`,
        line: 'A one-line lead of a single sentence.' },
      { name: 'the top of the document: front matter is read only there',
        text: `${FRONT_MATTER}\n\n${prose(1)}\n`, edited: `${opening}\n\n${FRONT_MATTER}\n\n${prose(1)}\n`, line: 'title: A YAML title' },
      { name: 'an SGML header open above: a notice in it is furniture',
        text: `${opening}\n\n<HEADER>\n\n${NOTICE}\n\n</HEADER>\n\n${prose(1)}\n`,
        edited: `${opening}\n\n<HEAD>\n\n${NOTICE}\n\n</HEADER>\n\n${prose(1)}\n`, line: NOTICE.split('\n')[0]! },
    ];
    for (const { name, text, edited, line } of cases) {
      it(name, () => {
        assert.notEqual(kindOf(extractSections(edited), line), kindOf(extractSections(text), line), 'the edit changes how the line is read');
        const cache = new OutlineCache(1);
        assertSameAsWhole(cache, text);
        assertSameAsWhole(cache, edited);
      });
    }

    it('the document\'s style: indented first lines open paragraphs once two paragraphs show it', () => {
      const indented = '   An indented first line of a paragraph that wraps\nback to the margin on the next line of it.';
      const text = `${opening}\n\n   The first indented line of text\n   and its indented continuation.\n\n${indented}\n\n${indented}\n`;
      const edited = `${text.slice(0, text.lastIndexOf(indented))}Gone.\n`;
      const opensParagraph = (t: string) => extractSections(t).some((x) => x.text === 'and its indented continuation.');
      assert.ok(opensParagraph(text) && !opensParagraph(edited), 'the two indented lines are one paragraph once the style is gone');
      const cache = new OutlineCache(1);
      assertSameAsWhole(cache, text);
      assertSameAsWhole(cache, edited);
    });
  });

  it('gives the outline of any text it is handed next, related to the last one or not', () => {
    const cache = new OutlineCache();
    for (const text of [longDocument, briefings[0]!, '', longDocument.slice(5000), longDocument]) assertSameAsWhole(cache, text);
  });
});
