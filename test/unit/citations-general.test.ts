// Citation shapes the dev briefings never showed: numeric dates, an earlier day before a day-first date,
// and notes on who relayed the source. All sources and dates are invented.
import { strict as assert } from 'assert';
import { extractCitations } from '../../src/core/citations';

const cited = (text: string) => extractCitations(text).map((c) => `${c.text} | ${c.source} | ${c.dates.join(' / ')}`);

describe('extractCitations: other date and source shapes', () => {
  it('reads numeric dates', () => {
    assert.deepEqual(cited('as reported (Steppe Herald, 04.06.2011) and (Kazakh Wire, 4/6/2011)'), [
      '(Steppe Herald, 04.06.2011) | Steppe Herald | 04.06.2011', '(Kazakh Wire, 4/6/2011) | Kazakh Wire | 4/6/2011',
    ]);
  });

  it('gives an earlier day the month of the day-first date after it', () => {
    assert.deepEqual(cited('(Radio Osh, 8 and 9 June)'), ['(Radio Osh, 8 and 9 June) | Radio Osh | 8 June / 9 June']);
  });

  it('keeps who relayed the source beside it: "via" names a second source, "cited by" is an aside', () => {
    assert.deepEqual(cited('(Osh Times, June 8 via Steppe Monitoring)'), ['(Osh Times, June 8 via Steppe Monitoring) | Osh Times; Steppe Monitoring | June 8']);
    assert.deepEqual(cited('(Osh Times, June 8, cited by Kazakh Wire)'), ['(Osh Times, June 8, cited by Kazakh Wire) | Osh Times | June 8']);
  });
});
