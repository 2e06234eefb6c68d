// Briefing-like documents of any size, built from the bundled samples/ (fictional, ours). Each
// briefing is one sample with its prose paragraphs shuffled, its people renamed and its larger
// numbers changed, all from a seeded generator: every run builds the same text, and a long
// document is a digest of different briefings rather than one text repeated verbatim.
// Pure: no engine, so the extension-host perf suite can use it without loading the NLP library.
import * as fs from 'fs';
import * as path from 'path';

/** The people of samples/, renamed in each copy so that a digest names hundreds of people. */
const SAMPLE_PEOPLE = [
  'Yerlan Sadvakasov', 'Dilshod Karimov', 'Bolat Zhumabekov', 'Gulnara Abenova', 'Nursultan Nazarbayev',
  'Marta Lindqvist', 'Ruslan Mammadov', 'Natig Aliyev', 'Elena Vasquez',
  'Erlan Abdyldaev', 'Sherali Jononov', 'Ramazon Rahimzoda', 'Nikolai Bordyuzha', 'Zhenish Razakov',
  'Azim Ibrohim', 'Abdumalik Tursunov',
];
const FIRST_NAMES = [
  'Aibek', 'Aruzhan', 'Bakhtiyor', 'Dana', 'Elnur', 'Farida', 'Galym', 'Ilyas', 'Kamila', 'Lola',
  'Murat', 'Nargiza', 'Oleg', 'Petra', 'Rustam', 'Saule', 'Timur', 'Umida', 'Vera', 'Zarina', 'Anders', 'Sofia',
];
const SURNAMES = [
  'Akhmetov', 'Baitursynova', 'Chernov', 'Dauletov', 'Ergashev', 'Fayzullaev', 'Gafurov', 'Hasanli',
  'Ismailova', 'Jumabaev', 'Kenzhebekov', 'Lindberg', 'Musayev', 'Nurlanova', 'Orlova', 'Petrov', 'Qodirov',
  'Rakhimova', 'Saidov', 'Tokhtarov', 'Usmanov', 'Valiyev', 'Yusupova', 'Zakirov', 'Holm', 'Moreau', 'Brandt',
];

export const SAMPLES_DIR = path.resolve(__dirname, '..', '..', '..', 'samples');

export function readSamples(dir = SAMPLES_DIR): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim());
}

/** mulberry32: small, fast and seedable, so documents are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isProse = (paragraph: string) => /[.!?"”)]$/.test(paragraph) && paragraph.length > 120;

function shuffled<T>(items: T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

function renamePeople(text: string, copy: number): string {
  SAMPLE_PEOPLE.forEach((person, i) => {
    const [first, last] = person.split(' ');
    const newFirst = FIRST_NAMES[(i * 5 + copy) % FIRST_NAMES.length];
    const newLast = SURNAMES[(i * 7 + copy * 3) % SURNAMES.length];
    text = text.replace(new RegExp(`\\b${first} ${last}\\b`, 'g'), `${newFirst} ${newLast}`);
    text = text.replace(new RegExp(`\\b${last}\\b`, 'g'), newLast);
  });
  return text;
}

/** Changes amounts and counts; keeps small numbers (days of the month, ordinals) and years. */
function varyNumbers(text: string, random: () => number): string {
  return text.replace(/\b\d+(?:,\d{3})*(\.\d+)?\b/g, (written, fraction: string | undefined) => {
    const value = Number(written.replace(/,/g, ''));
    if (value <= 31 || /^(19|20)\d\d$/.test(written)) return written;
    const varied = value * (0.5 + random());
    const decimals = fraction ? fraction.length - 1 : 0;
    return written.includes(',')
      ? varied.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : varied.toFixed(decimals);
  });
}

/**
 * The copy-th briefing: sample copy % samples.length with its prose paragraphs shuffled (headings
 * stay in place), then prose of the other samples appended until it reaches `minChars`.
 */
export function briefing(samples: string[], copy: number, minChars = 0): string {
  const random = seededRandom(copy + 1);
  const own = samples[copy % samples.length].split(/\n\s*\n/);
  const prose = shuffled(own.filter(isProse), random);
  const paragraphs = own.map((p) => (isProse(p) ? prose.shift()! : p));
  const extra = shuffled(samples.filter((_, i) => i !== copy % samples.length).flatMap((s) => s.split(/\n\s*\n/).filter(isProse)), random);
  let length = paragraphs.join('\n\n').length;
  for (let i = 0; length < minChars; i++) {
    const next = extra[i % extra.length];
    paragraphs.push(next);
    length += next.length + 2;
  }
  return varyNumbers(renamePeople(paragraphs.join('\n\n'), copy), random);
}

/** A digest of consecutive briefings from `firstCopy` on, cut at a paragraph boundary near `chars` characters. */
export function digest(samples: string[], chars: number, firstCopy = 0): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = firstCopy; length < chars; copy++) {
    const next = briefing(samples, copy);
    parts.push(next);
    length += next.length + 2;
  }
  const text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n\n', chars);
  return cut > chars / 2 ? text.slice(0, cut) + '\n' : text.slice(0, chars);
}

/** Where the prose paragraphs of a text start (not headings or metadata lines): where edits go. */
export function proseParagraphStarts(text: string): number[] {
  return [...text.matchAll(/\n\n(?=[^\n]{120})/g)].map((m) => m.index! + 2);
}

/** The i-th sentence an edit benchmark types into a paragraph: someone new says something. */
export function editSentence(i: number): string {
  const name = `${FIRST_NAMES[(i * 3) % FIRST_NAMES.length]} ${SURNAMES[(i * 11 + 5) % SURNAMES.length]}`;
  return `Deputy Foreign Minister ${name} said on Tuesday that ${120 + i * 7} observers would travel to the border within ${2 + (i % 9)} days.`;
}
