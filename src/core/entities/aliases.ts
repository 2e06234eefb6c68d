// Short forms that a text uses for a name it has given in full: "Darvana" for "Darvana Holdings", "41st Brigade"
// for "41st Separate Mountain Rifle Brigade", "Constitutional Court" for "Constitutional Court of Georgia",
// "Khatlon" for "Khatlon Region", "Armenia" for "Republic of Armenia".
import { isOrdinal } from './candidates';
import { best, type Scores } from './classify';
import { BUSINESS_HEADS, COMPANY_SUFFIXES } from './lexicons/organizations';
import { PLACE_NAMES, REGION_HEADS } from './lexicons/places';
import { lexiconKind } from './names';

const SHORT_FORM_WEIGHT = 6;

const keyOf = (name: string): string => name.toLowerCase();

const isCompanyTail = (w: string): boolean => BUSINESS_HEADS.has(w) || COMPANY_SUFFIXES.has(w);

/** "Darvana" in "Darvana Holdings", "Varnel" in "Varnel Copper Corp": a company's own word before its line of
 * business and legal form. */
export function companyShortName(name: string): string | undefined {
  const words = name.split(' ');
  return words.length >= 2 && words.slice(1).every(isCompanyTail) && !isCompanyTail(words[0]!) ? words[0] : undefined;
}

/** "Khatlon" in "Khatlon Region": the name of a region without its head. */
export function regionShortName(name: string): string | undefined {
  const words = name.split(' ');
  return words.length >= 2 && REGION_HEADS.has(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : undefined;
}

/** A lookup from a short organisation name to the longer name it shortens among the text's organisation names,
 * built once per document: "41st Brigade" → "41st Separate Mountain Rifle Brigade", "Constitutional Court" →
 * "Constitutional Court of Georgia", "Darvana" → "Darvana Holdings". */
export function orgLongForms(orgNames: readonly string[], isPlace: (name: string) => boolean): (name: string) => string | undefined {
  // Numbered units by ordinal and last word; a short form's words stand in the long one in order.
  const byEnds = new Map<string, string[]>();
  const byPrefix = new Map<string, string>();
  const byCompanyWord = new Map<string, string>();
  const setFirst = (map: Map<string, string>, key: string, long: string): void => { if (!map.has(key)) map.set(key, long); };
  for (const long of orgNames) {
    const words = long.split(' ');
    if (words.length >= 3 && isOrdinal(words[0]!)) {
      const ends = keyOf(`${words[0]} ${words[words.length - 1]}`);
      byEnds.set(ends, [...(byEnds.get(ends) ?? []), long]);
    }
    for (let at = long.indexOf(' of '); at > 0; at = long.indexOf(' of ', at + 1)) {
      if (isPlace(long.slice(at + 4).replace(/^the /, ''))) setFirst(byPrefix, keyOf(long.slice(0, at)), long);
    }
    const company = companyShortName(long);
    if (company) setFirst(byCompanyWord, keyOf(company), long);
  }
  // Case-insensitive, so that "DARVANA" in a headline finds "Darvana Holdings".
  return (name: string): string | undefined => {
    const words = name.split(' ');
    if (isOrdinal(words[0]!)) {
      const longs = byEnds.get(keyOf(`${words[0]} ${words[words.length - 1]}`)) ?? [];
      // A few candidates are enough; the bound keeps a text of many same-numbered units linear.
      return longs.slice(0, 8).find((long) => long.split(' ').length > words.length && isSubsequence(words, long.split(' ')));
    }
    const long = words.length === 1 ? byCompanyWord.get(keyOf(name)) : byPrefix.get(keyOf(name));
    return long !== undefined && keyOf(long) !== keyOf(name) ? long : undefined;
  };
}

/** Every word of `short` appears in `long`, in order ("5th Border Battalion" in "5th Separate Border Battalion"). */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/** "Republic of Armenia" → "Armenia": the state named by its form of government. */
export function stateShortName(name: string): string | undefined {
  const m = /^(?:Republic|Kingdom|Sultanate|Principality|Grand Duchy|Commonwealth) of (?:the )?(.+)$/.exec(name);
  // "Republic of China" names Taiwan, not China.
  return m && m[1] !== 'China' && lexiconKind(m[1]!) === 'place' ? m[1] : undefined;
}

/** A lone region name groups with "<name> Region" unless it is a known city, or the text sets it apart as a town
 * ("Batken (Batken Region)"). */
export function regionGroupsWithShortName(short: string, townsApart: ReadonlySet<string>): boolean {
  return !PLACE_NAMES.has(short) && !townsApart.has(short);
}

/** Short forms typed by their full form elsewhere in the text: "Darvana" is the company "Darvana Holdings",
 * "Khatlon" the region "Khatlon Region". Adds the weight to `scores` in place. */
export function addShortFormScores(names: readonly string[], scores: Scores[]): void {
  const companies = new Set<string>();
  const regions = new Set<string>();
  names.forEach((name, i) => {
    const kind = best(scores[i]!).kind;
    const company = companyShortName(name);
    const region = regionShortName(name);
    if (kind === 'organization' && company) companies.add(keyOf(company));
    if (kind === 'place' && region && !PLACE_NAMES.has(region)) regions.add(keyOf(region));
  });
  names.forEach((name, i) => {
    if (companies.has(keyOf(name))) scores[i]!.organization += SHORT_FORM_WEIGHT;
    if (regions.has(keyOf(name))) scores[i]!.place += SHORT_FORM_WEIGHT;
  });
}
