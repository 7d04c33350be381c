/**
 * From what an editor has (text pasted from a web page, a saved HTML page,
 * a Markdown file, a transcript) to the article as a reader sees it: its
 * headline, dek, byline, date, and the paragraphs of its body, without the
 * page's residue (breadcrumbs, share and comment prompts, "You may also
 * like" lists).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse as parseYamlText } from 'yaml';
import { asciiDigits, findNumbers, WEEKDAYS } from '../../core/numbers';
import { wordCount } from './text';
import { ROLE_NOUN, STAGE_DIRECTION } from './lexicon';

export interface Block {
  /** `raw`: Markdown kept as it was written, and not read for claims (a table, code, an image, HTML). */
  kind: 'paragraph' | 'heading' | 'figure' | 'raw';
  /** Plain text for text and HTML sources; Markdown as written for Markdown sources. */
  text: string;
  /** What the paragraph's line starts with in Markdown: a list item's marker, a block quote's `> `. */
  prefix?: string;
}

export interface Article {
  title?: string;
  dek?: string;
  /** The writer's name, as the byline gives it. */
  byline?: string;
  /** The writer's role, when the byline gives it ("By Tom Baker, Political Editor"). */
  bylineRole?: string;
  publication?: string;
  url?: string;
  /** An ISO date: 2018-04-17, 2018-04 or 2018. */
  published?: string;
  blocks: Block[];
  /** Lines dropped as page residue, for the report. */
  dropped: string[];
  /** The body is Markdown already (a `.md` source): it is not escaped. */
  markdown: boolean;
  /** The author's speaker id, when a Markdown source's front matter names one. */
  authorId?: string;
  /** Other front-matter fields of a Markdown source, kept as they were. */
  extra: Record<string, unknown>;
  /** The source file's name without its extension: the slug when the title gives none. */
  name?: string;
  /** The language the source declares (an HTML page's `lang`). */
  lang?: string;
}

/** Lines that belong to the page, not the article. */
const RESIDUE =
  /^(?:home\s*[»›>|/].*|.*\s[»›]\s.*|(?:share|tweet|email|print|pin|save|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram)(?:\s+(?:this|on|via|the)\b.*)?:?|share this (?:article|story|post|page).*|leave a (?:comment|reply).*|\d*\s*comments?|add (?:a )?comment.*|post a comment|join the (?:conversation|discussion).*|you may also like.*|you might also like.*|related(?: (?:articles|stories|posts|content|reading))?:?|read (?:more|also|next)\b.*|more (?:from|on|stories)\b.*|recommended(?: for you)?|most (?:popular|read)|advertisement|sponsored(?: content)?|subscribe\b.*|sign up\b.*newsletter.*|follow us\b.*|click here\b.*|tags?:.*|filed under\b.*|posted in\b.*|categories:.*|skip to (?:main )?content|menu|search|log ?in|sign in|previous (?:article|post)|next (?:article|post)|back to top)$/i;

/** Prompts after which the rest of a pasted page is lists, comments and footers. */
const TAIL = /^(?:you may also like|you might also like|related(?: articles| stories| posts| content)?|leave a (?:comment|reply)|\d*\s*comments?|more from\b|recommended|most (?:popular|read)|read next)\b/i;

// The word for "by" in any case; the name after it in capitals (no `i` flag: with it, \p{Lu} takes lower case too,
// and "Von der Leyen wins a second term" would be a byline).
// "By Owen Pritchard and Sara Nkemelu": the first writer is the author.
// "By Tom Baker in Kyiv": where the writer files from is not part of the byline's name.
const BY = /^(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|[Dd]oor)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|al|bin)){0,3})(?:\s+(?:in|at|en|à|a)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+(?:and|&|et|y|und|e|en)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:in|at|en|à|a)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)?(?:\s*[,|–—-]\s*(.+))?$/u;
/** A byline in a script without capitals: "بقلم سارة حداد — ١٢ أبريل ٢٠٢٤". */
const BY_UNCASED = /^(?:بقلم|كتب|كتبت|نوشته|به قلم)\s*:?\s+([^,|–—\d\u0660-\u0669\u06F0-\u06F9-]{2,40}?)\s*(?:[,|–—-]\s*(.+))?$/u;
/** Month names of the languages whose dates a byline may give, to English, so that the number reader knows them. */
const MONTHS = new Map<string, string>();
for (const locale of ['fr', 'es', 'de', 'it', 'pt', 'nl', 'ar-EG', 'ar-SY']) {
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2001, m, 15));
    const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).toLowerCase();
    MONTHS.set(name, new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(date));
  }
}
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');
/** A date in another language, written as the English the number reader knows: "17 de marzo de 2023", "١٢ أبريل ٢٠٢٤". */
const inEnglish = (s: string) =>
  asciiDigits(s)
    .replace(MONTH_WORD, (m) => MONTHS.get(m.toLowerCase()) ?? m)
    .replace(/(\d)\s+de\s+(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})\s+de\s+(\d)/gu, '$1 $2');
