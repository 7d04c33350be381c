/**
 * Who the article names: people (found with the pipeline's own person-name
 * rules), with the role the text gives them (a title before the name, a
 * descriptor, an apposition after it), and the bodies and documents that
 * claims are attributed to. Every mention is kept in text order, so a
 * surname, a title and surname, or a pronoun can be resolved to the person.
 */
import type { SpeakerKind } from './lexicon';
import { learn, personIn, runsOf, tokenize } from '../../pipeline/directives/speaker/person-names';
import { FUNCTION_WORDS, REPORTING_VERB, REPORTING_WORD, ROLE_NOUN, TITLE_WORD } from './lexicon';
import { fold, sentences, wordCount as wordCountOf } from './text';

export interface Entity {
  /** Folded name: the key of one person or body. */
  key: string;
  name: string;
  kind: SpeakerKind;
  role?: string;
  /** Other forms the text uses ("Gomes", "Ms Gomes"). */
  aliases: Set<string>;
  /** Set once the entity is given a speaker id. */
  id?: string;
  /** Claims attributed to it. */
  claims: number;
  /** What the text tells of its grammatical gender (a title, "spokeswoman", a pronoun resolved to it). */
  gender?: 'm' | 'f';
}

export interface Mention {
  para: number;
  start: number;
  end: number;
  entity: Entity;
}

const MALE = /^(?:mr|sir|lord|king|prince|father|brother|spokesman|chairman|congressman|businessman|councilman|he|him|his)$/i;
const FEMALE = /^(?:mrs|ms|miss|dame|lady|queen|princess|sister|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|she|her)$/i;
/** Words that make a title with the one after them: "Prime Minister", "Home Secretary", "Opposition MP". */
const TITLE_MODIFIER =
  /^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|Conservative|Liberal|Democratic|Republican|Green|Socialist|Affairs|Commerce|Security|Intelligence|Prime|Vice|Deputy|Assistant|Associate|Acting|Interim|Former|Shadow|Junior|Senior|Chief|First|Foreign|Home|Finance|Defence|Defense|Health|Education|Interior|Justice|Transport|Energy|Environment|Trade|Economy|Culture|Housing|Labour|Labor|Agriculture|Treasury|Culture|Climate|Digital|Development|Opposition|Attorney|Solicitor|Surgeon|High|Supreme|Lord|Regional|State|Federal|District|Police|Army|Navy|Air|Cabinet|Party|Council|County|City|Town|Union|Executive|Managing|General)$/u;
/**
 * Before the speaker of an inverted frame: a closing mark or a comma, the verb, then at most a role
 * ("“…,” said council leader Amir Rahman"). Without the mark, "Ruiz said Pell had lied" would make
 * Pell the subject, and the pronouns after him his.
 */
