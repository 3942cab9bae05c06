/**
 * Words of office, shared by learning officials from the archive and spotting officials a
 * page introduces. Hand-written because they are English grammar of news titles, not
 * data: "Deputy Minister of Foreign Affairs Fariz Rzayev", "Chancellor Rachel Reeves".
 * Keys are match keys (folded, lower case).
 */

/** A role needs one of these: the office itself. */
export const OFFICE_HEADS = new Set(
  (
    'minister ministers president premier chancellor secretary ambassador envoy spokesperson spokesman ' +
    'spokeswoman speaker king queen emir sultan governor mayor senator congressman congresswoman ' +
    'commissioner ombudsman prosecutor attorney chairman chairwoman leader head representative ' +
    'vice-president taoiseach monarch sheikh crown prince consul diplomat adviser advisor aide ' +
    // News abbreviations: "Nepal PM Oli", "FM Araghchi".
    'pm fm ' +
    // Azerbaijani (nominative and with the possessive -i of "xarici işlər naziri") and Russian
    // offices, as match keys (Cyrillic transliterated: президент → prezident).
    'nazir naziri prezident prezidenti sefir sefiri sedr sedri spiker ministr posol predsedatel'
  ).split(' '),
);

/** "leader" and "head" are offices only in these company ("National Leader", "Head of State"). */
export const WEAK_HEADS = new Set(['leader', 'head', 'representative', 'adviser', 'advisor', 'aide', 'diplomat', 'prince']);
// A party's leader ("Tory leader Michael Howard", "Lib Dem leader Charles Kennedy") holds no
// government office by that title: party words are no qualifiers here (issue 14: party leaders
// who never held an office are not officials; one who did is learned from that office).
export const WEAK_HEAD_QUALIFIERS = new Set(['national', 'supreme', 'state', 'permanent', 'special', 'presidential', 'crown', 'government', 'ministry']);

/** Words that make up the rest of an office's title; never part of a person's name. */
export const OFFICE_WORDS = new Set(
  (
    'ministry foreign affairs interior state deputy first second prime vice defence defense economy ' +
    'finance justice health education culture energy agriculture trade labour labor home office general ' +
    'national supreme presidential administration parliament parliamentary assembly council cabinet ' +
    'security republic federal chief permanent special acting senior assistant under executive ' +
    'environment ecology natural resources tourism transport infrastructure digital development science ' +
    'youth sports sport emergency situations social protection population communications technology ' +
    'innovation industry economic european integration relations international public works construction ' +
    'urban planning regional internal external diaspora minority human rights religious family women ' +
    'children veterans information media post telecommunications mining spatial water forestry ' +
    'fisheries food rural capital investment budget treasury commerce exchequer shadow secretary-general ' +
    'former outgoing incoming newly appointed elected designate interim caretaker milli majlis duma ' +
    'senate house commons lords government kremlin department white city county province region ' +
    // Azerbaijani: xarici işlər (foreign affairs), baş (prime), müavini (deputy), Milli Məclisin
    // (of the National Assembly); Russian: иностранных дел (foreign affairs), премьер, вице,
    // первый, заместитель, обороны, финансов, экономики.
    'xarici isler bas muavini nazirinin milli meclisin mudafie inostrannyh del premer vice pervyj ' +
    'zamestitel oborony finansov ekonomiki'
  ).split(' '),
);

/** Lower-case words that may sit inside a title: "Minister of Foreign Affairs", "Ambassador to Serbia". */
export const TITLE_CONNECTORS = new Set(['of', 'the', 'for', 'at', 'to', 'and', 'on', 'in', '&']);

/** Courtesy titles before a surname: "Mr Lammy", "Dr Tedros". */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mister', 'madam', 'monsieur', 'herr', 'gospodin', 'господин', 'госпожа', 'g']);

/**
 * Jobs that are not public office. The issue is explicit: journalists, editors, activists and
 * authors are not officials, even when a title precedes their name.
 */
export const NON_OFFICIAL = new Set(
  (
    'website editor journalist reporter correspondent activist blogger author writer columnist ' +
    'newspaper tv channel agency company ceo founder director manager analyst expert professor ' +
    'coach player singer actor actress artist opposition party campaigner lawyer ' +
    // The opposition's spokesmen on an office ("shadow home secretary David Davis") do not hold it.
    'shadow'
  ).split(' '),
);

/** Capitalised words that start sentences or dates and are never names. */
export const NOT_NAMES = new Set(
  (
    'the a an in on at of for to and but or as by from with after before during today yesterday ' +
    'tomorrow this that these those his her their its our my he she they we it mr mrs ms dr sir ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday read more latest news photo video ' +
    'according meanwhile however also said says report reports is are was were has have had ' +
    'would can could should be been not no over into onto upon about amid than some any all ' +
    'since both one earlier later'
  ).split(' '),
);

/**
 * Things named after a person: "Heydar Aliyev Center", "Ronald Reagan Airport", "Nelson
 * Mandela Foundation". A name directly before one of these is the thing, not the person.
 */
export const NAMED_AFTER = new Set(
  (
    'center centre foundation fund airport avenue street boulevard road square park prize award ' +
    'medal museum university college school academy institute library stadium arena bridge palace ' +
    'hall mosque cathedral church station memorial mausoleum monument tower district metro'
  ).split(' '),
);
