/**
 * Proposed claims: quotations with the frame that says whose they are
 * ("…”, said X", "X told delegates, “…”", "According to X “…”"), the
 * quotations that continue a speaker, and reported speech (a reporting
 * verb or "according to" with its clause, relayed statements with `via`).
 * Every rule reads only the sentence's grammar and the people the text
 * names; a statement with no one to attribute it to is not proposed.
 */
import { BODY, CLAIM_TO, DOCUMENT, GROUP, INTRODUCES, NEEDS_THAT, OUTLET, PRONOUN, REPORTING_VERB, REPORTING_WORD, ROLE_NOUN, ROLE_PERSON, STAGE_DIRECTION, TELL, TITLE_WORD, TITLED } from './lexicon';
import { cap, genderOf, type Entity, type Mention, type People } from './people';
import { findQuotes, fold, sentences, singleClose, wordCount, type QuoteSegment, type Range } from './text';

export interface Proposal {
  para: number;
  start: number;
  end: number;
  /** A block claim over whole paragraphs `para`…`toPara`. */
  toPara?: number;
  by: Entity;
  via?: Entity;
  /** Words of a document (`kind=document`). */
  document?: boolean;
  /** In quotation marks. */
  quote: boolean;
  /** Someone's own words with no marks around them (a transcript's turn): `kind=quote`. */
  verbatim?: boolean;
  /** Which rule proposed it. */
  rule: string;
  /** Why the editor should look twice. */
  unsure?: string;
}

interface Speaker {
  entity: Entity;
  document?: boolean;
  /** Why the editor should look twice at whom it names. */
  unsure?: string;
}