const INVERTED_FRAME = new RegExp(`(?:^|[,"”’'!?…]\\s*)(?:${REPORTING_VERB.source})\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$`, 'iu');
const REPORTS_AFTER = new RegExp(`^\\s+(?:(?:also|later|then|has|had|have)\\s+)?(?:${REPORTING_VERB.source})`, 'iu');
/** A person the text refers to without a name, as a sentence's subject: "My father worked …", "His daughter, Morag, said …". */
const UNNAMED_PERSON = /(?:^|[.!?]["”’)]*\s+)(?:My|His|Her|Their|Our|Your|A|An)\s+(?:(?:late|elder|younger|eldest|youngest|own)\s+)?(?:father|mother|dad|mum|mom|son|daughter|brother|sister|wife|husband|partner|widow|widower|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|friend|neighbou?r|colleague|boss|man|woman|boy|girl|child)\b/u;

/** The gender a word tells, if any. */
export const genderOf = (word: string): 'm' | 'f' | undefined => (MALE.test(word) ? 'm' : FEMALE.test(word) ? 'f' : undefined);

export class People {
  readonly entities = new Map<string, Entity>();
  readonly mentions: Mention[] = [];
  /** A surname alone that two people named in the text share: resolved to the one named last, and to be checked. */
  readonly sharedSurnames: Array<Mention & { others: Entity[] }> = [];
  /** Where bodies and people named by their role ("a company spokeswoman") speak: candidates for a later pronoun, never linked. */
  readonly roleMentions: Mention[] = [];
  /** Whether a place is inside a quotation: a name the speaker says is no antecedent of the narration's pronouns. */
  inQuote: (para: number, pos: number) => boolean = () => false;

  /** `byCapitals`: whether capitalised words may be names (not in German, which capitalises every noun). */
  constructor(
    private readonly paragraphs: readonly string[],
    byCapitals = true,
  ) {
    if (byCapitals) this.findPeople();
  }

  /** The entity named `name`, made when new. */
  entity(name: string, kind: SpeakerKind, role?: string): Entity {
    const key = fold(name);
    let e = this.entities.get(key);
    if (!e) this.entities.set(key, (e = { key, name, kind, aliases: new Set(), claims: 0, ...(role ? { role } : {}) }));
    return e;
  }

  private findPeople(): void {
    const sents: { para: number; start: number; text: string }[] = [];
    this.paragraphs.forEach((p, para) => {
      for (const s of sentences(p)) sents.push({ para, start: s.start, text: p.slice(s.start, s.end) });
    });
    const known = learn(sents.map((s) => s.text));
    const singles: Mention[] = [];
    const found: { para: number; start: number; end: number; name: string; words: number; titled: string; roleWord: string }[] = [];
    for (const s of sents) {
      const tokens = tokenize(s.text);
      for (const run of runsOf(s.text, tokens)) {
        const part = personIn(s.text, tokens, run, known);
        if (!part) continue;
        let from = part.from;
        while (from < part.to && FUNCTION_WORDS.has(tokens[from]!.base)) from++;
        if (from >= part.to) continue;
        const a = tokens[from]!;
        const b = tokens[part.to - 1]!;
        let name = s.text.slice(a.start, b.end).replace(/[’']s$/, '');
        let roleWord = '';
        // "Prosecutor Edward Lyle", "Analyst Jo Ng": a role written like a title is not part of the name; nor is
        // a word that starts a sentence before a name the text gives without it ("Striker Tom Baker …", "Tom Baker said").
        const lead = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})/u.exec(name);
        const sentenceStart = !/[^\s"“‘'(]/u.test(s.text.slice(0, a.start));
        if (lead && !TITLE_WORD.test(lead[1]!) && (ROLE_NOUN.test(lead[1]!) || (sentenceStart && this.namedWithout(name.slice(lead[0].length), lead[1]!)))) {
          roleWord = lead[1]!;
          name = name.slice(lead[0].length);
        }
        const offset = a.start + (roleWord ? s.text.slice(a.start).indexOf(name) : 0);
        // "St Luke's Hospital": a place named after a person; "the bakery chain Golden Crust": a body.
        if (/^(?:St|Saint)$/.test(a.base) || /^[’']s\s+\p{Lu}/u.test(s.text.slice(offset + name.length))) continue;
        const the = /\b[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2})([\p{Ll}-]+)\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.exec(s.text.slice(0, a.start));
        // "the bakery chain Golden Crust" names no one; "the family of Ana Ruiz" and "the table after substitute Kofi Mensah" do.
        if (the && !ROLE_NOUN.test(the[2]!) && ![...the[1]!.split(/\s+/), the[2]!].some((w) => FUNCTION_WORDS.has(cap(w)))) continue;
        const titles = tokens.slice(run.from, part.from).filter((t) => t.kind === 'title').map((t) => t.base);
        const words = part.to - from - (roleWord ? 1 : 0);
        found.push({ para: s.para, start: s.start + offset, end: s.start + offset + name.length, name, words, titled: titles.join(' '), roleWord });
      }
    }
    // Full names first, so that "Ms Gomes" finds Ana Gomes.
    for (const f of found.filter((f) => f.words >= 2)) {
      const e = this.entity(f.name, 'person');
      this.mentions.push({ para: f.para, start: f.start, end: f.end, entity: e });
      e.role ??= this.roleAt(f.para, f.start, f.end) ?? (f.roleWord || undefined);
      e.gender ??= genderOf(f.titled.split(' ').at(-1) ?? '') ?? (e.role ? genderOf(e.role.split(/\s+/).at(-1)!) : undefined);
    }
    for (const f of found.filter((f) => f.words === 1)) {
      const e = this.bySurname(f.name, f.para, f.start) ?? this.entity(`${f.titled.split(' ').at(-1) ?? ''} ${f.name}`.trim(), 'person');
      if (f.titled) e.aliases.add(`${f.titled.split(' ').at(-1)} ${f.name}`);
      e.gender ??= genderOf(f.titled.split(' ').at(-1) ?? '');
      singles.push({ para: f.para, start: f.start, end: f.end, entity: e });
    }
    this.mentions.push(...singles);
    // Surnames alone ("What Pedde calls"), once the text has given the full name.
    for (const e of [...this.entities.values()]) {
      const surname = e.name.split(/\s+/).at(-1)!;
      if (surname === e.name || FUNCTION_WORDS.has(surname)) continue;
      const shared = [...this.entities.values()].filter((o) => o.name.split(/\s+/).at(-1) === surname);
      if (shared.length === 1) e.aliases.add(surname);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      this.paragraphs.forEach((p, para) => {
        for (const m of p.matchAll(re)) {
          const start = m.index;
          if (this.mentions.some((x) => x.para === para && x.start <= start && x.end >= start + surname.length)) continue;
          const who = shared.length === 1 ? e : this.bySurname(surname, para, start);
          if (who !== e) continue;
          this.mentions.push({ para, start, end: start + surname.length, entity: e });
          if (shared.length > 1) this.sharedSurnames.push({ para, start, end: start + surname.length, entity: e, others: shared.filter((o) => o !== e) });
        }
      });
    }
    this.mentions.sort((a, b) => a.para - b.para || a.start - b.start);
  }

  /** Whether the text writes a name somewhere without the word before it here. */
  private namedWithout(name: string, lead: string): boolean {
    // Whole words only ("Ana Ruiz" is not in "Juana Ruiz"), and the word before read in place, not by copying the text up to it.
    return this.paragraphs.some((p) => {
      for (let i = p.indexOf(name); i >= 0; i = p.indexOf(name, i + 1)) {
        if (/\p{L}/u.test(p[i + name.length] ?? '') || /\p{L}/u.test(p[i - 1] ?? '')) continue;
        if (!p.startsWith(`${lead} `, i - lead.length - 1)) return true;
      }
      return false;
    });
  }

  /** The person with this surname mentioned last before a place (or first after it). */
  private bySurname(surname: string, para: number, pos: number): Entity | undefined {
    const withName = this.mentions.filter((m) => m.entity.name.split(/\s+/).at(-1) === surname && m.entity.name !== surname);
    const before = withName.filter((m) => m.para < para || (m.para === para && m.start < pos)).at(-1);
    return (before ?? withName[0])?.entity;
  }

  /** The role the text gives a name at one mention: titles and a descriptor before it, an apposition after it. */
  private roleAt(para: number, start: number, end: number): string | undefined {
    const text = this.paragraphs[para]!;
    const parts: string[] = [];
    const before = text.slice(Math.max(0, start - 80), start);
    const titled = /((?:[\p{Lu}][\p{L}]*\.?\s+){0,3})$/u.exec(before)!;
    // "Historian Olsi Jazexhi", "MEP Gérard Deprez", "Senator Robert Torricelli" (not "Mr", "Dr": forms of address);
    // with the capitalised words that make the title ("Home Secretary", "Transport Minister", "Opposition MP").
    const address = (w: string) => /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(w);
    const run = titled[1]!.trim().split(/\s+/).filter(Boolean);
    let first = run.findIndex((w) => TITLE_WORD.test(w.replace(/\.$/, '')) && !address(w));
    // Only the words that make titles: "In Paris President Macron" is not "Paris President".
    while (first > 0 && TITLE_MODIFIER.test(run[first - 1]!)) first--;
    const titles = first < 0 ? [] : run.slice(first).filter((w) => !address(w));
    const pre = /((?:[\p{L}’'-]+\s+){0,4}?)([\p{L}-]+),?\s+$/u.exec(before.slice(0, titled.index));
    // "to parents, Superintendent …": a plural is not one person's role.
    if (pre && ROLE_NOUN.test(pre[2]!) && !(/s$/i.test(pre[2]!) && ROLE_NOUN.test(pre[2]!.slice(0, -1)))) {
      // "Albanian lawyer, Migena Balla", "their American lobbyist Senator …": the words after the last function word.
      const words = `${pre[1]}${pre[2]}`.trim().split(/\s+/);
      // "“…?” demurred rival coach Peter Lee": right after a quotation, a verb's form is its frame's verb (not "chief executive").
      if (words.length > 1 && /^\p{Ll}+(?:ed|s)$/u.test(words[0]!) && !ROLE_NOUN.test(words[0]!) && /["”’][\s,]*$/u.test(before.slice(0, titled.index).slice(0, pre.index))) words.shift();
      // "said council leader Amir Rahman": the reporting verb is not part of the role either.
      const lastFunction = words.findLastIndex((w) => FUNCTION_WORDS.has(w) || FUNCTION_WORDS.has(cap(w)) || REPORTING_WORD.test(w));
      const kept = words.slice(lastFunction + 1);
      if (kept.length) parts.push(kept.join(' '));
    }
    // "The head of the Valmora Port Authority, Jonas Keller": a role of a body, in an apposition before the name.
    const of = !parts.length && !titles.length ? /(?:^|[.;:!?]\s+|,\s+|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,5}\p{Lu}[\p{L}'’&-]*),\s+$/u.exec(before) : null;
    if (of && ROLE_NOUN.test(/^((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|at|for)\s/u.exec(of[1]!)![1]!.split(/\s+/).at(-1)!)) parts.push(of[1]!);
    if (titles.length) parts.push(titles.map((t) => t.replace(/^(\p{Lu}{2,})s$/u, '$1')).join(' '));
    const after = text.slice(end);
    const app = /^,\s+(?:(?:a|an|the)\s+)?([^,;]{2,140}?)(?=,|;|\.\s|\.$|\s+who\b|\s+[–—]\s|$)/u.exec(after);
    if (app && ROLE_NOUN.test(app[1]!) && app[1]!.search(REPORTING_VERB) < 0 && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(app[1]!) && !/\d/.test(app[1]!.slice(0, 3))) {
      parts.push(app[1]!.trim());
    } else {
      const who = /^,?\s+who\s+([^,.;]{3,80})(?=[,.;])/u.exec(after);
      if (who && parts.length && !/\b(?:says?|said|claims?|claimed|told|argues?|insists?)\b/.test(who[1]!)) parts[parts.length - 1] += ` who ${who[1]}`;
    }
    const role = parts.join(', ').trim();
    return role ? cap(role) : undefined;
  }

  /** Mentions in a paragraph between two offsets. */
  within(para: number, from: number, to: number): Mention[] {
    return this.mentions.filter((m) => m.para === para && m.start >= from && m.end <= to);
  }

  /** Records where a body or a person named by their role speaks, for the pronouns after it. */
  noteRole(para: number, start: number, end: number, entity: Entity): void {
    if (this.roleMentions.some((m) => m.para === para && m.start === start && m.entity === entity)) return;
    this.roleMentions.push({ para, start, end, entity });
    this.roleMentions.sort((a, b) => a.para - b.para || a.start - b.start);
  }

  /**
   * Whom "he" or "she" at a place stands for: of the people named before it
   * (in this paragraph or the two before, outside quotations), the last one
   * that is a sentence's subject, else the last one named; one the text gives
   * the other gender is passed over; none when someone unnamed stands between.
   */
  pronounAt(para: number, pos: number, pronoun = ''): Entity | undefined {
    const gender = genderOf(pronoun);
    const fits = (m: Mention) =>
      (m.entity.kind === 'person' || this.roleMentions.includes(m)) &&
      (m.para < para || (m.para === para && m.end <= pos)) &&
      m.para >= para - 2 &&
      !this.inQuote(m.para, m.start) &&
      !(gender && m.entity.gender && m.entity.gender !== gender);
    const candidates = [...this.mentions, ...this.roleMentions.filter((m) => m.entity.kind === 'person' || m.entity.kind === 'group')]
      .filter(fits)
      .sort((a, b) => a.para - b.para || a.start - b.start);
    // The nearest paragraph that names someone: "He added" after a paragraph that quotes a new
    // speaker is that speaker, not the subject of a paragraph before it.
    // A name only mentioned there ("a report by Anna Ruiz") does not outrank the subject of a paragraph before.
    const nearest = candidates.filter((m) => m.para === candidates.at(-1)?.para);
    const subject = nearest.filter((m) => this.isSubject(m)).at(-1) ?? candidates.filter((m) => this.isSubject(m)).at(-1);
    const last = nearest.filter((m) => !/^[’']s\b/.test(this.paragraphs[m.para]!.slice(m.end))).at(-1);
    const pick = subject ?? last;
    if (!pick) return undefined;
    // "My father worked the mine. He said …", "His daughter, Morag, said …": someone the text does not
    // name stands between the name and the pronoun, and may be whom it means; better unsure than wrong.
    const between = pick.para === para ? this.paragraphs[para]!.slice(pick.end, pos) : this.paragraphs[para]!.slice(0, pos);
    if (UNNAMED_PERSON.test(between)) return undefined;
    // A resolved pronoun teaches nothing of the person's gender: a wrong guess would mislead every later one.
    return pick.entity;
  }

  /** Whether a mention is its sentence's subject: early in it, or right before a reporting verb; not a possessive. */
  private isSubject(m: Mention): boolean {
    const text = this.paragraphs[m.para]!;
    if (/^[’']s\b/.test(text.slice(m.end))) return false;
    if (this.roleMentions.includes(m)) return true;
    const sent = sentences(text).find((s) => s.start <= m.start && m.start < s.end);
    const before = text.slice(sent?.start ?? 0, m.start);
    if (wordCountOf(before) <= 3 && !/\b(?:of|to|with|by|for|from|about|against|on|at|in)\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(before)) return true;
    // "a report by Anna Ruiz, an auditor, published in May": an agent, not the sentence's subject.
    if (/\bby\s+$/i.test(before)) return false;
    // "“…,” said Anna Ruiz": the speaker of an inverted frame.
    if (INVERTED_FRAME.test(before)) return true;
    // "X, the minister, said", and "Labour's home secretary, X, said": the comma closing an apposition.
    const after = text.slice(m.end);
    return REPORTS_AFTER.test(after.replace(/^,[^,]*,/, '')) || REPORTS_AFTER.test(after.replace(/^,/, ''));
  }

  /** The last person mentioned before a place, in this paragraph or the two before it. */
  lastPersonBefore(para: number, pos: number, pronoun = ''): Entity | undefined {
    return this.pronounAt(para, pos, pronoun);
  }

  /** The person the text names by a role ("the judge", "the spokesman"): the one given that role before the place, else one named after it. */
  byRole(head: string, para: number, pos: number): Entity | undefined {
    const h = fold(head);
    const re = new RegExp(`(?:^|[^\\p{L}])${h}s?$`, 'u');
    const reRole = new RegExp(`(?:^|[^\\p{L}])${h}(?![\\p{L}])`, 'u');
    const all = [...this.mentions, ...this.roleMentions].sort((a, b) => a.para - b.para || a.start - b.start);
    const match = (m: Mention) => re.test(fold(m.entity.name)) || (m.entity.kind === 'person' && !!m.entity.role && reRole.test(fold(m.entity.role)));
    const before = all.filter((m) => (m.para < para || (m.para === para && m.end <= pos)) && match(m)).at(-1);
    if (before) return before.entity;
    // After it, someone the text names ("what the judge called …" in the lede, "Judge Caroline Amis" later),
    // or one of its own paragraph: "the official" is not "another official" of a paragraph after.
    const names = new Set(all.filter((m) => match(m) && (m.para === para || this.mentions.includes(m))).map((m) => m.entity));
    return names.size === 1 ? [...names][0] : undefined;
  }
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
