/**
 * The language of an article, as a BCP 47 tag for the reading's `lang`
 * (which sets the page's language and its direction), or undefined for
 * English and whenever it cannot be told. The script decides first; for
 * Latin script, the share of each language's commonest short words, which
 * make up a large part of any running text.
 */

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

/** Persian and Urdu write Arabic script with letters of their own; a Persian name in an Arabic text is not enough. */
const arabicScript = (t: string) => (count(t, /[ٹڈڑںے]/gu) > 2 ? 'ur' : count(t, /[پچژگیک]/gu) > count(t, /\p{Script=Arabic}/gu) / 30 ? 'fa' : 'ar');

const SCRIPTS: ReadonlyArray<[RegExp, (text: string) => string]> = [
  [/\p{Script=Arabic}/gu, arabicScript],
  [/\p{Script=Hebrew}/gu, () => 'he'],
  [/\p{Script=Greek}/gu, () => 'el'],
  [/\p{Script=Cyrillic}/gu, (t) => (/[іїєґ]/iu.test(t) ? 'uk' : 'ru')],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, () => 'ja'],
  [/\p{Script=Hangul}/gu, () => 'ko'],
  [/\p{Script=Han}/gu, () => 'zh'],
  [/\p{Script=Devanagari}/gu, () => 'hi'],
  [/\p{Script=Thai}/gu, () => 'th'],
];

const WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    en: 'the and of to in is that for it was said with on as at by from his her are have not this be',
    fr: 'le la les des est une que qui dans pour pas sur au du et ne se il elle aux avec ont été',
    es: 'el la los las que del en por una es con para se y no su al lo como más fue',
    de: 'der die das und ist nicht mit von den zu ein eine auch sich dem im für auf wird sie',
    it: 'il la che di per una sono del della non è con gli le un nel alla ha anche',
    pt: 'o os as do da em um uma não para com é no na dos das ao foi pelo pela',
    nl: 'de het een en van is dat niet op te voor met zijn die ook aan werd',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

export function languageOf(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return undefined;
  for (const [script, lang] of SCRIPTS) if (count(text, script) > letters / 2) return lang(text);
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = Object.entries(WORDS)
    .map(([lang, words]) => [lang, tokens.filter((w) => words.has(w)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = score;
  // Too few words to tell, or two languages about as likely: say nothing rather than guess.
  if (!best || best[0] === 'en' || best[1] < 5 || best[1] < 1.5 * (second?.[1] ?? 0)) return undefined;
  return best[0];
}

/** Arabic-script letters (Arabic and Persian) in Latin letters, for an id: the simple scheme of news transliteration, no vowels added. */
const ARABIC_LATIN: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ى: 'a', ة: 'a', ء: '',
  ئ: 'y', ؤ: 'w', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y',
};

/**
 * A name in Latin letters for its speaker id, where it is written in a
 * script ids cannot hold ("سارة حداد" → "sara hdad"). Greek and Cyrillic
 * come out as they are: NFKD cannot reduce them, and the id falls back.
 */
export function latinForId(name: string): string {
  return [...name].map((c) => ARABIC_LATIN[c] ?? c).join('');
}
