/**
 * Who the article names: people (found with the pipeline's own person-name
 * rules), with the role the text gives them (a title before the name, a
 * descriptor, an apposition after it), and the bodies and documents that
 * claims are attributed to. Every mention is kept in text order, so a
 * surname, a title and surname, or a pronoun can be resolved to the person.
 */
import type { SpeakerKind } from './lexicon';
import { learn, personIn, runsOf, tokenize } from '../../pipeline/directives/speaker/person-names';
import { FUNCTION_WORDS, REPORTING_VERB, ROLE_NOUN, TITLE_WORD } from './lexicon';
import { fold, sentences } from './text';

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
}

export interface Mention {
  para: number;
  start: number;
  end: number;
  entity: Entity;
}

export class People {
  readonly entities = new Map<string, Entity>();
  readonly mentions: Mention[] = [];

  constructor(private readonly paragraphs: readonly string[]) {
    this.findPeople();
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
    const found: { para: number; start: number; end: number; name: string; words: number; titled: string }[] = [];
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
        const name = s.text.slice(a.start, b.end).replace(/[’']s$/, '');
        // "St Luke's Hospital": a place named after a person; "the bakery chain Golden Crust": a body.
        if (/^(?:St|Saint)$/.test(a.base) || /^[’']s\s+\p{Lu}/u.test(s.text.slice(a.start + name.length))) continue;
        const lead = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.exec(s.text.slice(0, a.start));
        if (lead && !ROLE_NOUN.test(lead[1]!)) continue;
        const titles = tokens.slice(run.from, part.from).filter((t) => t.kind === 'title').map((t) => t.base);
        found.push({ para: s.para, start: s.start + a.start, end: s.start + a.start + name.length, name, words: part.to - from, titled: titles.join(' ') });
      }
    }
    // Full names first, so that "Ms Gomes" finds Ana Gomes.
    for (const f of found.filter((f) => f.words >= 2)) {
      const e = this.entity(f.name, 'person');
      this.mentions.push({ para: f.para, start: f.start, end: f.end, entity: e });
      e.role ??= this.roleAt(f.para, f.start, f.end);
    }
    for (const f of found.filter((f) => f.words === 1)) {
      const e = this.bySurname(f.name, f.para, f.start) ?? this.entity(`${f.titled.split(' ').at(-1) ?? ''} ${f.name}`.trim(), 'person');
      if (f.titled) e.aliases.add(`${f.titled.split(' ').at(-1)} ${f.name}`);
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
          if (who === e) this.mentions.push({ para, start, end: start + surname.length, entity: e });
        }
      });
    }
    this.mentions.sort((a, b) => a.para - b.para || a.start - b.start);
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
    // "Historian Olsi Jazexhi", "MEP Gérard Deprez", "Senator Robert Torricelli" (not "Mr", "Dr": forms of address)
    const titles = titled[1]!.trim().split(/\s+/).filter((w) => TITLE_WORD.test(w.replace(/\.$/, '')) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(w));
    const pre = /((?:[\p{L}’'-]+\s+){0,4}?)([\p{L}-]+),?\s+$/u.exec(before.slice(0, titled.index));
    if (pre && ROLE_NOUN.test(pre[2]!)) {
      // "Albanian lawyer, Migena Balla", "their American lobbyist Senator …": the words after the last function word.
      const words = `${pre[1]}${pre[2]}`.trim().split(/\s+/);
      const lastFunction = words.findLastIndex((w) => FUNCTION_WORDS.has(w) || FUNCTION_WORDS.has(cap(w)));
      const kept = words.slice(lastFunction + 1);
      if (kept.length) parts.push(kept.join(' '));
    }
    if (titles.length) parts.push(titles.map((t) => t.replace(/^(\p{Lu}{2,})s$/u, '$1')).join(' '));
    const after = text.slice(end);
    const app = /^,\s+(?:(?:a|an|the)\s+)?([^,;]{2,140}?)(?=,|;|\.\s|\.$|\s+who\b|\s+[–—]\s|$)/u.exec(after);
    if (app && ROLE_NOUN.test(app[1]!) && !new RegExp(REPORTING_VERB.source, 'iu').test(app[1]!) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(app[1]!) && !/\d/.test(app[1]!.slice(0, 3))) {
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

  /** The last person mentioned before a place, in this paragraph or the two before it. */
  lastPersonBefore(para: number, pos: number): Entity | undefined {
    return this.mentions.filter((m) => m.entity.kind === 'person' && (m.para < para || (m.para === para && m.end <= pos)) && m.para >= para - 2).at(-1)?.entity;
  }
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
