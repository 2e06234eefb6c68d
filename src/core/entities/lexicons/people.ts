// Generic knowledge of people's names: titles and honorifics that stand before a name (and stay
// outside its span), first names compromise does not know, and the endings of transliterated
// post-Soviet, Slavic and other surnames.

/** Position titles that can head a role ("President", "Interior Minister", "U.S. Ambassador"). */
export const TITLE_HEADS = new Set(`President Vice-President Premier Minister Ambassador Envoy Consul Secretary
Secretary-General Chairman Chairwoman Chairperson Director Director-General Governor Gov. Governor-General Mayor Akim Hakim
Senator Sen. Representative Rep. Congressman Congresswoman Speaker Chancellor King Queen Prince Princess Emir Amir Sheikh
Sultan Shah Pope Patriarch Metropolitan Cardinal Archbishop Bishop Rabbi Imam Mufti Ayatollah Judge Justice Prosecutor
Prosecutor-General Commander Commander-in-Chief Chief Head Leader Spokesman Spokeswoman Spokesperson Adviser Advisor
Aide Attache CEO CFO COO Founder Editor Editor-in-Chief Correspondent Analyst Professor Prof. Deputy Ombudsman Chief-of-Staff
Emperor Empress Coach Manager Captain Skipper Striker Goalkeeper Defender Midfielder Champion Tsar Czar Kaiser Khan Führer Dictator`.split(/\s+/));

/** Honorifics and military ranks: never part of a name span, used as a role only when nothing better is given. */
export const HONORIFICS = new Set(`Mr Mr. Mrs Mrs. Ms Ms. Miss Mme Mme. Mlle Dr Dr. Sir Dame Lord Lady Messrs Messrs. Herr
Monsieur Madame Senor Señor Gen. Gen General Lt. Lt Lieutenant Lt.-General Lt.-Gen. Lieutenant-General Major-General
Maj.-Gen. Colonel-General Col.-Gen. Lt.-Col. Lieutenant-Colonel Colonel Col. Col Major Maj. Captain Capt. Capt Sergeant
Sgt. Sgt Corporal Cpl. Private Pte. Admiral Adm. Vice-Admiral Rear-Admiral Marshal Field-Marshal Brigadier Brig.
Brigadier-General Commodore Lieutenant-Commander Commander Cmdr. Rev. Reverend Father Brother Sister Sheikh Hajji Haji
St. Saint`.split(/\s+/));

/** Words that qualify a title head ("Deputy Defense Minister", "First Vice Premier", "Foreign Minister"). */
export const TITLE_MODIFIERS = new Set(`Deputy Vice First Second Acting Former Ex Chief Senior Junior Principal Executive Prime
Foreign Interior Internal Home Defense Defence Finance Financial Economy Economic Economics Justice Health Education Energy
Agriculture Agricultural Transport Transportation Labor Labour Trade Industry Industrial Emergency Emergencies Culture
Information Communications Environment Environmental Security Intelligence National State Federal Regional Provincial
Presidential Supreme Grand Crown Military Army Naval Navy Air Armed Forces Police Party Opposition Central Bank Treasury
Commerce Development Social Affairs Internal Oil Gas Mining Science Technology Sports Tourism Water Resources Natural
Border Customs Tax Revenue Budget Planning Investment Integration Public Works Housing Veterans Homeland General Attorney
Solicitor Assistant Associate Managing Permanent Special Honorary Foreign-Affairs Trade-Union Press Communist`.split(/\s+/));

/** Units of an organisation that stand in a title after its name ("UNHCR Mission Director", "World Bank Country
 * Director", "OSCE Office Head"). */
export const TITLE_UNITS = new Set(`Mission Office Bureau Board Delegation Team Station Country Programme Program Project
Desk Branch Section`.split(/\s+/));

/** Titles that keep the country in front as part of the role ("U.S. Ambassador"). */
export const REPRESENTATIVE_TITLES = new Set(['Ambassador', 'Envoy', 'Consul', 'Attache', 'Representative']);

/** Lower-case role nouns before or after a name ("presidential adviser X", "X, the chairman of ..."). */
export const ROLE_NOUNS = new Set(`president premier minister ambassador envoy chairman chairwoman chairperson director
governor mayor senator speaker chancellor king queen prince commander chief head leader spokesman spokeswoman spokesperson
adviser advisor aide founder owner editor correspondent analyst professor deputy ombudsman secretary ceo mogul tycoon
businessman businesswoman banker oligarch magnate lawyer economist official general colonel captain coach manager
striker goalkeeper midfielder defender player champion`.split(/\s+/));

