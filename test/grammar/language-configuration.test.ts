import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './tokenize';

interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: { pattern: string; flags: string };
}

const config = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/**
 * The word under `column`, found as VS Code's getWordAtText finds it: run the word pattern with the
 * global flag added (ensureValidWordDefinition keeps the other flags) and take the match that encloses
 * the position.
 */
function wordAt(text: string, column: number): string | undefined {
  const re = new RegExp(config.wordPattern.pattern, 'g' + config.wordPattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') throw new Error('the word pattern matched an empty string');
    if (m.index <= column && column < re.lastIndex) return m[0];
  }
  return undefined;
}

/** The word VS Code selects on a double-click inside `target` within `text`. */
const wordIn = (text: string, target: string, offsetInTarget = 0) => wordAt(text, text.indexOf(target) + offsetInTarget);

// Why these choices: a title such as "Lt.-General", a name with an apostrophe ("O'Neill") and a
// hyphenated name ("Jean-Pierre") are one word to a reader. A possessive "'s" is not part of the name:
// the annotation guidelines keep it outside mention spans, so a double-click on "Nazarbayev's" selects
// "Nazarbayev", and word highlighting and Ctrl+D find "Nazarbayev" and "Nazarbayev's" together.
// Figures stay whole ("17,000", "$3.1", "12%"), but a comma followed by a space separates numbers.
describe('language configuration: word pattern', () => {
  const sentence =
    "Lt.-General Jean-Pierre O'Neill told Nazarbayev's aides in the U.S. that the U.S.-led " +
    'six-month plan for 17,000 rifles costs $3.1 million, 12% more (Interfax, July 1, 4); Kazakhstan’s forces — ready.';

  const cases: [target: string, offset: number, word: string][] = [
    ['Lt.-General', 0, 'Lt.-General'],
    ['Lt.-General', 6, 'Lt.-General'],
    ['Jean-Pierre', 7, 'Jean-Pierre'],
    ["O'Neill", 3, "O'Neill"],
    ["Nazarbayev's", 2, 'Nazarbayev'],
    ['Kazakhstan’s', 2, 'Kazakhstan'],
    ['U.S. that', 0, 'U.S.'],
    ['U.S.-led', 5, 'U.S.-led'],
    ['six-month', 5, 'six-month'],
    ['17,000', 3, '17,000'],
    ['$3.1', 2, '$3.1'],
    ['12%', 0, '12%'],
    ['July 1', 5, '1'],
    ['forces', 1, 'forces'],
    ['ready.', 0, 'ready'],
  ];
  for (const [target, offset, word] of cases) {
    it(`double-click in "${target}" selects "${word}"`, () => assert.equal(wordIn(sentence, target, offset), word));
  }

  it('keeps contractions whole and stops at a closing quote or an em dash', () => {
    assert.equal(wordAt("don't", 1), "don't");
    assert.equal(wordAt("the ministers' plan", 5), 'ministers');
    assert.equal(wordAt('bodies—how', 1), 'bodies');
  });

  it('never matches an empty string and finds no word in punctuation', () => {
    assert.equal(wordAt(' — ', 1), undefined);
    assert.equal(wordAt('', 0), undefined);
  });

  it('uses the unicode flag, so \\p{L} classes work and non-Latin names are words', () => {
    assert.ok(config.wordPattern.flags.includes('u'));
    assert.equal(wordAt('Министр Ермеков заявил', 10), 'Ермеков');
    assert.equal(wordAt('Zażółć gęślą', 2), 'Zażółć');
  });
});

describe('language configuration: brackets and quotes', () => {
  it('pairs round and square brackets', () => {
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
  });

  it('auto-closes and surrounds with straight and curly quotes', () => {
    const pairs = ['()', '[]', '“”', '‘’', '""', "''"];
    const closing = config.autoClosingPairs.map((p) => p.open + p.close);
    const surrounding = config.surroundingPairs.map(([open, close]) => open + close);
    for (const pair of pairs) {
      assert.ok(closing.includes(pair), `auto-closes ${pair}`);
      assert.ok(surrounding.includes(pair), `surrounds with ${pair}`);
    }
  });

  // VS Code never auto-closes ' or " typed right after a word character, so "O'" stays "O'".
  // Inside a quotation (scope string.*) a ' is an apostrophe far more often than a nested quote.
  it("does not auto-close ' or \" inside a quotation", () => {
    for (const open of ["'", '"']) {
      const pair = config.autoClosingPairs.find((p) => p.open === open);
      assert.deepEqual(pair?.notIn, ['string']);
    }
  });
});
