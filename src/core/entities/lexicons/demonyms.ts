// Nationality and group adjectives ("Kazakh", "Uzbek", "American"): never entities themselves, and
// dropped from the front of an organisation's span ("Kazakh Defence Ministry" → "Defence Ministry").
import { lexiconTags } from '../nlp';

const DEMONYMS = new Set(`Kazakh Kazakhstani Kazak Uzbek Uzbekistani Kyrgyz Kirghiz Tajik Tadjik Turkmen Afghan Russian
Ukrainian Belarusian Belarussian Byelorussian Georgian Armenian Azerbaijani Azeri Moldovan Chechen Ingush Dagestani
Tatar Bashkir Uighur Uyghur Karakalpak Mongolian Chinese Japanese Korean Indian Pakistani Iranian Iraqi Syrian Turkish
Israeli Palestinian Arab Saudi Egyptian Libyan American British English Scottish Welsh Irish French German Italian
Spanish Portuguese Dutch Belgian Swiss Austrian Polish Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian
Bosnian Slovenian Albanian Greek Cypriot Finnish Swedish Norwegian Danish Icelandic Estonian Latvian Lithuanian Baltic
Canadian Mexican Brazilian Argentine Argentinian Chilean Cuban Venezuelan Colombian Australian Vietnamese Thai Indonesian
Malaysian Filipino Burmese Nepali Bangladeshi Afghan Kurdish Pashtun Tajikistani Turkmenistani Soviet Western
European Asian African Eurasian Caucasian Nordic Slavic Muslim Islamic Christian Orthodox
Jewish Catholic Sunni Shia Shiite Han Tibetan Latin Anglo Transatlantic Allied Communist Sino`.split(/\s+/));

/** Adjectives of regions, faiths and alliances rather than of one state: part of the names they open
 * ("European Union Border Assistance Mission", "Arab League", "Islamic Movement"), never dropped from them. */
export const NAME_ADJECTIVES = new Set(`European Asian African Eurasian Arab Islamic Muslim Christian Orthodox Catholic
Nordic Baltic Transatlantic Allied Communist Latin Slavic Caucasian Pan-African Pan-European Pan-Arab`.split(/\s+/));

/** First halves of compound adjectives ("Sino-Russian", "Anglo-Dutch"). */
const COMBINING_FORMS = new Set(['Sino', 'Russo', 'Indo', 'Anglo', 'Franco', 'Greco', 'Turco', 'Austro', 'Italo', 'Afro',
  'Euro', 'Judeo', 'Irano', 'Perso', 'Germano', 'Hispano', 'Nippo', 'Soviet']);

export function isDemonym(word: string): boolean {
  if (DEMONYMS.has(word)) return true;
  // "Uzbek-Kazakh border", "Sino-Russian trade": a pair of nationalities is an adjective, not a place.
  const parts = word.split(/[-‐]/);
  if (parts.length >= 2 && parts.every((w) => DEMONYMS.has(w) || COMBINING_FORMS.has(w))) return true;
  const upper = word.toUpperCase() === word && word.length > 2;
  if (upper && DEMONYMS.has(word.charAt(0) + word.slice(1).toLowerCase())) return true;
  // Plurals of nationality nouns ("Libyans", "Kazakhs") name groups of people, not entities either.
  if (/s$/.test(word) && DEMONYMS.has(word.slice(0, -1))) return true;
  return lexiconTags(word).includes('Demonym');
}
