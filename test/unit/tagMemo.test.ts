// compromise's tags kept from one analysis to the next: a window is found again only when its text,
// its cut into tokens and its case are the same, and what is found is what tagging it again gives.
import * as assert from 'assert';
import { tagRange } from '../../src/core/entities/nlp';
import { TagMemo } from '../../src/core/entities/tagMemo';
import { tokenize } from '../../src/core/entities/tokens';

/** The tags of all of `text`'s tokens, as plain arrays. */
function tagsOf(text: string, memo?: TagMemo, lowerCase = false, tokens = tokenize(text)): string[][] {
  return tagRange(text, tokens, 0, tokens.length - 1, lowerCase, memo).map((tags) => [...tags].sort());
}

describe("compromise's tags kept between analyses", () => {
  it('finds a window tagged before, and tags the same words again for nothing', () => {
    const memo = new TagMemo();
    const first = tagsOf('Officials in Paris said', memo);
    assert.deepEqual(tagsOf('Officials in Paris said', memo), first);
    assert.equal(memo.tagged, 1);
    const next = new TagMemo(memo.used);
    assert.deepEqual(tagsOf('Officials in Paris said', next), first);
    assert.equal(next.tagged, 0, 'found among the earlier analysis\'s windows');
    assert.deepEqual([...next.used.values()], [...memo.used.values()], 'and kept for the next one');
  });

  it('tags a window again when one letter differs, even with the same length and opening', () => {
    const memo = new TagMemo();
    const city = tagsOf('Officials in Paris said', memo);
    const parks = tagsOf('Officials in Parks said', memo);
    assert.equal(memo.tagged, 2);
    assert.deepEqual(parks, tagsOf('Officials in Parks said'), 'what tagging it afresh gives');
    assert.notDeepEqual(parks[2], city[2], 'a place, then a plural noun');
  });

  it('tags a window again when read in lower case (a heading), or cut into other tokens', () => {
    const memo = new TagMemo();
    // Read as written, "US" is a country; in lower case, a pronoun.
    const text = 'US Envoy Arrives';
    const asWritten = tagsOf(text, memo);
    assert.deepEqual(tagsOf(text, memo, true), tagsOf(text, undefined, true));
    assert.notDeepEqual(tagsOf(text, memo, true), asWritten);
    assert.equal(memo.tagged, 2);
    // The same text as one token (as if it were a single name): tags mapped onto other tokens.
    const whole = [{ ...tokenize(text)[0]!, end: text.length, text }];
    assert.deepEqual(tagsOf(text, memo, false, whole), tagsOf(text, undefined, false, whole));
    assert.equal(memo.tagged, 3);
  });
});
