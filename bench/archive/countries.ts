/**
 * The countries the synthetic archive visits and the officials the Secretary meets
 * there: real office holders of 2015-2024, written as State Department titles write
 * them (Japanese, Korean and Chinese names family name first). Capitals are checked
 * against the gazetteer when the archive is built.
 */
export type Region =
  'east-asia' | 'south-asia' | 'southeast-asia' | 'middle-east' | 'europe' | 'americas' | 'africa';

export interface CountryProfile {
  code: string;
  region: Region;
  capital: string;
  /** The adjective a title puts before an office ("Japanese Foreign Minister"). */
  demonym: string;
  /**
   * "Role|Full Name|Short|Qualifier". Short: how a meeting title names them (default: the
   * family name). Qualifier: an organisation before the office ("NATO") or "of <Country>"
   * after the name (King Abdullah II of Jordan); default: the country's demonym.
   */
  officials: readonly string[];
}

/**
 * One country a line: code | region | capital | demonym | officials, separated by "; ".
 * Kept as a table so that 80 countries read at a glance.
 */
const TABLE = `
JP | east-asia | Tokyo | Japanese | Prime Minister|Abe Shinzo; Prime Minister|Kishida Fumio; Foreign Minister|Kono Taro; Foreign Minister|Motegi Toshimitsu; Foreign Minister|Hayashi Yoshimasa; Foreign Minister|Kamikawa Yoko; Defense Minister|Kishi Nobuo
KR | east-asia | Seoul | Republic of Korea | President|Moon Jae-in; President|Yoon Suk Yeol; Foreign Minister|Kang Kyung-wha; Foreign Minister|Chung Eui-yong; Foreign Minister|Park Jin; National Security Advisor|Cho Tae-yong
CN | east-asia | Beijing | Chinese | President|Xi Jinping; Foreign Minister|Wang Yi; Foreign Minister|Qin Gang; Vice President|Han Zheng
MN | east-asia | Ulaanbaatar | Mongolian | Prime Minister|Luvsannamsrain Oyun-Erdene|Oyun-Erdene; Foreign Minister|Battsetseg Batmunkh|Battsetseg
IN | south-asia | New Delhi | Indian | Prime Minister|Narendra Modi; External Affairs Minister|Subrahmanyam Jaishankar; Minister of External Affairs|Sushma Swaraj; National Security Advisor|Ajit Doval; Minister of Defense|Rajnath Singh
PK | south-asia | Islamabad | Pakistani | Prime Minister|Shehbaz Sharif; Foreign Minister|Bilawal Bhutto Zardari|Bhutto Zardari; Foreign Minister|Shah Mahmood Qureshi
BD | south-asia | Dhaka | Bangladeshi | Prime Minister|Sheikh Hasina|Hasina; Foreign Minister|A. K. Abdul Momen|Momen
LK | south-asia | Colombo | Sri Lankan | President|Ranil Wickremesinghe
NP | south-asia | Kathmandu | Nepali | Prime Minister|Pushpa Kamal Dahal
UZ | south-asia | Tashkent | Uzbek | President|Shavkat Mirziyoyev; Foreign Minister|Bakhtiyor Saidov
KZ | south-asia | Astana | Kazakh | President|Kassym-Jomart Tokayev
ID | southeast-asia | Jakarta | Indonesian | President|Joko Widodo; Foreign Minister|Retno Marsudi; Secretary-General|Kao Kim Hourn|Kao Kim Hourn|ASEAN
PH | southeast-asia | Manila | Philippine | President|Rodrigo Duterte; President|Ferdinand R. Marcos|Marcos; Foreign Minister|Enrique Manalo
VN | southeast-asia | Hanoi | Vietnamese | Prime Minister|Pham Minh Chinh|Chinh; Foreign Minister|Bui Thanh Son|Son; President|Vo Van Thuong|Thuong
SG | southeast-asia | Singapore | Singaporean | Prime Minister|Lee Hsien Loong|Lee; Foreign Minister|Vivian Balakrishnan
TH | southeast-asia | Bangkok | Thai | Prime Minister|Prayut Chan-o-cha|Prayut; Foreign Minister|Don Pramudwinai|Don
MY | southeast-asia | Kuala Lumpur | Malaysian | Prime Minister|Anwar Ibrahim|Anwar; Foreign Minister|Zambry Abdul Kadir|Zambry
KH | southeast-asia | Phnom Penh | Cambodian | Prime Minister|Hun Sen|Hun Sen
AU | southeast-asia | Canberra | Australian | Foreign Minister|Julie Bishop; Foreign Minister|Marise Payne; Foreign Minister|Penny Wong; Prime Minister|Anthony Albanese
NZ | southeast-asia | Wellington | New Zealand | Prime Minister|Jacinda Ardern; Foreign Minister|Nanaia Mahuta
FJ | southeast-asia | Suva | Fijian | Prime Minister|Sitiveni Rabuka
IL | middle-east | Jerusalem | Israeli | Prime Minister|Benjamin Netanyahu; President|Reuven Rivlin; President|Isaac Herzog; Prime Minister|Naftali Bennett; Foreign Minister|Eli Cohen; Minister|Benny Gantz
PS | middle-east | Ramallah | Palestinian | President|Mahmoud Abbas; Prime Minister|Mohammad Shtayyeh
JO | middle-east | Amman | Jordanian | King|Abdullah II|Abdullah II|of Jordan; Deputy Prime Minister and Foreign Minister|Ayman Safadi; Commissioner-General|Philippe Lazzarini|Lazzarini|UNRWA
EG | middle-east | Cairo | Egyptian | President|Abdel Fattah al-Sisi|al-Sisi; Foreign Minister|Sameh Shoukry
SA | middle-east | Riyadh | Saudi | Crown Prince|Mohammed bin Salman|Mohammed bin Salman; Foreign Minister|Faisal bin Farhan Al Saud|Faisal bin Farhan; Foreign Minister|Adel al-Jubeir|al-Jubeir
QA | middle-east | Doha | Qatari | Emir|Tamim bin Hamad|Tamim bin Hamad; Prime Minister and Minister of Foreign Affairs|Mohammed bin Abdulrahman Al Thani|Al Thani
AE | middle-east | Abu Dhabi | Emirati | President|Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed; Foreign Minister|Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed
BH | middle-east | Manama | Bahraini | Crown Prince|Salman bin Hamad Al Khalifa|Salman bin Hamad; Foreign Minister|Abdullatif bin Rashid Al Zayani|Al Zayani
OM | middle-east | Muscat | Omani | Foreign Minister|Sayyid Badr Albusaidi
IQ | middle-east | Baghdad | Iraqi | Prime Minister|Mustafa al-Kadhimi|al-Kadhimi; Prime Minister|Mohammed Shia al-Sudani|al-Sudani; Foreign Minister|Fuad Hussein
LB | middle-east | Beirut | Lebanese | Caretaker Prime Minister|Najib Mikati; President|Michel Aoun
TR | middle-east | Ankara | Turkish | President|Recep Tayyip Erdoğan; Foreign Minister|Mevlüt Çavuşoğlu; Foreign Minister|Hakan Fidan
GB | europe | London | British | Prime Minister|David Cameron; Prime Minister|Boris Johnson; Prime Minister|Rishi Sunak; National Security Advisor|Tim Barrow
FR | europe | Paris | French | President|François Hollande; President|Emmanuel Macron; Foreign Minister|Laurent Fabius; Foreign Minister|Jean-Yves Le Drian|Le Drian; Foreign Minister|Catherine Colonna
DE | europe | Berlin | German | Foreign Minister|Frank-Walter Steinmeier; Foreign Minister|Heiko Maas; Foreign Minister|Annalena Baerbock; Defense Minister|Boris Pistorius
IT | europe | Rome | Italian | Prime Minister|Mario Draghi; Prime Minister|Giorgia Meloni; Foreign Minister|Luigi Di Maio|Di Maio; Foreign Minister|Antonio Tajani
ES | europe | Madrid | Spanish | Prime Minister|Pedro Sánchez; Foreign Minister|José Manuel Albares
PL | europe | Warsaw | Polish | President|Andrzej Duda; Prime Minister|Mateusz Morawiecki; Foreign Minister|Zbigniew Rau; Foreign Minister|Radosław Sikorski
UA | europe | Kyiv | Ukrainian | President|Petro Poroshenko; President|Volodymyr Zelenskyy; Foreign Minister|Pavlo Klimkin; Foreign Minister|Dmytro Kuleba; Prime Minister|Denys Shmyhal
BE | europe | Brussels | Belgian | Prime Minister|Alexander De Croo|De Croo; Foreign Minister|Hadja Lahbib; Secretary General|Jens Stoltenberg|Stoltenberg|NATO
NL | europe | Amsterdam | Dutch | Prime Minister|Mark Rutte; Foreign Minister|Wopke Hoekstra
CH | europe | Geneva | Swiss | Foreign Minister|Ignazio Cassis; Secretary-General|António Guterres|Guterres|UN
AT | europe | Vienna | Austrian | Foreign Minister|Alexander Schallenberg
GR | europe | Athens | Greek | Prime Minister|Kyriakos Mitsotakis; Foreign Minister|Nikos Dendias
SE | europe | Stockholm | Swedish | Prime Minister|Ulf Kristersson; Foreign Minister|Tobias Billström
FI | europe | Helsinki | Finnish | President|Sauli Niinistö; Foreign Minister|Pekka Haavisto
NO | europe | Oslo | Norwegian | Prime Minister|Jonas Gahr Støre; Foreign Minister|Anniken Huitfeldt
DK | europe | Copenhagen | Danish | Prime Minister|Mette Frederiksen; Foreign Minister|Lars Løkke Rasmussen
RO | europe | Bucharest | Romanian | President|Klaus Iohannis; Foreign Minister|Bogdan Aurescu
CZ | europe | Prague | Czech | Prime Minister|Petr Fiala; Foreign Minister|Jan Lipavský
LT | europe | Vilnius | Lithuanian | President|Gitanas Nausėda; Foreign Minister|Gabrielius Landsbergis
EE | europe | Tallinn | Estonian | Prime Minister|Kaja Kallas; Foreign Minister|Urmas Reinsalu
MD | europe | Chisinau | Moldovan | President|Maia Sandu; Foreign Minister|Nicu Popescu
GE | europe | Tbilisi | Georgian | Prime Minister|Irakli Garibashvili
AM | europe | Yerevan | Armenian | Prime Minister|Nikol Pashinyan; Foreign Minister|Ararat Mirzoyan
AZ | europe | Baku | Azerbaijani | President|Ilham Aliyev; Foreign Minister|Jeyhun Bayramov
CA | americas | Ottawa | Canadian | Prime Minister|Justin Trudeau; Foreign Minister|Chrystia Freeland; Foreign Minister|Mélanie Joly
MX | americas | Mexico City | Mexican | President|Andrés Manuel López Obrador|López Obrador; Foreign Minister|Marcelo Ebrard; Foreign Minister|Alicia Bárcena
BR | americas | Brasilia | Brazilian | President|Jair Bolsonaro; Foreign Minister|Ernesto Araújo; Foreign Minister|Mauro Vieira
AR | americas | Buenos Aires | Argentine | President|Alberto Fernández; Foreign Minister|Santiago Cafiero
CL | americas | Santiago | Chilean | President|Gabriel Boric
CO | americas | Bogota | Colombian | President|Iván Duque; President|Gustavo Petro; Foreign Minister|Álvaro Leyva
PE | americas | Lima | Peruvian | President|Dina Boluarte
EC | americas | Quito | Ecuadorian | President|Guillermo Lasso
PA | americas | Panama City | Panamanian | President|Laurentino Cortizo
DO | americas | Santo Domingo | Dominican | President|Luis Abinader
NG | africa | Abuja | Nigerian | President|Muhammadu Buhari; President|Bola Tinubu; Foreign Minister|Geoffrey Onyeama
KE | africa | Nairobi | Kenyan | President|Uhuru Kenyatta; President|William Ruto
ZA | africa | Pretoria | South African | President|Cyril Ramaphosa; Minister|Naledi Pandor
ET | africa | Addis Ababa | Ethiopian | Prime Minister|Abiy Ahmed|Abiy
GH | africa | Accra | Ghanaian | President|Nana Akufo-Addo
MA | africa | Rabat | Moroccan | Foreign Minister|Nasser Bourita
DZ | africa | Algiers | Algerian | President|Abdelmadjid Tebboune; Foreign Minister|Ramtane Lamamra
TN | africa | Tunis | Tunisian | President|Kais Saied
SN | africa | Dakar | Senegalese | President|Macky Sall
AO | africa | Luanda | Angolan | President|João Lourenço
RW | africa | Kigali | Rwandan | President|Paul Kagame
CD | africa | Kinshasa | Congolese | President|Félix Tshisekedi
`;

