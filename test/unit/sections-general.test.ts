// Outline rules for layouts the dev briefings never showed: a differently worded FBIS caveat, news
// crossheads in sentence case or quotes, and a wire credits line. All texts are invented.
import { strict as assert } from 'assert';
import { extractSections } from '../../src/core/sections';
import { roleOfLine } from '../../src/core/text/lineRoles';
import type { Section } from '../../src/core/types';

const outline = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [`${s.kind} ${s.line}`, ...s.children.map((c) => `  ${c.kind} ${c.line}`)]);

describe('extractSections: FBIS caveats in other words', () => {
  const item = (caveat: string[]) =>
    [
      '<DOC>',
      '<DOCNO> FICT3-202 </DOCNO>',
      '<HEADER>',
      '<DATE1>   3 June 1994 </DATE1>',
      'Article Type:FBIS ',
      ...caveat,
      'Document Type:FICTIONAL TRENDS-02JUN94-MOLDOVA ',
      '<H3> <TI>      MOLDOVA: Parliament Delays Budget Vote </TI></H3>',
      '</HEADER>',
      '<TEXT>',
      '   The parliament postponed its vote on the budget for a second week.',
      '</TEXT>',
      '</DOC>',
    ].join('\n');

  it('treats an upper-case restriction notice as furniture and takes the <TI> line as the title', () => {
    const text = item([
      'THIS REPORT MAY CONTAIN COPYRIGHTED MATERIAL. COPYING AND ',
      'DISSEMINATION IS PROHIBITED WITHOUT PERMISSION OF THE ',
      'COPYRIGHT OWNERS. ',
    ]);
    assert.deepEqual(outline(extractSections(text)), ['metadata 1', 'metadata 3', 'metadata 4', 'metadata 8', 'title 9', 'paragraph 12']);
  });

  it('does so when the keywords only come on a later line of the notice', () => {
    const text = item([
      'THE MATERIAL BELOW IS SUPPLIED FOR THE INFORMATION OF ',
      'U.S. GOVERNMENT CONSUMERS AND IS NOT FOR RELEASE ',
    ]);
    assert.deepEqual(outline(extractSections(text)), ['metadata 1', 'metadata 3', 'metadata 4', 'metadata 7', 'title 8', 'paragraph 11']);
  });

  it('keeps an upper-case headline that is no notice', () => {
    const text = 'FLOODS CUT THE ONLY ROAD TO THE VALLEY\n\nThe river rose overnight and closed the road.\n\nRepairs will take weeks.';
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4']);
  });
});

describe('extractSections: news crossheads', () => {
  const story = [
    'Port strike enters its third week', // 0
    '',
    'Dock workers in the northern port extended their strike on Monday, leaving ships idle.', // 2
    '',
    'The union says wages have not kept pace with prices since the last agreement was signed.', // 4
    '',
    "'Fair share'", // 6
    '',
    'Union leaders said members wanted a fair share of the port’s record profits.', // 8
    '',
    'Talks broke down last week after the operator offered a one-off bonus instead.', // 10
    '',
    'Growing pressure on exporters', // 12
    '',
    'Exporters warned that perishable goods were already spoiling on the quays.', // 14
  ].join('\n');

  it('reads short lines between paragraphs, quoted or in sentence case, as section headings', () => {
    assert.deepEqual(outline(extractSections(story)), [
      'title 0', 'summary 2', 'paragraph 4', 'section 6', '  paragraph 8', '  paragraph 10', 'section 12', '  paragraph 14',
    ]);
  });

  it('does not make a short closing line or a short sentence a heading', () => {
    const text = ['Storm closes schools', '', 'Schools shut across the region on Tuesday.', '', 'He declined to comment.', '', 'More to follow'].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4', 'paragraph 6']);
  });
});

describe('extractSections: wire credits', () => {
  it('reads a closing "(Reporting by …; Editing by …)" line as metadata', () => {
    const text = [
      'Grain exports rise for third month',
      '',
      'Grain exports rose for a third month in April, the farm ministry said on Friday.',
      '',
      'Wheat made up most of the shipments.',
      '',
      '(Reporting by Anna Example in Riga; Additional reporting by Tom Sample;',
      'Editing by Jo Placeholder)',
    ].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4', 'metadata 6']);
  });
});

describe('extractSections: a tagged headline wins', () => {
  it('takes the <TI> line as the title even when an upper-case line of no known kind comes first', () => {
    const text = [
      '<DOC>',
      '<HEADER>',
      'SPECIAL MEMORANDUM SERIES',
      '<H3> <TI>   Coastal Towns Brace for Storm </TI></H3>',
      '</HEADER>',
      '<TEXT>',
      '   Fishing fleets stayed in port as the storm approached the coast.',
      '</TEXT>',
      '</DOC>',
    ].join('\n');
    const sections = extractSections(text);
    assert.deepEqual(sections.filter((s) => s.kind === 'title').map((s) => s.line), [3]);
  });
});

describe('extractSections: copyright footers', () => {
  it('reads a closing copyright line as furniture, a "Copyright:" key as metadata', () => {
    const text = ['Ferry service resumes', '', 'The ferry resumed service on Monday after a week of storms.', '', 'Copyright (c) 2024 Example Radio. All Rights Reserved.'].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'paragraph 2']);
    assert.deepEqual(outline(extractSections('Copyright: Example Radio\n\nThe ferry resumed service.')), ['metadata 0', 'paragraph 2']);
  });
});

describe('extractSections: list labels', () => {
  it('reads a short Title Case label with a colon over a list as a section heading', () => {
    const text = ['Border Assessment, June 3', '', 'Key Findings:', '', '- Patrols doubled along the river.', '- Two posts were rebuilt.', '', 'Patrols will continue through the summer.'].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'section 2', '  paragraph 4', '  paragraph 5', '  paragraph 7']);
  });

  it('keeps a sentence that introduces a list a paragraph', () => {
    const text = ['Border Assessment, June 3', '', 'The ministry has ordered the following steps:', '', '- Patrols doubled along the river.', '', 'More later.'].join('\n');
    assert.deepEqual(outline(extractSections(text)), ['title 0', 'summary 2', 'paragraph 4', 'paragraph 6']);
  });
});

describe('line roles: bylines, datelines and picture credits in other shapes', () => {
  it('reads bylines with a place or outlet, numeric and labelled datelines as metadata', () => {
    for (const line of ['By Ana Example for Steppe Radio/TV', 'Written by Ana Example in Osh', '03.06.2024', '2024/06/03', 'Posted on June 3, 2024', 'Last updated: 3 June 2024']) {
      assert.equal(roleOfLine(line), 'metadata', line);
    }
    assert.equal(roleOfLine('By the end of the year in Osh'), 'text');
  });

  it('reads picture credits as furniture', () => {
    assert.equal(roleOfLine('Photo: Example Agency'), 'furniture');
    assert.equal(roleOfLine('Image credit: Example/Pool'), 'furniture');
  });
});

describe('line roles: navigation left by a web capture', () => {
  it('reads breadcrumbs, share buttons and reading-time labels as furniture', () => {
    for (const line of ['Home › World › Central Asia', 'News > Region', 'Telegram', 'Copy link', '4 min read', 'Menu']) {
      assert.equal(roleOfLine(line), 'furniture', line);
    }
    assert.equal(roleOfLine('Steppe Monitor | Herders Move North Early'), 'text');
  });
});
