import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractCitations } from '../../src/core/citations';
import { extractFigures } from '../../src/core/figures';
import { extractSections } from '../../src/core/sections';
import { splitSentences } from '../../src/core/sentences';

const engineFixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../test/fixtures/engine', name), 'utf8');

function figures(text: string) {
  const found = extractFigures(text, { citations: extractCitations(text), sections: extractSections(text), sentences: splitSentences(text) });
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text, 'span is true to the text');
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start, 'figures never overlap');
  return found;
}
/** "kind:text=value unit" for compact comparison. */
const brief = (text: string) => figures(text).map((f) => `${f.kind}:${f.text}=${f.value}${f.unit === null ? '' : ` ${f.unit}`}`);

describe('extractFigures: kinds', () => {
  it('reads quantities up to the head noun, adjectives and line breaks included', () => {
    assert.deepEqual(brief('The depot released 9,400 rifles, 1,750 sniper scopes and 45 mortar tubes to the border service.'), [
      'quantity:9,400 rifles=9400 rifles', 'quantity:1,750 sniper scopes=1750 sniper scopes', 'quantity:45 mortar tubes=45 mortar tubes',
    ]);
    assert.deepEqual(brief('The embassy donated 14 Toyota pickup trucks last spring.'), ['quantity:14 Toyota pickup trucks=14 Toyota pickup trucks']);
    assert.deepEqual(brief('The ban covers three small family-owned Caspian\n    ferry operators that sail.'), [
      'quantity:three small family-owned Caspian\n    ferry operators=3 small family-owned Caspian ferry operators',
    ]);
    assert.deepEqual(brief('about 1,200 supply flights over the pass'), ['quantity:1,200 supply flights=1200 supply flights']);
  });

  it('reads model designations in the counted phrase, and the first plural of a capitalised headline', () => {
    assert.deepEqual(brief('with 12 MiG-29s and 3 T-72 tanks'), ['quantity:12 MiG-29s=12 MiG-29s', 'quantity:3 T-72 tanks=3 T-72 tanks']);
    assert.deepEqual(brief('Seven Parties Submit Candidate Lists'), ['quantity:Seven Parties=7 Parties']);
    assert.deepEqual(brief('four arms depots were looted'), ['quantity:four arms depots=4 arms depots']);
  });

  it('reads spelled-out numbers, "a million" and hyphenated counts', () => {
    assert.deepEqual(brief('Twenty-seven deputies, three members and a million tonnes'), [
      'quantity:Twenty-seven deputies=27 deputies', 'quantity:three members=3 members', 'quantity:a million tonnes=1000000 tonnes',
    ]);
    assert.deepEqual(brief('the 12-man crew reported to a seven-member board'), ['quantity:12-man=12 men', 'quantity:seven-member=7 members']);
    assert.deepEqual(brief('two hundred and fifty soldiers'), ['quantity:two hundred and fifty soldiers=250 soldiers']);
    assert.deepEqual(brief('half a million people'), ['quantity:half a million people=500000 people']);
  });

  it('reads counts in parentheses after a listed item, taking the item as the unit', () => {
    assert.deepEqual(brief('The request listed thermal blankets (4,150), field radios (620) water filters (75), and body armour (90), and signal flares (1,300).'), [
      'count:4,150=4150 thermal blankets', 'count:620=620 field radios', 'count:75=75 water filters',
      'count:90=90 body armour', 'count:1,300=1300 signal flares',
    ]);
  });

  it('reads a partitive count with the unit of the whole', () => {
    assert.deepEqual(brief('The party holds 120 of the 150 seats.'), ['count:120=120 seats', 'quantity:150 seats=150 seats']);
  });

  it('reads a back-reference count with the unit of the earlier quantity', () => {
    assert.deepEqual(brief('She appointed four judges in May; by June the four had resigned.'), ['quantity:four judges=4 judges', 'count:four=4 judges']);
  });

  it('reads money with signs, scale letters, codes and currency words', () => {
    assert.deepEqual(brief('a grant of $3.1 million, then $45m and nearly $2bn, £2m, €2.5bn, US$250,000, 5 billion tenge and 40 million U.S. dollars'), [
      'money:$3.1 million=3100000 USD', 'money:$45m=45000000 USD', 'money:$2bn=2000000000 USD', 'money:£2m=2000000 GBP',
      'money:€2.5bn=2500000000 EUR', 'money:US$250,000=250000 USD', 'money:5 billion tenge=5000000000 tenge',
      'money:40 million U.S. dollars=40000000 U.S. dollars',
    ]);
    assert.deepEqual(brief('12 billion soums'), ['money:12 billion soums=12000000000 soums']);
  });

  it('reads percentages with the value as written', () => {
    assert.deepEqual(brief('a 10-percent rise by a 5,000-strong force'), ['percent:10-percent=10 percent']);
    assert.deepEqual(brief('fell from 8.5% to 3.2%, then 40 percent and 5 per cent; over 70% agreed'), [
      'percent:8.5%=8.5 percent', 'percent:3.2%=3.2 percent', 'percent:40 percent=40 percent', 'percent:5 per cent=5 percent', 'percent:70%=70 percent',
    ]);
  });

  it('reads durations, hyphenated ones included, with a plural unit', () => {
    assert.deepEqual(brief('for 12 months, a six-month rotation and a 24-hour watch over two years'), [
      'duration:12 months=12 months', 'duration:six-month=6 months', 'duration:24-hour=24 hours', 'duration:two years=2 years',
    ]);
  });

  it('reads written dates, day ranges, month-year and ISO dates', () => {
    assert.deepEqual(brief('On June 28 and on 4 March, on 11-12 October, in March 2005, on 21 November 1996 and 2019-07-15.'), [
      'date:June 28=null', 'date:4 March=null', 'date:11-12 October=null', 'date:March 2005=null', 'date:21 November 1996=null', 'date:2019-07-15=null',
    ]);
  });

  it('keeps a range across two months as one date', () => {
    assert.deepEqual(brief('talks on June 29-July 1, 2005 and 30 June-2 July'), ['date:June 29-July 1, 2005=null', 'date:30 June-2 July=null']);
  });

  it('reads a modern year before a plural noun as a year, a comma-grouped count as a quantity', () => {
    assert.deepEqual(brief('the 2005 elections and 2,005 ballots'), ['date:2005=null', 'quantity:2,005 ballots=2005 ballots']);
  });

  it('reads bare years that name a time, and year ranges', () => {
    assert.deepEqual(brief('In 1998 and since 2001, in the spring of 1996, well beyond 2030, $45m in 2005, the 2012-2015 plan, mid-2003.'), [
      'date:1998=null', 'date:2001=null', 'date:1996=null', 'date:2030=null', 'money:$45m=45000000 USD', 'date:2005=null',
      'date:2012-2015=null', 'date:2003=null',
    ]);
  });

  it('gives a continued day its own date figure inside a citation', () => {
    assert.deepEqual(brief('(Kabar, July 1, 4)'), ['date:July 1=null', 'date:4=null']);
  });

  it('keeps ranges as one figure with no value', () => {
    assert.deepEqual(brief('3,000-4,000 rifles and 10-15% and 2-3 years'), [
      'quantity:3,000-4,000 rifles=null rifles', 'percent:10-15%=null percent', 'duration:2-3 years=null years',
    ]);
  });
});

