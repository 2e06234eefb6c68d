// Figure rules for wordings the dev briefings never showed: counts whose noun stands elsewhere in the
// sentence, world currencies, abbreviated scales and units, model names inside a counted phrase, a verb
// after the head noun, and military times of day. All sentences are invented.
import { strict as assert } from 'assert';
import { extractCitations } from '../../src/core/citations';
import { extractFigures } from '../../src/core/figures';
import { extractSections } from '../../src/core/sections';
import { splitSentences } from '../../src/core/sentences';

function brief(text: string): string[] {
  const found = extractFigures(text, { citations: extractCitations(text), sections: extractSections(text), sentences: splitSentences(text) });
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text, 'span is true to the text');
  return found.map((f) => `${f.kind}:${f.text}=${f.value}${f.unit === null ? '' : ` ${f.unit}`}`);
}

describe('extractFigures: counts whose noun stands elsewhere', () => {
  it('takes the noun of "the number of …" for a bare number later in the sentence', () => {
    assert.deepEqual(brief('The academy raised the number of cadets to 310 this spring.'), ['count:310=310 cadets']);
  });

  it('takes the noun of the quantity the bare number is set against', () => {
    assert.deepEqual(brief('The motion was carried by 64 votes to 19.'), ['quantity:64 votes=64 votes', 'count:19=19 votes']);
    assert.deepEqual(brief('The mill shed 2,300 jobs, down from 9,100 workers, then 700 more.'), [
      'quantity:2,300 jobs=2300 jobs', 'quantity:9,100 workers=9100 workers', 'count:700=700 workers',
    ]);
  });

  it('takes the noun of the quantity that follows "to" or "and"', () => {
    assert.deepEqual(brief('The railway trimmed its staff by 2,400 to 61,700 employees.'), [
      'count:2,400=2400 employees', 'quantity:61,700 employees=61700 employees',
    ]);
    assert.deepEqual(brief('between 300 and 450 volunteers'), ['count:300=300 volunteers', 'quantity:450 volunteers=450 volunteers']);
  });

  it('takes the noun of an earlier quantity in the sentence after "at least", "about" and the like', () => {
    assert.deepEqual(brief('The governor asked for 6,000 police but said he needed at least 4,200 to keep order.'), [
      'quantity:6,000 police=6000 police', 'count:4,200=4200 police',
    ]);
  });

  it('reads "19 of its reservists" as a count of the noun after the determiner', () => {
    assert.deepEqual(brief('The regiment lost 23 of its reservists in the flood.'), ['count:23=23 reservists']);
    assert.deepEqual(brief('Two of the suspects were freed.'), ['count:Two=2 suspects']);
  });

  it('leaves bare numbers alone when no noun is in reach, and "one of the …" alone', () => {
    assert.deepEqual(brief('The vote was 27 to 3. One of the deputies left.'), []);
    assert.deepEqual(brief('The 40 inmates included a man aged 71.'), ['quantity:40 inmates=40 inmates']);
    assert.deepEqual(brief('Some 200 troops arrived. The ceasefire began at 5 and held.'), ['quantity:200 troops=200 troops']);
  });
});

describe('extractFigures: world currencies', () => {
  it('reads currency words of many countries, singular and plural, as money', () => {
    assert.deepEqual(brief('a loan of 3.8 million lats, 90 million litas, 12 billion hryvnias, 40 million zlotys and 7 billion forints'), [
      'money:3.8 million lats=3800000 lats', 'money:90 million litas=90000000 litas', 'money:12 billion hryvnias=12000000000 hryvnias',
      'money:40 million zlotys=40000000 zlotys', 'money:7 billion forints=7000000000 forints',
    ]);
    assert.deepEqual(brief('fines of 500 dirhams, 2 million nairas, 80,000 shillings, 15 million kroner and 9 billion rupiah'), [
      'money:500 dirhams=500 dirhams', 'money:2 million nairas=2000000 nairas', 'money:80,000 shillings=80000 shillings',
      'money:15 million kroner=15000000 kroner', 'money:9 billion rupiah=9000000000 rupiah',
    ]);
  });

  it('gives a bare first amount the scale of the second', () => {
    assert.deepEqual(brief('a cost of $1.5 to $2 billion, or €40 and €45'), [
      'money:$1.5=1500000000 USD', 'money:$2 billion=2000000000 USD', 'money:€40=40 EUR', 'money:€45=45 EUR',
    ]);
  });

  it('keeps a nationality word before the currency in the span', () => {
    assert.deepEqual(brief('a bond of 600 million Swiss francs'), ['money:600 million Swiss francs=600000000 Swiss francs']);
  });

  it('reads pounds as money only when they are no weight', () => {
    assert.deepEqual(brief('a 4 million pounds settlement and 300 pounds sterling'), [
      'money:4 million pounds=4000000 pounds', 'money:300 pounds sterling=300 pounds sterling',
    ]);
    assert.deepEqual(brief('2 million pounds of grain'), ['quantity:2 million pounds=2000000 pounds']);
  });

  it('needs digits before a currency word that is also an English word', () => {
    assert.deepEqual(brief('three real problems and 500 won'), ['quantity:three real problems=3 real problems', 'money:500 won=500 won']);
  });
});

