import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ExtractionContext } from '../../src/core/context';
import { extractEntities } from '../../src/core/entities';
import type { Citation, Entity, EntityType } from '../../src/core/types';

const NO_CONTEXT: ExtractionContext = { citations: [], sections: [], sentences: [] };

function run(text: string, citations: Citation[] = []): Entity[] {
  return extractEntities(text, { ...NO_CONTEXT, citations });
}

function mentions(entities: Entity[], type: EntityType): string[] {
  return entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
}

function entity(entities: Entity[], type: EntityType, name: string): Entity {
  const found = entities.find((e) => e.type === type && e.name === name);
  assert.ok(found, `expected ${type} "${name}" among ${entities.map((e) => `${e.type}:${e.name}`).join(', ')}`);
  return found;
}

function citation(text: string, source: string, whole: string): Citation {
  const start = text.indexOf(whole);
  assert.ok(start >= 0, `citation ${whole} in the text`);
  return { start, end: start + whole.length, text: whole, source, dates: [] };
}

describe('entities: titles, honorifics and possessives stay outside spans', () => {
  it('strips a rank written with a hyphen and keeps the position as the role', () => {
    const text = 'The talks were led by First Deputy Interior Minister Lt.-General Serik Baimukhanov on Monday.';
    const person = entity(run(text), 'person', 'Serik Baimukhanov');
    assert.deepEqual(person.mentions.map((m) => m.text), ['Serik Baimukhanov']);
    assert.equal(person.role, 'First Deputy Interior Minister');
  });

  it('splits a country used attributively from the title and the name', () => {
    const ents = run('Uzbekistan Interior Minister Dilshod Karimov visited the border.');
    assert.deepEqual(mentions(ents, 'place'), ['Uzbekistan']);
    const person = entity(ents, 'person', 'Dilshod Karimov');
    assert.equal(person.role, 'Interior Minister');
  });

  it('keeps the country in front of an ambassador in the role', () => {
    const person = entity(run('U.S. Ambassador Helen Marsh arrived in Bishkek.'), 'person', 'Helen Marsh');
    assert.equal(person.role, 'U.S. Ambassador');
  });

  it('drops a demonym before a title and takes "President" as the role', () => {
    const ents = run('Kyrgyz President Almazbek Tokonov spoke first.');
    assert.equal(entity(ents, 'person', 'Almazbek Tokonov').role, 'President');
    assert.ok(!ents.some((e) => e.name.includes('Kyrgyz')), 'the demonym is no entity');
  });

  it('ends a mention before a possessive, straight or curly', () => {
    const ents = run('Later Karimbekov’s office and Nurlan Ermekbayev\'s aides refused to comment on Ermekbayev\'s plan.');
    assert.deepEqual(mentions(ents, 'person').sort(), ['Ermekbayev', 'Karimbekov', 'Nurlan Ermekbayev']);
  });

  it('takes a portfolio after "Minister of" into the role, and a known place after a title as a place', () => {
    const text = 'She met Minister of Road and Transport Development Oyun Batbayar and President of Georgia Nino Beridze.';
    const ents = run(text);
    assert.equal(entity(ents, 'person', 'Oyun Batbayar').role, 'Minister of Road and Transport Development');
    assert.equal(entity(ents, 'person', 'Nino Beridze').role, 'President');
    assert.deepEqual(mentions(ents, 'place'), ['Georgia']);
    assert.deepEqual(mentions(ents, 'organization'), []);
  });

  it('keeps initials in a name', () => {
    assert.deepEqual(mentions(run('The report was signed by A. K. Baimenov and J. Smith.'), 'person'), ['A. K. Baimenov', 'J. Smith']);
  });

  it('does not annotate a title with no name after it', () => {
    const ents = run('The Chairman asked the Council to wait, and the Prime Minister agreed.');
    assert.deepEqual(ents, []);
  });
});

