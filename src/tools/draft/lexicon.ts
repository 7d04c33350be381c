/**
 * The words the drafter's rules read: English reporting verbs, roles,
 * sources. General English of news writing, never one article's names.
 */
import type { SpeakerData } from '../../core/schemas/speaker';

export type SpeakerKind = SpeakerData['kind'];

/** Words a sentence or a name-like run may start with that are not names. */
export const FUNCTION_WORDS = new Set(
  `The A An This That These Those What When Where Who Whom Whose Which Why How But And Or Nor Yet So For In On At By With Without From To Of Into After Before As If While Although Though Because Since Until Unless Under Over Even Only Such Their Its His Her Our Your My We They He She It You Then There Here Now Indeed However Meanwhile Also Still Both Each Every Some Many Most Several All No Not Last Next Later Earlier Today Yesterday Tomorrow According During Despite Among Between Against Within Like Instead Above Below Calling`.split(
    /\s+/,
  ),
);

const ROLES =
  'lawyer attorney barrister solicitor historian analyst expert consultant professor researcher journalist reporter correspondent columnist spokesman spokeswoman spokesperson official minister senator lobbyist activist campaigner economist director chairman chairwoman chair chief head leader founder president ceo executive member mp mep author writer editor doctor physician scientist adviser advisor commentator diplomat ambassador envoy lawmaker legislator politician mayor governor judge prosecutor officer commander general colonel teacher student resident farmer owner manager worker nurse engineer pastor priest imam rabbi cleric coach player candidate deputy secretary representative councillor councilor strategist specialist scholar lecturer fellow historian psychologist sociologist investigator detective inspector sergeant captain economist architect planner organiser organizer volunteer survivor witness victim mother father parent trustee partner negotiator mediator inspector auditor regulator commissioner administrator coordinator founder co-founder host presenter producer director-general secretary-general mediator superintendent headteacher principal dean chancellor treasurer surgeon epidemiologist neurologist biologist chemist physicist ecologist boss striker goalkeeper keeper defender midfielder winger substitute skipper batsman bowler pitcher quarterback referee umpire goalie sprinter swimmer boxer councilwoman councilman congresswoman congressman moderator anchor';

/** A noun naming what someone is: "lawyer", "director of …", "a UK consultant". */
export const ROLE_NOUN = new RegExp(`(?<![\\p{L}-])(?:${ROLES.split(' ').join('|')})s?(?![\\p{L}-])`, 'iu');

/** Titles written before a name. */
export const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Reverend|Father|Imam|Rabbi|Sheikh|Cardinal|Bishop|King|Queen|Prince|Princess|President|Premier|Chancellor|Minister|Secretary|Ambassador|Senator|Sen|Rep|Representative|Congressman|Congresswoman|Governor|Gov|Mayor|Councillor|Councilor|Judge|Justice|Chief|Director|Spokesman|Spokeswoman|Commissioner|Inspector|Detective|Sergeant|Captain|Major|Colonel|General|Admiral|Commander|Historian|Lawyer|Coach|MEPs?|MPs?)$/;

/**
 * Verbs that frame a quotation ("“Where is the money?” asked Peter Lee", "“No chance,” Lee joked") but
 * are as often about something else ("shouted slogans", "posted a loss", "asked for more"): a clause
 * after them is reported speech only with "that". Forms that are nouns too ("a joke", "a tweet") are left out.
 */
const FRAME_ONLY = [
  'ask(?:s|ed|ing)?', 'scoff(?:s|ed|ing)?', 'tweet(?:ed|ing)', 'post(?:ed|ing)', 'shout(?:ed|ing)', 'yell(?:s|ed|ing)?', 'scream(?:ed|ing)',
  'exclaim(?:s|ed|ing)?', 'jok(?:ed|ing)', 'quip(?:ped|ping)', 'retort(?:s|ed|ing)?', 'counter(?:ed|ing)', 'boast(?:ed|ing)', 'brag(?:s|ged|ging)?',
  'vow(?:ed|ing)', 'pledg(?:ed|ing)', 'plead(?:s|ed|ing)?', 'demand(?:ed|ing)', 'mus(?:ed|ing)', 'sigh(?:ed|ing)', 'whisper(?:ed|ing)', 'mutter(?:ed|ing)',
  'grumbl(?:ed|ing)', 'snap(?:ped|ping)', 'continu(?:ed|ing)', 'recount(?:ed|ing)', 'comment(?:ed|ing)', 'lament(?:s|ed|ing)?', 'protest(?:ed|ing)',
  'interject(?:s|ed|ing)?', 'wonder(?:ed|ing)', 'e-?mail(?:ed|ing)', 'text(?:ed|ing)', 'blogg(?:ed|ing)',
  '(?:shot|shoots|hit|hits|fired|fires) back',
];

