// Calendar dates written out: "June 28", "14 May 1996", "11-12 October", "17 Feb 95", "March 2005",
// "2019-07-15", "03.05.2005", the continued day of "(Interfax, July 1, 4)" and the earlier day of
// "(Interfax, 2 and 3 May)". Bare years need context: see years.ts.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/calendar';

export interface DateSpan {
  start: number;
  end: number;
  /** The date as written with whitespace normalised; a continued day carries its month ("July 4"). */
  written: string;
}

const caseForms = (words: readonly string[]) => words.flatMap((w) => [w, w.toUpperCase()]);
const FULL = `(?:${caseForms(MONTH_NAMES).join('|')})`;
const ABBR = `(?:${caseForms(MONTH_ABBREVIATIONS).join('|')})`;
const MONTH = `(?:${FULL}|${ABBR}\\.?)(?![\\p{L}\\d])`;
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_DIGITS = '(?:1[89]\\d\\d|20\\d\\d)';
const YEAR = `${YEAR_DIGITS}(?!\\d)`;
/** One run of whitespace holding at most one line break (written so that it cannot backtrack badly). */
const WS = '(?=\\s)[ \\t\\u00a0]*(?:(?:\\r\\n|\\r|\\n)[ \\t\\u00a0]*)?';
const DASH = '[-–]';
const END = '(?![\\p{L}\\d]|[.,:/]\\d)';

const ISO = `${YEAR_DIGITS}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d:])`;
/** The month of a day-first date with its year: "May 1996", "Feb 95" (a two-digit year only after an abbreviated month). */
const MONTH_AND_YEAR = `(?:${FULL}(?![\\p{L}\\d])(?:,?${WS}${YEAR})?|${ABBR}\\.?(?![\\p{L}\\d])(?:,?${WS}(?:${YEAR}|\\d\\d(?!\\d)))?)`;
/** "14 May 1996", "11-12 October", "30 June-2 July", "17 Feb 95". */
const DAY_FIRST = `${DAY}(?:${DASH}${DAY})?${WS}(?:${MONTH}${DASH}${DAY}${WS})?${MONTH_AND_YEAR}`;
/** "June 28", "June 28, 2005", "June 29-30", "June 29-July 1". */
const MONTH_FIRST = `${MONTH}${WS}${DAY}(?:${DASH}(?:${MONTH}${WS})?${DAY})?(?![\\d:%])(?:,?${WS}${YEAR})?`;
/** "March 2005". */
const MONTH_YEAR = `${MONTH},?${WS}${YEAR}`;
/** "03.05.2005", "3/5/2005": day, month and a four-digit year in figures, one separator throughout. */
const NUMBER_OF_DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const NUMERIC = `${NUMBER_OF_DAY}\\.${NUMBER_OF_DAY}\\.${YEAR}|${NUMBER_OF_DAY}/${NUMBER_OF_DAY}/${YEAR}`;
const DATE = new RegExp(`(?<![\\p{L}\\d.,/-])(?:(${ISO})|(${DAY_FIRST})|(${MONTH_FIRST})|(${MONTH_YEAR})|(${NUMERIC}))${END}`, 'gu');
/** ", 4" or " and 4" after "July 1": a second day of the same month. */
/** "2 and " or "2, " before "3 May": an earlier day of the same month. */
const EARLIER_DAY = new RegExp(`(?<![\\p{L}\\d.,/-])(${DAY})(?:,|${WS}and)${WS}$`, 'u');
const CONTINUED_DAY = new RegExp(`^(?:,|${WS}and)${WS}?(${DAY})(?![\\p{L}\\d%:.,]\\S)(?=[ \\t]*(?:[),;]|$|${WS}and\\b))`, 'u');
const MONTH_OF = new RegExp(`^(${FULL}|${ABBR}\\.?)`, 'u');
const MONTH_IN = new RegExp(`${FULL}|${ABBR}`, 'u');

const normalise = (s: string) => s.replace(/\s+/g, ' ');

/** Every written date in `text[from, to)`, in order, never overlapping. Linear in the length. */
export function findDates(text: string, from = 0, to = text.length): DateSpan[] {
  const dates: DateSpan[] = [];
  const slice = text.slice(from, to);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (m[2] !== undefined) {
      // "(Interfax, 2 and 3 May)": the first day takes the month of the second.
      const before = EARLIER_DAY.exec(slice.slice(Math.max(0, m.index - 16), m.index));
      const previousEnd = dates.length > 0 ? dates[dates.length - 1].end : -1;
      const dayStart = before ? start - before[0].length : -1;
      if (before && dayStart >= previousEnd) {
        dates.push({ start: dayStart, end: dayStart + before[1].length, written: `${before[1]} ${MONTH_IN.exec(m[0])![0]}` });
      }
    }
    dates.push({ start, end, written: normalise(m[0]) });
    if (m[3] !== undefined && !/\d{4}$/.test(m[0])) {
      const month = MONTH_OF.exec(m[0])![1];
      const rest = slice.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const more = CONTINUED_DAY.exec(rest);
      if (more) {
        const dayEnd = end + more[0].length;
        dates.push({ start: dayEnd - more[1].length, end: dayEnd, written: `${month} ${more[1]}` });
        DATE.lastIndex = dayEnd - from;
      }
    }
  }
  return dates;
}
