// Phrases around a name that say what it is, beyond the word right before or after it: a market phrase
// ("shares in X", "X shares fell"), an employer ("analysts at X"), an apposition ("X, the state operator, …",
// "X, a wealthy businessman"), and "X said in a statement", which a company or a body says far more often than a
// person.
import type { Doc } from './document';
import { ORG_NOUNS } from './lexicons/organizations';
import { ROLE_NOUNS } from './lexicons/people';
import type { Piece } from './titles';

const SHARE_NOUNS = /^(?:shares|share|stake|stakes|stock|shareholders|shareholder|bonds)$/;
/** What follows "X shares" when "shares" is the noun: a market verb, a copula, punctuation. */
const MARKET_VERBS = /^(?:rose|fell|jumped|dropped|gained|lost|slid|slipped|slumped|surged|climbed|tumbled|plunged|soared|edged|ended|closed|opened|traded|rallied|sank|were|are|have|had|will|in|on)$/;
const APPOSITION_DETERMINERS = /^(?:the|a|an|its)$/;
const APPOSITION_BREAKERS = /^(?:and|or|but|of|in|on|at|to|by|with|for|from|as|that|which|who|whose|whom|where|when|while|if|after|before|because|since|until|the|a|an|it|he|she|they|we|is|was|are|were|has|had|said|says|not)$/;

const word = (doc: Doc, k: number): string => {
  const t = doc.tokens[k];
  return t && t.kind === 'word' ? t.text : '';
};

/** "shares in X", "a stake in X", "X's shares", "X shares fell". */
export function marketCue(doc: Doc, piece: Piece): boolean {
  if (/^(?:in|of)$/.test(word(doc, piece.first - 1)) && SHARE_NOUNS.test(word(doc, piece.first - 2).toLowerCase())) return true;
  let k = piece.last + 1;
  const possessive = doc.tokens[k]?.kind === 'poss';
  if (possessive) k++;
  if (!/^(?:shares|stock)$/.test(word(doc, k))) return false;
  const next = doc.tokens[k + 1];
  return possessive || !next || next.kind === 'punct' || MARKET_VERBS.test(next.text);
}

const ANALYST_NOUNS = /^(?:analysts?|economists?|strategists?|researchers?|traders?|bankers?|brokers?|dealers?|lawyers?|auditors?|consultants?)$/;

/** "analysts at Halyk Finance", "an economist with Somon Capital": the people's employer. */
export function employerCue(doc: Doc, piece: Piece): boolean {
  return /^(?:at|with|from)$/.test(word(doc, piece.first - 1)) && ANALYST_NOUNS.test(word(doc, piece.first - 2).toLowerCase());
}

/** The kind an apposition gives: "X, the state operator," → organization; "X, a wealthy businessman" → person. */
export function appositionKind(doc: Doc, piece: Piece): 'organization' | 'person' | undefined {
  let k = piece.last + 1;
  if (doc.tokens[k]?.text !== ',' || doc.tokens[piece.first - 1]?.text === '(') return undefined;
  k++;
  if (APPOSITION_DETERMINERS.test(word(doc, k))) k++;
  // "X, Kazakhstan's national mining company": an owner's name before the noun.
  if (doc.tokens[k]?.cap && doc.tokens[k + 1]?.kind === 'poss') k += 2;
  for (const start = k; k < start + 3; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || t.cap) return undefined;
    const lower = t.text.toLowerCase();
    // "X, the company's chief executive": the noun owns what follows, and X is not the company.
    if (doc.tokens[k + 1]?.kind === 'poss') return undefined;
    if (ROLE_NOUNS.has(lower)) return 'person';
    // "X, the brigade commander": the organisation noun qualifies a role.
    if (ORG_NOUNS.has(lower)) return ROLE_NOUNS.has(word(doc, k + 1)) ? 'person' : 'organization';
    if (APPOSITION_BREAKERS.test(lower)) return undefined;
  }
  return undefined;
}

/** "X said in a statement", "X says in a statement". */
export function statementCue(doc: Doc, piece: Piece): boolean {
  const k = piece.last + 1;
  return /^(?:said|says)$/.test(word(doc, k)) && word(doc, k + 1) === 'in' && /^(?:a|its)$/.test(word(doc, k + 2)) &&
    /^(?:statement|press)$/.test(word(doc, k + 3));
}
