/**
 * Which capitalised words of an English news text name a person. Generic
 * rules, true of any article, never a list of one article's nouns:
 *
 * - a run of two or three capitalised words is person-like, or one to
 *   three after a title ("Senator Smith", "Ms Gomes");
 * - unless one of its words is a generic institution or place word
 *   ("Water Board", "Interior Ministry"), a month or a weekday, or a
 *   demonym ("Italian Republic"), recognised by its suffix and the place
 *   or language it comes from;
 * - or it ends with the name of a country or region ("Soviet Russia");
 * - or it follows "the" ("the Rajavi Cult": English puts no article
 *   before a person's name), continues an institution's name after "of"
 *   or "for" ("Institute for Global Studies"), or is defined with an
 *   acronym ("Mojahedin-e Khalq (MEK)", whose words then name a body
 *   everywhere in the text);
 * - "of" after a title starts the title's complement: in "Secretary of
 *   State Antony Blinken" the name is the last two words;
 * - a capital at the start of a sentence or clause says nothing: a first
 *   word that is a function word, or that the text also writes in lower
 *   case ("Councillor" when it says "the councillor"), is left out.
 *
 * Countries, regions and languages come from the runtime's Unicode data
 * (Intl.DisplayNames), months and weekdays from Intl.DateTimeFormat.
 */

/** Nouns that make a run a body, a place, an event or a publication. */
const GENERIC = new Set(
  `Academy Administration Affairs Agency Airport Alliance Army Assembly Association Authority Avenue Award Bank Base Bay Board Bridge Bureau Cabinet Camp Cape Castle Cathedral Center Central Centre Channel Church Circle City Club Coalition Code College Commission Committee Company Conference Congress Corporation Council County Court Crisis Cult Cup Cyclone Day Department District East Eastern Embassy Federal Federation Festival Force Forces Fort Forum Foundation Front Fund Games Gazette Global Government Greater Group Guard Gulf Hall Herald Hospital House Hurricane Institute Institution International Island Islands Journal Kingdom Lake Las League Library Los Lower Ministry Mosque Mount Mountains Movement Museum National Nations Navy Network New News North Northern Office Olympics Organisation Organization Palace Park Parliament Party Police Port Post Press Prison Prize Program Programme Province Radio Region Republic Review Revolution Rights River Road Royal Saint San Santa School Sea Senate Service Services Society South Southern Square State States Station Storm Street Studies Summit Television Temple Times Tower Treaty Tribune Trust Typhoon Union United University Upper Valley War West Western World Zone`.split(/\s+/),
);

/** Words before a name that make it a person's: "Senator Smith", "Ms Gomes", "Dr. Ruiz". */
const TITLES = new Set(
  `Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Fr Father Pastor Imam Rabbi Sheikh Ayatollah Cardinal Bishop Archbishop Pope King Queen Prince Princess Emperor Sultan Emir President Premier Chancellor Minister Secretary Ambassador Envoy Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Councillor Councilor Alderman Speaker Chairman Chairwoman Chair Chief Executive Director Leader Spokesman Spokeswoman Spokesperson Columnist Correspondent Editor Commissioner Inspector Detective Constable Sergeant Sgt Lieutenant Lt Captain Capt Major Maj Colonel Col General Gen Admiral Adm Commander Marshal Judge Justice Historian Lawyer Coach MEP MP`.split(/\s+/),
);

/** Whether the word just before `index` is a title: "Mr Okafor", "Dr. Ruiz". */
export function followsTitle(text: string, index: number): boolean {
  const m = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, index - 24), index));
  return !!m && TITLES.has(m[1]!);
}

/** Function words a sentence may start with. */
const FUNCTION_WORDS = new Set(
  `The A An This That These Those What When Where Who Whom Whose Which Why How But And Or Nor Yet So For In On At By With Without From To Of Into Onto After Before As If While Although Though Because Since Until Unless Under Over Even Only Such Their Its His Her Our Your My We They He She It You Then There Here Now Indeed However Meanwhile Also Still Both Each Every Some Many Most Several All No Not Nor Last Next Later Earlier Today Yesterday Tomorrow According During Despite Among Between Against Within Like First Finally Instead Again Recently Separately Similarly Afterwards Eventually Previously Initially Ultimately Overall Once Soon Often Sometimes Usually Perhaps Maybe Certainly Clearly Thus Therefore Moreover Furthermore Besides Otherwise`.split(/\s+/),
);

/** Lower-case words inside a name: "Ursula von der Leyen", "Charles de Gaulle". */
const PARTICLES = new Set('de del della der den di da du dos das van von bin ibn al el la le'.split(' '));