/** Verbs that report speech or writing, in the forms news prose uses. */
const SPEECH = [
  'says?', 'said', 'saying',
  'tells?', 'told', 'telling',
  'add(?:s|ed|ing)?', 'stat(?:es|ed|ing)', 'claim(?:s|ed|ing)?', 'argu(?:es|ed|ing)', 'insist(?:s|ed|ing)?', 'warn(?:s|ed|ing)?',
  'explain(?:s|ed|ing)?', 'not(?:es|ed|ing)', 'points? out', 'pointed out', 'pointing out', 'announc(?:es|ed|ing)', 'acknowledg(?:es|ed|ing)',
  'admit(?:s|ted|ting)?', 'alleg(?:es|ed|ing)', 'assert(?:s|ed|ing)?', 'contend(?:s|ed|ing)?', 'confirm(?:s|ed|ing)?', 'declar(?:es|ed|ing)',
  'den(?:y|ies|ied|ying)', 'emphasi[sz](?:es|ed|ing)', 'estimat(?:es|ed|ing)', 'maintain(?:s|ed|ing)?', 'predict(?:s|ed|ing)?', 'promis(?:es|ed|ing)',
  'recall(?:s|ed|ing)?', 'remark(?:s|ed|ing)?', 'report(?:s|ed|ing)?', 'reveal(?:s|ed|ing)?', 'stress(?:es|ed|ing)?', 'suggest(?:s|ed|ing)?',
  'testif(?:y|ies|ied|ying)', 'writes?', 'wrote', 'repl(?:y|ies|ied|ying)', 'respond(?:s|ed|ing)?', 'conced(?:es|ed|ing)', 'caution(?:s|ed|ing)?',
  'conclud(?:es|ed|ing)', 'observ(?:es|ed|ing)', 'mention(?:s|ed|ing)?', 'disclos(?:es|ed|ing)', 'complain(?:s|ed|ing)?', 'inform(?:s|ed|ing)?',
  'assur(?:es|ed|ing)', 'remind(?:s|ed|ing)?', 'believ(?:es|ed|ing)', 'thinks?', 'thought', 'found', 'finds', 'shows?', 'showed', 'accus(?:es|ed|ing)',
  ...FRAME_ONLY,
];
export const REPORTING_VERB = new RegExp(`(?<![\\p{L}-])(?:${SPEECH.join('|')})(?![\\p{L}-])`, 'giu');
/** One word that is a reporting verb. */
export const REPORTING_WORD = new RegExp(`^(?:${SPEECH.join('|')})$`, 'iu');

/** Verbs that take whom they tell before what: "told reporters that …". */
export const TELL = /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring|remind|reminds|reminded|reminding|warn|warns|warned|warning|promise|promises|promised)$/i;
/** Verbs that need "that" (otherwise they are not about words: "found the keys", "shows a map"). */
export const NEEDS_THAT = new RegExp(String.raw`^(?:believ\w*|thinks?|thought|found|finds|shows?|showed|accus\w*|admit\w*|confirm\w*|den\w+|inform\w*|assur\w*|remind\w*|report\w*|reveal\w*|not\w+|stress\w*|explain\w*|mention\w*|estimat\w*|conclud\w*|observ\w*|recall\w*|complain\w*|promis\w*|suggest\w*|predict\w*|announc\w*|acknowledg\w*|add\w*|writes?|wrote|repl\w+|respond\w*|testif\w*|disclos\w*|remark\w*|emphasi\w+|declar\w*|caution\w*|conced\w*|${FRAME_ONLY.join('|')})$`, 'i');
/** Verbs that report an assertion with "to": "claims to have gathered …". */
export const CLAIM_TO = /^(?:claim|claims|claimed|claiming|den\w+)$/i;

