// Generic gazetteer of places: countries with their usual variants, world regions, capitals and
// major cities (with a post-Soviet emphasis, the genre's home ground), and the head nouns that make
// a capitalised phrase a place ("Almaty Region", "Caspian Sea").

/** Country forms → the canonical country name they group under. */
const COUNTRY_VARIANTS: Record<string, string> = {
  'U.S.': 'United States', US: 'United States', USA: 'United States', 'U.S.A.': 'United States',
  'United States of America': 'United States', America: 'United States',
  'U.K.': 'United Kingdom', UK: 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  'Russian Federation': 'Russia', USSR: 'Soviet Union', 'U.S.S.R.': 'Soviet Union',
  'Kyrgyz Republic': 'Kyrgyzstan', Kirgizia: 'Kyrgyzstan', Kirghizia: 'Kyrgyzstan',
  'People\'s Republic of China': 'China', PRC: 'China', 'Republic of Korea': 'South Korea',
  DPRK: 'North Korea', 'Czech Republic': 'Czechia', Holland: 'Netherlands', 'The Netherlands': 'Netherlands',
  UAE: 'United Arab Emirates', 'Ivory Coast': "Cote d'Ivoire", Burma: 'Myanmar',
  Byelorussia: 'Belarus', Belorussia: 'Belarus', Moldavia: 'Moldova',
};

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|
Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|
Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor|Ecuador|Egypt|El Salvador|England|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|
France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|
Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
Macau|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|Northern Ireland|Norway|Oman|Pakistan|Palau|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|
Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|
Timor-Leste|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Wales|Yemen|
Yugoslavia|Zambia|Zimbabwe|Soviet Union|Czechoslovakia|Chechnya|Abkhazia|South Ossetia|Transnistria|Crimea|Tibet|
Xinjiang|Kashmir|Greenland|Gaza|West Bank|Karakalpakstan|Tatarstan|Bashkortostan|Dagestan|Ingushetia|
Nagorno-Karabakh|Karabakh`;

const REGIONS = `Europe|Asia|Africa|Eurasia|Australasia|Oceania|Antarctica|Arctic|Antarctic|North America|South America|
Latin America|Central America|Central Asia|South Asia|Southeast Asia|South-East Asia|East Asia|North Asia|Inner Asia|
Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe|Middle East|Near East|Far East|Russian Far East|
Caucasus|North Caucasus|South Caucasus|Transcaucasia|Balkans|Baltics|Scandinavia|Siberia|Western Siberia|Eastern Siberia|
Urals|Volga|Maghreb|Sahel|Horn of Africa|Persian Gulf|Caspian|Caspian Sea|Black Sea|Baltic Sea|Aral Sea|
Mediterranean|Mediterranean Sea|Red Sea|Arabian Sea|South China Sea|East China Sea|Sea of Japan|Sea of Azov|Barents Sea|
Atlantic|Pacific|Indian Ocean|Atlantic Ocean|Pacific Ocean|Arctic Ocean|Ferghana Valley|Fergana Valley|Tien Shan|Tian Shan|
Pamir|Pamirs|Hindu Kush|Himalayas|Altai|Kuril Islands|Korean Peninsula|Arabian Peninsula|Sinai|Golan Heights|Levant|
Kurdistan|Punjab|Bengal|Donbass|Ural Mountains|Danube|Volga River|Amu Darya|Syr Darya|Irtysh|Yenisei|Dnieper|
Euphrates|Tigris|Nile|Amur|Yangtze|Mekong|Indus|Ganges|Rhine|Bosporus|Bosphorus|Dardanelles|Strait of Hormuz|Suez Canal|
Kazakh Steppe|Eurasian Steppe|Silk Road|Western Hemisphere|Northern Hemisphere`;

const CITIES = `Moscow|St. Petersburg|Saint Petersburg|Petersburg|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Chelyabinsk|
Samara|Omsk|Rostov|Rostov-on-Don|Ufa|Krasnoyarsk|Perm|Voronezh|Volgograd|Krasnodar|Saratov|Tyumen|Irkutsk|Vladivostok|
Khabarovsk|Murmansk|Kaliningrad|Sochi|Grozny|Makhachkala|Nalchik|Vladikavkaz|Astrakhan|Orenburg|Barnaul|Tomsk|Kemerovo|
Norilsk|Magadan|Yakutsk|Sevastopol|Simferopol|Kyiv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Lviv|Dnipro|Dnipropetrovsk|Donetsk|
Luhansk|Lugansk|Mariupol|Zaporizhzhia|Kherson|Mykolaiv|Minsk|Gomel|Brest|Grodno|Vitebsk|Chisinau|Tiraspol|Vilnius|Riga|
Tallinn|Tbilisi|Batumi|Kutaisi|Sukhumi|Tskhinvali|Yerevan|Gyumri|Baku|Ganja|Sumgait|Stepanakert|Astana|Nur-Sultan|Almaty|
Alma-Ata|Karaganda|Karagandy|Shymkent|Chimkent|Aktobe|Atyrau|Aktau|Pavlodar|Semey|Semipalatinsk|Oskemen|
Ust-Kamenogorsk|Taraz|Kostanay|Petropavl|Petropavlovsk|Kyzylorda|Uralsk|Taldykorgan|Turkistan|Zhezkazgan|Baikonur|
Tashkent|Samarkand|Bukhara|Namangan|Fergana|Ferghana|Nukus|Termez|Karshi|Khiva|Urgench|Bishkek|Osh|Jalal-Abad|Karakol|
Dushanbe|Khujand|Kulob|Khorog|Ashgabat|Ashkhabad|Turkmenabat|Turkmenbashi|Kabul|Kandahar|Herat|Mazar-i-Sharif|
Kunduz|Jalalabad|Islamabad|Karachi|Lahore|Peshawar|Quetta|Tehran|Mashhad|Isfahan|Tabriz|Baghdad|Basra|Mosul|Kirkuk|Erbil|
Damascus|Aleppo|Homs|Beirut|Amman|Jerusalem|Tel Aviv|Ramallah|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|
Kuwait City|Manama|Sanaa|Aden|Ankara|Istanbul|Izmir|Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|
Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Kinshasa|Luanda|Harare|
Johannesburg|Pretoria|Cape Town|Beijing|Peking|Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Wuhan|Chengdu|Urumqi|Lhasa|
Harbin|Nanjing|Xian|Xi'an|Taipei|Tokyo|Osaka|Kyoto|Seoul|Busan|Pyongyang|Ulaanbaatar|Ulan Bator|Hanoi|Ho Chi Minh City|
Saigon|Bangkok|Phnom Penh|Vientiane|Yangon|Rangoon|Naypyidaw|Kuala Lumpur|Jakarta|Manila|Dhaka|Kathmandu|Colombo|
New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Hyderabad|Kashgar|London|Paris|Berlin|Bonn|Munich|
Frankfurt|Hamburg|Cologne|Madrid|Barcelona|Lisbon|Rome|Milan|Naples|Vienna|Prague|Budapest|Warsaw|Krakow|Gdansk|Bucharest|
Sofia|Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Podgorica|Pristina|Athens|Brussels|Amsterdam|The Hague|Rotterdam|
Luxembourg|Bern|Geneva|Zurich|Copenhagen|Oslo|Stockholm|Helsinki|Reykjavik|Dublin|Edinburgh|Glasgow|Cardiff|Belfast|
Strasbourg|Washington|New York|Los Angeles|Chicago|Houston|Boston|San Francisco|Miami|Seattle|Atlanta|Philadelphia|
Detroit|Ottawa|Toronto|Montreal|Vancouver|Mexico City|Havana|Caracas|Bogota|Lima|Quito|Santiago|Buenos Aires|Brasilia|
Rio de Janeiro|Sao Paulo|Montevideo|Asuncion|La Paz|Canberra|Sydney|Melbourne|Wellington|Auckland`;

/** Head nouns that end a place name ("Almaty Region", "Caspian Sea", "Ferghana Valley"). */
export const PLACE_HEADS = new Set(`Region Oblast Oblys Province District Rayon Raion Krai Kray Territory Territories
Prefecture County Canton Governorate Emirate Sea Ocean River Lake Mountains Mountain Mount Mt Valley Desert Peninsula
Island Islands Gulf Bay Strait Straits Canal Basin Plateau Steppe Highlands Lowlands Coast Delta Pass Gorge Square Street
Avenue Boulevard Prospekt Heights Hills Oasis Falls Glacier City Reservoir Ridge Range Plain Lagoon Cape Harbour Harbor`
  .split(/\s+/));

/** Words that open a place name ("Lake Issyk-Kul", "Mount Elbrus", "Cape Varna"). */
export const PLACE_OPENERS = new Set(['Lake', 'Mount', 'Mt', 'Mt.', 'Cape', 'Isle']);

/** Words that make "Republic of X", "Kingdom of X" a place rather than an organisation. */
export const STATE_WORDS = new Set(['Republic', 'Kingdom', 'Federation', 'Emirates', 'Sultanate', 'Principality', 'Commonwealth']);

/** Lower-case nouns after a name that show it is a place ("the Khatlon region"). */
export const PLACE_NOUNS_AFTER = new Set(['region', 'regions', 'province', 'provinces', 'oblast', 'oblasts', 'district',
  'districts', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'river', 'rivers', 'valley', 'valleys', 'area',
  'border', 'enclave', 'enclaves', 'republic', 'republics', 'peninsula', 'airport', 'port', 'capital', 'settlement',
  'settlements']);

/** Compass and position words that open a place name before a known place ("East Kazakhstan", "Inner Mongolia");
 * "Northern", "Western" … more often only describe a part of it. */
export const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower', 'Greater', 'Inner',
  'Outer', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/** Heads of administrative regions, after which "of" starts the country they lie in ("Jalal Region of Kyrgyzstan"). */
export const REGION_HEADS = new Set(['Region', 'Oblast', 'Oblys', 'Province', 'District', 'Rayon', 'Raion', 'Krai', 'Kray',
  'Territory', 'Prefecture', 'County', 'Canton', 'Governorate', 'Municipality']);

/** Prepositions after which an unknown capitalised name is usually a location. */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'across', 'outside', 'towards',
  'toward', 'through', 'throughout', 'inside', 'around', 'via', 'visit', 'visited', 'visiting', 'visits', 'entered']);

/** Lists are written "|"-separated across lines, so multi-word names need no quoting. */
function pipeList(list: string): string[] {
  return list.split('|').map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}

export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...pipeList(COUNTRIES), ...Object.keys(COUNTRY_VARIANTS)]);

/** Every multi-word and single-word place form, keyed by its exact (case-sensitive) spelling. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...COUNTRY_NAMES,
  ...pipeList(REGIONS),
  ...pipeList(CITIES),
]);

/** The name a country variant groups under ("U.S." → "United States"). */
export function canonicalPlace(name: string): string {
  return COUNTRY_VARIANTS[name] ?? name;
}

