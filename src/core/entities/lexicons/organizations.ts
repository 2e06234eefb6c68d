// Generic knowledge of organisations: international bodies, state institutions known by a bare name,
// news agencies and papers, and the head nouns and suffixes that make a capitalised phrase an
// organisation ("Interior Ministry", "Eurasia Daily Monitor", "Gazprombank").

/** Organisations any gazetteer knows, with the name their variants group under. */
const ORG_VARIANTS: Record<string, string> = {
  UN: 'United Nations', 'U.N.': 'United Nations', EU: 'European Union', 'E.U.': 'European Union',
  'ITAR-TASS': 'ITAR-TASS', 'Itar-Tass': 'ITAR-TASS', TASS: 'ITAR-TASS', AP: 'Associated Press',
  AFP: 'Agence France-Presse', 'Agence France Presse': 'Agence France-Presse', 'RIA-Novosti': 'RIA Novosti',
  CSTO: 'Collective Security Treaty Organization', SCO: 'Shanghai Cooperation Organization',
  'Shanghai Cooperation Organisation': 'Shanghai Cooperation Organization', CIS: 'Commonwealth of Independent States',
  OSCE: 'Organization for Security and Cooperation in Europe', IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization', NATO: 'NATO', EAEU: 'Eurasian Economic Union', EEU: 'Eurasian Economic Union',
  IAEA: 'International Atomic Energy Agency', ICRC: 'International Committee of the Red Cross',
  OPEC: 'OPEC', ASEAN: 'ASEAN', OECD: 'OECD', ECB: 'European Central Bank', WHO: 'World Health Organization',
};

const KNOWN_ORGS = `United Nations|European Union|NATO|OSCE|IMF|World Bank|WTO|UNESCO|UNICEF|UNHCR|UNDP|OPEC|ASEAN|SCO|
CIS|CSTO|EAEU|Eurasian Economic Union|Commonwealth of Independent States|Collective Security Treaty Organization|
Shanghai Cooperation Organization|African Union|Arab League|Council of Europe|European Commission|European Parliament|
European Council|European Central Bank|Security Council|General Assembly|Red Cross|Red Crescent|Interpol|Europol|IAEA|
OECD|G7|G8|G20|Amnesty International|Human Rights Watch|Transparency International|Greenpeace|Asian Development Bank|
European Bank for Reconstruction and Development|EBRD|ADB|Taliban|al-Qaeda|Al Qaeda|Al-Qaeda|Hamas|Hezbollah|Hizbollah|
ISIS|ISIL|Islamic State|Hizb ut-Tahrir|Kremlin|White House|Pentagon|State Department|Foreign Office|Whitehall|
Congress|Senate|Knesset|Bundestag|Duma|State Duma|Federation Council|Majilis|Mazhilis|Majlis|Oliy Majlis|Jogorku Kenesh|
Verkhovna Rada|Rada|Sejm|Seimas|Saeima|Riigikogu|Storting|Riksdag|Bundesrat|Politburo|KGB|FSB|SVR|GRU|CIA|FBI|NSA|
MI5|MI6|Mossad|Gazprom|Rosneft|Lukoil|Transneft|Rosatom|Sberbank|VTB|KazMunayGas|Kazatomprom|Samruk-Kazyna|
FBIS|BBC Monitoring|Interfax|ITAR-TASS|Itar-Tass|TASS|RIA Novosti|RIA-Novosti|Novosti|Reuters|Associated Press|AP|AFP|Agence France-Presse|
Agence France Presse|Xinhua|Kyodo|Yonhap|Bloomberg|Dow Jones|UPI|DPA|ANSA|EFE|BBC|CNN|Al Jazeera|RFE/RL|Radio Liberty|
Radio Free Europe|Voice of America|Kazinform|Khabar|Kazakhstan Today|Trend|Regnum|Fergana|Eurasianet|EurasiaNet|
Pravda|Izvestia|Izvestiya|Kommersant|Vedomosti|Novaya Gazeta|Nezavisimaya Gazeta|Rossiyskaya Gazeta|Komsomolskaya Pravda|
Moskovsky Komsomolets|Financial Times|New York Times|Washington Post|Wall Street Journal|Economist|Guardian|Le Monde|
Der Spiegel|Die Welt|People's Daily|China Daily|Global Times|Asahi Shimbun|Yomiuri Shimbun|Jane's|Stratfor|Airbus|
Boeing|Lockheed Martin`;

/** Legal-form endings of company names ("Darvana Holdings Ltd", "Mongolia National Mining Corporation"). */
export const COMPANY_SUFFIXES = new Set(`Corporation Corp Corp. Company Co Co. Inc Inc. Ltd Ltd. LLC LLP PLC Plc plc AG SA SpA
GmbH NV BV AB ASA Oyj Bhd Tbk JSC OJSC CJSC Bros Bros.`.split(/\s+/));