/** Suffixes of demonyms, and what the place name may end with instead: Italian ← Italy, Iraqi ← Iraq, Chinese ← China. */
const DEMONYMS: ReadonlyArray<[suffix: string, tails: readonly string[]]> = [
  ['ian', ['', 'a', 'ia', 'y', 'e', 'i', 'ium']],
  ['ean', ['', 'e', 'a', 'ea']],
  ['an', ['', 'a', 'o']],
  ['ese', ['', 'a', 'on']],
  ['ish', ['', 'ey', 'and', 'land', 'en']],
  ['i', ['', 'a', 'ia']],
];
const DEMONYM_SUFFIX = /(?:ian|ean|an|ese|ish|i)$/;

interface Lexicon {
  /** Whole names of countries and regions ("Russia", "United Kingdom", "Europe"). */
  places: Set<string>;
  /** Their words, to find the place a demonym comes from. */
  placeWords: Set<string>;
  /** Words of English language names ("Albanian", "Persian", "Turkish"). */
  languageWords: Set<string>;
  /** Months and weekdays, long and short. */
  calendar: Set<string>;
}

let lexicon: Lexicon | undefined;

function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const places = new Set<string>();
  const placeWords = new Set<string>();
  const languageWords = new Set<string>();
  const calendar = new Set<string>();
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const a of A) for (const b of A) codes.push(a + b);
  for (let n = 1; n < 1000; n++) codes.push(String(n).padStart(3, '0'));
  const tryName = (d: Intl.DisplayNames, code: string) => {
    try {
      return d.of(code);
    } catch {
      return undefined;
    }
  };
  for (const code of codes) {
    const name = tryName(regions, code);
    if (!name || name === code) continue;
    for (const part of name.split(/\s*(?:[()&,]|\s-\s)\s*/)) {
      const p = part.trim();
      if (p.length < 3) continue;
      places.add(p);
      for (const w of p.split(/[\s-]+/)) if (w.length >= 3) placeWords.add(w);
    }
  }
  for (const a of A) {
    for (const b of A) {
      const code = (a + b).toLowerCase();
      const name = tryName(languages, code);
      if (!name || name === code) continue;
      for (const w of name.split(/[\s()-]+/)) if (w.length >= 4) languageWords.add(w);
    }
  }
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2001, m, 1));
    for (const month of ['long', 'short'] as const) calendar.add(new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(date));
  }
  for (let d = 1; d <= 7; d++) {
    const date = new Date(Date.UTC(2001, 0, d));
    for (const weekday of ['long', 'short'] as const) calendar.add(new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' }).format(date));
  }
  return (lexicon = { places, placeWords, languageWords, calendar });
}

/** "Albanian", "Iraqis", "Chinese", "Turkish": a word naming a people or a nationality. */
function isDemonym(word: string): boolean {
  const { placeWords, languageWords } = getLexicon();
  for (const w of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    if (!DEMONYM_SUFFIX.test(w)) continue;
    if (languageWords.has(w)) return true;
    for (const [suffix, tails] of DEMONYMS) {
      if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
      const stem = w.slice(0, -suffix.length);
      if (tails.some((t) => placeWords.has(stem + t))) return true;
    }
  }
  return false;
}

/** Whether `text` ends with the name of a country or region. */
function endsWithPlace(text: string): boolean {
  const { places } = getLexicon();
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) if (places.has(words.slice(i).join(' '))) return true;
  return false;
}

interface Token {
  /** Indices into the text. */
  start: number;
  end: number;
  /** The word, without a possessive ’s. */
  base: string;
  kind: 'capital' | 'title' | 'particle' | 'other';
}