describe('extractFigures: what is not a figure', () => {
  it('skips bare months, weekdays, decades, ordinals and fraction words', () => {
    assert.deepEqual(brief('In early May, on Monday, in the 1990s, the first and 2nd visits, roughly half and two-thirds of it.'), []);
    assert.deepEqual(brief('in the 1990’s and the 1980\'s'), []);
  });

  it('skips indefinite amounts', () => {
    assert.deepEqual(brief('several hundred civilians, hundreds of troops, a few thousand people, dozens of tanks'), []);
  });

  it('skips numbered names, references, identifiers, phone numbers and times', () => {
    assert.deepEqual(brief('The Polar Link 2 cable, Article 5, Resolution 1244, page 12, No. 47, FICT4-117, Su-27 jets, (703) 555-0100, 14/1130Z, 09:15:40, at 10 a.m.'), []);
  });

  it('skips numbers with no counted noun, and pronoun and idiomatic uses of "one"', () => {
    assert.deepEqual(brief('The vote was 27 to 3. One of them said no one knew; each one left.'), []);
    assert.deepEqual(brief('At one point, on one side, they helped one another; one soldier died.'), ['quantity:one soldier=1 soldier']);
  });

  it('keeps metadata lines to dates only, and web addresses to nothing', () => {
    const text = 'Publication: Steppe Monitor Volume: 5 Issue: 88\nDate: 3 May 2011\n\nSee https://example.invalid/2011/05/03/12-tanks for 12 tanks.';
    assert.deepEqual(brief(text), ['date:3 May 2011=null', 'quantity:12 tanks=12 tanks']);
  });

  it('takes YAML dates from their date part only', () => {
    const text = "---\ndate: '2023-05-10'\nmodified_time: 2023-05-11 09:15:00-04:00\nsource_url: https://example.invalid/2023/05/10/x/\n---\nText.";
    assert.deepEqual(brief(text), ['date:2023-05-10=null', 'date:2023-05-11=null']);
  });
});