/** Heads that end an organisation name ("Interior Ministry", "Press and Information Committee"). */
export const ORG_HEADS = new Set(`Ministry Ministries Council Service Services Agency Bank Party Committee Commission
Parliament Majilis Mazhilis Duma Assembly Senate Congress Court Tribunal Office Department Directorate Administration
Government Cabinet Army Navy Guard Guards Corps Battalion Brigade Regiment Division Command Forces Force Police Militia
Union Organization Organisation Association Alliance Front Movement League Fund Foundation Institute Institution
University Academy College School Center Centre Group Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC PLC plc AG SA
GmbH Holding Holdings Bureau Board Authority Exchange Society Trust Network Airlines Airways Railways Railway Telecom
Systems Industries Enterprises Partners Capital Opposition Reserve Newsroom Survey Media Press Radio TV Television Broadcasting Channel News Agency Times Post Herald
Tribune Journal Gazette Gazeta Monitor Chronicle Observer Telegraph Courier
Pravda Shimbun Zeitung Federation Federations Club Team Committee Presidium Secretariat Chamber Mission Coalition Bloc
Council Inspectorate Procuracy Prosecutor's Customs Guard Consortium Cooperative Detachment Troops Squadron Fleet
Flotilla Garrison Contingent Akimat Hakimiyat Hokimiyat Khural`.split(/\s+/).concat([...COMPANY_SUFFIXES]));

/** Last words of company names by line of business ("Varnel Copper", "Ostrava Securities", "Kolvar Motors"). */
export const BUSINESS_HEADS = new Set(`Copper Gold Silver Zinc Nickel Uranium Coal Mining Mines Minerals Metals Steel
Aluminium Aluminum Securities Capital Energy Oil Gas Petroleum Refining Chemicals Chemical Pharmaceuticals Pharma Telecom
Telecommunications Airlines Airways Holdings Holding Group Bank Partners Motors Resources Investments Logistics Shipping
Construction Electric Electronics Insurance Trading Textiles Foods Cement Ventures Technologies Semiconductor Automotive
Breweries Petrochemicals Exploration Drilling Shipyard Shipyards Marine Freight Cargo Hydro Nuclear`.split(/\s+/));

/** Heads that, with nothing but a demonym or article in front, are generic ("the Georgian Parliament"). */
export const GENERIC_HEADS = new Set(`Government Parliament Administration Council Ministry Army Navy Police Court Cabinet
Senate Assembly Committee Commission Party Union Agency Bank Service Forces Force Guard Office Department Authority Board
Federation Bureau Directorate Embassy Consulate Mission Militia Command Corps Coalition Alliance Presidium Secretariat
Chamber Congress Legislature Company Group Network Fund Foundation Institute Center Centre University Troops Fleet
Garrison Contingent`.split(/\s+/));

/** Broadcasting heads that with a demonym or city form a broadcaster's name ("Kazakh TV", "Almaty TV"). */
export const MEDIA_HEADS = new Set(['TV', 'Radio', 'Television']);

/** Last words of a numbered unit's name ("305th Military Base", "5th Fleet"), whose ordinal is part of the name. */
export const UNIT_HEADS = new Set(`Army Brigade Battalion Regiment Division Corps Detachment Squadron Fleet Flotilla Base
Group Company Unit Command Wing Guards`.split(/\s+/));

/** Lower-case parts of paper names ("Nezavisimaya gazeta"). */
export const LOWERCASE_NAME_PARTS = new Set(['gazeta', 'pravda', 'izvestia', 'vedomosti', 'shimbun', 'zeitung', 'ilbo']);

/** Endings of single-word company and bank names (Gazprombank, Transneft, Kazakhtelecom). */
export const ORG_SUFFIX = /(bank|corp|prom|neft|gaz|telecom|com|energo|atom|avia|flot|trans|invest|stroy|mash|soft|tech|air|media|electrica|elektrika|elektro|petrol|chem|pharm|metall?)$/i;

/** Lower-case nouns that, right before or after a name, mark it as an organisation ("oil company Caspimex"). */
export const ORG_NOUNS = new Set(`company companies firm firms bank banks group conglomerate corporation concern giant
producer maker operator carrier airline network broadcaster channel newspaper daily weekly paper agency party union
trade movement organization organisation association alliance holding fund club team exporter importer monopoly
subsidiary insurer lender station radio television contractor regulator miner refiner manufacturer supplier
shipper carmaker automaker retailer utility watchdog consultancy brigade battalion regiment division detachment unit
squadron fleet corps garrison`.split(/\s+/));

export const ORG_NAMES: ReadonlySet<string> = new Set([
  ...KNOWN_ORGS.split('|').map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0),
  ...Object.keys(ORG_VARIANTS),
  ...Object.values(ORG_VARIANTS),
  'Organisation for Security and Co-operation in Europe', 'Organisation for Security and Cooperation in Europe',
  'Organization for Security and Co-operation in Europe',
]);

/** The name an organisation variant groups under ("UN" → "United Nations"). */
export function canonicalOrg(name: string): string {
  return ORG_VARIANTS[name] ?? name;
}