/** Lower-case nouns for relatives, which introduce a person named by a first name ("his son, Denis"). */
export const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew',
  'niece', 'uncle', 'aunt', 'cousin', 'grandson', 'granddaughter', 'son-in-law', 'daughter-in-law', 'widow']);

/** Verbs of saying and doing that follow a person far more often than a place. */
export const PERSON_VERBS = new Set(`said says told added explained stated noted argued claimed insisted warned urged
announced denied admitted believes believed thinks thought wrote asked answered replied suggested recalled stressed
emphasised emphasized declared acknowledged complained criticized criticised praised accused vowed promised pledged
appointed fired dismissed resigned met visited signed attended died born married`.split(/\s+/));

/** First names common in the genre that compromise's lexicon lacks (Central Asian, Caucasian, Slavic, Arabic). */
export const FIRST_NAMES = new Set(`Nurlan Askar Asqar Yerlan Erlan Yerzhan Erzhan Daulet Serik Bakhyt Bakhytzhan Kairat Marat
Timur Temir Rustam Ruslan Bakhtiyor Alisher Dilshod Shavkat Islam Rashid Ravshan Jamshid Farrukh Sherzod Ulugbek Otabek
Bakhodir Murat Muhtar Mukhtar Nurzhan Arman Aidar Aidos Almas Asylbek Berik Dauren Ermek Galym Kanat Karim Kassym Kasym
Kuanysh Madi Maksat Nurbek Nurali Olzhas Saken Sanzhar Sultan Talgat Timur Yerbol Yerkin Zhanibek Zhaksylyk Imangali
Karim Kurmanbek Almazbek Sooronbay Kamchybek Sadyr Askar Akylbek Roza Emomali Rahmon Imomali Saparmurat Gurbanguly
Serdar Ilham Heydar Aliyev Mikheil Eduard Levan Giorgi Zurab Irakli Nino Salome Tigran Serzh Nikol Robert Levon Armen
Aigul Aigerim Aizhan Ainur Gulnara Gulmira Saule Dinara Zhanna Asel Aliya Dariga Nursulu Madina Kamila Zarina Lola Dilnoza
Vladimir Volodymyr Dmitry Dmitri Dmitriy Sergei Sergey Serhiy Nikolai Mykola Aleksandr Alexander Oleksandr Aleksei Alexei
Andrei Andriy Mikhail Yevgeny Yevgeniy Evgeny Igor Ihor Oleg Viktor Yuri Yury Yuriy Anatoly Gennady Boris Valentina
Vyacheslav Viacheslav Vitaly Vitali Konstantin Pavel Petro Leonid Grigory Arkady Stanislav Valery Valeriy Yegor Maxim
Maksim Ilya Kirill Roman Anton Artem Artyom Denis Fyodor Fedor Nikita Ramzan Rinat Renat Tatyana Tatiana Svetlana Olga
Irina Natalia Natalya Yelena Elena Yulia Yuliya Lyudmila Galina Marina Oksana Larisa Ekaterina Yekaterina Anna Maria
Wojciech Tomasz Krzysztof Andrzej Piotr Pawel Paweł Jaroslaw Jarosław Grzegorz Lukasz Łukasz Michal Michał Jakub Jan
Witold Radoslaw Radosław Donald Bronislaw Bronisław Aleksander Mateusz Beata Ewa Agnieszka Malgorzata Małgorzata Katarzyna
Miloš Milos Aleksandar Slobodan Zoran Goran Dragan Vojislav Viktor Vaclav Václav Milan Ion Traian Klaus Emil Nicolae
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Hussain Omar Umar Abdullah Abdul Abdel Khalid Mahmoud
Mahmud Mustafa Ibrahim Ismail Yusuf Yousef Hamid Hamed Tariq Nawaz Pervez Imran Asif Ashraf Hamza Osama Bashar Hafez
Recep Tayyip Ahmet Mehmet Ergun Erdogan Kemal Abdulla Shinzo Xi Jinping Hu Jintao Wen Jiabao Deng Mao Zhou Jiang Zemin
Kim Jong Park Moon Narendra Rahul Atal Manmohan Joe Kamala Barack Hillary Condoleezza Madeleine Antony Jake`.split(/\s+/));

/** Endings of transliterated surnames: -ov/-ev, -enko, -bayev, -uly, -sky, -wicz, -shvili, -yan ... */
export const SURNAME_SUFFIX =
  /(?:[bcdfghjklmnpqrstvwxz](?:ov|ova|ev|eva)|[a-z](?:yev|yeva)|bayev|bayeva|bekov|uly|kyzy|ovich|evich|ovna|evna|enko|chuk|shvili|idze|adze|wicz|ewicz|owicz|sky|ski|skiy|skaya|yan|escu|oglu|ović|ević)$/i;