describe('extractFigures: documents and edge cases', () => {
  it('reads the fictional web capture', () => {
    assert.deepEqual(brief(engineFixture('web-capture.txt')), [
      'quantity:4,500 border guards=4500 border guards', 'quantity:12 armoured personnel carriers=12 armoured personnel carriers',
      'quantity:800 night-vision goggles=800 night-vision goggles', 'money:$2.4 million=2400000 USD', 'date:April 3=null',
      'count:1,200=1200 body armour', 'count:350=350 radios', 'count:14=14 field kitchens', 'date:April 5=null', 'date:6=null',
      'quantity:nine-member=9 members', 'duration:six months=6 months', 'quantity:40-man=40 men', 'duration:18 months=18 months',
      'percent:35%=35 percent', 'date:2009=null', 'money:150 million somoni=150000000 somoni', 'date:29-30 March=null', 'date:March 31=null',
    ]);
  });

  it('reads the fictional FBIS item, header date and back-reference included', () => {
    assert.deepEqual(brief(engineFixture('fbis-style.txt')), [
      'date:14 April 1994=null', 'date:12 April=null', 'duration:two weeks=2 weeks', 'date:29 March=null', 'quantity:seven-member=7 members',
      'quantity:two members=2 members', 'date:1992=null', 'count:two=2 members', 'date:13 April 1994=null',
    ]);
  });

  it('handles empty text, CRLF, curly quotes, Unicode and a very long line', () => {
    assert.deepEqual(brief(''), []);
    assert.deepEqual(brief('“17,000 pistols”\r\nand 12%\r\n'), ['quantity:17,000 pistols=17000 pistols', 'percent:12%=12 percent']);
    assert.deepEqual(brief('Ерлан передал 30 винтовок and 5 Zażółć tanks 🙂'), ['quantity:5 Zażółć tanks=5 Zażółć tanks']);
    const long = 'The army sent 300 soldiers on June 28. '.repeat(5000);
    const found = figures(long);
    assert.equal(found.length, 10000);
  });

  it('reads pathological input (long words, long addresses, long number runs); speed belongs in benchmarks', () => {
    assert.deepEqual(brief('a'.repeat(200000) + ' 5 tanks x@example.invalid ' + '1,'.repeat(50000) + ' ' + '$'.repeat(50000)), [
      'quantity:5 tanks=5 tanks',
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['$', '$$1', '(', '()', '(1)', '-1-', '1-', '—5—', '\uD800 7 men', '1'.repeat(5000), 'a '.repeat(10000) + 'million']) {
      assert.doesNotThrow(() => figures(text), text.slice(0, 20));
    }
  });
});