const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?:[’'-][\p{L}\p{M}]+)*/gu;
const possessive = (w: string) => w.replace(/[’']s$/, '');
const isAcronym = (w: string) => !/\p{Ll}/u.test(w.replace(/s$/, '')) && !/^\p{Lu}$/u.test(w);

/** A word as names are written: letters, with inner apostrophes and hyphens ("O’Neill", "Abu-Bakr"). */
const A_WORD = String.raw`[\p{L}\p{M}]+(?:[’'-][\p{L}\p{M}]+)*`;
const WORD_BEFORE = new RegExp(`(${A_WORD})(\\.?)\\s+$`, 'u');
const WORD_AFTER = new RegExp(`^\\s+(${A_WORD})`, 'u');

/** The word just before `index` when only spaces separate them, and whether a dot ends it ("J. Keller"). */
function wordBefore(text: string, index: number): { word: string; dot: boolean } | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  return m ? { word: m[1]!, dot: m[2] === '.' } : null;
}

/** Forms of address of other languages: never a first name. */
const NOT_FIRST_NAMES = new Set('Presidente Président Präsident Madame Monsieur Mme Mlle Frau Herr Señor Señora Sr Sra Signor Signora Sig'.split(' '));
/** Words that open a question ("Will Ortiz resign?"): at a sentence's start, no first name ("his son Will Ortiz" has one). */
const QUESTION_WORDS = '(?:Will|Would|Can|Could|Should|Shall|Did|Does|Do|Has|Have|Had|Is|Was|Were|Are|Must|Might)';
const QUESTION_START = new RegExp(`(?:^|[.!?:;]["”’)]*\\s+|["“‘(]\\s*)${QUESTION_WORDS}\\s+$`, 'u');
const QUESTION_WORD = new RegExp(`^${QUESTION_WORDS}$`);

/** A title, hyphened ones included ("Vice-President", "President-elect", "Secretary-General"). */
const isTitle = (word: string) => word.split('-').some((part) => TITLES.has(part) || TITLES.has(part.replace(/s$/, '')));

/** A capitalised word that would make one name with its neighbour: not a title ("Mrs", "MEPs"), an acronym, a form of address or a sentence's function word ("But", "When"). */
const joinsName = (word: string) =>
  /^\p{Lu}/u.test(word) && !isTitle(word) && !NOT_FIRST_NAMES.has(word) && !isAcronym(word) && !FUNCTION_WORDS.has(word) && possessive(word) === word;

/**
 * Whether a speaker's name found at [start, end) of `text` is, there, a
 * capitalised word of someone or something else: part of a longer name
 * ("Anna Keller" where the speaker's alias is "Keller", "The Bell Curve",
 * "Keller Foundation"), or a month in a date ("May 2019", "3 May").
 * A title before it ("Prime Minister May") or after it ("Gomes MEP")
 * leaves it the speaker's.
 */
export function partOfAnotherName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (getLexicon().calendar.has(word) && (/\d\s*$/.test(text.slice(Math.max(0, start - 8), start)) || /^\s*\d/.test(text.slice(end, end + 8)))) return true;
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (after && joinsName(after) && !QUESTION_WORD.test(after)) return true;
  // A particle and a capitalised word after it go on with the name: "Prince Mohammed bin Nayef" is not "Prince Mohammed".
  if (PARTICLE_THEN_NAME.test(text.slice(end, end + 40))) return true;
  return firstNameBefore(text, start);
}

/**
 * Arabic name links, as in "Hafez al-Assad", "Mohammed bin Nayef": unlike "van", "de" or "di", they are
 * no words of other uses ("the Ford van Ortiz rented", "Meloni di Fratelli d'Italia").
 */
const PATRONYMIC = '(?:bin|ibn|ben|bint|abu)';
const PARTICLE_THEN_NAME = new RegExp(`^\\s+${PATRONYMIC}\\s+\\p{Lu}`, 'u');
/** An Arabic article or patronymic ("al-", "bin "), or two initials or more ("H. W."), between a first name and the name found. */
const BETWEEN = new RegExp(`(?:(?:(?:al|el|ad|ash|as|at|az)-|${PATRONYMIC}\\s+)+|(?:\\p{Lu}\\.\\s*){2,})$`, 'u');

/**
 * Whether a capitalised word that is not a title stands just before `start`: a first name, so a
 * surname there is that person's ("Anna Keller"), also across particles and initials ("Hafez
 * al-Assad", "George H. W. Bush": the speaker's own full name would have been found whole).
 */
export function firstNameBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const between = BETWEEN.exec(window);
  const at = between ? start - between[0].length : start;
  const before = wordBefore(text, at);
  return !!before && (!before.dot || !!between) && joinsName(before.word) && !QUESTION_START.test(text.slice(Math.max(0, at - 30), at));
}

/** The words of a sentence, each classed: a capitalised word, a title, a name particle, or anything else. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const base = possessive(m[0]);
    const kind = TITLES.has(base) || TITLES.has(base.replace(/s$/, ''))
      ? 'title'
      : /^\p{Lu}/u.test(base) && (/\p{Ll}/u.test(base) || /^\p{Lu}\.\s/u.test(text.slice(m.index, m.index + 3))) && !isAcronym(base)
        ? 'capital'
        : PARTICLES.has(base)
          ? 'particle'
          : 'other';
    out.push({ start: m.index, end: m.index + m[0].length, base, kind });
  }
  return out;
}

/** A run of capitalised words (titles and inner particles included), as token indices [from, to). */
interface Run {
  from: number;
  to: number;
}

const ABBREVIATED = (t: Token) => t.kind === 'title' || /^\p{Lu}$/u.test(t.base);