export const COUNTRIES: readonly CountryProfile[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code = '', region = '', capital = '', demonym = '', officials = ''] = line.split(' | ');
    return { code, region: region as Region, capital, demonym, officials: officials.split('; ') };
  });

/** U.S. officials who brief the press before a trip, by region. */
export const BRIEFERS: Record<Region, string> = {
  'east-asia': 'Assistant Secretary for East Asian and Pacific Affairs Daniel J. Kritenbrink',
  'southeast-asia': 'Assistant Secretary for East Asian and Pacific Affairs Daniel J. Kritenbrink',
  'south-asia': 'Assistant Secretary for South and Central Asian Affairs Donald Lu',
  'middle-east': 'Assistant Secretary for Near Eastern Affairs Barbara A. Leaf',
  europe: 'Assistant Secretary for European and Eurasian Affairs James O’Brien',
  americas: 'Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols',
  africa: 'Assistant Secretary for African Affairs Molly Phee',
};

/** Multilateral meetings a stop may host, by region. */
export const EVENTS: Record<Region, readonly string[]> = {
  'east-asia': [
    'G7 Foreign Ministers’ Meeting',
    'Quad Foreign Ministers’ Meeting',
    'U.S.-Japan-ROK Trilateral Ministerial',
  ],
  'southeast-asia': [
    'ASEAN-U.S. Post-Ministerial Conference',
    'East Asia Summit Foreign Ministers’ Meeting',
    'APEC Ministerial Meeting',
  ],
  'south-asia': ['2+2 Ministerial Dialogue', 'C5+1 Ministerial Meeting', 'Raisina Dialogue'],
  'middle-east': [
    'Global Coalition to Defeat ISIS Ministerial',
    'Negev Forum Ministerial',
    'GCC-U.S. Strategic Dialogue',
  ],
  europe: [
    'NATO Foreign Ministers’ Meeting',
    'OSCE Ministerial Council',
    'Ukraine Recovery Conference',
    'Munich Security Conference',
  ],
  americas: ['Summit of the Americas', 'OAS General Assembly', 'Ministerial on Migration and Protection'],
  africa: [
    'U.S.-Africa Leaders Summit follow-up',
    'African Union Ministerial',
    'Lobito Corridor Ministerial',
  ],
};