describe('extractFigures: abbreviated scales and units', () => {
  it('reads "mln" and "bln" written apart from the digits as scale words', () => {
    assert.deepEqual(brief('The port handled 1.5 mln T of grain and 3 mln tonnes of coal.'), [
      'quantity:1.5 mln T=1500000 T', 'quantity:3 mln tonnes=3000000 tonnes',
    ]);
    assert.deepEqual(brief('a credit of 2.3 bln roubles'), ['money:2.3 bln roubles=2300000000 roubles']);
  });

  it('reads unit symbols: tonnes, kilotonnes, megatonnes, cubic metres', () => {
    assert.deepEqual(brief('shipments of 500,000 T, 40 kt, 3 Mt and 25 bcm a year'), [
      'quantity:500,000 T=500000 T', 'quantity:40 kt=40 kt', 'quantity:3 Mt=3 Mt', 'quantity:25 bcm=25 bcm',
    ]);
    assert.deepEqual(brief('a 120 sq km zone and 4.5 bln cu m of gas'), ['quantity:120 sq km=120 sq km', 'quantity:4.5 bln cu m=4500000000 cu m']);
  });
});

describe('extractFigures: counted noun phrases', () => {
  it('keeps a model name with digits inside the counted phrase', () => {
    assert.deepEqual(brief('The navy bought six Orlan K9 patrol drones.'), ['quantity:six Orlan K9 patrol drones=6 Orlan K9 patrol drones']);
  });

  it('reads compounds in -men as plurals and stops before "according to"', () => {
    assert.deepEqual(brief('roughly 7,400 guardsmen according to the ministry'), ['quantity:7,400 guardsmen=7400 guardsmen']);
    assert.deepEqual(brief('12 militiamen and 3 specimen jars'), ['quantity:12 militiamen=12 militiamen', 'quantity:3 specimen jars=3 specimen jars']);
  });

  it('carries a plural possessive on to its noun', () => {
    assert.deepEqual(brief('Some 2,600 officers’ families still lack flats.'), ["quantity:2,600 officers’ families=2600 officers’ families"]);
  });

  it('stops at a verb after the head noun', () => {
    assert.deepEqual(brief('About 95,000 rural families receive fuel subsidies.'), ['quantity:95,000 rural families=95000 rural families']);
    assert.deepEqual(brief('Nearly 4,000 pensioners faced higher rents.'), ['quantity:4,000 pensioners=4000 pensioners']);
    assert.deepEqual(brief('five arms control treaties and 3 weapons systems'), [
      'quantity:five arms control treaties=5 arms control treaties', 'quantity:3 weapons systems=3 weapons systems',
    ]);
  });
});

describe('extractFigures: times of day', () => {
  it('does not read military times as durations or years', () => {
    assert.deepEqual(brief('The curfew runs from 2200 hours to 0500 hours; shelling began at 1930 hrs.'), []);
    assert.deepEqual(brief('The pilots logged 2,000 hours and the crew 1500 hours in the air.'), [
      'duration:2,000 hours=2000 hours', 'duration:1500 hours=1500 hours',
    ]);
  });
});

describe('extractFigures: more elided nouns and written scales', () => {
  it('reads a lone number as a count when it is a subject, or parallels an earlier quantity across a year', () => {
    assert.deepEqual(brief('The 6th Regiment sent 300 men; 120 returned.'), ['quantity:300 men=300 men', 'count:120=120 men']);
    assert.deepEqual(brief('Of the 40 detainees, 12 were freed and 28 remain in custody.'), [
      'quantity:40 detainees=40 detainees', 'count:12=12 detainees', 'count:28=28 detainees',
    ]);
    assert.deepEqual(brief('The fleet had 1,200 trawlers in 2001 and 900 in 2006.'), [
      'quantity:1,200 trawlers=1200 trawlers', 'date:2001=null', 'count:900=900 trawlers', 'date:2006=null',
    ]);
  });

  it('keeps index levels, decimals, tables and phone numbers out of counts', () => {
    assert.deepEqual(brief('The index rose 12 points to 1,240 and closed at 1,236.5.'), ['quantity:12 points=12 points']);
    assert.deepEqual(brief('The 40 clerks answer on +7 727 555 0142.'), ['quantity:40 clerks=40 clerks']);
    assert.deepEqual(brief('The 30 recruits, whose ages ran from 19 to 24 years, met two other instructors.'), [
      'quantity:30 recruits=30 recruits', 'duration:24 years=24 years',
    ]);
  });

  it('multiplies by a hyphenated scale word', () => {
    assert.deepEqual(brief('a $1.2-billion loan'), ['money:$1.2-billion=1200000000 USD']);
  });
});

describe('extractFigures: tallies and percentage shorthand', () => {
  it('takes the noun of the last quantity for "the figure" or "the total", even across a sentence', () => {
    assert.deepEqual(brief('In 2015 the guard had 9,000 conscripts. By 2020 the figure had reached 11,500.'), [
      'date:2015=null', 'quantity:9,000 conscripts=9000 conscripts', 'date:2020=null', 'count:11,500=11500 conscripts',
    ]);
    assert.deepEqual(brief('The mission has 8,000 observers. It will cut its strength by 1,500.'), [
      'quantity:8,000 observers=8000 observers', 'count:1,500=1500 observers',
    ]);
  });

  it('reads "5pc" and "percentage points" as percentages', () => {
    assert.deepEqual(brief('Prices rose 5pc, or 1.5 percentage points more than forecast.'), [
      'percent:5pc=5 percent', 'percent:1.5 percentage points=1.5 percentage points',
    ]);
    assert.deepEqual(brief('a 2.5-per-cent rise, a 4-per cent fall and a 3 percentage-point gap'), [
      'percent:2.5-per-cent=2.5 percent', 'percent:4-per cent=4 percent', 'percent:3 percentage-point=3 percentage points',
    ]);
  });
});

describe('extractFigures: more date shapes', () => {
  it('reads numeric dates and the earlier day of "8 and 9 June"', () => {
    assert.deepEqual(brief('The talks on 8 and 9 June followed a decree of 04.06.2011.'), ['date:8=null', 'date:9 June=null', 'date:04.06.2011=null']);
  });
});