describe('entities: surnames join the full name', () => {
  it('groups a lone surname under the longest full form', () => {
    const text = 'Prime Minister Rustam Saparov arrived late. Saparov then left, and Saparov\'s deputy stayed.';
    const person = entity(run(text), 'person', 'Rustam Saparov');
    assert.deepEqual(person.mentions.map((m) => m.text), ['Rustam Saparov', 'Saparov', 'Saparov']);
    assert.deepEqual(person.aliases, ['Saparov']);
    assert.equal(person.id, 'person:Rustam Saparov');
  });

  it('counts "the X family" as a surname mention', () => {
    const text = 'President Almazbek Tokonov won again. The Tokonov family still owns the largest bank.';
    const person = entity(run(text), 'person', 'Almazbek Tokonov');
    assert.equal(person.mentions.length, 2);
    assert.equal(person.mentions[1]!.text, 'Tokonov');
  });

  it('recognises transliterated surnames with no first name known', () => {
    const ents = run('The plan was drafted by Zhanbolat Kassymbekov and approved the same week.');
    assert.deepEqual(mentions(ents, 'person'), ['Zhanbolat Kassymbekov']);
  });
});

describe('entities: acronyms defined in parentheses', () => {
  it('joins an acronym to a capitalised long form', () => {
    const text = 'Analysts at the Centre for Border Studies (CBS) say the CBS index rose.';
    const org = entity(run(text), 'organization', 'Centre for Border Studies');
    assert.deepEqual(org.mentions.map((m) => m.text), ['Centre for Border Studies', 'CBS', 'CBS']);
    assert.deepEqual(org.aliases, ['CBS']);
  });

  it('keeps only the acronym as a mention after a lower-case description', () => {
    const text = 'Marsh praised the Kyrgyz border guard battalion (KYRBAT). KYRBAT will train in spring.';
    const org = entity(run(text), 'organization', 'KYRBAT');
    assert.deepEqual(org.mentions.map((m) => m.text), ['KYRBAT', 'KYRBAT']);
    assert.deepEqual(org.aliases, ['Kyrgyz border guard battalion']);
  });
});

describe('entities: places', () => {
  it('reads "Town (Region)" as two places', () => {
    const ents = run('Troops moved to Batken (Batken Region) overnight.');
    assert.deepEqual(mentions(ents, 'place'), ['Batken', 'Batken Region']);
  });

  it('reads "Town, Country" as two places', () => {
    const ents = run('Residents of Isfana, Kyrgyzstan, complained about shortages.');
    assert.deepEqual(mentions(ents, 'place'), ['Isfana', 'Kyrgyzstan']);
  });

  it('treats demonyms as no entity but country names as places', () => {
    const ents = run('Tajik customs officers and American diplomats met U.S. lawmakers in Dushanbe.');
    assert.deepEqual(mentions(ents, 'place'), ['U.S.', 'Dushanbe']);
    assert.deepEqual(mentions(ents, 'organization'), []);
  });

  it('groups country variants under the longest form', () => {
    const ents = run('The United States will help. Officials in the U.S. agreed.');
    const place = entity(ents, 'place', 'United States');
    assert.deepEqual(place.mentions.map((m) => m.text), ['United States', 'U.S.']);
  });

  it('reads a name listed with known places as a place', () => {
    assert.deepEqual(mentions(run('Flooding hit Ulaanbaatar and Darkhan last week.'), 'place'), ['Ulaanbaatar', 'Darkhan']);
  });

  it('does not count "U.S. dollar" as a place', () => {
    assert.deepEqual(run('Cotton contracts are priced in U.S. dollars, never euros.'), []);
  });
});

