/**
 * The grammar of numbers in running text: what counts as one number, and
 * its normalised value. Pure functions over strings, so the numbers stage
 * only has to walk the tree, and every rule here is tested on its own.
 *
 * Decisions the shared format leaves open (docs/annotation-format.md):
 * - a bare "one" is never a number ("no one", "one of them"); "one hundred" is;
 * - a capitalised spelled number right after a capitalised word is part of a
 *   name ("Camp Ashraf Three"), not a number;
 * - a four-digit numeral from 1800 to 2099 with no thousands comma is a year.
 */

export type NumberKind = 'count' | 'percent' | 'currency' | 'ordinal' | 'date' | 'time' | 'measure';

export interface NumberMatch {
  /** Offset in the searched string. */
  start: number;
  end: number;
  /** The words as written, qualifier included: `over thirty`. */
  text: string;
  kind: NumberKind;
  /** A number, or an ISO 8601 string for dates and times. */
  value: number | string;
  unit?: string;
  qualifier?: string;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const WORD = `(?:${byLength([...ONES, ...TENS, ...Object.keys(SCALES)])})`;
const SPELLED = `${WORD}(?:(?:-|\\s+|\\s+and\\s+)${WORD})*`;
/** Capitalised, as months are written ("march 20 miles" is no date), or abbreviated as the AP does ("Jan. 6, 2021", "Sept 11"). */
const MONTH = `(?-i:${byLength(MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)))}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?=\\s\\d))`;
/** The days of the week, as English writes them: for dates here, and for the drafter's datelines and frames. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY = `(?-i:${WEEKDAYS.join('|')})`;
const QUALIFIERS = ['more than', 'fewer than', 'less than', 'at least', 'at most', 'up to', 'as many as', 'as few as', 'close to', 'just over', 'just under', 'well over', 'nearly', 'almost', 'around', 'about', 'approximately', 'roughly', 'over', 'under', 'some'];
const QUALIFIER = `(?:${byLength(QUALIFIERS)})`;
// Western, Arabic-Indic and Persian digits: a Persian quotation's figures are numbers too.
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const NUMERAL = `${D}{1,3}(?:[,٬]${D}{3})+(?:[.٫]${D}+)?|${D}+(?:[.٫]${D}+)?`;
const CURRENCY_SIGN = '(?:(?-i:US|A|AU|HK|C|CA|NZ|S|R)\\$|(?-i:Rs)\\.?|[$€£¥₹﷼₩₽₺₦₪₱])';
/** A currency's code before an amount, in capitals and with a scale ("CHF 40m", "USD 5bn"): "CHF 3 times" and "CNY 2024" are other things. */
const CURRENCY_CODE = '(?-i:USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD)';
const CURRENCY_WORD =
  '(?:(?:(?-i:US|U\\.S\\.|Australian|Canadian|Hong\\s+Kong|New\\s+Zealand|Singapore)\\s+)?dollars?|(?-i:Swiss)\\s+francs?|(?-i:Mexican|Argentine|Philippine|Colombian|Chilean)\\s+pesos?|euros?|pounds?(?:\\s+sterling)?|(?-i:yen|yuan|renminbi|rupees?|roubles?|rubles?|reais|rand)|rials?|tomans?|USD|EUR|GBP|IRR|دولار|دلار|يورو|یورو|ریال|تومان)';
// Arabic and Persian scale words: "٨٥ مليار دولار" is 85 billion dollars.
// Indian lakh and crore; German, French, Spanish, Italian words and abbreviations ("3,5 Mrd. Euro", "17,7 milliards").
const SCALE_WORD =
  '(?:[\\s-]?(?:million|billion|trillion|thousand)|(?:bn|tn|m|k)|\\s(?:lakh\\s+crores?|lakhs?|crores?|milliards?|milliarden?|millions|millionen|millones|milioni|miliardi|miljard|miljoen|milhões|milhão|bilhões|bilhão|mrd\\.?|mio\\.?|млрд|млн)|\\s(?:مليار|مليون|ألف|میلیارد|میلیون|هزار))';
const UNIT_WORD =
  '(?:km/h|km²|km2|km|square\\s+(?:kilomet(?:re|er)s?|miles?|metres?|meters?|feet)|kilomet(?:re|er)s?|miles?|kg|kilograms?|grams?|tonnes?|tons?|ounces?|metres?|meters?|cm|mm|feet|foot|inches|inch|hectares?|acres?|litres?|liters?|gallons?|barrels?|(?-i:[kMGT]Wh?)|megawatts?|gigawatts?|mph|knots|seconds|second(?![-\\s](?:half|place|places|round|leg|set|term|time|tier|largest|biggest|highest|quarter))|hours?|minutes?|days?|weeks?|months?|years?|decades?|centuries|century)';
const PERCENT = '(?:\\s?[%٪]|[\\s-](?:per[\\s-]?cent|percent|prozent|pour\\s?cent|por\\s?ciento|per\\s?cento|procent|درصد))';

// Letters and digits on either side mean the digits are part of a word: G7, COVID-19 (a hyphen
// after digits is a range: "10-12%").
// …nor the tail of a number written with separators we do not read ("1,5", "1.000.000", "5/11/2024",
// "2023/24"): half a number is a wrong one.
const B = '(?<![\\p{L}\\p{N}_]|(?<![0-9%٪])-)(?<![0-9][.,/])';
/** A number must not stop where more of it follows after a separator: "1,5 million" is not 1 and 5 million. */
const WHOLE = '(?![.,٫٬/][0-9\\u0660-\\u0669\\u06F0-\\u06F9])';
const E = '(?![\\p{L}\\p{N}])';

/**
 * Other languages' month names, day marks and qualifiers: a reading in
 * French has "le 14 juillet 2023" and "environ 1 000", one in German
 * "am 3. Oktober" and "rund 1.000", in Spanish "el 5 de mayo de 2024".
 * Read only in a reading (or claim) of that language: "Mai" or "fast"
 * in English text are other words.
 */
interface Local {
  months: string[];
  /** After the day: "3." in German, "1er" in French. */
  dayMark: string;
  /** Between day, month and year: "5 de mayo de 2024". */
  of: string;
  qualifiers: string[];
  /** A clock time written the local way: "14.30 Uhr", "14 h 30", "14h". */
  clock?: string;
}
const LOCAL: Record<string, Local> = {
  fr: { months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], dayMark: 'er', of: '', clock: '\\d{1,2}\\s?h(?:\\s?\\d{2})?', qualifiers: ['environ', 'près de', 'plus de', 'moins de', 'au moins', "jusqu'à", 'jusqu’à', 'presque', 'quelque'] },
  de: { months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], dayMark: '\\.', of: '', clock: '\\d{1,2}(?:[.:]\\d{2})?\\s?Uhr', qualifiers: ['rund', 'etwa', 'ungefähr', 'mehr als', 'weniger als', 'über', 'knapp', 'fast', 'mindestens', 'bis zu', 'circa', 'ca\\.'] },
  es: { months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'], dayMark: 'º', of: 'de\\s+|del\\s+', qualifiers: ['unos', 'unas', 'alrededor de', 'más de', 'menos de', 'casi', 'al menos', 'hasta', 'cerca de', 'aproximadamente'] },
  it: { months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'], dayMark: 'º', of: '', qualifiers: ['circa', 'oltre', 'quasi', 'almeno', 'più di', 'meno di', 'fino a'] },
  pt: { months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'], dayMark: 'º', of: 'de\\s+', qualifiers: ['cerca de', 'quase', 'mais de', 'menos de', 'pelo menos', 'até'] },
  nl: { months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'], dayMark: '', of: '', qualifiers: ['ongeveer', 'bijna', 'meer dan', 'minder dan', 'ruim', 'zo’n', "zo'n", 'circa'] },
};
/** Other names of a month: Austrian German's Jänner, the Spanish of Peru and Uruguay's setiembre. */
const MONTH_VARIANTS: Record<string, Record<string, number>> = { de: { Jänner: 1 }, es: { setiembre: 9 } };
/** A month's number from its name in any language read here (or an English abbreviation). */
const MONTH_NUMBER = new Map<string, number>([
  ...Object.values(LOCAL).flatMap((l) => l.months.map((m, i) => [m.toLowerCase(), i + 1] as const)),
  ...Object.values(MONTH_VARIANTS).flatMap((v) => Object.entries(v).map(([m, n]) => [m.toLowerCase(), n] as const)),
]);

function buildPattern(local?: Local, lang?: string): RegExp {
  // As the language writes them: "juillet", "Oktober"; "la mission Mars 2020" is no month in French.
  const month = local ? `(?:${MONTH}|(?-i:${byLength([...local.months, ...Object.keys(MONTH_VARIANTS[lang!] ?? {})])}))` : MONTH;
  const day = local ? `(?:st|nd|rd|th${local.dayMark ? `|${local.dayMark}` : ''})?` : '(?:st|nd|rd|th)?';
  const of = local?.of ? `(?:${local.of})?` : '';
  const qualifier = local ? `(?:${byLength([...local.qualifiers, ...QUALIFIERS])})` : QUALIFIER;
  return new RegExp(
  [
    // 1. calendar dates: ISO 8601, then in words
    `(?<iso>${B}\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${E})`,
    `(?<date>${B}(?:${WEEKDAY},?\\s+)?(?:(?<dDay>\\d{1,2})${day}\\s+${of}(?<dMonth>${month})(?:,?\\s+${of}(?<dYear>\\d{4}))?|(?<mMonth>${month})\\s+(?<mDay>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mYear>\\d{4}))?|(?<yMonth>${month})\\s+${of}(?<yYear>\\d{4}))${E})`,
    // 2. clock times
    `(?<time>${B}(?:\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?${local?.clock ? `|${local.clock}` : ''})${E})`,
    // 3. amounts of money with a code first, then with a sign first
    `(?<coded>${B}(?<code>${CURRENCY_CODE})\\s(?<codedN>${NUMERAL})${WHOLE}(?<codedS>${SCALE_WORD})${E})`,
    `(?<money>${B}(?:(?<moneyQ>${qualifier})\\s+)?(?<moneyNeg>[-−])?(?<sign>${CURRENCY_SIGN})\\s?(?<moneyNeg2>[-−])?(?<moneyN>${NUMERAL})${WHOLE}(?<moneyS>${SCALE_WORD})?${E})`,
    // 4. numerals
    `(?<numeral>${B}(?:(?<numQ>${qualifier})\\s+)?(?:(?<![%٪])(?<neg>[-−])|(?<minus>minus)\\s+)?(?<num>${NUMERAL})${WHOLE}(?:(?<ord>st|nd|rd|th)|(?<pence>(?-i:p)(?!\\.?m\\b))|(?<pct>${PERCENT})|(?<numS>${SCALE_WORD})?(?:\\s(?:de\\s+|d['’])?(?<cur>${CURRENCY_WORD})|(?<numPct>${PERCENT})|\\s(?<unit>${UNIT_WORD})|\\s?(?<deg>°\\s?[CF])|\\s?(?<signAfter>[$€£¥₹]))?)${E})`,
    // 5. numbers in words
    `(?<spelled>(?<![\\p{L}\\p{N}_])(?:(?<spQ>${qualifier})\\s+)?(?<sp>${SPELLED})(?:(?<spPct>${PERCENT})|\\s(?<spCur>${CURRENCY_WORD})|\\s(?<spUnit>${UNIT_WORD}))?${E})`,
  ].join('|'),
  'giu',
  );
}
const PATTERN = buildPattern();
const PATTERNS = new Map(Object.entries(LOCAL).map(([lang, local]) => [lang, buildPattern(local, lang)]));
/** The pattern for a language tag ("de-AT" reads as German). */
const patternFor = (lang: string | undefined) => (lang && PATTERNS.get(lang.slice(0, 2).toLowerCase())) || PATTERN;

const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', US$: 'USD', R$: 'BRL', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₦': 'NGN', '₪': 'ILS', '₱': 'PHP', A$: 'AUD', AU$: 'AUD', HK$: 'HKD', C$: 'CAD', CA$: 'CAD', NZ$: 'NZD', S$: 'SGD', Rs: 'INR', 'Rs.': 'INR', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '﷼': 'IRR',
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP',
  'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollar': 'USD', 'u.s. dollars': 'USD', 'australian dollar': 'AUD', 'australian dollars': 'AUD',
  'canadian dollar': 'CAD', 'canadian dollars': 'CAD', 'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD', 'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD',
  'singapore dollar': 'SGD', 'singapore dollars': 'SGD', 'swiss franc': 'CHF', 'swiss francs': 'CHF',
  'mexican peso': 'MXN', 'mexican pesos': 'MXN', 'argentine peso': 'ARS', 'argentine pesos': 'ARS', 'philippine peso': 'PHP', 'philippine pesos': 'PHP',
  'colombian peso': 'COP', 'colombian pesos': 'COP', 'chilean peso': 'CLP', 'chilean pesos': 'CLP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', reais: 'BRL', rand: 'ZAR',
  rial: 'IRR', rials: 'IRR', toman: 'IRT', tomans: 'IRT', usd: 'USD', eur: 'EUR', gbp: 'GBP', irr: 'IRR',
  chf: 'CHF', jpy: 'JPY', cny: 'CNY', inr: 'INR', aud: 'AUD', cad: 'CAD',
  دولار: 'USD', دلار: 'USD', يورو: 'EUR', یورو: 'EUR', ریال: 'IRR', تومان: 'IRT',
};

const SCALE_VALUES: Record<string, number> = {
  ...SCALES, bn: 1e9, tn: 1e12, m: 1e6, k: 1e3,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12, 'lakh crores': 1e12,
  milliard: 1e9, milliards: 1e9, millions: 1e6, miljard: 1e9, miljoen: 1e6, milhões: 1e6, milhão: 1e6, bilhões: 1e9, bilhão: 1e9, млрд: 1e9, млн: 1e6, milliarde: 1e9, milliarden: 1e9, millionen: 1e6, millones: 1e6, milioni: 1e6, miliardi: 1e9, mrd: 1e9, 'mrd.': 1e9, mio: 1e6, 'mio.': 1e6,
  مليار: 1e9, مليون: 1e6, ألف: 1e3, میلیارد: 1e9, میلیون: 1e6, هزار: 1e3,
};
/** A currency's code from its sign or words as written ("US  dollars", "Swiss francs"). */
const codeOf = (written: string) => CURRENCY_CODES[written] ?? CURRENCY_CODES[written.toLowerCase().replace(/\s+/g, ' ')]!;
const scaleOf = (word: string) => SCALE_VALUES[word.replace(/^[\s-]+/, '').trimEnd().toLowerCase().replace(/\s+/g, ' ')] ?? 1;

const pad = (n: number) => String(n).padStart(2, '0');

/** Avoids 2.3 * 1e9 = 2299999999.9999995. */
const scaled = (n: number, scale: number) => Number((n * scale).toPrecision(15));

/** Arabic-Indic and Persian digits as ASCII ones. */
export const asciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/** Digits of any script to ASCII, separators dropped, the decimal mark made a point. */
function parseNumeral(text: string): number {
  const ascii = asciiDigits(text)
    .replace(/[,٬]/g, '')
    .replace(/٫/g, '.');
  return Number(ascii);
}

/**
 * Words to a value, reading only as far as the words form one number:
 * "two hundred and fifty" is 250, but "five and six" stops after "five".
 * Returns how many words were used.
 */
export function parseSpelled(words: string[], from = 0): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let last: 'none' | 'one' | 'teen' | 'ten' | 'hundred' | 'scale' = 'none';
  for (let i = from; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      const next = words[i + 1]?.toLowerCase();
      if (!next || !(ONES.includes(next) || TENS.includes(next))) break;
      continue;
    }
    const one = ONES.indexOf(w);
    const ten = TENS.indexOf(w);
    if (one >= 0) {
      if (last === 'one' || last === 'teen') break;
      if (last === 'ten' && one >= 10) break;
      if (last === 'ten' && one === 0) break;
      current += one;
      last = one >= 10 ? 'teen' : 'one';
    } else if (ten >= 0) {
      if (last === 'one' || last === 'teen' || last === 'ten') break;
      current += (ten + 2) * 10;
      last = 'ten';
    } else if (w === 'hundred') {
      if (last !== 'one' && last !== 'teen' && last !== 'ten') break;
      if (current % 100 === 0 || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (w in SCALES) {
      if (last === 'none' || last === 'scale') break;
      total += current * SCALES[w]!;
      current = 0;
      last = 'scale';
    } else break;
    used = i + 1 - from;
  }
  if (used === 0) return null;
  return { value: total + current, used };
}

function isoDate(year: string | undefined, month: string, day: string | undefined): string {
  const m = pad(MONTH_NUMBER.get(month.toLowerCase()) ?? MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1);
  if (!day) return `${year}-${m}`;
  return year ? `${year}-${m}-${pad(Number(day))}` : `--${m}-${pad(Number(day))}`;
}

/**
 * Words that make the number after them a label, not a quantity: "Article
 * 50", "Section 230", "No. 10", "Route 66", "Flight 370", "Room 101". Their
 * number says which one, not how many: it is not a figure to check.
 */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:Article|Articles|Section|Sections|Chapter|Clause|Paragraph|Part|Schedule|Rule|Amendment|Resolution|Regulation|Directive|Bill|Title|No|Nos|Number|Room|Flight|Route|Highway|Interstate|Gate|Terminal|Platform|Floor|Ward|District|Precinct|Block|Unit|Apartment|Suite|Sector|Zone|Phase|Episode|Season|Volume|Vol|Issue|Page|Figure|Table|Appendix|Annex|Exhibit|Item|Lot|Plot|Case)\.?\s+(?:[0-9]+\s*(?:[-–—]|to)\s*)?$/u;

const CHINA = /\b(?:China|China's|China’s|Chinese|Beijing|Shanghai|Shenzhen|yuan|renminbi|RMB|PBOC)\b/;
/** Races run in metres: "the 100m" is one, not a hundred million. */
const RACES = new Set([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);
/**
 * After "the 100m", what leaves it a race: the clause ends or goes on with a
 * function word ("won the 100m in 9.58", "the 100m and 200m"). A noun after
 * it is what the million buys: "paid the 100m fee".
 */
const RACE_ENDS = /^(?:\s*(?:$|[.,;:!?()—–]|-\s)|\s+(?:in|at|on|and|or|with|by|was|is|were|are|this|last|since|after|before|from|to|when|while|but|as|for|twice|again|ahead|(?-i:[a-z]{3,}ly))\b)/iu;
/** After a bare "m", words that make it metres: a race, a height, a length. */
const METRES_WORD = '(?:final|finals|race|races|sprint|dash|hurdles|relay|freestyle|butterfly|backstroke|breaststroke|medley|individual|repeats?|record|title|heats?|semi-finals?|wall|fence|tall|high|long|deep|wide|away|below|above|under\\s*water|drop|climb|jump|gold|silver|bronze|champion)';
const METRES_AFTER = new RegExp(`^\\s*(?:-\\s*)?${METRES_WORD}\\b`, 'iu');
/** "the 100m men's final", "the 800m world record": a race word a word or two after the distance. */
const METRES_SOON = new RegExp(`^(?:\\s+[\\p{L}’']+){1,2}\\s+${METRES_WORD}\\b`, 'iu');
/**
 * Telephone numbers: an international one (+44 20 7946 0958), a North
 * American one ((555) 123-4567, 555-123-4567) or one dialled with its
 * leading zero (0800 123 4567). Their groups are no quantities.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]\d{2,5}){2,5}|(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}|1[\s-]\d{3}[\s-]\d{3}[\s-]\d{4}|0\d(?:[\s.]\d{2}){4}|0\d{1,4}(?:[\s.-]\d{2,4}){2,4})(?![\p{L}\p{N}])/gu;
/** Before "14 h": the time of day ("à 14 h", "dès 8 h", "entre 9 h et 17 h"), not a length of time. */
const AT_TIME = /(?:^|[\s(])(?:à|vers|dès|jusqu['’]à|avant|après|entre|et|depuis)\s+$/i;
/** Before or after "1 h 30": a length of time ("le vol dure 1 h 30", "pendant 2 h 15", "1 h 30 de retard"). */
const LASTS_BEFORE = /(?:^|\s)(?:pendant|durant|dure|duré|durera|durer|en|de)\s+$/i;
const LASTS_AFTER = /^\s+de\s+(?:retard|route|marche|vol|trajet|attente|grève)\b/i;
/** Qualifiers that before a year say "until" or "around" it: the year stays a date ("hasta 2030", "circa 1990"). */
const UNTIL = /^(?:hasta|até|jusqu['’]à|fino a|bis zu|circa|ca\.)$/i;
/** …and only when no noun follows the figure: "hasta 2030, el plan" is the year, "circa 2000 persone" a count. */
const YEAR_ENDS = /^(?:\s*(?:$|[.,;:!?)—–])|\s+(?:el|la|los|las|le|les|il|lo|the|en|in|et|y|e|und|o|ou|a|à|al|au|aux|del|des|um|im)\b)/i;
/** "1080p" is a screen's lines, not pence. */
const RESOLUTIONS = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
/** Power and energy keep their case: MW is a megawatt, mW a milliwatt. */
const POWER = /^[kMGT]Wh?$/;
/** Before "pounds": a weight, not money. */
const WEIGHED = /\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|weigh|weighs|weighed|weighing|shed|sheds|shedding|heavier|lighter|put\s+on)\s+(?:(?:an?\s+)?(?:average|total|extra|further)\s+(?:of\s+)?)?$/i;
/** "for over 30 years", "in over 20 years": more than, not during. */
const MORE_THAN_BEFORE = /\b(?:for|in|of|than|after|with|spent|took|lasted|served)\s+$/i;
const DURATION_WORD = '(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|centuries|century)';
const DURATION = new RegExp(`^${DURATION_WORD}$`, 'i');
const DURATION_AFTER = new RegExp(`^\\s${DURATION_WORD}\\b`, 'i');

/** Is the word just before `start` a capitalised word (a name goes on)? */
function followsCapitalisedWord(text: string, start: number): boolean {
  // A window, not the whole text before: over a long text, looking back to its start made detection quadratic.
  const before = text.slice(Math.max(0, start - 200), start);
  const m = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(before);
  if (!m) return false;
  // A capital after a sentence end starts a sentence, not a name.
  const prior = before.slice(0, m.index).trimEnd();
  return !(prior === '' || /[.!?:;“"‘(]$/.test(prior)) || /^\p{Lu}/u.test(m[1]!);
}

/** Languages that group thousands with a dot and mark decimals with a comma ("1.000", "3,5"). */
const DOT_GROUPS = /^(?:de|es|it|nl|pt|da|id|tr|el|ro|hr|sl|sr|ca|gl|eu|is)(?:-|$)/i;
/** Spanish of Mexico, the United States and Central America writes numerals the English way. */
const ENGLISH_STYLE = /^es-(?:MX|US|PR|DO|GT|HN|NI|PA|SV)$/i;
/** Languages that group thousands with a space and mark decimals with a comma ("10 000", "17,7"). */
const SPACE_GROUPS = /^(?:fr|sv|nb|nn|no|fi|pl|cs|sk|ru|uk|hu|et|lv|lt|bg|be)(?:-|$)/i;
const swap = (numeral: string) => numeral.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

/**
 * The text with its numerals written the English way, character for
 * character (so offsets hold): a reading in German has "1.000 Menschen"
 * (a thousand, not one) and "3,5 Mio.", in French "10 000 manifestants";
 * no-break and thin spaces between groups of three are thousands in any
 * language. Without a language the text is read as English.
 */
function englishDigits(text: string, lang: string | undefined): string {
  const dots = !!lang && DOT_GROUPS.test(lang) && !ENGLISH_STYLE.test(lang);
  const spaces = !!lang && SPACE_GROUPS.test(lang);
  // Groups of three after a no-break or thin space are thousands in any language; after a plain space, in
  // languages that group so, and elsewhere only with more than one group or a "000" ("10 000", not "March 5 200").
  let out = text.replace(/(?<![\p{L}\p{N}.,])\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:,\d+)?(?![\p{L}\p{N}-]|[.,]\d| \d)/gu, (n) => {
    const [whole, decimals] = n.split(',');
    const groups = whole!.split(/[ \u00A0\u202F\u2009]/).slice(1);
    // A comma after the groups is a decimal comma only where the language writes one.
    if (decimals !== undefined && !dots && !spaces) return n;
    if (whole!.includes(' ') && !spaces && !dots && groups.length < 2 && !groups.includes('000')) return n;
    return whole!.replace(/[ \u00A0\u202F\u2009]/g, dots ? '.' : ',') + (decimals !== undefined ? `,${decimals}` : '');
  });
  if (dots) out = out.replace(/(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\p{L}\p{N}]|[.,]\d)/gu, swap);
  if (spaces) out = out.replace(/(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+(?:,\d+)?|\d+,\d+)(?![\p{L}\p{N}]|[.,]\d| \d)/gu, (n) => n.replace(/,(?=\d{1,2}$|\d{4,}$)|,(?!\d{3})/g, '.'));
  return out;
}

/** Every number in a string of running text, in order; `lang` (the reading's) says how its numerals are written. */
export function findNumbers(original: string, lang?: string): NumberMatch[] {
  const text = englishDigits(original, lang);
  const out: NumberMatch[] = [];
  /** The scale a number was written with ("2bn": 1e9), for a range's first number that leaves it out. */
  const scales = new Map<NumberMatch, number>();
  const pattern = patternFor(lang);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    let match: NumberMatch | null = null;
    if (g.iso) {
      match = { start, end, text: m[0], kind: 'date', value: m[0] };
    } else if (g.date) {
      if (g.dMonth) match = { start, end, text: m[0], kind: 'date', value: isoDate(g.dYear, g.dMonth, g.dDay) };
      else if (g.mMonth) match = { start, end, text: m[0], kind: 'date', value: isoDate(g.mYear, g.mMonth, g.mDay) };
      else match = { start, end, text: m[0], kind: 'date', value: isoDate(g.yYear, g.yMonth!, undefined) };
    } else if (g.time) {
      const [, h, min = '00', ap] = /^(\d{1,2})(?:\s?[:.h]\s?(\d{2}))?(?:\s?([ap])\.?m)?/i.exec(m[0])!;
      let hour = Number(h);
      if (ap?.toLowerCase() === 'p' && hour < 12) hour += 12;
      if (ap?.toLowerCase() === 'a' && hour === 12) hour = 0;
      // "48 h", "3 h de retard", "dure 1 h 30": hours, not the time of day, unless a word of time comes before ("à 14 h").
      // "à 14 h", "de 9 h à 17 h", "il était 14 h 30": the time of day. "48 h", "une grève de 24 h", "dure 1 h 30": hours.
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(end, end + 16);
      const french = /^\d{1,2}\s?h\b/i.test(m[0]);
      const hours = french && (hour > 24 || LASTS_AFTER.test(after) || (m[0].match(/\d+/g)!.length > 1 ? LASTS_BEFORE.test(before) : !AT_TIME.test(before) && !/^\s+à\s+\d/.test(after)));
      if (hours) match = { start, end, text: m[0], kind: 'measure', value: hour + Number(min) / 60, unit: 'hours' };
      else if ((hour < 24 || (hour === 24 && min === '00')) && Number(min) < 60) match = { start, end, text: m[0], kind: 'time', value: `${pad(hour)}:${min}` };
      // "28:31", "chapter 24:36": no time of day, and no one figure either.
      else match = null;
    } else if (g.coded) {
      const scale = scaleOf(g.codedS!);
      match = { start, end, text: m[0], kind: 'currency', value: scaled(parseNumeral(g.codedN!), scale), unit: g.code! };
      scales.set(match, scale);
    } else if (g.money) {
      const scale = g.moneyS ? scaleOf(g.moneyS) : 1;
      const sign = g.moneyNeg || g.moneyNeg2 ? -1 : 1;
      // ¥ is the yen's sign and the yuan's: near China, the yuan.
      const yuan = g.sign === '¥' && CHINA.test(text.slice(Math.max(0, start - 120), end + 120));
      match = { start, end, text: m[0], kind: 'currency', value: sign * scaled(parseNumeral(g.moneyN!), scale), unit: yuan ? 'CNY' : CURRENCY_CODES[g.sign!]! };
      if (g.moneyS) scales.set(match, scale);
      if (g.moneyQ) match.qualifier = g.moneyQ.toLowerCase();
    } else if (g.numeral) {
      // A sign or "minus" before it: "−5 °C", "minus 40" are below zero, not five and forty.
      const n = (g.neg || g.minus ? -1 : 1) * parseNumeral(g.num!);
      let scale = g.numS ? scaleOf(g.numS) : 1;
      // A bare "m" is a million ("67m", "2m people"), except where a distance is meant ("the 100m final", "a 2m wall").
      const race = RACES.has(n) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 6), start));
      // "the 100m and 200m": the second distance of a pair is one too.
      const pair = out.at(-1)?.unit === 'm' && /^\s*(?:and|or|,)\s*$/.test(text.slice(out.at(-1)!.end, start));
      const metres = g.numS === 'm' && !g.cur && !g.unit && !g.numPct && (METRES_AFTER.test(text.slice(end, end + 30)) || pair || (race && (RACE_ENDS.test(text.slice(end, end + 16)) || METRES_SOON.test(text.slice(end, end + 40)))));
      if (metres) scale = 1;
      // "lost 7 pounds" is a weight, not money.
      const weight = g.cur && !g.numS && /^pounds?$/i.test(g.cur) && WEIGHED.test(text.slice(Math.max(0, start - 40), start));
      if (g.ord) match = { start, end, text: m[0], kind: 'ordinal', value: n };
      else if (g.pence) match = RESOLUTIONS.has(n) ? null : { start, end, text: m[0], kind: 'currency', value: n / 100, unit: 'GBP' };
      else if (g.signAfter) match = { start, end, text: m[0], kind: 'currency', value: scaled(n, scale), unit: g.signAfter === '¥' && CHINA.test(text.slice(Math.max(0, start - 120), end + 120)) ? 'CNY' : codeOf(g.signAfter) };
      else if (g.pct || g.numPct) match = { start, end, text: m[0], kind: 'percent', value: n, unit: '%' };
      else if (metres) match = { start, end, text: m[0], kind: 'measure', value: n, unit: 'm' };
      else if (weight) match = { start, end, text: m[0], kind: 'measure', value: scaled(n, scale), unit: 'pounds' };
      else if (g.cur) match = { start, end, text: m[0], kind: 'currency', value: scaled(n, scale), unit: codeOf(g.cur) };
      else if (g.unit) match = { start, end, text: m[0], kind: 'measure', value: scaled(n, scale), unit: POWER.test(g.unit) ? g.unit : g.unit.toLowerCase().replace(/\s+/g, ' ') };
      else if (g.deg) match = { start, end, text: m[0], kind: 'measure', value: n, unit: `°${g.deg.slice(-1).toUpperCase()}` };
      else if (!g.numS && !g.numQ && !g.neg && !g.minus && LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) match = null;
      else if (!g.numS && (!g.numQ || (UNTIL.test(g.numQ) && YEAR_ENDS.test(text.slice(end, end + 8)))) && n > 0 && /^[0-9\u0660-\u0669\u06F0-\u06F9]{4}$/.test(g.num!) && n >= 1800 && n <= 2099) {
        // "hasta 2030", "jusqu'à 2030": until the year, which is the date; the word before it is no qualifier of a count.
        const from = end - g.num!.length;
        match = { start: from, end, text: text.slice(from, end), kind: 'date', value: String(n) };
      }
      else match = { start, end, text: m[0], kind: 'count', value: scaled(n, scale) };
      if (match && g.numS && !metres) scales.set(match, scale);
      if (match && match.kind !== 'date' && g.numQ && !(g.numQ.toLowerCase() === 'over' && g.unit && DURATION.test(g.unit) && !MORE_THAN_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) match.qualifier = g.numQ.toLowerCase();
    } else if (g.spelled) {
      // A run of number words may hold several numbers ("five six", "twenty and six"): read them
      // all from this one match, so a long run is read once, not once per number in it.
      const run = g.sp!;
      const runStart = start + m[0].indexOf(run);
      const offsets = [...run.matchAll(/[^\s-]+/g)].map((w) => [w.index, w.index + w[0].length] as const);
      const words = offsets.map(([a, b]) => run.slice(a, b));
      for (let k = 0, first = true; k < words.length; first = false) {
        const parsed = parseSpelled(words, k);
        if (!parsed) {
          k++;
          continue;
        }
        const chunkStart = runStart + offsets[k]![0];
        const chunkEnd = runStart + offsets[k + parsed.used - 1]![1];
        const whole = k + parsed.used === words.length;
        // "over four years" is during them, not more than four.
        const during = g.spQ?.toLowerCase() === 'over' && DURATION_AFTER.test(text.slice(chunkEnd, chunkEnd + 12)) && !MORE_THAN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
        const qualifier = first && g.spQ && !during ? g.spQ.toLowerCase() : undefined;
        const from = qualifier ? start : chunkStart;
        k += parsed.used;
        const core = text.slice(chunkStart, chunkEnd);
        if (/^one$/i.test(core) || (/^\p{Lu}/u.test(core) && followsCapitalisedWord(text, chunkStart) && !qualifier)) continue;
        // "net zero", "zero-sum", "zero tolerance", "ground zero": a target or a figure of speech, not a count of nothing.
        if (/^zero$/i.test(core) && (/\b(?:net|ground)[\s-]$/i.test(text.slice(Math.max(0, chunkStart - 7), chunkStart)) || /^[\s-](?:sum|tolerance)\b/i.test(text.slice(chunkEnd, chunkEnd + 10)))) continue;
        let found: NumberMatch;
        if (whole && g.spPct) found = { start: from, end, text: text.slice(from, end), kind: 'percent', value: parsed.value, unit: '%' };
        else if (whole && g.spCur) found = { start: from, end, text: text.slice(from, end), kind: 'currency', value: parsed.value, unit: codeOf(g.spCur) };
        else if (whole && g.spUnit) found = { start: from, end, text: text.slice(from, end), kind: 'measure', value: parsed.value, unit: g.spUnit.toLowerCase() };
        else found = { start: from, end: chunkEnd, text: text.slice(from, chunkEnd), kind: 'count', value: parsed.value };
        if (qualifier) found.qualifier = qualifier;
        // "two to three million": the scale the second is written with, for the first to take.
        const last = words[k - 1]!.toLowerCase();
        if (parsed.used > 1 && last !== 'hundred' && last in SCALES) scales.set(found, SCALES[last]!);
        out.push(found);
      }
    }
    if (match) out.push(match);
  }
  // As written, not as read.
  for (const n of out) n.text = original.slice(n.start, n.end);
  // Nine digits or more (eight after a +): "+12 15 20 points" and "0 20 40" are no telephone numbers.
  const phones = [...text.matchAll(PHONE)].filter((p) => p[0].replace(/\D/g, '').length >= (p[0].startsWith('+') ? 8 : 9)).map((p) => [p.index, p.index + p[0].length] as const);
  // A number ending inside one is part of it, whatever word it took before ("About 050 …").
  const dialled = (n: NumberMatch) => phones.some(([a, b]) => n.end > a && n.end <= b);
  return ranges(text, phones.length ? out.filter((n) => !dialled(n)) : out, scales);
}

/** "two-thirds", "three-quarters", "two thirds": a fraction. "Two quarters" and "two halves" are counts of them (of a year, of a match). */
const FRACTION_AFTER = /^(?:-(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|\s(?:thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))(?![\p{L}\p{N}])/iu;

/** Words around a pair that make it a score or a vote, not a range: "beat Valmora 3–1", "a 2–1 lead", "voted 5–4". */
const SCORE_BEFORE = /\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|drawn|defeated|defeat|thrashed|edged|trailed|trailing|led|leading|score|scored|scoreline|vote|voted|votes|ruled|margin|passed|rejected|approved|tied)\b[^.!?]*$/i;
const SCORE_AFTER = /^\s*(?:-\s*)?(?:lead|win|wins|victory|defeat|loss|draw|vote|votes|majority|decision|ruling|margin|scoreline|result|home|away|aggregate|thrashing|in favou?r)\b/i;
/** "won 30–40 seats", "approved 3–5 projects": what a range counts, after it. */
const COUNTED_AFTER = /^\s+(?!(?:to|at|in|on|against|with|and|after|before|for|over|the|a|an|this|last|at|by|from)\b)\p{L}/iu;
/** "£1.5bn-£2bn": a dash, then the second amount's sign. */
const SIGN_AFTER_DASH = new RegExp(`^\\s*[-–—]\\s*(${CURRENCY_SIGN})$`);

/**
 * Numbers read together. A range gives its unit and scale to a first number
 * written bare: "10–12%" is two percentages, "£1.5bn-£2bn" and "1.5 to 2
 * million" two amounts, "between 10 and 12 per cent" too. A bare number
 * hyphened to the one before ("pages 10-12", "1990-91", "1-800-555-0199")
 * is left out, as before ranges were read; so is a number that is a
 * fraction's numerator ("two-thirds" is not two).
 */
function ranges(text: string, found: NumberMatch[], scales: Map<NumberMatch, number>): NumberMatch[] {
  const out: NumberMatch[] = [];
  const dropped = new Set<NumberMatch>();
  // A range goes up: "1.5 to 2 million" shares a scale, "$1,400 to 85 million Americans" does not.
  // A first figure written with its own scale ranges only to one of the same: "$1bn to 5 million households" is no range.
  const below = (a: NumberMatch, b: NumberMatch) => (!scales.has(a) || scales.get(a) === scales.get(b)) && (a.value as number) / (scales.get(a) ?? 1) < (b.value as number) / (scales.get(b) ?? 1);
  for (let i = 0; i < found.length; i++) {
    const b = found[i]!;
    const prev = found[i - 1];
    if (b.kind === 'count' && FRACTION_AFTER.test(text.slice(b.end, b.end + 12))) {
      dropped.add(b);
      continue;
    }
    // "1-800-555-0199", "4-4-2", "pages 10-12": a bare number hyphened to the one before is none.
    // "2024–25", a fiscal year, with an en dash as with a hyphen.
    if (prev && (text.slice(prev.end, b.start) === '-' || (text.slice(prev.end, b.start) === '–' && prev.kind === 'date' && /^\d{2}$/.test(b.text))) && b.kind === 'count' && !scales.has(b)) {
      dropped.add(b);
      continue;
    }
    // "beat Valmora 3–1", "drew 2–2": a score, marked by its first number as a hyphened one is.
    if (prev && /^[-–]$/.test(text.slice(prev.end, b.start)) && prev.kind === 'count' && b.kind === 'count' && !scales.has(prev) && !scales.has(b) && /^\d+$/.test(prev.text) && /^\d+$/.test(b.text) && (SCORE_AFTER.test(text.slice(b.end, b.end + 24)) || (SCORE_BEFORE.test(text.slice(Math.max(0, prev.start - 40), prev.start)) && !COUNTED_AFTER.test(text.slice(b.end, b.end + 24))))) {
      dropped.add(b);
      continue;
    }
    const a = prev && !dropped.has(prev) ? prev : undefined;
    const between = a ? text.slice(a.end, b.start) : '';
    const joined = a && (/^\s*[-–—]\s*$/.test(between) || /^\s+to\s+$/.test(between) || (/^\s+and\s+$/.test(between) && /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))));
    const signed = a && SIGN_AFTER_DASH.exec(between);
    if (a && signed && b.kind === 'count') {
      // "£1.5bn-£2bn": the sign after the dash belongs to the second amount.
      Object.assign(b, { start: b.start - signed[1]!.length, text: signed[1]! + b.text, kind: 'currency', unit: CURRENCY_CODES[signed[1]!]! });
    } else if (a && joined && a.kind === 'currency' && b.kind === 'count' && scales.has(b) && below(a, b)) {
      // "$5-10 million", "£1.5-2bn": the second is money too.
      Object.assign(b, { kind: 'currency', unit: a.unit });
    }
    if (a && (joined || signed) && a.kind === 'count' && b.kind !== 'count' && b.kind !== 'date' && b.kind !== 'time' && b.kind !== 'ordinal') {
      a.kind = b.kind;
      if (b.unit) a.unit = b.unit;
    }
    if (a && (joined || signed) && (a.kind === b.kind || a.kind === 'count') && !scales.has(a) && scales.has(b) && below(a, b)) a.value = scaled(a.value as number, scales.get(b)!);
    out.push(b);
  }
  return out;
}

/**
 * Reads the value of an explicitly marked number (`:num[2,745]`): the first
 * number found in its words, for `:num` that detection would also find,
 * or null when the words hold none and `value=` must say it.
 */
export function readNumber(text: string, lang?: string): NumberMatch | null {
  const found = findNumbers(text, lang);
  if (found.length === 0) {
    const n = Number(text.trim());
    if (text.trim() !== '' && Number.isFinite(n)) return { start: 0, end: text.length, text, kind: 'count', value: n };
    return null;
  }
  return found[0]!;
}

/** The value of a `value=` attribute: a number, or a date. */
export function readValueAttribute(value: string): number | string | null {
  const v = value.trim();
  // Commas only as thousands separators: "1,5" is a European decimal or a slip, never fifteen.
  if (v.includes(',') && !/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) return null;
  const n = Number(v.replace(/,/g, ''));
  if (v !== '' && Number.isFinite(n)) return n;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$|^--\d{2}-\d{2}$|^\d{2}:\d{2}$/.test(value)) return value;
  return null;
}
