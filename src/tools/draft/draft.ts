/**
 * A draft reading from a raw article: the text as a reader sees it, with
 * every proposed claim marked `draft` for an editor to review, the speaker
 * files of the people and bodies it names, and a report of what was
 * proposed and what the rules were unsure of. Deterministic and offline:
 * rules over the text, no model, no network.
 */
import { stringify } from 'yaml';
import { basename } from 'node:path';
import { slugWords, type SpeakerId } from '../../core/ids';
import { languageOf, latinForId } from './language';
import { BODY, DOCUMENT, GROUP, ROLE_PERSON } from './lexicon';
import type { Speaker } from '../../core/model';
import { proposeClaims, type Proposal } from './claims';
import { proposeNumbers } from './numbers';
import { cap, People, type Entity } from './people';
import { renderBlock, renderParagraph, type Span } from './render';
import { fromHtml, fromMarkdown, fromText, type Article } from './source';
import { fold, wordCount } from './text';

/** The words before a place's name: "in Hong Kong", "the floods across Ashford Vale", "residents of Ferris Crossing". */
const LOCATIVE = /\b(?:in|at|from|near|across|throughout|outside|inside|into|around|towards?|via|of|to)\s+(?:the\s+)?$/i;

export interface DraftOptions {
  /** Speakers already on the site: reused when a name or an alias matches. */
  speakers: ReadonlyMap<SpeakerId, Speaker>;
  /** The writer's speaker id, or their name. */
  author?: string;
  slug?: string;
}

export interface Draft {
  slug: string;
  markdown: string;
  /** New speaker files: id → YAML. */
  speakerFiles: Map<string, string>;
  /** Every speaker the reading uses, new and reused, for building it. */
  speakers: Map<SpeakerId, Speaker>;
  /** What was proposed and what the rules were unsure of, line by line. */
  report: string[];
  stats: { claims: number; quotes: number; reported: number; unsure: number; numbers: number; names: number; newSpeakers: number; reusedSpeakers: number };
}