/** Journalists who interview the Secretary, with their outlet's short name. */
export const INTERVIEWERS: readonly string[] = [
  'Yusaku Ishii of NHK',
  'Lyse Doucet of BBC',
  'Christiane Amanpour of CNN',
  'Steve Inskeep of NPR',
  'Palki Sharma of NDTV',
  'Kim Hyun-jung of KBS',
  'Hadley Gamble of CNBC',
  'Andrea Mitchell of NBC',
];

export const TOPICS: readonly string[] = [
  'economic and security cooperation',
  'the climate crisis and the clean energy transition',
  'Russia’s war against Ukraine',
  'humanitarian assistance',
  'regional security',
  'counterterrorism cooperation',
  'maritime security in the South China Sea',
  'a free and open Indo-Pacific',
  'supply chain resilience',
  'global health security',
  'global food security',
  'the crisis in Sudan',
  'Iran’s destabilizing activities in the region',
  'the DPRK’s ballistic missile launches',
  'energy security',
  'NATO enlargement',
  'human rights and democratic governance',
  'irregular migration and border management',
  'critical minerals supply chains',
  'trade and investment',
  'the fight against synthetic drugs',
  'cybersecurity and emerging technology',
  'the transatlantic relationship',
  'peace and stability across the Taiwan Strait',
  'the Abraham Accords and regional integration',
  'de-escalation in the region',
  'people-to-people ties and educational exchanges',
  'pandemic recovery',
  'nuclear nonproliferation',
  'Arctic cooperation',
  'the situation in Afghanistan',
  'Black Sea security',
  'infrastructure investment',
  'space cooperation',
  'anti-corruption efforts',
];