describe('entities: organisations', () => {
  it('drops a demonym before an organisation name', () => {
    const ents = run('A statement from the Kazakh Defence Ministry followed.');
    assert.deepEqual(mentions(ents, 'organization'), ['Defence Ministry']);
  });

  it('ignores a generic head after a demonym', () => {
    assert.deepEqual(run('The Georgian Parliament approved the budget.'), []);
  });

  it('takes citation sources as organisations, several sources included', () => {
    const text = 'The talks stalled (Kabar; Vecherny Bishkek, March 3).';
    const ents = run(text, [citation(text, 'Kabar; Vecherny Bishkek', '(Kabar; Vecherny Bishkek, March 3)')]);
    assert.deepEqual(mentions(ents, 'organization'), ['Kabar', 'Vecherny Bishkek']);
  });

  it('knows news agencies and parliaments by name', () => {
    const ents = run('According to Interfax, the Majilis will vote on Tuesday.');
    assert.deepEqual(mentions(ents, 'organization'), ['Interfax', 'Majilis']);
  });

  it('splits "X of Y and <country>" but keeps "Ministry of A and B" whole', () => {
    const ents = run('The Department of Commerce and Mongolia\'s Ministry of Mining and Heavy Industry signed.');
    assert.deepEqual(mentions(ents, 'organization'), ['Department of Commerce', 'Ministry of Mining and Heavy Industry']);
    assert.deepEqual(mentions(ents, 'place'), ['Mongolia']);
  });

  it('splits a city in front of a known paper', () => {
    const ents = run('Diplomats quoted a Paris Le Monde editorial.');
    assert.deepEqual(mentions(ents, 'place'), ['Paris']);
    assert.deepEqual(mentions(ents, 'organization'), ['Le Monde']);
  });

  it('reads the value of a Publication line as an organisation, not its key', () => {
    const ents = run('Publication: Steppe Security Review Volume: 4 Issue: 77\n');
    assert.deepEqual(ents.map((e) => `${e.type}:${e.name}`), ['organization:Steppe Security Review']);
  });
});

describe('entities: words that look like names but are not', () => {
  it('ignores sentence openers, months, weekdays and headline words', () => {
    const text = 'KYRGYZSTAN REINFORCES BORDER POSTS\n\nSuch pledges matter. Reacting on Monday in March, officials agreed.';
    const ents = run(text);
    assert.deepEqual(ents.map((e) => `${e.type}:${e.name}`), ['place:Kyrgyzstan']);
    assert.equal(ents[0]!.mentions[0]!.text, 'KYRGYZSTAN');
  });

  it('reads a YAML title line as a heading, where capitals do not make names', () => {
    const text = '---\ntitle: "Readout: United\\_Kingdom Widens Grain Talks with Mongolia"\ndate: \'2023-10-05\'\n---\n';
    const ents = run(text);
    assert.deepEqual(ents.map((e) => `${e.type}:${e.name}`), ['place:United Kingdom', 'place:Mongolia']);
    assert.equal(ents[0]!.mentions[0]!.text, 'United\\_Kingdom');
  });

  it('does not take names inside an operation name', () => {
    assert.deepEqual(mentions(run('Flights supported Operation Steppe Eagle for a month.'), 'person'), []);
  });
});

describe('entities: a whole fictional briefing', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/entities/kyrgyz-border.txt'), 'utf8');
  const ents = run(text, [citation(text, 'AKIpress', '(AKIpress, March 3)'), citation(text, 'Interfax', '(Interfax, March 5)')]);

  it('finds every person with role and surname mentions', () => {
    const people = ents.filter((e) => e.type === 'person').map((e) => [e.name, e.role, e.mentions.length]);
    assert.deepEqual(people, [
      ['Almazbek Tokonov', 'President', 2],
      ['Temir Abdrakhmanov', 'Interior Minister', 2],
      ['Rustam Saparov', 'Prime Minister', 1],
      ['Helen Marsh', 'U.S. Ambassador', 2],
      ['Bakyt Omurzakov', 'Deputy Defence Minister', 2],
    ]);
  });

  it('finds the organisations and places', () => {
    assert.deepEqual(ents.filter((e) => e.type === 'organization').map((e) => e.name), [
      'Steppe Security Review', 'Defence Ministry', 'AKIpress', 'KYRBAT', 'Interfax', 'Centre for Border Studies',
    ]);
    assert.deepEqual(ents.filter((e) => e.type === 'place').map((e) => e.name), [
      'Kyrgyzstan', 'Batken', 'Batken Region', 'Isfana', 'U.S.', 'Bishkek',
    ]);
  });

  it('gives every mention its exact slice, sorted and never overlapping', () => {
    const all = ents.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (const m of all) assert.equal(text.slice(m.start, m.end), m.text);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start);
  });
});