/** A closing signature: "Jane Doe, The Daily Post" or "Jane Doe". */
const SIGNATURE = /^[—–-]?\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*(?:,\s*([^,]{2,60}?))?\s*,?$/u;
const DATE_LINE = /^(?:(?:published|posted|updated|last updated|first published)(?: on)?:?\s*)?(.{4,60})$/i;

const terminal = (s: string) => /[.!?…:;]["”’')\]]*$/u.test(s.trim().replace(STAGE_DIRECTION, ''));
/** A live blog's time stamp alone on its line: "18:05", "14:20 GMT", "9.45am". */
const STAMP = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT)?$/i;
/** A transcript's speaker label starting a line: "GOVERNOR MARTINEZ:", "Q:", "CHAIR (Ruth Okonkwo):". */
const TURN = /^(?:\p{Lu}[\p{Lu}\p{N} .'’-]*|Q|A)(?:\s*\([^)]*\))?:\s/u;
const isShort = (s: string, words = 25) => wordCount(s) <= words;

/**
 * What a byline gives after the writer's name, part by part: a date, the writer's role ("Political
 * Editor", "Staff Writer"), the publication ("By Tom Baker, Political Editor, The Valmora Gazette").
 */
function readBylineRest(article: Article, rest: string | undefined): void {
  // A comma before a year is the date's own ("March 4, 2025").
  for (const part of (rest ?? '').split(/\s*[|–—]\s*|\s*,(?!\s*\d{4}\b)\s*|\s+-\s+/).filter(Boolean)) {
    const date = dateOf(part);
    if (date) article.published ??= date;
    // "The Economist", "The Hollywood Reporter": a title with "The" names the publication, whatever role word it holds.
    else if (ROLE_NOUN.test(part) && wordCount(part) <= 5 && !/^the\s/i.test(part)) article.bylineRole ??= part;
    else if (!WEEKDAY.test(part)) article.publication ??= part;
  }
}
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join('|')})$`, 'i');

/** A date alone on its line, as an ISO date, or undefined. */
function dateOf(line: string): string | undefined {
  const m = DATE_LINE.exec(inEnglish(line.trim()));
  if (!m) return undefined;
  const found = findNumbers(m[1]!);
  const date = found.find((n) => n.kind === 'date' && /^\d{4}/.test(String(n.value)));
  if (!date || wordCount(m[1]!) > wordCount(date.text) + 3) return undefined;
  return String(date.value);
}

/** Splits text into paragraphs: blank lines, and line ends after a sentence's end (pasted text often has one paragraph a line). */
function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let current = '';
    for (const raw of chunk.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      // A time stamp stands alone, and so does the line after it: "18:05" is not the start of a sentence.
      if (current && (terminal(current) || STAMP.test(current) || STAMP.test(line) || TURN.test(line)) && /^[\p{Lu}\p{N}“"‘'«(—–-]/u.test(line)) {
        out.push(current);
        current = line;
      } else current = current ? `${current} ${line}` : line;
    }
    if (current) out.push(current);
  }
  return out;
}

/** Captions kept from a page whose pictures are gone. */
const CAPTION = /^(?:above|below|pictured|photo|image|video|watch|caption|credit|file photo)\b[:\s]|(?:\((?:photo|image|file|video)[^)]*\)|(?:getty images|reuters|ap photo|afp)\)?)$/i;

/** The article of a plain-text page: residue dropped, head recognised. */
export function fromText(text: string): Article {
  const article: Article = { blocks: [], dropped: [], markdown: false, extra: {} };
  let lines = paragraphsOf(text.replace(/\r\n?/g, '\n'));
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (TAIL.test(line) && i >= lines.length / 2 && isShort(line, 8)) {
      article.dropped.push(...lines.slice(i));
      break;
    }
    if (RESIDUE.test(line) && isShort(line, 30)) article.dropped.push(line);
    else kept.push(line);
  }
  lines = kept;
  // The head: headline, then a dek, byline and date in any order, before the first paragraph of prose.
  let i = 0;
  const isProse = (s: string) => terminal(s) && wordCount(s) > 12;
  if (lines[0] && !isProse(lines[0])) article.title = lines[i++]!;
  for (; i < lines.length && i < 6; i++) {
    const line = lines[i]!;
    const by = BY.exec(line) ?? BY_UNCASED.exec(line);
    const date = dateOf(line);
    if (by && isShort(line, 16)) {
      article.byline = by[1]!.trim();
      readBylineRest(article, by[2]);
    } else if (date) article.published ??= date;
    else if (!article.dek && !isProse(line) && !terminal(line) && isShort(line) && i === 1) article.dek = line;
    else break;
  }
  const body = lines.slice(i);
  // A dateline opens the first paragraph: "SAN FRANCISCO, March 4, 2025 — …" gives the date.
  const dateline = /^\p{Lu}[\p{Lu} .'’-]+(?:\s*\([^)]*\))?,\s+([^—–]{4,30}?)\s*[—–-]\s/u.exec(body[0] ?? '');
  if (dateline && !article.published) article.published = dateOf(dateline[1]!);
  // A closing signature names the writer.
  const last = body.at(-1);
  const sig = last ? SIGNATURE.exec(last) : null;
  if (sig && isShort(last!, 10) && !article.byline) {
    article.byline = sig[1]!;
    if (sig[2]) article.publication ??= sig[2].trim();
    body.pop();
  }
  let prose = false;
  for (const line of body) {
    if (CAPTION.test(line) && isShort(line, 40)) article.blocks.push({ kind: 'figure', text: line });
    else if (STAMP.test(line)) article.blocks.push({ kind: 'heading', text: line });
    else if (!terminal(line) && isShort(line, 14) && !/["“”]/.test(line) && !TURN.test(line)) {
      // A short line without a stop: before the prose, the lead picture's caption; among it, a subheading.
      article.blocks.push({ kind: prose ? 'heading' : 'figure', text: line });
    } else {
      prose = true;
      article.blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return article;
}

/** The article of an HTML page, as Firefox's Reader View would show it. */
export function fromHtml(html: string): Article {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const published = meta('meta[property="article:published_time"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  // A standfirst marked as one in the page (news sites' class names) is the dek, not the body's first paragraph.
  const standfirst = document.querySelector('.dek, .standfirst, .subtitle, .subheadline, .sub-headline, .article-summary, .summary, .lede, [itemprop="description"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const description = standfirst || meta('meta[name="description"]') || meta('meta[property="og:description"]');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const article: Article = { blocks: [], dropped: [], markdown: false, extra: {} };
  article.title = parsed?.title?.trim() || undefined;
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) article.lang = lang;
  if (parsed?.byline) article.byline = parsed.byline.replace(/^by\s+/i, '').replace(/\s*[|,–—].*$/, '').replace(/\s+(?:in|at)\s+\p{Lu}.*$/u, '').trim() || undefined;
  article.publication = parsed?.siteName?.trim() || meta('meta[property="og:site_name"]');
  if (canonical && /^https?:\/\//.test(canonical)) article.url = canonical;
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(parsed?.publishedTime ?? published ?? '');
  if (date) article.published = date[1];
  const content = parseHTML(`<!doctype html><html><body>${parsed?.content ?? document.body?.innerHTML ?? ''}</body></html>`).document;
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  for (const el of content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, figcaption, pre')) {
    // Paragraphs inside list items and captions are read with them.
    if (el.tagName !== 'FIGCAPTION' && el.parentElement?.closest('li, figcaption, p')) continue;
    const text = clean(el.textContent);
    if (!text) continue;
    if (text === standfirst) continue;
    if (/^H[1-6]$/.test(el.tagName)) {
      if (text === article.title) continue;
      article.blocks.push({ kind: 'heading', text });
    } else if (el.tagName === 'FIGCAPTION') article.blocks.push({ kind: 'figure', text });
    else if (RESIDUE.test(text) && isShort(text, 30)) article.dropped.push(text);
    else article.blocks.push({ kind: 'paragraph', text });
  }
  const first = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  if (description && !first.startsWith(description.replace(/…$|\.\.\.$/, '').slice(0, 60))) article.dek = description;
  return article;
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+/;

/** A Markdown body's blocks, split at blank lines, except inside fenced code. */
function markdownChunks(body: string): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const open = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      current.push(line);
      if (open && open[1]!.startsWith(fence)) fence = null;
    } else if (open) {
      current.push(line);
      fence = open[1]!;
    } else if (!line.trim()) {
      if (current.length) chunks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) chunks.push(current.join('\n'));
  return chunks;
}

/** A Markdown source: its front matter kept, its body's paragraphs as written. */
export function fromMarkdown(source: string): Article {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const data = (fm ? parseYamlText(fm[1]!) : {}) as Record<string, unknown>;
  const body = fm ? text.slice(fm[0].length) : text;
  const article: Article = { blocks: [], dropped: [], markdown: true, extra: {} };
  for (const [key, value] of Object.entries(data ?? {})) {
    if (key === 'title' || key === 'dek' || key === 'publication' || key === 'url' || key === 'published') article[key] = String(value);
    else if (key === 'author') article.authorId = String(value);
    else if (key !== 'speakers') article.extra[key] = value;
  }
  // The head: a byline and an italic dek between the title and the first paragraph ("By Lena Fischer, 21 November 2024").
  let head = true;
  for (const chunk of markdownChunks(body)) {
    const line = chunk.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading && !article.title && !article.blocks.length && line.startsWith('# ')) {
      article.title = heading[1]!;
      continue;
    }
    // Italic only: a bold first paragraph is the lede, not a dek.
    const plain = line.replace(/^([*_])(?!\1)(.+?)\1$/s, (whole, _m: string, inner: string) => (/^[*_]|[*_]$/.test(inner) ? whole : inner)).trim();
    const by = head && !article.byline && !/\n/.test(line) && isShort(plain, 16) ? (BY.exec(plain) ?? BY_UNCASED.exec(plain)) : null;
    if (by) {
      article.byline = by[1]!.trim();
      readBylineRest(article, by[2]);
      continue;
    }
    if (head && !article.dek && !article.blocks.length && plain !== line && !/\n/.test(line) && isShort(plain, 40)) {
      article.dek = plain;
      continue;
    }
    head = false;
    if (heading) article.blocks.push({ kind: 'heading', text: heading[1]! });
    else if (/^(?:```|~~~|\||<[a-zA-Z!/]|\[\^[^\]]+\]:|!\[[^\]]*\]\([^)]*\)\s*$|[-*_](?:\s*[-*_]){2,}\s*$)/.test(line)) article.blocks.push({ kind: 'raw', text: chunk.replace(/^\n+|\s+$/g, '') });
    else if (/^>/.test(line)) article.blocks.push({ kind: 'paragraph', prefix: '> ', text: line.split('\n').map((l) => l.replace(/^>\s?/, '')).join(' ').trim() });
    else if (LIST_ITEM.test(line)) {
      // Each item a paragraph of its own, so claims can be proposed in it; blank lines between items keep one list.
      for (const item of line.split(/\n(?=(?:[-*+]|\d{1,9}[.)])\s)/)) {
        const m = LIST_ITEM.exec(item)!;
        article.blocks.push({ kind: 'paragraph', prefix: m[0], text: item.slice(m[0].length).replace(/\s*\n\s*/g, ' ') });
      }
    } else article.blocks.push({ kind: 'paragraph', text: line.replace(/\s*\n\s*/g, ' ') });
  }
  return article;
}
