// What a single line is, judged on its own: page furniture, a metadata line, a headline tag, or text.
// Multi-line structures (YAML front matter, wrapped paragraphs) are handled in blocks.ts, notices in notices.ts.

export type LineRole = 'furniture' | 'metadata' | 'title' | 'summary-label' | 'text';

/** SGML/HTML container tags alone on a line: <DOC>, </TEXT>, <HEADER>. */
const CONTAINER_TAG = /^(?:<\/?[A-Za-z][\w-]*>\s*)+$/;
const HTML_COMMENT = /^<!--.*-->$/;
/** Rules and separators: YAML "---", "***", "* * *", "___", markdown's trailing "\###". */
const RULE = /^(?:-{3,}|\.{3}|\*{3,}|(?:\* ){2,}\*|_{3,}|={3,}|~{3,}|\\?#{1,6})$/;
const END_LABEL = /^END (?:SUMMARY|BOX)$/i;
/** Lines a web capture leaves behind: buttons, prompts, placeholders. */
const WEB_FURNITURE = new RegExp(
  '^(?:placeholder canvas|share(?: this)?(?: (?:article|story|page))?|share on \\w+|tweet|print(?: this)?|e-?mail(?: this)?|' +
    'click here to subscribe|subscribe(?: now)?|sign up(?: for .*newsletter.*)?|advertisement|sponsored|skip to (?:main )?content|' +
    'read more|related(?: articles| stories| content)?|comments?|follow us(?: on .*)?|back to top|loading\\.*|image caption|' +
    'listen to (?:this )?article|cookie settings|accept cookies|open in app|view comments|more from .*|' +
    'menu|search|home|log ?in|sign in|register|copy link|facebook|twitter|telegram|whatsapp|linkedin|vkontakte|' +
    '\\d+ min(?:ute)?s? read|listen|watch(?: the)? video|view (?:gallery|slideshow)|enlarge image|download pdf|top stories)$',
  'i',
);
/** A breadcrumb trail: "Home › News › Central Asia", "News > Politics". */
const BREADCRUMB = /^[\p{L}][\p{L} &.-]{0,30}(?:\s*[›»>]\s*[\p{L}][\p{L} &.-]{0,30}){1,5}$/u;

/** A copyright footer: "© 2024 Example Media", "Copyright (c) 2024 …", "… All rights reserved." ("Copyright: …" is a key). */
const COPYRIGHT_NOTICE = /^(?:©|\(c\)\s|copyright\b(?!\s*:))|\ball rights reserved\.?$/i;
/** A picture credit: "Photo: …", "Image credit: …". */
const PICTURE_CREDIT = /^(?:photo|image|picture|photograph|illustration)s?(?: credit)?\s*:/i;
/** Tags whose line carries a headline. */
const TITLE_TAG = /<(?:TI|HEADLINE|HL|TITLE)>/i;
/** A line that opens with a tag and has content after it: <DOCNO> …, <F P=102> …, <DATE1> …. */
const TAGGED_CONTENT = /^<[A-Za-z][^<>]*>\s*\S/;
const METADATA_KEYS =
  'publication|published|publisher|date|dated|dateline|source|sources|by|author|authors|byline|language|' +
  'article type|document type|doc(?:ument)? (?:id|no|number)|volume|issue|classification|subject|subj|' +
  'updated|last updated|last modified|modified|posted|filed|edition|word count|length|copyright|caveat|precedence|report no|originator|' +
  'distribution|region|country|keywords|tags|category|topic|topics|location|place|time|release|contact|from|to|ref';
const METADATA_KEY_LINE = new RegExp(`^(?:${METADATA_KEYS})\\s*:`, 'i');
/** "By Jane Doe", "By Jane Doe and John Roe", "Written by Jane Doe in Almaty": a byline, short and capitalised. */
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
/** Where or for whom the byline writes: "for RFE/RL", "in Almaty". */
const BYLINE_PLACE = "(?:\\s+(?:for|in|at)\\s+\\p{Lu}[\\p{L}.'’/-]*(?:\\s+\\p{Lu}[\\p{L}.'’/-]*)*)?";
const BYLINE = new RegExp(
  `^(?:By|Written by):?\\s+${NAME_WORD}(?:(?:\\s+|\\s*,\\s*)(?:${NAME_WORD}|and|&|de|van|von|al|bin))*${BYLINE_PLACE}$`,
  'u',
);
/** A month, whole or abbreviated: "By June 2025" opens a sentence, not a byline. */
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_START = new RegExp(`^By\\s+${MONTH_WORD}\\b`);
/** A wire credits line: "(Reporting by …; Editing by …)", which may wrap. */
const CREDITS = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|compiling|translated|translation|research|graphics) by\b/i;
/** FBIS trailer "(AUTHOR: …" and routing line "ABCD/EFGH/TA 7/2130Z MAR". */
const AUTHOR_TRAILER = /^\(AUTHOR:/i;
const ROUTING_LINE = /^[A-Z]{2,}(?:\/[A-Za-z0-9]+)+\s+\d{1,2}\/\d{4}[Zz]\b/;
/** A dateline alone on its line: "July 5, 2005", "Tuesday, 5 July 2005 03:00 PM", "2005-07-05", "Posted on 05.07.2005". */
const MONTH = `${MONTH_WORD}\\.?`;
const DATE_LINE = new RegExp(
  '^(?:(?:Posted|Published|Updated|Last updated)(?: on)?:?\\s+)?' +
    `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|` +
    '\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})' +
    '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?$',
);
const SUMMARY_LABEL = /^\[?SUMMARY\]?:?$/;

export function roleOfLine(trimmed: string): LineRole {
  if (trimmed === '') return 'furniture';
  if (CONTAINER_TAG.test(trimmed) || HTML_COMMENT.test(trimmed) || RULE.test(trimmed)) return 'furniture';
  if (END_LABEL.test(trimmed) || (trimmed.length <= 80 && WEB_FURNITURE.test(trimmed))) return 'furniture';
  if (trimmed.length <= 200 && COPYRIGHT_NOTICE.test(trimmed)) return 'furniture';
  if (trimmed.length <= 100 && (PICTURE_CREDIT.test(trimmed) || BREADCRUMB.test(trimmed))) return 'furniture';
  if (SUMMARY_LABEL.test(trimmed)) return 'summary-label';
  if (trimmed.includes('<') && TITLE_TAG.test(trimmed)) return 'title';
  if (TAGGED_CONTENT.test(trimmed)) return 'metadata';
  if (AUTHOR_TRAILER.test(trimmed) || ROUTING_LINE.test(trimmed) || DATE_LINE.test(trimmed)) return 'metadata';
  if (trimmed.length <= 300 && CREDITS.test(trimmed)) return 'metadata';
  // Real metadata keys are capitalised; a wrapped body line may start with a lower-case "to:".
  if (trimmed.length <= 300 && /^\p{Lu}/u.test(trimmed) && METADATA_KEY_LINE.test(trimmed)) return 'metadata';
  if (trimmed.length <= 80 && BYLINE.test(trimmed) && !MONTH_START.test(trimmed)) return 'metadata';
  return 'text';
}

/** Opening minus closing parentheses: a metadata line that opens one keeps its continuation lines until it closes. */
export function parenBalance(line: string): number {
  let balance = 0;
  for (const ch of line) {
    if (ch === '(') balance++;
    else if (ch === ')') balance--;
  }
  return balance;
}