/** A word the text writes in lower case somewhere, or a common noun of speech, never capitalised but where a sentence starts: not a name. */
function commonNoun(word: string, paragraphs: string[]): boolean {
  const re = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
  let lower = false;
  for (const p of paragraphs)
    for (const m of p.matchAll(re)) {
      if (/^\p{Ll}/u.test(m[0])) lower = true;
      else if (!/(?:^|[.!?:;]["”’)]*\s+|["“‘(]\s*)$/u.test(p.slice(0, m.index))) return false;
    }
  const singular = word.replace(/s$/i, '');
  return lower || [word, singular].some((w) => BODY.test(w) || GROUP.test(w) || DOCUMENT.test(w) || ROLE_PERSON.test(w));
}

/** Reads the source by its kind: `.html`, `.md`, or text. */
export function readArticle(source: string, path: string): Article {
  const article = /\.html?$/i.test(path) ? fromHtml(source) : /\.(?:md|markdown)$/i.test(path) ? fromMarkdown(source) : fromText(source);
  article.name = basename(path).replace(/\.[^.]*$/, '');
  return article;
}

export function draftReading(article: Article, options: DraftOptions): Draft {
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  // The page's language and direction (an Arabic article reads right to left); a Markdown source's own `lang` wins.
  const lang =
    article.extra.lang !== undefined ? undefined
    : article.lang ? (/^en\b/i.test(article.lang) ? undefined : article.lang)
    : languageOf([article.title ?? '', ...article.blocks.map((b) => b.text)].join('\n'));
  const textLang = String(article.extra.lang ?? lang ?? 'en');
  // German capitalises every noun: capitals cannot tell a name there ("Das Unternehmen", "Millionen Pendler").
  const namesByCapitals = !/^(?:de|lb)(?:-|$)/i.test(textLang);
  const people = new People(paragraphs, namesByCapitals);
  const report: string[] = [];

  // The writer: --author, the front matter, the byline; else nobody the text quotes.
  const existing = new Map<string, Speaker>();
  for (const s of options.speakers.values()) for (const form of [s.name, ...s.aliases]) if (!existing.has(fold(form))) existing.set(fold(form), s);
  let authorEntity: Entity | undefined;
  let authorId: string | undefined = options.author && options.speakers.has(options.author as SpeakerId) ? options.author : article.authorId;
  const authorName = authorId ? undefined : (options.author ?? article.byline);
  if (authorName) {
    authorEntity = people.entity(authorName, 'person', [article.bylineRole ?? 'Writer', article.publication].filter(Boolean).join(', '));
  } else if (authorId) {
    const s = options.speakers.get(authorId as SpeakerId);
    if (s) authorEntity = people.entity(s.name, s.kind);
  }

  const { claims, unsure } = proposeClaims(paragraphs, people, authorEntity);
  // "Halvorsen" when Margit and Erik Halvorsen are both named: the one named last is a guess.
  for (const c of claims) {
    const shared = people.sharedSurnames.find((m) => m.para === c.para && m.entity === c.by);
    if (shared) c.unsure ??= `"${paragraphs[shared.para]!.slice(shared.start, shared.end)}" may be ${[c.by, ...shared.others].map((e) => e.name).join(' or ')}: ${c.by.name} (named last) proposed`;
  }
  if (!namesByCapitals) unsure.push(`names are not looked for in a text in "${textLang}": it capitalises every noun, so capitals cannot tell a name; mark speakers by hand`);
  else if (!/^en(?:-|$)/i.test(textLang)) unsure.push(`the text is in "${textLang}": the rules that find claims read English only, so most of its quotations and reported statements are not proposed; mark them by hand`);
  const { numbers, names, quantities } = proposeNumbers(paragraphs, textLang, namesByCapitals);

  // Speaker ids: an existing speaker when a name or an alias matches, else a new file.
  const used = new Set<Entity>();
  for (const c of claims) {
    used.add(c.by);
    if (c.via) used.add(c.via);
    c.by.claims++;
  }
  // "in Hong Kong", "residents of Ashford Vale": a name only ever after a preposition of place, with no words
  // of its own and no role, is a place, not a speaker (the name rules cannot tell "Ferris Crossing" from a person).
  const placeBefore = (m: (typeof people.mentions)[number]) => {
    const text = paragraphs[m.para]!;
    let start = m.start;
    // "Vale" found inside "Ashford Vale": what comes before is what comes before the whole name.
    for (let w = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, start)); w && m.entity.name.split(/\s+/).includes(w[1]!); w = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, start))) start = w.index;
    return LOCATIVE.test(text.slice(Math.max(0, start - 24), start));
  };
  const elsewhere = new Set(people.mentions.filter((m) => !placeBefore(m)).map((m) => m.entity));
  for (const m of people.mentions) if (elsewhere.has(m.entity) || m.entity.claims > 0 || m.entity.role || used.has(m.entity)) used.add(m.entity);
  const places = new Set(people.mentions.map((m) => m.entity).filter((e) => !used.has(e)));
  if (places.size) report.push(`taken for places, not speakers (named only after in, at, from…): ${[...places].map((e) => e.name).join(', ')}`);
  if (authorEntity) used.add(authorEntity);
  const taken = new Set<string>(options.speakers.keys());
  const speakers = new Map<SpeakerId, Speaker>();
  const speakerFiles = new Map<string, string>();
  const fresh: Entity[] = [];
  let reused = 0;
  // The slug the reading will have (as below): a common noun's speaker is named after it.
  const slugOf = () => options.slug ?? (slugWords(article.title ?? '').slice(0, 8).join('-') || slugWords(article.name ?? '').join('-') || 'draft');
  for (const e of used) {
    // "Prosecutors", "the company", "the survey": a common noun names someone within this reading only; the
    // prosecutors of another reading are other people, so they share no speaker file.
    const generic = e.kind !== 'person' && wordCount(e.name) === 1 && commonNoun(e.name, paragraphs);
    const match = generic ? undefined : [e.name, ...e.aliases].map((f) => existing.get(fold(f))).find((s) => s && (fold(s.name) === fold(e.name) || s.aliases.some((a) => fold(a) === fold(e.name)) || (wordCount(e.name) === 1 && s.kind === 'person' && e.kind === 'person')));
    if (match) {
      e.id = match.id;
      speakers.set(match.id, match);
      reused++;
      continue;
    }
    const base = [...(generic ? [slugOf()] : []), slugWords(e.name).join('-') || slugWords(latinForId(e.name)).join('-') || 'speaker'].join('-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    e.id = id;
    fresh.push(e);
  }
  if (authorEntity) authorId = authorEntity.id;
  if (!authorId) {
    authorId = 'unknown-author';
    if (!options.speakers.has('unknown-author' as SpeakerId)) fresh.push({ key: 'unknown author', name: 'Unknown author', kind: 'person', aliases: new Set(), id: authorId, claims: 0 });
    else speakers.set(authorId as SpeakerId, options.speakers.get(authorId as SpeakerId)!);
    report.push('no byline found: the author is "unknown-author"; pass --author <speaker-id or "Name"> to set it');
  }
  // Aliases no other speaker of the reading shares: a shared one would stop the build.
  const forms = new Map<string, number>();
  const allForms = (s: { name: string; aliases: Iterable<string> }) => [s.name, ...s.aliases].map(fold);
  for (const s of speakers.values()) for (const f of new Set(allForms(s))) forms.set(f, (forms.get(f) ?? 0) + 1);
  for (const e of fresh) for (const f of new Set(allForms(e))) forms.set(f, (forms.get(f) ?? 0) + 1);
  for (const e of fresh) {
    const aliases = [...e.aliases].filter((a) => a !== e.name && forms.get(fold(a)) === 1);
    const data = { name: e.name, kind: e.kind, ...(e.role ? { role: e.role } : {}), aliases };
    speakerFiles.set(e.id!, stringify(data, { lineWidth: 0 }));
    speakers.set(e.id as SpeakerId, { id: e.id as SpeakerId, name: e.name, kind: e.kind, ...(e.role ? { role: e.role } : {}), aliases });
  }

  // The body.
  const claimSpans = (para: number): Span[] =>
    claims
      .filter((c) => c.toPara === undefined && c.para === para)
      .map((c) => ({ start: c.start, end: c.end, open: ':claim[', close: `]{${attributes(c)}}`, rank: 0 }));
  const paraIndex = new Map<number, number>();
  let p = 0;
  article.blocks.forEach((b, i) => b.kind === 'paragraph' && paraIndex.set(i, p++));
  const out: string[] = [];
  const blockOf = new Map(claims.filter((c) => c.toPara !== undefined).map((c) => [c.para, c]));
  let openBlock: Proposal | undefined;
  for (const [i, b] of article.blocks.entries()) {
    const para = paraIndex.get(i);
    if (para === undefined) {
      out.push(renderBlock(b, article.markdown));
      continue;
    }
    const spans = [
      ...claimSpans(para),
      ...numbers.filter((n) => n.para === para).map((n) => ({ start: n.start, end: n.end, open: ':num[', close: `]{${[n.quantity ? `q=${n.quantity}` : '', n.asof ? `asof=${n.asof}` : ''].filter(Boolean).join(' ')}}`, rank: 1 })),
      ...names.filter((n) => n.para === para).map((n) => ({ start: n.start, end: n.end, open: ':name[', close: ']', rank: 2 })),
    ];
    let md = (b.prefix ?? '') + renderParagraph(b.text, spans, article.markdown);
    const block = blockOf.get(para);
    if (block) {
      openBlock = block;
      md = `:::claim{${attributes(block)}}\n${md}`;
    }
    if (openBlock && para === openBlock.toPara) {
      md += '\n:::';
      openBlock = undefined;
    }
    out.push(md);
  }

  const quoteCount = claims.filter((c) => c.quote || c.verbatim).length;
  const reportedSpeakers = [...speakers.keys()].filter((id) => id !== authorId);
  const frontmatter: Record<string, unknown> = {
    title: article.title ?? cap(paragraphs[0]?.split(/\s+/).slice(0, 8).join(' ') ?? 'Untitled'),
    ...(article.dek ? { dek: article.dek } : {}),
    author: authorId,
    ...(article.publication ? { publication: article.publication } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    ...(lang ? { lang } : {}),
    ...article.extra,
    speakers: reportedSpeakers,
    ...(Object.keys(quantities).length ? { quantities } : {}),
  };
  const markdown = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${out.join('\n\n')}\n`;
  // A title in a script with no Latin letters gives no slug: the article's file name does.
  const slug = options.slug ?? (slugWords(String(frontmatter.title)).slice(0, 8).join('-') || slugWords(article.name ?? '').join('-') || 'draft');

  // The report.
  const line = (c: Proposal) => {
    const text = c.toPara === undefined ? paragraphs[c.para]!.slice(c.start, c.end) : paragraphs.slice(c.para, c.toPara + 1).join(' ');
    return `  ¶${c.para + 1} ${c.quote || c.verbatim ? 'quote' : 'reported'} by ${c.by.id}${c.via ? ` via ${c.via.id}` : ''}${c.document ? ' (document)' : ''}: ${text.length > 72 ? text.slice(0, 72) + '…' : text}${c.unsure ? `\n      unsure: ${c.unsure}` : ''}`;
  };
  report.unshift(
    `proposed ${claims.length} claims (${quoteCount} quotations, ${claims.length - quoteCount} reported statements), ${numbers.length} numbers, ${names.length} names; speakers: ${fresh.length} new, ${reused} reused`,
    ...claims.map(line),
  );
  if (article.dropped.length) report.push(`dropped as page residue: ${article.dropped.map((d) => JSON.stringify(d.length > 40 ? d.slice(0, 40) + '…' : d)).join(', ')}`);
  for (const e of fresh) report.push(`new speaker ${e.id}: ${e.name} (${e.kind}${e.role ? `, ${e.role}` : ''})`);
  const doubts = [...claims.filter((c) => c.unsure).map((c) => `¶${c.para + 1}: ${c.unsure}`), ...unsure];
  for (const e of fresh) if (e.kind === 'person' && !e.role && e.claims > 0) doubts.push(`${e.id}: no role found in the text`);
  if (doubts.length) report.push('unsure:', ...doubts.map((d) => `  ${d}`));

  return {
    slug,
    markdown,
    speakerFiles,
    speakers,
    report,
    stats: { claims: claims.length, quotes: quoteCount, reported: claims.length - quoteCount, unsure: doubts.length, numbers: numbers.length, names: names.length, newSpeakers: fresh.length, reusedSpeakers: reused },
  };
}

function attributes(c: Proposal): string {
  return [`by=${c.by.id}`, c.via ? `via=${c.via.id}` : '', c.document ? 'kind=document' : c.verbatim ? 'kind=quote' : '', 'draft'].filter(Boolean).join(' ');
}
