// Closed word lists the figure rules read. Generic English, no names from any evaluation text.

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  (
    'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 ' +
    'fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 ' +
    'fifty 50 sixty 60 seventy 70 eighty 80 ninety 90'
  )
    .match(/\S+ \S+/g)!
    .map((pair) => {
      const [word, value] = pair.split(' ');
      return [word, Number(value)] as [string, number];
    }),
);
export const TENS = set('twenty thirty forty fifty sixty seventy eighty ninety');
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
]);
/** Scale letters written against the digits: "$45m", "$2bn", "5k". */
export const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);
/** Wire-service scale abbreviations written apart from the digits: "1.5 mln", "2.3 bln". */
export const SPACED_SCALES: ReadonlyMap<string, number> = new Map([
  ['mln', 1e6], ['mn', 1e6], ['bln', 1e9], ['bn', 1e9], ['trln', 1e12], ['trn', 1e12],
]);

export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['year', 'years'], ['years', 'years'], ['month', 'months'], ['months', 'months'], ['week', 'weeks'], ['weeks', 'weeks'],
  ['day', 'days'], ['days', 'days'], ['hour', 'hours'], ['hours', 'hours'], ['minute', 'minutes'], ['minutes', 'minutes'],
  ['decade', 'decades'], ['decades', 'decades'], ['century', 'centuries'], ['centuries', 'centuries'],
  ['fortnight', 'fortnights'], ['fortnights', 'fortnights'], ['seconds', 'seconds'],
]);

/** Words that end a counted noun phrase: function words, auxiliaries, pronouns and common adverbs. */
export const NOUN_PHRASE_STOPS = set(
  'the a an this that these those their its his her our your my whose which who whom what whatever ' +
    'of in on at to for from by with without into onto through across over under between among against during before ' +
    'after since until till about around near per via toward towards within beyond behind above below along amid amidst ' +
    'despite including like than as worth each apiece plus minus versus vs upon off out up down ' +
    'and or but nor so yet while whereas because although though if when where whether unless ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'it they them he she we you i me us him also not only already still now then there here just even ever ' +
    'more less most least ago last next very too again all both either neither such same other another ' +
    'said says say told according reportedly',
);

/** Plural forms that do not end in "s", and nouns that count without a plural form. */
const IRREGULAR_PLURALS = set(
  'men women children people police personnel staff aircraft cattle sheep fish deer troops militia infantry ' +
    'feet teeth mice geese data media criteria phenomena alumni crew livestock poultry clergy equipment ammunition',
);
/** Words ending in "s" that are not plural. */
const SINGULAR_IN_S = set(
  'news series species means this his its was has is as us thus plus less unless across always perhaps whereas ' +
    'besides towards afterwards various famous serious previous numerous obvious analysis crisis basis thesis ' +
    'emphasis diagnosis status bus gas chaos canvas bias atlas alias lens',
);
/** Unit abbreviations counted after a number: "300 km", "5 MW", "1.5 mln T" (tonnes), "25 bcm" (billion cubic metres). */
export const MEASURE_UNITS = set(
  'km kg mm cm ha mi ft lb lbs t T kt Kt KT mt MT Mt Gt MW GW kW kWh MWh GWh TWh bbl bpd bcm tcm mcm bcf tcf mph kph m3 km2',
);
/** The first word of a two-word unit: "120 sq km", "4.5 bln cu m". */
export const AREA_VOLUME_PREFIXES = set('sq cu');
/** Lengths that follow "sq" or "cu". */
export const LENGTH_UNITS = set('km m mi ft cm mm yd metres meters feet');

/** Words in "-men" that are no plural of "-man". */
const SINGULAR_IN_MEN = set(
  'specimen abdomen omen amen regimen acumen stamen hymen semen albumen bitumen cyclamen dolmen lumen gravamen rumen yemen bremen carmen',
);

export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // "servicemen", "militiamen", "gunmen".
  if (/^\p{L}{2,}men$/u.test(lower) && !SINGULAR_IN_MEN.has(lower)) return true;
  if (SINGULAR_IN_S.has(lower)) return false;
  if (!/^\p{L}[\p{L}'’-]*s$/u.test(word) || word.length < 3) return false;
  return !/(?:ss|us|is|ous)$/.test(lower);
}

/** "man" → "men", "member" → "members": the unit of a hyphenated count ("12-man", "seven-member"). */
export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = { man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet' };
  if (irregular[lower]) return irregular[lower];
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Words after which a number is a reference, not a figure: "No. 5", "page 10", "Article 5", "Resolution 1244". */
export const REFERENCE_WORDS = set(
  'no nos p pp page pages vol volume issue issues article articles section chapter paragraph para clause resolution ' +
    'decree annex appendix table figure fig room flight route highway tel phone fax ext protocol amendment platform ' +
    'precinct ward extension channel version item point phase stage level grade',
);

/** Prepositions that make a bare year a time: "in 1998", "since 2001", "the spring of 1996", "beyond 2030". */
export const YEAR_PREPOSITIONS = set(
  'in since by until till from to of beyond before after during through throughout around circa about early late mid end ' +
    'spring summer autumn fall winter between and or year fiscal',
);

/** Capitalised words that may stand before a number without making it part of a name ("Over 70%", "In 1998"). */
export const CAPITALISED_FUNCTION_WORDS = set(
  'in on at by for from since until to of with over under about around nearly almost barely merely some only just ' +
    'all another the a an and but or after before during between more less fewer than roughly approximately up down ' +
    'last next past total exactly estimated both each every those these their his her our its least most additional ' +
    'further while when whereas as if through beyond within without among including plus minus perhaps maybe ' +
    'possibly reportedly officially today yesterday',
);

/** Month names and abbreviations in lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((m) => m.toLowerCase()));
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((d) => d.toLowerCase()));

/** Words that make a hyphenated number anything but a count: "two-thirds", "three-fold", "two-way", "50-year-old". */
export const NON_UNIT_HYPHEN_WORDS = set(
  'third thirds quarter quarters half halves fifth fifths sixth sixths tenth tenths fold way odd plus some point ' +
    'old thing things time times off on nil all strong',
);

/**
 * Verbs that follow a plural subject and open its clause ("households pay heating bills", "pensioners
 * got letters"): a counted phrase ends before them. Words often used as noun modifiers ("control",
 * "tax", "trade", "strike") are left out.
 */
export const CLAUSE_VERBS = set(
  'pay face receive need lack live get own make take give use want claim earn spend buy sell grow produce depend rely ' +
    'remain stay work serve attend support oppose demand share hope expect fear plan seek risk suffer go come leave return ' +
    'join vote die fight flee cross enter carry bring send keep run operate guard protect consume employ contain await ' +
    'continue struggle tend fail refuse agree allow require generate handle provide see know believe think feel try help ' +
    'call ask show play move follow sit stand wait watch win lose meet pass visit launch build fly travel arrive rally ' +
    'paid got held made took gave sold bought grew won lost left fled fought sent kept ran came went spent met brought built ' +
    'saw rose fell became began found thought knew felt stood sat',
);

/** Plurals that modify a following noun ("arms control treaties", "weapons systems", "rights groups"). */
export const MODIFIER_PLURALS = set(
  'arms weapons rights forces goods sales savings customs communications telecommunications sports operations systems ' +
    'electronics chemicals narcotics drugs explosives parts jobs news services munitions affairs minerals materials ' +
    'earnings payments emissions securities futures assets',
);