/** Verbs that introduce a quotation before it: "described a similar situation. “…”". */
export const INTRODUCES = /(?<![\p{L}-])(?:described|explained|recalled|spoke|speaks|said|told|added|argued|warned|noted|outlined|insisted|wrote|testified|put it|went on|continued|replied|responded|answered|addressed|addresses)(?![\p{L}-])/iu;

/** Words before a quotation that make it a name, not someone's words. */
export const TITLED = /(?:titled|entitled|headlined|named|dubbed|so-called|known as|labelled|labeled|the word|the term|the phrase|the slogan|the hashtag|tagline|motto|book|film|song|album|series)\s*$/i;

/** Documents: a claim from one is of the kind `document`. */
export const DOCUMENT = /^(?:report|reports|study|studies|statement|statements|letter|letters|document|documents|papers|files|survey|ruling|memo|memorandum|filing|indictment|judgment|judgement|analysis|paper|review|audit|assessment|complaint|lawsuit|release|order|decree|bill|resolution|guidance|website|post|note|minutes|transcript|cable|email|e-mail|records|data|figures|census|poll|charter|code|law|constitution|verdict|opinion|investigation|inquiry|findings)$/i;

/** Bodies that speak as one. */
export const BODY =
  /^(?:police|ministry|government|department|agency|court|army|military|company|firm|council|commission|committee|office|embassy|union|party|parliament|senate|congress|authority|authorities|board|bank|university|institute|association|organisation|organization|group|campaign|prosecutors|prosecution|administration|cabinet|presidency|white house|kremlin|navy|coalition|network|foundation|charity|hospital|school|club|federation|league|service|regime|state|trust|corporation|regulator|watchdog|jury|unhcr|un)$/i;

/** People named by their role or as a group. */
export const ROLE_PERSON = /^(?:spokesman|spokeswoman|spokesperson|official|officer|source|lawyer|attorney|analyst|expert|witness|resident|diplomat|minister|aide|adviser|advisor|executive|researcher|scientist|doctor|economist|prosecutor|judge|investigator|chairman|chairwoman|director|chief|leader|representative|negotiator)$/i;
export const GROUP =
  /^(?:officials|sources|analysts|experts|critics|residents|witnesses|diplomats|researchers|scientists|activists|lawmakers|legislators|investigators|prosecutors|doctors|economists|campaigners|protesters|protestors|supporters|opponents|observers|aides|advisers|advisors|insiders|organisers|organizers|authorities|leaders|members|ministers|officers|employees|workers|parents|teachers|students|locals|villagers|farmers|survivors|victims|families|relatives|neighbours|neighbors|police|troops|rebels|militants)$/i;

export const PRONOUN = /^(?:he|she|they)$/i;

/** A transcriber's stage direction at the end of a turn: "Thank you. [Applause]", "(Laughter)". */
export const STAGE_DIRECTION = /\s*[[(](?:applause|laughter|laughs|cheers|cheering|boos|booing|crosstalk|inaudible|pause|silence|music|audience\s+\w+)[\])]$/i;

/**
 * A news outlet after "told", "speaking to", "in an interview with": the
 * agencies and broadcasters news prose names, and any capitalised name
 * ending in a newspaper's word ("the Valmora Gazette", "Sky News").
 */
export const OUTLET =
  /(?:Reuters|AP|the Associated Press|Associated Press|AFP|Agence France-Presse|Bloomberg|the BBC|BBC(?: News)?|CNN|NPR|PBS|ABC|CBS|NBC|Fox News|Al Jazeera|Politico|Axios|Le Monde|Der Spiegel|El País|Deutsche Welle|DW|France 24|Euronews|Xinhua|Tass|TASS|Interfax|ANSA|EFE|dpa|Kyodo|Yonhap|IRNA|ISNA|Anadolu(?: Agency)?|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,3}(?:News Agency|Press Agency|Gazette|Times|Post|Herald|Tribune|Journal|News|Chronicle|Observer|Telegraph|Standard|Mirror|Express|Mail|Globe|Courier|Radio|Television|TV|Magazine|Daily|Weekly|Guardian|Economist|Independent|Business Review)|[Tt]he Independent(?!\s+\p{Lu}))(?![\p{L}])/u;
