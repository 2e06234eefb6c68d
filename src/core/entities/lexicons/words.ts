// Capitalised words that are never names on their own: calendar words, function words that start
// sentences, metadata keys, and the heads of miscellaneous names (events, projects, laws) whose
// inner names are not mentions ("Operation Enduring Freedom").

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar';

export const MONTHS: ReadonlySet<string> = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

export const WEEKDAYS: ReadonlySet<string> = new Set<string>([
  ...WEEKDAY_NAMES, 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
]);

/** Capitalised function words and sentence openers that never start a name. */
export const STOP_CAPS = new Set(`A An The This That These Those It Its It's He She They We I You His Her Their Our My Your
Him Them Us Me Who Whom Whose What Which Where When Why How Whether If Unless Although Though While Whilst Because Since As
And But Or Nor Yet So For Of In On At By To From With Without Within Into Onto Upon About Above Below Under Over After
Before During Between Among Amid Amidst Against Despite Toward Towards Through Throughout Across Along Around Beyond Via
Per Than Then Thus Hence Therefore However Moreover Furthermore Meanwhile Nevertheless Nonetheless Indeed Also Still Even
Only Just Already Again Once Here There Now Today Yesterday Tomorrow Tonight Some Any Many Much Most More Few Several All
Both Each Every Either Neither No Not None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next
Such Other Another Same Own Yes Please Dear Hello Is Are Was Were Be Been Being Has Have Had Do Does
Did Will Would Shall Should Can Could May Might Must Let Like Unlike Instead Perhaps Maybe Otherwise Accordingly Finally
Overall Similarly Likewise Rather Especially Particularly Notably Reportedly Apparently Officially Clearly Certainly
Consequently Additionally Initially Recently Currently Previously Subsequently Ultimately Eventually Collectively
According Following Including Regarding Concerning Given Although Whereas Sources Source Note Notes See Read Click Share
Subscribe Placeholder Text Summary Box End Update Updated Editor's Photo Video Image Map Table Figure Chart Advertisement
Related Comments Copyright GMT UTC EST EDT CET AM PM`.split(/\s+/));

/** Words that label a headline or a document ("FACT SHEET:", "Readout:", "Press Release:"), any case. */
export const LABEL_WORDS = new Set(`fact sheet readout press release statement backgrounder update breaking exclusive
analysis commentary editorial opinion interview transcript note correction feature bulletin alert flash urgent
factbox explainer timeline profile q&a`.split(/\s+/));

/** Keys of metadata lines ("Publication: …", "Volume: 2") and document headers. */
export const METADATA_KEYS = new Set(`Publication Volume Issue Date Dateline By Source Sources Author Authors Title Subject
Tags Tag Language Article Type Document Section Page Pages Edition Category Categories Keywords Published Updated Modified
Filed Word Words Length Copyright Distribution Classification Caveat Region Country Topic Topics Headline Byline
Location Summary Abstract Reference Ref Serial Time Status Format Priority Originator Precedence Series Number No`
  .split(/\s+/));

/** First words of miscellaneous names whose inner names are not mentions ("Operation Enduring Freedom"). */
export const MISC_OPENERS = new Set(['Operation', 'Project', 'Treaty', 'Plan', 'Programme', 'Program', 'Act', 'Order',
  'Decree', 'Resolution', 'Battle', 'Siege', 'Cup', 'Games', 'Prize', 'Award', 'Festival', 'Doctrine']);

/** Last words of miscellaneous names ("Aral Basin Water Project", "Cold War", "Helsinki Accords"). */
export const MISC_HEADS = new Set(`Project Projects Programme Program Plan Treaty Accord Accords Agreement Pact Protocol
Declaration Charter Convention Doctrine Act Law Code Resolution Decree Initiative Strategy War Wars Revolution Crisis
Conflict Uprising Massacre Summit Conference Games Olympics Cup Championship Championships Tournament
Open Prize Award Festival Day Week Year Era Age Pipeline Stream Highway Bridge Doctrine Operation Exercise Exercises
Prize Memorial Index Report Census Election Elections`.split(/\s+/));
