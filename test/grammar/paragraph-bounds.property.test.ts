import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { fixturePath, repoRoot, ROOT_SCOPE, TokenizedDocument } from './tokenize';

/** Lines that are blank: every quote and citation must have ended before them. */
function assertNothingOpenOnBlankLines(doc: TokenizedDocument, label: string): void {
  doc.lines.forEach((line, i) => {
    if (line.trim() !== '') return;
    assert.deepEqual([...doc.scopesOnLine(i)], [ROOT_SCOPE], `${label}: a rule is still open on blank line ${i + 1}`);
  });
}

// Unbalanced marks on purpose: opening quotes and parentheses with no partner.
const PIECES = [
  'The', 'minister', "O'Neill", "Nazarbayev's", 'Kazakhstan’s', '“', '”', '‘', '’', '"', "'", '(', ')',
  '(Interfax,', 'June 28', '28 June 2005', ',', ';', '17,000', '$3.1 million', '12%', 'six-month', '\n', '\n\n',
  '\n  \n', '\n    ', 'HEADLINE IN CAPITALS', 'Publication:', 'By', 'Date:', '2005-06-28',
];
const briefingLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(' '));

describe('grammar: nothing runs past the end of a paragraph', () => {
  it('holds for the grammar fixtures and the repository samples', async () => {
    const fixtures = fs.readdirSync(path.dirname(fixturePath('x'))).map((f) => fixturePath(f));
    const samplesDir = path.join(repoRoot, 'samples');
    const samples = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).map((f) => path.join(samplesDir, f)) : [];
    assert.ok(fixtures.length >= 3, 'the fixtures are there');
    for (const file of [...fixtures, ...samples]) {
      assertNothingOpenOnBlankLines(await TokenizedDocument.of(fs.readFileSync(file, 'utf8')), path.basename(file));
    }
  });

  it('holds for random briefing-like text full of unbalanced quotes and parentheses', async () => {
    await fc.assert(
      fc.asyncProperty(briefingLike, async (text) => {
        assertNothingOpenOnBlankLines(await TokenizedDocument.of(text), JSON.stringify(text));
      }),
      { numRuns: 300 },
    );
  });
});