/** Maximal runs of capitalised words and titles that follow each other with only spaces (or an abbreviation's dot) between them. */
export function runsOf(text: string, tokens: readonly Token[]): Run[] {
  const joined = (a: Token, b: Token) => {
    // "Elon Musk’s Tesla" is two names.
    if (text.slice(a.start, a.end) !== a.base) return false;
    const between = text.slice(a.end, b.start);
    return /^\s+$/.test(between) || (/^\.\s+$/.test(between) && ABBREVIATED(a));
  };
  const inRun = (t: Token | undefined) => t?.kind === 'capital' || t?.kind === 'title';
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!inRun(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (inRun(next) && joined(tokens[j - 1]!, next!)) j++;
      else {
        // Particles inside a name: "Ursula von der Leyen".
        let k = j;
        while (tokens[k]?.kind === 'particle' && joined(tokens[k - 1]!, tokens[k]!)) k++;
        if (k > j && inRun(tokens[k]) && joined(tokens[k - 1]!, tokens[k]!)) j = k + 1;
        else break;
      }
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** What the whole text teaches about its words, for judging each run. */
interface TextKnowledge {
  /** Every word the text writes in lower case. */
  lowerWords: Set<string>;
  /** Words of names the text defines with an acronym: "Water Board (WB)". */
  bodyWords: Set<string>;
}

const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}s?\)/u;

export function learn(sentences: readonly string[]): TextKnowledge {
  const lowerWords = new Set<string>();
  const bodyWords = new Set<string>();
  for (const text of sentences) {
    const tokens = tokenize(text);
    for (const t of tokens) if (/^\p{Ll}/u.test(t.base)) lowerWords.add(t.base);
    for (const run of runsOf(text, tokens)) {
      if (!ACRONYM_AFTER.test(text.slice(tokens[run.to - 1]!.end))) continue;
      for (const t of tokens.slice(run.from, run.to)) if (t.kind === 'capital' && !FUNCTION_WORDS.has(t.base)) bodyWords.add(t.base);
    }
  }
  return { lowerWords, bodyWords };
}

/** The person-like part of a run, as token indices, or null when the run names no person. */
export function personIn(text: string, tokens: readonly Token[], run: Run, known: TextKnowledge): Run | null {
  const { calendar } = getLexicon();
  let from = run.from;
  const first = tokens[from]!;
  const before = (i: number) => {
    // The token before index i, if only spaces separate them.
    const t = tokens[i - 1];
    return t && /^\s+$/.test(text.slice(t.end, tokens[i]!.start)) ? t : undefined;
  };
  // A capital at the start of a sentence or clause says nothing of the first word.
  const clauseStart = /(?:^|[:;–—])[\s“”"‘’'(\[«*_]*$/u.test(text.slice(0, first.start));
  let afterThe = before(from)?.base.toLowerCase() === 'the';
  if (clauseStart && first.kind === 'capital' && (FUNCTION_WORDS.has(first.base) || known.lowerWords.has(first.base.toLowerCase()))) {
    afterThe ||= first.base === 'The';
    from++;
    while (from < run.to && tokens[from]!.kind === 'particle') from++;
  }
  // A title after the name ("Ana Gomes MEP"), then the last one before it ("Prime Minister Smith").
  let to = run.to;
  let titled = false;
  while (to > from && tokens[to - 1]!.kind === 'title' && isAcronym(tokens[to - 1]!.base)) {
    to--;
    titled = true;
  }
  for (let i = to - 1; i >= from; i--) {
    if (tokens[i]!.kind === 'title') {
      titled = true;
      from = i + 1;
      break;
    }
  }
  // "Secretary of State Antony Blinken": the title's complement, then the name.
  if (!titled && tokens[run.from - 1]?.base === 'of' && tokens[run.from - 2]?.kind === 'title') {
    const capitals = tokens.slice(from, to).filter((t) => t.kind === 'capital');
    if (capitals.length < 3) return null;
    from = tokens.indexOf(capitals.at(-2)!);
    titled = true;
  }
  const part = tokens.slice(from, to);
  const words = part.filter((t) => t.kind === 'capital');
  if (words.length === 0 || words.length > 3 || (!titled && words.length < 2)) return null;
  if (words.some((t) => GENERIC.has(t.base) || calendar.has(t.base) || known.bodyWords.has(t.base) || isDemonym(t.base))) return null;
  if (endsWithPlace(part.map((t) => t.base).join(' '))) return null;
  if (!titled) {
    if (afterThe) return null;
    // "Institute for Global Studies", "Friends of a Free Iran": the rest of a body's name.
    let k = run.from - 1;
    if (['the', 'a', 'an'].includes(tokens[k]?.base ?? '')) k--;
    if (['of', 'for'].includes(tokens[k]?.base ?? '') && /^\p{Lu}/u.test(tokens[k - 1]?.base ?? '')) return null;
    if (ACRONYM_AFTER.test(text.slice(tokens[run.to - 1]!.end))) return null;
  }
  return { from, to };
}