const AUX = /(?:\s+(?:has|have|had|also|later|then|once|previously|repeatedly|publicly|privately|again|had to|has to|have to|would|will|could|might|may|did|does|do|not|never|reportedly|allegedly|earlier|recently|subsequently|further|often|always|frequently|first|even|herself|himself|themselves|had already|already))*\s*$/i;
/** Company-like nouns of an apposition: "Lumora, the Dutch lighting maker,". */
const COMPANY = /^(?:maker|makers|company|firm|group|retailer|bank|lender|carrier|airline|manufacturer|producer|giant|chain|operator|insurer|developer|provider|supplier|broadcaster|publisher|startup|start-up|conglomerate|brand|business|utility|miner|exporter|importer|distributor|platform|app|website|outlet|newspaper|channel|network|charity|union|agency|watchdog|regulator|club|team|party)$/i;
/** Words between a reporting verb and its clause that are neither: "said on Wednesday", "said in a statement", "said last month". */
/** What may follow "X said" when the words said came before it: nothing, or where, when, how, to whom ("…, she said on Tuesday", "…, he said of the ruling", "…, she told reporters"). */
const INVERTED_TAIL = /^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|overnight|on|in|at|of|about|after|before|during|when|while|as|to|from|outside|inside|through|via|over|last|this|late|early|earlier|later|yesterday|today|tonight|recently|again|also|then|afterwards|simply|separately|privately|publicly|repeatedly|previously|told|adding|according)\b[^]*|[\s.!?…]*)$/iu;
const ADVERBIAL = /^(?:\s*,)?\s+(?:(?:on|by|late|early)\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)|(?:last|this|next)\s+(?:week|month|year|night|morning|evening|weekend|\p{Lu}\p{Ll}+day)|(?:earlier|later)(?:\s+(?:this|that|on)\s+\w+)?|yesterday|today|tonight|previously|again|also|publicly|privately|repeatedly|separately|recently|in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|interview|speech|letter|post|report|e-?mail|release|briefing|message|filing|tweet|video|note|testimony)(?:\s+on\s+\p{Lu}\p{Ll}+)?)(?=[\s,]|$)(?:\s*,)?/u;
/** After a quotation, a frame's verb the lexicon does not know: "demurred Peter Lee", "Lee grunted". */
const UNKNOWN_VERB_FIRST = /^(\p{Ll}[\p{Ll}-]*(?:ed|s))\s+(?=\S)/u;
const UNKNOWN_VERB_AFTER = /^(?:\S+\s+){1,5}?(\p{Ll}[\p{Ll}-]*(?:ed|s))(?=[\s.,;!?]|$)/u;
/** Words ending like a verb's past or present that are not one. */
const NOT_A_FRAME_VERB = /^(?:was|is|has|does|as|this|his|its|us|yes|less|unless|thus|plus|perhaps|always|sometimes|towards|afterwards|besides|whereas|news|series|needed|used|aged|based|led)$/i;
/** "Neither X nor Y said", "If X says", "Unless X says": no one has said what follows (but "If convicted, X said she would appeal"). */
const NOT_SAID = /\b(?:neither|nor)\b[^,;]*$|^\s*(?:even\s+)?(?:if|unless|whether|suppose|supposing)\b[^,;]*$/i;
/** Auxiliaries of what has not been said yet: "will say", "may say" (in lower case: "published in May said" is said). */
const FUTURE = /\b(?:will|shall|could|might|may|should|must)\b/;
/** Two names one subject: "Ruiz and council leader Tom Baker", "Ruiz, and Baker". */
const AND_BETWEEN = /^\s*,?\s*(?:and|&)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u;
/** Forms of a reporting verb that are nouns too ("rejected claims that", "her remarks"), and what makes them one. */
const NOUN_FORM = /^(?:claims?|reports?|notes?|remarks?|estimates?|promises?|warnings?|replies|shows|thought|finds|states|mentions|pleas|demands|texts|posts|comments|laments|protests|retorts|counters|recalls)$/i;
const NOUN_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]ny|[Aa]ll|[Nn]ew|[Ss]imilar|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|earlier|previous|false|unfounded|recent|media|press|amid|over|despite|of|about|\p{Ll}+ed)\s+$/u;
/** What an interview's introduction says of the one interviewed: "Ana Ruiz sat down with us", "we asked Ana Ruiz", "she spoke to our correspondent". */
const INTERVIEWED_AFTER = /^(?:,[^,.]*,)?\s+(?:(?:has|had|recently|kindly|finally)\s+)?(?:sat down with|spoke to|spoke with|talked to|talked with|was interviewed|agreed to (?:speak|talk)|answered|answers)\b/i;
const INTERVIEWED_BEFORE = /(?:\b(?:we|I)\s+(?:asked|interviewed|spoke to|spoke with|talked to|talked with|met|caught up with|sat down with)|\b(?:conversation|interview|talk|chat|Q&A)\s+with)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const INTERVIEWED_PRONOUN = /\b(he|she)\s+(?:(?:has|had|recently|kindly|finally)\s+)?(?:sat down with|spoke to|spoke with|talked to|talked with|agreed to (?:speak|talk))\b/gi;
/** Inside a subordinate clause: what comes before a name since a conjunction, with no comma closing it. */
const SUBORDINATE = /\b(?:after|before|when|since|while|although|though|because|as|if|until|whom|who|whose|which|that)\b[^,]*$/i;
/** An auxiliary that makes the reporting verb after it passive. */
const PASSIVE = /\b(?:was|were|is|are|been|being|be|get|gets|got)\s*$/i;
const NEGATED = /\b(?:not|never|n[’']t)\b/i;
const inner = (re: RegExp) => re.source.replace(/^\^\(\?:|\)\$$/g, '');
/**
 * "A spokesman for", "lawyers for", "the family of", "critics of", "an aide to": people speaking for the
 * name after them, or about it, not its bearer. Titles and modifiers may stand before the name
 * ("a spokesman for President Emmanuel Macron", "lawyers for former mayor Ana Ruiz").
 */
const AGENT_NOUN = `${inner(ROLE_PERSON)}|${inner(GROUP)}|lawyers|aides|friends?|ally|allies|relatives?|family|associates|backers|spokespeople`;
const AGENT_FOR = new RegExp(`(?:\\b(?:an?|the|one|two|some|several|many)\\s+)?\\b(${AGENT_NOUN})\\s+(for|of|to|close\\s+to)\\s+$`, 'iu');
/** "Mayor Ana Ruiz's spokesman", "her lawyers": the same, before the verb. */
const OWNED_AGENT = new RegExp(`(?:[’']s|\\b(his|her))\\s+(?:(?:own|former|chief|senior|longtime|long-time)\\s+)?(${AGENT_NOUN})\\s*$`, 'iu');
/**
 * What may stand between "a spokesman for" and the name, besides a title or a role: "former", "the late",
 * a nationality, a title's first word ("Prime Minister"). Not a body's name: "Chief of Staff John Kelly" is a title.
 */
const AGENT_MODIFIER = /^(?:former|late|then|ex|the|disgraced|embattled|ousted|jailed|outgoing|incoming|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|Prime|Vice|Deputy|Acting|Interim|Former|Foreign|Home|Chief|Senior|Shadow|Opposition)$/u;
/** One who speaks for another alone; the other agents are groups. */
const AGENT_ONE = new RegExp(`^(?:${inner(ROLE_PERSON)}|friend|ally|relative)$`, 'i');
/** What cannot follow a pronoun that starts a clause ("said it mostly when …", "said it because …"): a conjunction or a preposition. */
const NOT_A_VERB = /^(?:when|if|because|while|as|at|in|on|for|to|with|after|before|about|so|too|again|then|there|here|now|and|or|but|[,.;:!?])[,.;:!?]?$/i;
const CLAUSE_START = /^(?:he|she|it|they|we|i|you|there|this|these|those|that|the|a|an|his|her|their|its|our|my|some|many|most|all|no|none|every|each|only|more|fewer|about|nearly|over|\p{Lu}[\p{L}'’-]*|\p{N}[\p{N},.]*)(?![\p{L}])/u;
const DEMONYM_PLURAL = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+(?:ians|ans|is))$|^[Tt]he\s+(British|French|Chinese|Japanese|Dutch|Swiss|Irish|Spanish|Portuguese|Lebanese|Sudanese|Vietnamese)$/u;

export function proposeClaims(paragraphs: readonly string[], people: People, author: Entity | undefined): { claims: Proposal[]; unsure: string[] } {
  const out: Proposal[] = [];
  const unsure: string[] = [];
  const quotes = findQuotes(paragraphs);
  const sentencesOf = paragraphs.map((p) => sentences(p));
  /** Offsets of reporting verbs a quotation's frame used: reported speech does not read them again. */
  const usedVerbs = new Set<string>();

  const sentenceAt = (para: number, pos: number): Range => sentencesOf[para]!.find((s) => s.start <= pos && pos < s.end) ?? { start: 0, end: paragraphs[para]!.length };
  const quoteAround = (para: number, pos: number) => quotes.find((q) => q.para === para && q.start < pos && pos < q.end);
  people.inQuote = (para, pos) => !!quotes.find((q) => q.para === para && q.start <= pos && pos < q.end);

  /**
   * "A spokesman for Ruiz", "lawyers for Ruiz", "critics of Ruiz": someone speaking for them or about them,
   * not them; in "Tom Baker, a lawyer for Ruiz," the apposition's name.
   */
  function agentOf(para: number, from: number, m: Mention): Speaker | undefined {
    const text = paragraphs[para]!;
    const start = Math.max(from, m.start - 80);
    // Past the title and the modifiers before the name, a word at a time.
    let rest = text.slice(start, m.start);
    let agent: RegExpExecArray | null = null;
    for (let k = 0; k <= 3 && !(agent = AGENT_FOR.exec(rest)); k++) {
      const word = /([\p{L}.'’-]+)\s+$/u.exec(rest);
      if (!word || !(AGENT_MODIFIER.test(word[1]!) || TITLE_WORD.test(word[1]!) || ROLE_NOUN.test(word[1]!))) return undefined;
      rest = rest.slice(0, word.index);
    }
    if (!agent) return undefined;
    // "Minister for Finance Ana Ruiz", "Leader of the Opposition Keir Starmer": a title with its body, not someone speaking for her.
    const title = /^\p{Lu}/u.test(agent[1]!) && AGENT_ONE.test(agent[1]!) && !/^(?:an?|the|one|two|some|several|many)\s/i.test(agent[0]);
    if (title || /^\s*the\s+\p{Lu}/u.test(text.slice(start + agent.index + agent[0].length, m.end))) return undefined;
    const named = people.within(para, from, start + agent.index).filter((x) => /^,\s*$/.test(text.slice(x.end, start + agent.index))).at(-1);
    if (named) return { entity: named.entity };
    return agentFor(m.entity, agent[1]!, agent[2]!);
  }

  /**
   * Whom "his" or "her" before a spokesman or lawyers stands for: a person the text names, as a pronoun
   * would resolve; else the last one named before, in this paragraph or the one before ("Supporters of
   * Ana Ruiz said …, but her opponents said …" is hers, not her supporters').
   */
  function ownerOf(para: number, at: number, pronoun: string): Entity | undefined {
    const named = (e: Entity) => e.kind === 'person' && people.mentions.some((x) => x.entity === e);
    const e = people.lastPersonBefore(para, at, pronoun);
    if (e && named(e)) return e;
    const gender = genderOf(pronoun);
    return people.mentions.filter((x) => named(x.entity) && x.para >= para - 1 && (x.para < para || x.end <= at) && !people.inQuote(x.para, x.start) && !(gender && x.entity.gender && x.entity.gender !== gender)).at(-1)?.entity;
  }

  /** The one speaking for a person, a speaker of its own: "Emmanuel Macron spokesman", "Ana Ruiz lawyers". */
  function agentFor(principal: Entity, noun: string, preposition = 'for'): Speaker {
    const role = noun.toLowerCase();
    const e = people.entity(`${principal.name} ${role}`, AGENT_ONE.test(role) ? 'person' : 'group', cap(`${role} ${preposition.toLowerCase().replace(/\s+/g, ' ')} ${principal.name}`));
    e.gender ??= genderOf(role);
    return { entity: e };
  }

  /** Whoever a noun phrase names: a person mentioned in it, a pronoun, a body, a document, a group. */
  function entityOfPhrase(para: number, from: number, to: number, pos: number, last: boolean): Speaker | undefined {
    const phrase = paragraphs[para]!.slice(from, to);
    const mentions = people.within(para, from, to);
    const m = last ? mentions.at(-1) : mentions[0];
    if (m) return agentOf(para, from, m) ?? { entity: m.entity };
    const words = phrase.trim().replace(/[,.;:]+$/, '').split(/\s+/).filter(Boolean);
    if (words.length === 1 && PRONOUN.test(words[0]!)) {
      if (/^they$/i.test(words[0]!)) return undefined;
      const e = people.lastPersonBefore(para, pos, words[0]!);
      return e ? { entity: e } : undefined;
    }
    return sourceEntity(words, para, pos);
  }

  /** A body, a document, a role or a group, from the words of a phrase ending in its head noun. */
  function sourceEntity(raw: string[], para: number, pos: number): Speaker | undefined {
    // The phrase starts after the last comma ("In return, prosecutors").
    const cut = raw.slice(0, -1).findLastIndex((w) => /[,;:]$/.test(w));
    const all = raw.slice(cut + 1).map((w) => w.replace(/^[“"‘(]+|[,.;:)]+$/gu, '')).filter(Boolean);
    if (!all.length) return undefined;
    // A name the text has given a body or a person already ("Lumora said").
    const proper = all.filter((w, k) => k > 0 || !/^(?:the|a|an)$/i.test(w));
    const known = proper.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&)$/.test(w)) ? people.entities.get(fold(proper.join(' '))) : undefined;
    if (known && proper.length <= 5) return { entity: known };
    // "A spokesman for Hartshire County Council", "a spokeswoman for the ministry": the body's spokesman.
    const forAt = all.findLastIndex((w, k) => k > 0 && /^(?:for|of|at)$/i.test(w) && ROLE_PERSON.test(all[k - 1]!));
    if (forAt > 0) {
      const body = all.slice(forAt + 1).filter((w, k) => k > 0 || !/^(?:the|a|an)$/i.test(w));
      const role = all[forAt - 1]!.toLowerCase();
      if (body.length && body.length <= 5 && (body.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&)$/.test(w)) || BODY.test(body.at(-1)!))) {
        const name = cap(`${body.join(' ')} ${role}`);
        const e = people.entity(name, 'person', cap(`${role} ${all[forAt]!.toLowerCase()} ${/^\p{Lu}/u.test(body[0]!) ? '' : 'the '}${body.join(' ')}`));
        e.gender ??= genderOf(role);
        return { entity: e };
      }
    }
    // "The Americans", "the French": the government that speaks for them.
    const demonym = DEMONYM_PLURAL.exec(all.join(' '));
    if (demonym) {
      const word = demonym[1] ? demonym[1].replace(/s$/, '') : demonym[2]!;
      return { entity: people.entity(`The ${word} government`, 'organisation', `Government (${word})`) };
    }
    // The phrase's own words: from the last determiner or preposition on.
    let i = all.length - 1;
    const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
    for (;;) {
      if (i > 1 && /^(?:of|for|and|&)$/.test(all[i - 1]!) && capital(all[i]) && capital(all[i - 2])) i -= 2;
      else if (i > 0 && !/^(?:the|a|an|its|their|his|her|our|one|two|three|several|some|many|by|of|for|from|to|in|on|at|with|and|but|that|which|who|this|these|those|as)$/i.test(all[i - 1]!)) i--;
      else break;
    }
    const words = all.slice(i);
    words[words.length - 1] = words.at(-1)!.replace(/[’']s$/, '');
    if (!words.length || words.length > 5) return undefined;
    const head = words.at(-1)!;
    // "the judge", "the spokesman", "the diplomat": the one the text has named by that role.
    if (words.length === 1 && /^(?:the|that|this)$/i.test(all[i - 1] ?? '') && (ROLE_PERSON.test(head) || ROLE_NOUN.test(head))) {
      const e = people.byRole(head, para, pos);
      if (e) return { entity: e };
    }
    // "A report by the Albanian police": the body is the report's author.
    const by = all.slice(0, i).filter((w) => !/^(?:the|a|an)$/i.test(w));
    // "the agency", "the union": the body of that kind the text has named.
    if (words.length === 1 && BODY.test(head) && !/^\p{Lu}/u.test(head)) {
      const named = [...people.entities.values()].filter((e) => e.kind === 'organisation' && fold(e.name).endsWith(fold(head)) && fold(e.name) !== fold(head)).at(-1);
      if (named) return { entity: named, document: false };
      if (/^(?:its|their|his|her|our)$/i.test(all[i - 1] ?? '')) return undefined;
    }
    if (DOCUMENT.test(head)) {
      const mods = words.slice(0, -1);
      if (!mods.length && !by.length) {
        // "The report says": the report the text has named; "the figures show": nobody's in particular.
        const named = [...people.entities.values()].filter((e) => e.kind === 'document' && fold(e.name).endsWith(fold(head)) && fold(e.name) !== fold(head)).at(-1);
        if (named) return { entity: named, document: true };
        if (/^(?:data|figures|numbers|statistics|records|findings|files|papers|documents)$/i.test(head)) return undefined;
      }
      // "A police report" is the police's; "court documents" are documents, not the court's word.
      if (mods.length && !/^(?:documents|papers|files|records)$/i.test(head) && (BODY.test(mods.at(-1)!) || /^\p{Lu}/u.test(mods.at(-1)!))) return { entity: people.entity(cap(mods.join(' ')), 'organisation'), document: true };
      return { entity: people.entity(cap(words.join(' ')), 'document'), document: true };
    }
    if (BODY.test(head) || (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&)$/.test(w)) && !PRONOUN.test(head))) {
      // "A report by the police said": the document, by a body.
      const doc = by.length >= 2 && /^(?:by|from|of)$/i.test(by.at(-1)!) && DOCUMENT.test(by.at(-2)!);
      return { entity: people.entity(cap(words.join(' ')), 'organisation'), document: doc };
    }
    if (ROLE_PERSON.test(head) && words.length >= 2) {
      const e = people.entity(cap(words.join(' ')), 'person');
      e.gender ??= genderOf(head);
      return { entity: e };
    }
    if (GROUP.test(head)) return { entity: people.entity(cap(words.join(' ')), 'group') };
    return undefined;
  }

  /** The subject of a reporting verb at `verb`, from the sentence before it. */
  function subjectBefore(para: number, from: number, verb: number, participle: boolean): Speaker | undefined {
    const found = subjectOf(para, from, verb, participle);
    // A body or a person named by a role: a candidate for the pronouns after it.
    if (found && !people.within(para, from, verb).some((m) => m.entity === found.entity)) people.noteRole(para, Math.max(from, verb - 1), verb, found.entity);
    return found;
  }

  function subjectOf(para: number, from: number, verb: number, participle: boolean): Speaker | undefined {
    const text = paragraphs[para]!;
    const pre = text.slice(from, verb);
    const bare = pre.replace(AUX, '');
    const end = from + bare.length;
    // "he has not said", "she declined to say": no statement.
    if (NEGATED.test(pre.slice(bare.length)) || /\b(?:declined|refused|failed)\s+to\s*$/i.test(bare)) return undefined;
    // "Ruiz was asked: “…”", "the court was told that …": the subject heard the words, someone else said them
    // ("she was saying" is hers).
    if (PASSIVE.test(bare) && !/^\p{L}+ing\b/u.test(text.slice(verb))) return undefined;
    // "Neither Ruiz nor Baker said …", "If Ruiz says …", "Ruiz will say …": nobody has said it.
    if (NOT_SAID.test(bare) || FUTURE.test(pre.slice(bare.length))) return undefined;
    // "Mayor Ana Ruiz's spokesman said", "Her spokesman said": the spokesman, for whom the name or the pronoun stands.
    const owned = OWNED_AGENT.exec(bare);
    if (owned) {
      const at = from + owned.index;
      const principal = owned[1] ? ownerOf(para, at, owned[1]) : people.within(para, from, at).find((x) => x.end === at && x.entity.kind === 'person')?.entity;
      if (principal) return agentFor(principal, owned[2]!, AGENT_ONE.test(owned[2]!) || /^(?:lawyers|aides|spokespeople|advisers|advisors)$/i.test(owned[2]!) ? 'for' : 'of');
    }
    // An owner "her" stands for that the text does not name is for the editor; a body's ("the company's spokesman") is read below.
    if (owned?.[1]) {
      const line = `${para + 1}: "${text.slice(from + Math.max(0, owned.index - 20), verb).trim()} …": whose ${owned[2]!.toLowerCase()} is not found, not proposed`;
      if (!unsure.includes(line)) unsure.push(line);
      return undefined;
    }
    const pronoun = /(?:^|\s)(he|she)\s*$/i.exec(bare);
    if (pronoun) {
      const e = people.lastPersonBefore(para, end - pronoun[1]!.length, pronoun[1]!);
      return e ? { entity: e } : undefined;
    }
    if (/,\s*who\s*$/i.test(bare)) {
      const m = people.within(para, from, end).at(-1);
      return m ? { entity: m.entity } : undefined;
    }
    const mentions = people.within(para, from, end);
    // The last name before the verb, past appositions and relative clauses ("X, who has accused Y of …, said").
    for (const m of [...mentions].reverse()) {
      if (/^[’']s\b/.test(text.slice(m.end))) continue;
      const agent = agentOf(para, from, m);
      if (agent) return agent;
      const between = text.slice(m.end, end).replace(/\([^)]*\)/g, '').replace(/,[^,]*,/g, '').replace(/^[’']s\b/, '');
      if (wordCount(between) <= 2 && !/[;:]/.test(between)) {
        // "Ruiz and council leader Tom Baker said": both said it, and one speaker is proposed.
        const other = mentions.filter((x) => x.end <= m.start && x.entity !== m.entity && AND_BETWEEN.test(text.slice(x.end, m.start))).at(-1);
        return other ? { entity: m.entity, unsure: `${other.entity.name} and ${m.entity.name} said it together: ${m.entity.name} proposed alone` } : { entity: m.entity };
      }
      if (!/,/.test(text.slice(m.end, end))) break;
    }
    const m = mentions.at(-1);
    if (m) {
      const first = mentions[0]!;
      const initial = wordCount(text.slice(from, first.start)) <= 3;
      if (initial && (participle || /\b(?:but|and)\s+(?:\S+\s+){0,3}$/.test(text.slice(m.end, verb))) && !/[;:]/.test(text.slice(first.end, end))) return { entity: first.entity };
      return undefined;
    }
    // "The FNV union, which represents …,", "Lumora, the Dutch lighting maker,", "A diplomat who attended the meeting".
    // "A senior official, speaking on condition of anonymity, said": the participle's clause is an aside too.
    let np = bare.replace(/,\s*(?:who|which|whose|\p{Ll}+ing)\b[^,]*,\s*$/u, '').replace(/\s+(?:who|which|that)\s+[^,]*$/iu, '');
    const apposition = /(?:^|[\s,])(\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3}),\s+(?:a|an|the)\s+([^,]{2,60}),\s*$/u.exec(np);
    if (apposition) {
      const head = apposition[2]!.trim().split(/\s+/).at(-1)!;
      if (COMPANY.test(head) || BODY.test(head)) return { entity: people.entity(apposition[1]!, 'organisation', cap(apposition[2]!.trim())) };
      np = np.slice(0, apposition.index + apposition[0].indexOf(apposition[1]!) + apposition[1]!.length);
    }
    const words = np.trim().split(/\s+/);
    return sourceEntity(words.slice(-6), para, verb);
  }

  /** The speaker named right after a reporting verb or "according to". */
  function speakerAfter(para: number, pos: number, stop: number): Speaker | undefined {
    const text = paragraphs[para]!;
    const rest = text.slice(pos, stop);
    const lead = /^\s*/.exec(rest)![0].length;
    const m = people.within(para, pos, stop)[0];
    // "said a spokesman for President Emmanuel Macron": the spokesman, however many words before the name.
    const agent = m && wordCount(text.slice(pos, m.start)) <= 7 ? agentOf(para, pos, m) : undefined;
    if (agent) return agent;
    if (m && wordCount(text.slice(pos, m.start)) <= 3) return { entity: m.entity };
    const np = /^((?:[\p{L}&.'’-]+\s+){0,7}?[\p{L}&.'’-]+)(?=\s*(?:[,.;:!?”"]|$|\s+(?:who|in|on|at|during|after|when|to|that|which|as|about|of|with|published)\b))/u.exec(rest.slice(lead));
    if (!np) return undefined;
    const words = np[1]!.split(/\s+/);
    if (words.length === 1 && PRONOUN.test(words[0]!)) {
      const e = /^they$/i.test(words[0]!) ? undefined : people.lastPersonBefore(para, pos, words[0]!);
      return e ? { entity: e } : undefined;
    }
    const found = sourceEntity(words, para, pos);
    if (found) people.noteRole(para, pos, pos + np[0].length, found.entity);
    return found;
  }

  /**
   * Whom an interview's introduction says was interviewed ("sat down with us", "we asked Ana Ruiz", "she
   * spoke to us"), else the person it names most; when that is a guess among several, the report says so.
   */
  function intervieweeOf(firstTurn: number): Entity | undefined {
    const intro = people.mentions.filter((x) => x.para < firstTurn && x.entity.kind === 'person' && x.entity !== author);
    const named = intro.find((x) => INTERVIEWED_AFTER.test(paragraphs[x.para]!.slice(x.end)) || INTERVIEWED_BEFORE.test(paragraphs[x.para]!.slice(Math.max(0, x.start - 60), x.start)));
    if (named) return named.entity;
    for (let para = 0; para < firstTurn; para++)
      for (const m of paragraphs[para]!.matchAll(INTERVIEWED_PRONOUN)) {
        const e = people.lastPersonBefore(para, m.index + m[1]!.length, m[1]!);
        if (!e || e === author) continue;
        // Those named before the pronoun, whom it could stand for ("She spoke to our correspondent, Paul Reyes" is not him).
        const others = [...new Set(intro.filter((x) => x.para < para || x.start < m.index).map((x) => x.entity))].filter((o) => o !== e);
        if (others.length) unsure.push(`the interview's answers (A:) are proposed as ${e.name}'s, whom "${m[1]}" was taken for: its introduction names ${others.map((o) => o.name).join(', ')} too`);
        return e;
      }
    // Named most; between two named as often, the one named in a main clause ("After Macron appointed her, Ana Ruiz …").
    const score = new Map<Entity, number>();
    for (const x of intro) {
      const main = !SUBORDINATE.test(paragraphs[x.para]!.slice(sentenceAt(x.para, x.start).start, x.start));
      score.set(x.entity, (score.get(x.entity) ?? 0) + 2 + (main ? 1 : 0));
    }
    const ranked = [...score].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1) unsure.push(`the interview's answers (A:) are proposed as ${ranked[0]![0].name}'s, a guess: its introduction names ${ranked.slice(1).map(([e]) => e.name).join(', ')} too`);
    return ranked[0]?.[0];
  }

  // 0. A transcript: paragraphs that open with a speaker's label ("SMITH: …", "Jane Smith: …",
  // "MINISTER HAAS: …", "CHAIR (Ruth Okonkwo): …"). A turn is the speaker's own words: a quote.
  // "SMITH:", "CHAIR (Ruth Okonkwo):", and in Markdown "**Ana Ruiz, mayor:**" (a role after a comma).
  const LABEL = /^(?:\*\*|__)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Lu}[\p{Lu} .'’-]{1,40}?)(?:\s*\((\p{Lu}[^()]{1,60})\))?(?:,\s*([^:*_]{2,60}?))?(?::(?:\*\*|__)|(?:\*\*|__):|:)\s+(?=\S)/u;
  const labelled = paragraphs.map((p) => LABEL.exec(p));
  const turns = new Set<number>();
  if (labelled.filter(Boolean).length >= 2) {
    const titleCase = (w: string) => (/\p{Ll}/u.test(w) ? w : w.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase()));
    // Each label's name and the role it gives: "MINISTER HAAS" is Haas, a minister; "CHAIR (Ruth Okonkwo)" is Ruth Okonkwo, the chair.
    const labels = labelled.map((m) => {
      if (!m) return null;
      const outer = m[1]!.trim();
      // "CHAIR (Ruth Okonkwo)": a role, then the speaker; "Jonas Keller (Green)": the speaker, then a party or a place.
      const roleOnly = outer.split(/\s+/).every((w) => /^(?:the|a|an)$/i.test(w) || TITLE_WORD.test(titleCase(w)) || ROLE_NOUN.test(w) || /^(?:deputy|vice|prime|acting|first|second)$/i.test(w));
      if (m[2] && roleOnly) return { raw: m[2].trim(), name: titleCase(m[2].trim()), role: titleCase(outer.replace(/^(?:the|a|an)\s+/i, '')) };
      const words = outer.split(/\s+/);
      let t = 0;
      while (t < words.length - 1 && TITLE_WORD.test(titleCase(words[t]!).replace(/\.$/, ''))) t++;
      const role = words.slice(0, t).map(titleCase).filter((w) => !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(w)).join(' ');
      const given = m[3]?.trim();
      return { raw: outer, name: titleCase(words.slice(t).join(' ')), role: given ? given[0]!.toUpperCase() + given.slice(1) : role, given: !!given };
    });
    const byLabel = new Map<string, Entity>();
    const resolve = (name: string): Entity | undefined => {
      const folded = fold(name);
      const surname = (e: Entity) => fold(e.name.split(/\s+/).at(-1)!);
      return (
        people.mentions.find((x) => fold(x.entity.name) === folded || surname(x.entity) === folded)?.entity ??
        byLabel.get(folded) ??
        [...byLabel.values()].find((e) => surname(e) === folded || surname(e) === fold(name.split(/\s+/).at(-1)!))
      );
    };
    // Full names first, so that "OKONKWO" later finds Ruth Okonkwo.
    const order = labels.map((l, para) => ({ l, para })).sort((a, b) => (b.l?.name.split(/\s+/).length ?? 0) - (a.l?.name.split(/\s+/).length ?? 0));
    const entityOf = new Map<number, Entity>();
    // An interview's "A:" is the person its introduction names, before the first question.
    const firstTurn = labelled.findIndex(Boolean);
    // Only an interview has "A:" turns; a hearing's "SMITH:" and "JONES:" need no interviewee (nor its report line).
    const interviewee = labels.some((l) => l && /^(?:a|answer)$/i.test(l.raw)) ? intervieweeOf(firstTurn) : undefined;
    for (const { l, para } of order) {
      if (l && interviewee && /^(?:a|answer)$/i.test(l.raw)) {
        entityOf.set(para, interviewee);
        continue;
      }
      if (!l || /^(?:q|a|question|answer|interviewer|host|moderator|presenter|reporter|narrator|note|editor's note|update|correction)$/i.test(l.raw)) continue;
      const entity = resolve(l.name) ?? people.entity(l.name, 'person', l.role || undefined);
      // A role the label states ("**Ana Ruiz, mayor:**") is hers, whatever the apposition rules read.
      if (l.role && (!entity.role || ('given' in l && l.given))) entity.role = l.role;
      byLabel.set(fold(entity.name), entity);
      entityOf.set(para, entity);
    }
    labelled.forEach((m, para) => {
      if (!m) return;
      const entity = entityOf.get(para);
      // "Q:" and "A:" name nobody: the paragraph is read like any other, its quotations and reported words too.
      if (!entity) return;
      turns.add(para);
      if (entity === author) return;
      // The label as written, the bracket only when it named the speaker: a party ("(Green)") is nobody's alias.
      entity.aliases.add(labels[para]!.raw);
      // A stage direction at the turn's end ("[Applause]", "(Laughter)") is the transcriber's, not the speaker's.
      let turn = paragraphs[para]!.trimEnd();
      while (STAGE_DIRECTION.test(turn)) turn = turn.replace(STAGE_DIRECTION, '');
      const end = turn.length;
      if (/\?["”’]?$/.test(paragraphs[para]!.trimEnd()) && !/[.!]\s/.test(paragraphs[para]!.slice(m[0].length))) return;
      out.push({ para, start: m[0].length, end, by: entity, quote: false, verbatim: true, rule: 'transcript label' });
    });
  }

  // Bodies and people named by their role that speak ("a senior diplomat told Reuters"), so that "the diplomat" and "she" can be theirs.
  paragraphs.forEach((text, para) => {
    if (turns.has(para)) return;
    for (const sent of sentencesOf[para]!)
      for (const v of text.slice(sent.start, sent.end).matchAll(REPORTING_VERB)) {
        const at = sent.start + v.index;
        if (!quoteAround(para, at) && !people.within(para, sent.start, at).length && !(NOUN_FORM.test(v[0]) && NOUN_BEFORE.test(text.slice(sent.start, at)))) subjectBefore(para, sent.start, at, /ing$/i.test(v[0]));
      }
  });

  // 1. Quotations, and the frames that attribute them.
  const groups = new Map<number, QuoteSegment[]>();
  for (const q of quotes) if (!turns.has(q.para)) groups.set(q.quote, [...(groups.get(q.quote) ?? []), q]);
  const attributed: { seg: QuoteSegment; by: Entity }[] = [];
  for (const segs of groups.values()) {
    const first = segs[0]!;
    const last = segs.at(-1)!;
    const para = first.para;
    const text = paragraphs[para]!;
    const inner = paragraphs.slice(first.para, last.para + 1).join(' ');
    const words = wordCount(first.para === last.para ? text.slice(first.start, first.end) : inner);
    const prevQuote = quotes.filter((q) => q.para === para && q.end <= first.start).at(-1);
    const sent = sentenceAt(para, first.start);
    const from = Math.max(sent.start, prevQuote?.end ?? 0);
    const before = text.slice(from, first.start);
    let speaker: Speaker | undefined;
    let rule = '';
    let why: string | undefined;
    /** A frame was there (a reporting verb before or after), whether or not its subject was found: the quotation continues no one. */
    let framed = false;
    /** "Ruiz was asked: “…”": the frame names who heard the words. */
    let passive = false;
    if (TITLED.test(before)) continue;
    // Before it: "According to X “…”", "X pointed out, “…”", "What X calls “…”".
    const according = /according to\s+(.+?)[,:]?\s*$/iu.exec(before);
    if (according) {
      speaker = entityOfPhrase(para, from + according.index + 'according to '.length, first.start, first.start, true);
      rule = 'according to';
    }
    if (!speaker) {
      const calls = /(?:calls?|called|describ\w+(?:\s+[\p{L}’'-]+){0,3}\s+as|terms?|termed|dismiss\w*(?:\s+[\p{L}’'-]+){0,3}\s+as)(?:\s+(?:it|this|that|them|him|her|(?:the|a|an|his|her|their|its)\s+[\p{L}-]+))?\s*$/iu.exec(before);
      if (calls) {
        speaker = subjectBefore(para, from, from + calls.index, false);
        rule = 'what X calls';
      }
    }
    if (!speaker) {
      const verbs = [...before.matchAll(REPORTING_VERB)];
      const v = verbs.at(-1);
      if (v) {
        const tail = before.slice(v.index + v[0].length);
        if (/^(?:\s+[^,.;:“"‘]{0,60}?)?\s*(?:[,:]|\bthat|\bthis)?\s*$/u.test(tail) && wordCount(tail) <= 7) {
          speaker = subjectBefore(para, from, from + v.index, /ing$/i.test(v[0]));
          framed = true;
          passive = PASSIVE.test(before.slice(0, v.index).replace(AUX, '')) && !/ing$/i.test(v[0]);
          // "said Hale had “abused …”": a quotation inside reported words, which are proposed whole.
          const clause = wordCount(tail.replace(ADVERBIAL, ' ').replace(/\b(?:that|this|it|him|her|them|us|me|reporters|delegates|journalists)\b/gi, ' ')) > 0;
          if (speaker && !clause) usedVerbs.add(`${para}:${from + v.index}`);
          rule = 'X said, “…”';
        }
      }
    }
    if (!speaker && /:\s*$/.test(before) && !passive) {
      const m = people.within(para, from, first.start)[0];
      if (m) speaker = { entity: m.entity };
      rule = 'X: “…”';
    }
    // After it: "…”, said X", "…,” X said", "…”, according to X".
    if (!speaker && last.closed) {
      const ltext = paragraphs[last.para]!;
      const nextQuote = quotes.find((q) => q.para === last.para && q.start >= last.end);
      // The frame ends where the sentence does ("Dr. Jane Roe" does not end it), or at the next quotation.
      let sentEnd = sentencesOf[last.para]!.find((x) => x.start < last.end && last.end <= x.end);
      // "“Is this a joke?” Peter Lee asked.": the question's mark ended the sentence, not the frame after it.
      const next = sentencesOf[last.para]!.find((x) => x.start >= last.end);
      if (sentEnd?.end === last.end && /[?!]["”’]$/u.test(ltext.slice(0, last.end)) && next && wordCount(ltext.slice(next.start, next.end)) <= 8 && ltext.slice(next.start, next.end).search(REPORTING_VERB) >= 0) sentEnd = next;
      const stop = Math.min(nextQuote?.start ?? ltext.length, sentEnd?.end ?? ltext.length);
      const after = ltext.slice(last.end, stop);
      const lead = /^[\s,;:!?…—–-]*/.exec(after)![0].length;
      const verbFirst = /^(?:according to|[\p{L}]+(?: out)?)/iu.exec(after.slice(lead));
      /** "He pointed out that …": a new sentence's reported speech, not the quotation's frame. */
      const framesQuote = (rest: string) => !/^\s+(?:[\p{L}’']+\s+){0,3}?that\b/u.test(rest) && !(/[.]["”’]$/u.test(ltext.slice(0, last.end)) && wordCount(rest) > 5);
      if (verbFirst && (/^according to/i.test(verbFirst[0]) || REPORTING_WORD.test(verbFirst[0]))) {
        speaker = speakerAfter(last.para, last.end + lead + verbFirst[0].length, stop);
        usedVerbs.add(`${last.para}:${last.end + lead}`);
        framed = true;
        rule = '“…”, said X';
      } else {
        for (const v of after.matchAll(REPORTING_VERB)) {
          if (wordCount(after.slice(0, v.index)) > 8) break;
          if (!framesQuote(after.slice(v.index + v[0].length))) break;
          speaker = subjectBefore(last.para, last.end + lead, last.end + v.index, false);
          if (speaker) usedVerbs.add(`${last.para}:${last.end + v.index}`);
          framed = true;
          rule = '“…,” X said';
          break;
        }
      }
      // "“…?” demurred Peter Lee", "“…,” Lee grunted": a frame whose verb the rules do not know. Whom it names
      // is proposed, to be checked; named or not, the quotation continues no speaker before it.
      const tail = after.slice(lead).replace(/[\s.!?…]+$/u, '');
      if (!framed && (/^\s*,/.test(after) || /[,?!…—–]["”’]$/u.test(ltext.slice(0, last.end))) && wordCount(tail) >= 2 && wordCount(tail) <= 8) {
        const verbFirstUnknown = UNKNOWN_VERB_FIRST.exec(tail);
        const verbAfterUnknown = verbFirstUnknown ? null : UNKNOWN_VERB_AFTER.exec(tail);
        const verb = verbFirstUnknown?.[1] ?? verbAfterUnknown?.[1];
        if (verb && !NOT_A_FRAME_VERB.test(verb)) {
          framed = true;
          speaker = verbFirstUnknown ? speakerAfter(last.para, last.end + lead + verb.length, stop) : subjectBefore(last.para, last.end + lead, last.end + lead + verbAfterUnknown![0].length - verb.length, false);
          rule = 'an unknown frame';
          why = `framed by "${verb}", which the rules do not know as a verb of speech: check the speaker`;
        }
      }
    }
    // No frame: the quotation goes on with the speaker before it.
    if (!speaker && !framed) {
      const prev = attributed.filter((a) => a.seg.para === para && a.seg.end <= first.start).at(-1);
      // Another name between them is another voice, unless it is part of the speaker's role ("chief executive of Northwind").
      const other = (m: { start: number; entity: Entity }) => m.entity !== prev!.by && !/\b(?:of|at|for|from|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
      if (prev && !people.within(para, prev.seg.end, first.start).some(other)) {
        speaker = { entity: prev.by };
        rule = 'continues the quotation before';
      }
    }
    if (!speaker) {
      // "X, director of Y, described a similar situation. “…”"
      const prevSentence = sentencesOf[para]!.filter((s) => s.end <= first.start).at(-1);
      if (prevSentence && !(prevQuote && prevQuote.end > prevSentence.start)) {
        const s = text.slice(prevSentence.start, prevSentence.end);
        const m = people.within(para, prevSentence.start, prevSentence.end)[0];
        if (m && (INTRODUCES.test(s) || /:\s*$/.test(s)) && wordCount(text.slice(prevSentence.start, m.start)) <= 3) {
          speaker = { entity: m.entity };
          rule = 'introduced by the sentence before';
        }
      }
    }
    if (!speaker && !framed && para > 0 && words >= 3 && !people.within(para, 0, first.start).length) {
      const prev = out.filter((p) => (p.toPara ?? p.para) === para - 1).at(-1);
      const prevText = paragraphs[para - 1]!;
      if (prev?.quote) {
        speaker = { entity: prev.by };
        rule = 'continues the speaker of the paragraph before';
        if (first.start > 0) why = `speaker taken from the quotation in the paragraph before`;
        // "“It is all lies.” Mark Wu, a fan, was unimpressed.": someone else the paragraph names may be whose words they are.
        const others = [...people.mentions, ...people.roleMentions].filter((m) => m.para === para && m.start >= first.end && m.entity !== prev.by && (m.entity.kind === 'person' || people.roleMentions.includes(m)) && !people.inQuote(m.para, m.start)).sort((a, b) => a.start - b.start);
        const other = others[0];
        if (other) {
          const next = sentenceAt(para, other.start);
          if (first.start === 0 && next.start >= first.end && wordCount(text.slice(next.start, other.start)) <= 2 && !quoteAround(para, next.start)) {
            speaker = { entity: other.entity };
            rule = 'named right after the quotation';
            why = `no frame: ${other.entity.name}, named right after it, proposed; the paragraph before quoted ${prev.by.name}`;
          } else why = `${other.entity.name} is named in this paragraph too: speaker taken from the quotation in the paragraph before`;
        }
      } else if (first.start === 0) {
        // "X told delegates:", and "Governor X addressed the legislature on Wednesday." before a speech's first paragraph.
        const lastSentence = sentenceAt(para - 1, prevText.length - 1);
        const m = people.within(para - 1, lastSentence.start, prevText.length)[0];
        const colon = /:\s*$/.test(prevText);
        const introduces = !!m && INTRODUCES.test(prevText.slice(lastSentence.start)) && wordCount(prevText.slice(lastSentence.start, m.start)) <= 3;
        if (m && (colon || introduces)) {
          speaker = { entity: m.entity };
          rule = 'introduced by the paragraph before';
          if (!colon) why = `no frame: ${m.entity.name}, who speaks in the paragraph before, proposed`;
        }
      }
    }
    if (!speaker && words < 5) {
      // A phrase echoing an attributed quotation: "‘deeply indoctrinated’".
      const phrase = fold(text.slice(first.start + 1, last.end - 1)).replace(/[^\p{L}\p{N} ]/gu, '');
      const echo = phrase.length > 6 ? out.find((p) => p.quote && fold(paragraphs[p.para]!.slice(p.start, p.end)).replace(/[^\p{L}\p{N} ]/gu, '').includes(phrase)) : undefined;
      if (echo) {
        speaker = { entity: echo.by, document: echo.document };
        rule = 'echoes a quotation';
        why = `echoes ${echo.by.name}'s words quoted before`;
      }
    }
    if (!speaker) {
      if (words >= 5 && !first.single) unsure.push(`${para + 1}: a quotation with no speaker found, not proposed: ${preview(text.slice(first.start))}`);
      continue;
    }
    if (first.single && words < 3 && rule !== 'echoes a quotation' && rule !== 'what X calls' && rule !== 'X said, “…”') continue;
    if (speaker.entity === author) continue;
    why ??= speaker.unsure;
    if (rule === 'X said, “…”' && wordCount(before.slice(0)) > 0 && words < 3) why = 'a short quotation inside a reported sentence';
    for (const seg of segs) attributed.push({ seg, by: speaker.entity });
    // Whole paragraphs become one block claim; parts of paragraphs, inline claims.
    let run: QuoteSegment[] = [];
    const flush = () => {
      if (run.length) out.push({ para: run[0]!.para, toPara: run.at(-1)!.para, start: 0, end: 0, by: speaker!.entity, quote: true, rule, ...(speaker!.document ? { document: true } : {}), ...(why ? { unsure: why } : {}) });
      run = [];
    };
    for (const seg of segs) {
      const ptext = paragraphs[seg.para]!;
      const whole = seg.start === 0 && /^[.,;!?]?\s*$/.test(ptext.slice(seg.end)) && segs.length > 1;
      if (whole) {
        run.push(seg);
        continue;
      }
      flush();
      out.push({ para: seg.para, start: seg.start, end: seg.end + (/^[.,]/.test(ptext.slice(seg.end)) && !seg.closed ? 1 : 0), by: speaker.entity, quote: true, rule, ...(speaker.document ? { document: true } : {}), ...(why ? { unsure: why } : {}) });
    }
    flush();
  }

  // 2. Reported speech: a reporting verb or "according to" with its clause.
  paragraphs.forEach((text, para) => {
    if (turns.has(para)) return;
    for (const sent of sentencesOf[para]!) {
      const s = text.slice(sent.start, sent.end);
      const found: { start: number; end: number; by: Speaker; via?: Entity; rule: string }[] = [];
      const clauseEnd = (from: number, limit: number) => {
        let end = limit;
        const rest = text.slice(from, end);
        // "…, but her opponents said it would fail": another's words begin.
        const stop = /\s[–—]\s|,\s+according to\b|\s\(\s*|;\s|,\s+(?:he|she|they|it|the\s+[\p{L}-]+|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:said|says|added|adds|wrote|noted|explained|told\s+\p{L}+)[.!?]?$|,\s+(?:but|while|whereas)\s+(?:[\p{L}’'-]+\s+){1,4}(?:said|say|says|argued|argue|argues|insisted|insist|insists|claimed|claim|claims|warned|warn|warns)\b/u.exec(rest);
        if (stop) end = from + stop.index;
        while (end > from && /[\s.,;:!?]/.test(text[end - 1]!) && !/[”"’]/.test(text[end - 1]!)) end--;
        return end;
      };
      // "According to X, …" and "…, according to X."
      for (const m of s.matchAll(/\baccording to\s+/giu)) {
        const at = sent.start + m.index;
        // Inside a quotation, "according to" is the speaker's own reasoning, not another's claim.
        if (quoteAround(para, at)) continue;
        const afterNp = at + m[0].length;
        if (m.index > 0 && /,\s*$/.test(s.slice(0, m.index))) {
          const by = speakerAfter(para, afterNp, sent.end);
          const end = sent.start + s.slice(0, m.index).replace(/,\s*$/, '').length;
          if (by && wordCount(text.slice(sent.start, end)) >= 4) found.push({ start: sent.start, end, by, rule: '…, according to X' });
          continue;
        }
        const mention = people.within(para, afterNp, sent.end)[0];
        const npEnd = mention && wordCount(text.slice(afterNp, mention.start)) <= 4 && (!text.slice(afterNp, mention.start).includes(',') || ROLE_NOUN.test(text.slice(afterNp, mention.start).replace(/,\s*$/, '').split(/\s+/).at(-1)!)) ? mention.end : afterNp;
        const comma = text.indexOf(',', npEnd);
        if (comma < 0 || comma >= sent.end || /[“"]/.test(text.slice(afterNp, comma))) continue;
        const by = mention && npEnd === mention.end ? (agentOf(para, afterNp, mention) ?? { entity: mention.entity }) : entityOfPhrase(para, afterNp, comma, at, true);
        let start = comma + 1;
        while (/\s/.test(text[start] ?? '')) start++;
        if (by) found.push({ start, end: clauseEnd(start, sent.end), by, rule: 'according to X, …' });
      }
      for (const v of s.matchAll(REPORTING_VERB)) {
        const at = sent.start + v.index;
        if (usedVerbs.has(`${para}:${at}`)) continue;
        const verb = v[0];
        const pre = text.slice(sent.start, at);
        if (NOUN_FORM.test(verb) && NOUN_BEFORE.test(pre)) continue;
        const after = text.slice(at + verb.length, sent.end);
        const q = quoteAround(para, at);
        const limit = q ? Math.min(sent.end, q.end - 1) : sent.end;
        const commaBefore = pre.lastIndexOf(',');
        // Parenthetical: "The study was observational, she said, and could not prove …", "In return, prosecutors said, the firms paid …".
        const adverb = ADVERBIAL.exec(after)?.[0].length ?? 0;
        const paren = /^\s*,\s+/.exec(after.slice(adverb));
        if (commaBefore > 0 && paren && wordCount(pre.slice(commaBefore)) <= 6 && !/[“"‘]/u.test(pre.slice(commaBefore))) {
          const by = subjectBefore(para, sent.start + commaBefore + 1, at, false);
          if (by) {
            const clause = text.slice(sent.start, sent.start + commaBefore);
            if (wordCount(clause) >= 3 && !/^[“"‘«]/u.test(clause.trim())) found.push({ start: sent.start, end: sent.start + commaBefore, by, rule: '…, X said, …' });
            const start = at + verb.length + adverb + paren[0].length;
            const end = clauseEnd(start, limit);
            if (wordCount(text.slice(start, end)) >= 3 && !/^[“"‘«]/u.test(text.slice(start))) found.push({ start, end, by, rule: '…, X said, …' });
          }
          continue;
        }
        // Inverted: "…, X said." and "…, said X." Only when nothing is said after "X said" but where and
        // when: in "Asked about the verdict, Ruiz said he would appeal" the words before the comma are the
        // author's, and Ruiz's are after the verb (the forward rule below).
        const speakerFirst = wordCount(pre.slice(commaBefore)) > 0;
        const tailOk = !speakerFirst || INVERTED_TAIL.test(after) || (TELL.test(verb) && wordCount(after) <= 5 && !/\b(?:he|she|they|it|we|i|you)\b/iu.test(after));
        if (commaBefore > 0 && tailOk && wordCount(after) <= 8 && !/\bthat\b|[“"]/u.test(after) && wordCount(pre.slice(commaBefore)) <= 6) {
          const by = wordCount(pre.slice(commaBefore)) === 0 ? speakerAfter(para, at + verb.length, sent.end) : subjectBefore(para, sent.start + commaBefore + 1, at, false);
          const clause = text.slice(sent.start, sent.start + commaBefore);
          if (by && wordCount(clause) >= 4 && !/^[“"‘«]/u.test(clause.trim())) found.push({ start: sent.start, end: sent.start + commaBefore, by, rule: '…, X said' });
          // ", said the deal rewarded aggression": no speaker after the verb, so the words after it are what was said.
          if (by || wordCount(pre.slice(commaBefore)) > 0) continue;
        }
        // Forward: "X said (that) …", "X told delegates that …", "who claims to …", "saying that …".
        let start = -1;
        const that = /^\s+(?:(?!that\b)(?:[^,.;:“"]{1,40}?)\s+)?that\s+/u.exec(after);
        // "told the Gazette she did not know …", "told Reuters it would …": whom, then the clause.
        const told = TELL.test(verb) ? /^\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}|(?:reporters|journalists|delegates|lawmakers|parliament|the\s+\p{Ll}+)\s+)(?=(?:he|she|they|it|we|i)\s+\p{Ll})/u.exec(after) : null;
        const rest = after.slice(adverb);
        const objectOk = that && (TELL.test(verb) || !/\s/.test(that[0].trim().replace(/\s+that$/, '')) || /^\s+(?:in|on|at|during|after|before|last|this|earlier|later|yesterday|today|again|also|publicly|privately|repeatedly|in a \w+)\b/i.test(after));
        // "says that plan will cost too much": "that" there points at the plan, and is part of what was said.
        const determiner = that && /^(?:plan|deal|claim|idea|policy|proposal|decision|approach|argument|figure|number|view|promise|bill|law|report|story|strategy|move|budget|version|account|theory|estimate|offer|scheme|project|statement)\s+(?:will|would|is|was|has|had|can|could|must|should|may|might|does|did|costs?|needs?)\b/iu.test(after.slice(that[0].length));
        if (that && objectOk && wordCount(that[0]) <= 7) start = at + verb.length + that[0].length - (determiner ? 'that '.length : 0);
        else if (told) start = at + verb.length + told[0].length;
        else if (CLAIM_TO.test(verb) && /^\s+to\s+\p{L}/u.test(after)) start = at + verb.length + /^\s+/.exec(after)![0].length;
        else if (!NEEDS_THAT.test(verb) && !TELL.test(verb.replace(/ing$/, ''))) {
          const next = /^\s+(\S+)/.exec(rest);
          // "said it would …", "said on Wednesday it would …", "said investigators had traced …".
          // A pronoun starts a clause only with a verb after it: "said it would …", not "said it mostly when …".
          const [, w2 = '', w3 = ''] = /^\s+\S+\s+(\S+)(?:\s+(\S+))?/.exec(rest) ?? [];
          const pronounVerb = !/^(?:he|she|it|they|we|i|you)$/i.test(next?.[1] ?? '') || !(NOT_A_VERB.test(w2) || (/ly$/i.test(w2) && (NOT_A_VERB.test(w3) || !w3)));
          // "said the same thing", "said nothing": what was said is not given.
          const object = /^\s+(?:the\s+same(?:\s+thing)?|nothing|something|anything|everything|much|little|so|this|that|these|those|a\s+lot|a\s+few\s+words|a\s+word|hello|goodbye|sorry)\b/i.test(rest);
          const clause =
            next &&
            pronounVerb &&
            !object &&
            ((CLAUSE_START.test(next[1]!) && !/^(?:to|in|on|at|of|by|for|with|so|as)$/i.test(next[1]!)) ||
              (/^\s+(?!(?:to|in|on|at|of|by|for|with|so|as|goodbye|hello|sorry|yes|no|thanks)\b)(?:\p{Ll}[\p{L}’'-]*\s+){1,7}?(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|does|do)\s/u.test(rest) && !/[,;:“"]/u.test(rest.slice(0, 60).split(/\s(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|does|do)\s/)[0]!)));
          if (clause) start = at + verb.length + adverb + /^\s+/.exec(rest)![0].length;
        }
        if (start < 0 || /^[“"‘«]/u.test(text.slice(start))) continue;
        // Inside a quotation, "he" and "she" are people the speaker talks about, whom the text does not name.
        if (q && /(?:^|\s)(?:he|she|they)\s*$/i.test(pre.replace(AUX, ''))) continue;
        // "Baker was told by Mayor Ana Ruiz that …": the words are Ruiz's; Baker heard them.
        const passiveBy = PASSIVE.test(pre.replace(AUX, '')) && !/ing$/i.test(verb) ? /^\s+by\s+/.exec(after) : null;
        const by = passiveBy ? speakerAfter(para, at + verb.length + passiveBy[0].length, start) : subjectBefore(para, sent.start, at, /ing$/i.test(verb));
        if (!by) continue;
        // "Ruiz denied that she had lied": the clause is what she says is false, not what she said.
        if (/^den/i.test(verb)) {
          unsure.push(`${para + 1}: a denial, not proposed as ${by.entity.name}'s words: ${preview(text.slice(sent.start, sent.end))}`);
          continue;
        }
        let end = /,\s*who\s+\S*\s*$/i.test(pre.replace(AUX, '') + ' ') || /,\s*who\s*$/i.test(pre.replace(AUX, '')) ? text.indexOf(',', start) : -1;
        if (end < 0 || end > limit) end = clauseEnd(start, limit);
        if (wordCount(text.slice(start, end)) < 3) continue;
        found.push({ start, end, by, rule: 'X said that …' });
      }
      for (const f of found) {
        // Relayed: "X said Y had told him …": Y's words, relayed by X.
        const clause = text.slice(f.start, f.end);
        const relay = /^((?:[\p{L}'’.-]+\s+){0,5}?)(?:had\s+|has\s+)?(?:(?:told|assured|informed|promised|warned)\s+(?:him|her|them|me|us)(?:\s+that)?|(?:said|replied|confirmed|insisted|claimed|agreed|admitted|promised|explained|answered)\s+that)\s+/u.exec(clause);
        let by = f.by;
        let via: Entity | undefined;
        let start = f.start;
        if (relay && relay[1]) {
          const inner = entityOfPhrase(para, f.start, f.start + relay[1].length, f.start, true);
          if (inner && inner.entity !== f.by.entity) {
            via = f.by.entity;
            by = inner;
            start = f.start + relay[0].length;
          }
        }
        if (by.entity === author) continue;
        out.push({ para, start, end: f.end, by: by.entity, ...(via ? { via } : {}), quote: false, rule: f.rule, ...(by.document ? { document: true } : {}), ...(by.unsure ? { unsure: by.unsure } : {}) });
      }
    }
  });

  // "X told Reuters: “…”", "X said in an interview with the Gazette that …": the outlet relays the words.
  const relay = new RegExp(`\\b(?:told|tells|telling|speaking to|spoke to|in an interview with|interviewed by|said to)\\s+(${OUTLET.source})(?:[’']s)?`, 'u');
  for (const c of out) {
    if (c.via || c.toPara !== undefined) continue;
    const text = paragraphs[c.para]!;
    const sent = sentencesOf[c.para]!.filter((s) => s.start < c.end && c.start < s.end);
    const around = text.slice(Math.min(c.start, ...sent.map((s) => s.start)), Math.max(c.end, ...sent.map((s) => s.end)));
    const frame = around.replace(text.slice(c.start, c.end), ' ');
    const m = relay.exec(frame);
    // "the BBC", "the Fars News Agency" are named without their article; "The Guardian" keeps it.
    if (m) c.via = people.entity(m[1]!.replace(/^the\s+/, 'The ').replace(/^The (?=BBC|Associated Press|.*Agency$)/, ''), 'organisation');
  }
  return { claims: joinSplitQuotes(tidy(out, quotes), paragraphs), unsure };
}

/** One proposal per span: no crossing spans, a quotation inside the same speaker's reported words is theirs already. */
function tidy(claims: Proposal[], quotes: QuoteSegment[]): Proposal[] {
  const key = (p: Proposal) => `${p.para}:${p.start}:${p.end}:${p.toPara ?? ''}`;
  const kept: Proposal[] = [];
  const seen = new Set<string>();
  for (const p of claims) {
    if (p.toPara !== undefined) {
      kept.push(p);
      continue;
    }
    if (p.end <= p.start) continue;
    if (seen.has(key(p))) {
      // The same words found twice: the reading that knows the relay wins.
      const i = kept.findIndex((k) => key(k) === key(p));
      if (p.via && i >= 0 && !kept[i]!.via && kept[i]!.by === p.by) kept[i] = p;
      continue;
    }
    // A reported clause may not cut a quotation in two.
    if (!p.quote && quotes.some((q) => q.para === p.para && ((q.start < p.start && p.start < q.end && q.end < p.end) || (p.start < q.start && q.start < p.end && p.end < q.end - 1)))) continue;
    seen.add(key(p));
    kept.push(p);
  }
  const inBlock = (p: Proposal, b: Proposal) => b.toPara !== undefined && p.toPara === undefined && p.para >= b.para && p.para <= b.toPara;
  const contains = (a: Proposal, b: Proposal) => a !== b && a.para === b.para && a.toPara === undefined && b.toPara === undefined && a.start <= b.start && b.end <= a.end;
  const crosses = (a: Proposal, b: Proposal) => a.para === b.para && a.toPara === undefined && b.toPara === undefined && a.start < b.start && b.start < a.end && a.end < b.end;
  const out: Proposal[] = [];
  for (const p of kept) {
    // The same words, found twice: the quotation's frame wins.
    if (kept.some((o) => o !== p && o.quote && !p.quote && o.para === p.para && Math.abs(o.start - p.start) <= 1 && Math.abs(o.end - p.end) <= 2)) continue;
    if (kept.some((o) => (contains(o, p) || inBlock(p, o)) && o.by === p.by)) continue;
    if (out.some((o) => crosses(o, p) || crosses(p, o))) continue;
    out.push(p);
  }
  return out.sort((a, b) => a.para - b.para || a.start - b.start || b.end - a.end);
}

/** A single quotation mark's closing mark. */
const SINGLE_CLOSE = new Map([
  ['‘', '’'],
  ["'", "'"],
]);

/**
 * One quotation split by its frame ("“The plan,” Keller said, “is dead.”")
 * is one claim: its first half alone ("The plan,") would be a claim page
 * and a card of two words. The frame's words stay inside it, between the
 * marks, so the claim still reads as a quote.
 */
function joinSplitQuotes(claims: Proposal[], paragraphs: readonly string[]): Proposal[] {
  const frame = new RegExp(`^\\s*(?:[\\p{L}’'.-]+\\s+){0,4}(?:${REPORTING_VERB.source})(?:\\s+[\\p{L}’'.-]+){0,4}\\s*[,:]\\s*(?=["“‘']\\p{Ll})`, 'iu');
  const drop = new Set<Proposal>();
  for (const a of claims) {
    if (!a.quote || a.toPara !== undefined || drop.has(a)) continue;
    const text = paragraphs[a.para]!;
    if (!/,["”’']$/u.test(text.slice(a.start, a.end))) continue;
    const f = frame.exec(text.slice(a.end));
    if (!f) continue;
    const open = a.end + f[0].length;
    // An apostrophe inside ("isn’t", "the lads’ spirit") does not close it.
    const single = SINGLE_CLOSE.get(text[open]!);
    const double = /^(?:“[^”]*”|"[^"]*")/u.exec(text.slice(open));
    const end = single ? singleClose(text, open + 1, single) : double ? open + double[0].length : -1;
    if (end < 0) continue;
    // The second half is the same speaker's, or nobody's yet.
    const second = claims.find((c) => c !== a && c.para === a.para && c.start >= a.end && c.start <= open + 1);
    if (second && (second.by !== a.by || !second.quote)) continue;
    if (second) drop.add(second);
    a.end = end;
  }
  return claims.filter((c) => !drop.has(c));
}

const preview = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s);
