// Currency signs, ISO codes and currency words of the world, current and recently replaced, as a
// briefing may quote them ("4 million lats", "90 billion hryvnias", "USD 40 million").

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₽', 'RUB'], ['₸', 'KZT'], ['₴', 'UAH'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['₫', 'VND'], ['₱', 'PHP'], ['₼', 'AZN'], ['₾', 'GEL'], ['₮', 'MNT'], ['฿', 'THB'],
]);

/** ISO 4217 codes, upper case as written; codes that are also common capitalised words ("ALL", "MAD", "TOP") are left out. */
export const CURRENCY_CODES = set(
  'USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD MKD BAM MDL UAH BYN BYR ' +
    'RUB RUR KZT UZS KGS TJS TMT AZN GEL AMD TRY ILS IRR IQD SAR AED QAR KWD BHD OMR JOD EGP LBP SYP YER LYD TND DZD ' +
    'INR PKR BDT LKR NPR AFN MNT KRW KPW TWD THB VND IDR MYR ZAR NGN KES GHS ETB BRL ARS MXN CLP COP VES LVL LTL EEK SKK',
);

/** Currency words and their plurals; none of them is also a common English word. */
export const CURRENCY_WORDS = set(
  'dollar dollars euro euros cent cents eurocent eurocents pence penny sterling ' +
    'rouble roubles ruble rubles kopeck kopecks kopek kopeks kopiyka kopiykas tenge tiyn tiyin ' +
    'hryvnia hryvnias hryvnya hryvnyas hryvna hryvnas zloty zlotys zlotych zloties groszy forint forints ' +
    'koruna korunas koruny korun leu lei lev leva lats lati latu santims litas litai litu lita centas centai ' +
    'kroon kroons krooni tolar tolars kuna kunas kune denar denars denari dinar dinars dirham dirhams dirhem dirhems ' +
    'rial rials riyal riyals rupee rupees rupiah rupiahs yuan renminbi yen ' +
    'baht ringgit ringgits peso pesos centavo centavos reais rands naira nairas kobo cedi cedis shilling shillings ' +
    'franc francs centime centimes krona kronor krone kroner kronur ore manat manats som soms somoni somonis ' +
    'soum soums tiyin lari laris tetri dram drams luma afghani afghanis taka takas kyat kyats riel riels ' +
    'tugrik tugriks tugrug tugrugs togrog togrogs lira liras lire kurus shekel shekels agorot birr birrs ' +
    'kwacha kwachas kwanza kwanzas bolivar bolivars bolivares quetzal quetzals quetzales guarani guaranis ' +
    'lempira lempiras cordoba cordobas drachma drachmas drachmae escudo escudos peseta pesetas guilder guilders ' +
    'schilling schillings markka markkaa punt punts deutschmark deutschmarks ngultrum ouguiya dalasi',
);

/** Currency words that are also English words ("won", "real", "marks"): money only in lower case after digits. */
export const CURRENCY_WORDS_AFTER_DIGITS = set('won real rand sum sums dong kip sol soles mark marks lek leke crown crowns leone leones pula');

/** "pounds" is money unless it weighs: see money.ts. */
export const POUNDS = set('pound pounds');
