import { strict as assert } from 'assert';
import type { EntityCard } from '../../src/core/entityCard';
import { citationMarkdown, entityCardMarkdown, escapeMarkdown, figureMarkdown } from '../../src/features/hoverMarkdown';

const card: EntityCard = {
  id: 'person:Anna Kowalczyk',
  name: 'Anna Kowalczyk',
  type: 'person',
  role: 'Foreign Minister',
  aliases: ['Kowalczyk'],
  mentionCount: 3,
  firstMention: { line: 2, sentence: 'Foreign Minister Anna Kowalczyk met officials [of] the *Harbour* Authority.' },
  companions: [{ id: 'organization:Harbour Authority', name: 'Harbour Authority', type: 'organization', sentences: 2 }],
  figures: [{ start: 0, end: 12, text: '$3.1 million', kind: 'money', value: 3100000, unit: 'USD' }],
  citations: [{ start: 0, end: 23, text: '(Coastal Herald, May 5)', source: 'Coastal Herald', dates: ['May 5'] }],
  figureTotal: 3,
  citationTotal: 1,
};

describe('hover card markdown', () => {
  const markdown = entityCardMarkdown(card, 'file:///tmp/harbour.briefing.txt');

  it('starts with the bold canonical name and the type', () => {
    assert.ok(markdown.startsWith('**Anna Kowalczyk** · person  \nRole: Foreign Minister · Also: Kowalczyk · Mentions: 3\n'), markdown);
  });

  it('lists role, aliases, mentions, first mention (1-based line), companions, figures and citations in order', () => {
    const order = ['Role: Foreign Minister', 'Also: Kowalczyk', 'Mentions: 3', 'First mention, line 3:', 'Often named with: Harbour Authority (2)', 'Figures: $3\\.1 million (money) and 2 more', 'Citations: \\(Coastal Herald, May 5\\)\n'];
    let at = 0;
    for (const part of order) {
      const found = markdown.indexOf(part, at);
      assert.ok(found >= at, `"${part}" after position ${at} in:\n${markdown}`);
      at = found;
    }
  });

  it('escapes Markdown in quoted text so it renders literally', () => {
    assert.ok(markdown.includes('officials \\[of\\] the \\*Harbour\\* Authority\\.'));
    assert.equal(escapeMarkdown('a_b'), 'a\\_b');
  });

  it('links our two commands with the document and entity id as JSON arguments', () => {
    const links = [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]+)\)/g)];
    assert.deepEqual(
      links.map((l) => [l[1], l[2], JSON.parse(decodeURIComponent(l[3]))]),
      [
        ['Show all mentions', 'briefingLens.showAllMentions', ['file:///tmp/harbour.briefing.txt', 'person:Anna Kowalczyk']],
        ['Reveal in Entities view', 'briefingLens.revealEntity', ['file:///tmp/harbour.briefing.txt', 'person:Anna Kowalczyk']],
      ],
    );
  });

  it('leaves out what the analysis does not know', () => {
    const bare = entityCardMarkdown({ ...card, role: undefined, aliases: [], companions: [], figures: [], citations: [], figureTotal: 0, citationTotal: 0 }, 'x');
    assert.ok(!/Role:|Also:|Often named|Figures:|Citations:/.test(bare));
  });

  it('describes a figure by kind, normalised value and unit', () => {
    assert.equal(
      figureMarkdown({ start: 0, end: 12, text: '$3.1 million', kind: 'money', value: 3100000, unit: 'USD' }),
      '**$3\\.1 million** · money\n\nValue: 3,100,000  \nUnit: USD',
    );
    assert.ok(figureMarkdown({ start: 0, end: 7, text: 'several', kind: 'count', value: null, unit: null }).includes('Value: not stated'));
  });

  it('describes a citation by source and dates', () => {
    const md = citationMarkdown({ start: 0, end: 20, text: '(Wire, July 1, 4)', source: 'Wire', dates: ['July 1', 'July 4'] });
    assert.ok(md.includes('Source: Wire'));
    assert.ok(md.includes('Dates: July 1, July 4'));
  });
});
