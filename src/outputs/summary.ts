import { createHash } from 'node:crypto';
import type { ClaimId, ReadingSlug, SpeakerId } from '../core/ids';
import type { ReadingModel, Speaker } from '../core/model';
import { recordedReading, type RecordedReading } from '../core/record';
import { attributions, type Attribution } from './attribution';
import { claimView } from './claim-view';
import { claimsJson } from './claims-json';
import { destination, formerAddresses } from './destination';
import { figuresOf, type FigureItem } from './figures';
import { cardColours, hueCss, speakerColours, speakerInitials } from './reading-css';
import { WORDS } from '../core/words';
import { chainOf, chainText, shorten } from './share';
import { isRtl } from '../core/text';

/**
 * What the site's pages need of a reading without its model: the keys that
 * tell Astro's incremental build whether a page must be made again, and the
 * little that pages listing many readings show (the front page, the feed,
 * speaker and figure pages). The loader writes one beside each model, so a
 * build reads these instead of every model.
 *
 * A key is a digest of exactly what its page shows (the Gatsby rule): a
 * page whose key and code are unchanged is kept from the last build, so
 * everything the page shows must be in its key, and nothing it does not
 * show should be, or an edit elsewhere makes it again for nothing. Site-wide
 * settings (`SITE`, `BASE`) are in Astro's own config hash.
 */
export interface ReadingSummary {
  slug: ReadingSlug;
  title: string;
  dek: string | null;
  publication: string | null;
  published: string | null;
  /** When it appeared, or else the latest event it reports: the date a feed gives it. */
  date: string | null;
  excerpt: string;
  author: { id: SpeakerId; name: string };
  counts: ReadingCounts;
  keys: {
    /** The reading page: the whole model. */
    page: string;
    /** Old slugs' forwarding pages: the slug and title they lead to. */
    renamed: string;
    claimsJson: string;
    /** The reading's own preview card. */
    card: string;
  };
  /** Slugs the reading had before: each forwards to it. */
  formerly: ReadingSlug[];
  claims: ClaimSummary[];
  /** Claim addresses that lead elsewhere now (edited, moved, retired, or under an old slug). */
  former: Array<{ slug: ReadingSlug; id: ClaimId; page: string; card: string | null }>;
  /** Quantities this reading declares, and the figures it gives. */
  quantities: Record<string, string>;
  figures: Array<FigureItem & { quantity: string }>;
  /** What the published record and the checks across readings need (src/site/loaders/checks.ts). */
  links: RecordedReading;
}

interface ClaimSummary {
  id: ClaimId;
  n: number;
  by: SpeakerId;
  via: SpeakerId[];
  text: string;
  kindLabel: string;
  chain: Array<{ relation: string; name: string }>;
  /** Keys of its page and its card. */
  page: string;
  card: string;
}

export interface ReadingCounts {
  claims: number;
  quoted: number;
  numbers: number;
  unsourced: number;
}

/** A short digest of a value's JSON: a page's cache key. */
export const keyOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

export function readingCounts(model: Pick<ReadingModel, 'claims' | 'numbers' | 'author'>): ReadingCounts {
  return {
    claims: model.claims.length,
    quoted: new Set(model.claims.filter((c) => c.by !== model.author).map((c) => c.by)).size,
    numbers: model.numbers.length,
    unsourced: model.numbers.filter((n) => n.unsourced).length,
  };
}

/** An entry as a claim page shows it: of the people in the chain, the page shows their names only. */
const shown = (e: Attribution) => ({ ...e, chain: e.chain.map((c) => ({ id: c.id, name: c.name, relation: c.relation })) });

/** What a claim's page shows (src/pages/readings/[slug]/claims/[id]/index.astro). */
function claimPageData(model: ReadingModel, id: ClaimId) {
  const view = claimView(model, id);
  const nOf = new Map(model.claims.map((c) => [c.id, c.n]));
  const speaker: Speaker | undefined = model.speakers.find((s) => s.id === view.claim.by);
  return {
    slug: model.slug,
    title: model.frontmatter.title,
    lang: model.frontmatter.lang,
    count: model.claims.length,
    claim: { id: view.claim.id, n: view.claim.n, text: view.claim.text, block: view.claim.block, source: view.claim.source },
    // For its structured data: the speaker as schema.org shows them.
    speaker: speaker ? { name: speaker.name, kind: speaker.kind, role: speaker.role, url: speaker.url } : null,
    html: view.html,
    before: view.before,
    after: view.after,
    relayEvent: view.relayEvent,
    entries: view.entries.map(shown),
    parents: view.entries.map((e) => (e.parent ? nOf.get(e.parent) : null)),
    prev: view.prev ? { id: view.prev.id, n: view.prev.n, text: shorten(view.prev.text, 60) } : null,
    next: view.next ? { id: view.next.id, n: view.next.n, text: shorten(view.next.text, 60) } : null,
    css: hueCss(model, new Set(view.entries.map((e) => e.speaker.id))),
  };
}

/** The end of a text, at most `max` characters, starting at a word. */
const lastWords = (text: string, max: number) => (text.length <= max ? text : `…${text.slice(text.indexOf(' ', text.length - max) + 1)}`);

/** What a claim's preview card shows (src/pages/readings/[slug]/claims/[id]/card.png.ts): the words, the chain, and enough context that a pronoun reads. */
export function cardContent(model: ReadingModel, id: ClaimId) {
  const view = claimView(model, id);
  const { claim, entry } = view;
  const chain = chainOf(entry, view.relayEvent);
  return {
    words: shorten(claim.text, 200),
    before: lastWords(view.before, 160),
    speaker: entry.speaker.name,
    role: entry.speaker.role,
    kind: entry.kindLabel,
    chain: chainText({ parts: chain.parts.slice(1), event: chain.event }),
    figures: entry.numbers.filter((n) => n.quantityLabel).map((n) => `${n.text}: ${n.quantityLabel}`).join(' · '),
    reading: shorten(model.frontmatter.title, 70),
    rtl: isRtl(model.frontmatter.lang),
    colour: cardColours(speakerColours(model).get(claim.by) ?? null),
  };
}

/** What a reading's own preview card shows (src/pages/readings/[slug]/card.png.ts): its headline, and whose words it holds, in their colours. */
export function readingCardContent(model: ReadingModel) {
  const fm = model.frontmatter;
  const colours = speakerColours(model);
  const initials = speakerInitials(model.speakers);
  const counts = readingCounts(model);
  const author = model.speakers.find((s) => s.id === model.author)?.name ?? model.author;
  return {
    title: shorten(fm.title, 120),
    dek: fm.dek ? shorten(fm.dek, 140) : null,
    byline: [author, fm.publication].filter(Boolean).join(', '),
    speakers: [...colours].filter(([id]) => id !== model.author).map(([id, colour]) => ({ name: model.speakers.find((s) => s.id === id)?.name ?? id, initials: initials.get(id) ?? '', colour: cardColours(colour) })),
    counts: `${WORDS.counts.claims(counts.claims)}, ${WORDS.counts.speakers(counts.quoted)}`,
    rtl: isRtl(fm.lang),
  };
}

/** What the page at a former claim address shows (src/components/ClaimGone.astro). */
function formerPageData(model: ReadingModel, slug: ReadingSlug, id: ClaimId) {
  const to = destination(model, id);
  const where =
    !to ? null
    : to.kind === 'claim' || to.kind === 'alias' ? { kind: to.kind, id: to.claim.id, n: to.claim.n, text: shorten(to.claim.text, 120) }
    : to;
  return { slug, id, reading: model.slug, title: model.frontmatter.title, to: where };
}

export function summarise(model: ReadingModel): ReadingSummary {
  const fm = model.frontmatter;
  const entries = attributions(model);
  const claims = model.claims.map((c, i): ClaimSummary => {
    const entry = entries[i]!;
    return {
      id: c.id,
      n: c.n,
      by: c.by,
      via: c.via,
      text: c.text,
      kindLabel: entry.kindLabel,
      chain: entry.chain.map((x) => ({ relation: x.relation, name: x.name })),
      page: keyOf(claimPageData(model, c.id)),
      card: keyOf(cardContent(model, c.id)),
    };
  });
  const cardOf = new Map(claims.map((c) => [c.id, c.card]));
  return {
    slug: model.slug,
    title: fm.title,
    dek: fm.dek ?? null,
    publication: fm.publication ?? null,
    published: fm.published ?? null,
    date: fm.published ?? model.events.map((e) => e.date).filter((d): d is string => !!d).sort().at(-1) ?? null,
    excerpt: model.excerpt,
    author: { id: model.author, name: model.speakers.find((s) => s.id === model.author)?.name ?? model.author },
    counts: readingCounts(model),
    keys: {
      // The reading page shows nearly all of the model; the build's notes to the author it does not, nor its
      // speakers' aliases (their effect, the linked mentions, is in the HTML): a new alias leaves it alone where it matches nothing.
      page: keyOf({ ...model, notes: [], speakers: model.speakers.map(({ aliases: _aliases, ...shown }) => shown) }),
      renamed: keyOf([model.slug, fm.title]),
      claimsJson: keyOf(claimsJson(model, { reading: '' })),
      card: keyOf(readingCardContent(model)),
    },
    formerly: Object.keys(model.formerly) as ReadingSlug[],
    claims,
    former: formerAddresses(model).map(({ slug, id }) => {
      const to = destination(model, id);
      return { slug, id, page: keyOf(formerPageData(model, slug, id)), card: to && (to.kind === 'claim' || to.kind === 'alias') ? cardOf.get(to.claim.id) ?? null : null };
    }),
    quantities: { ...fm.quantities },
    figures: figuresOf(model),
    links: recordedReading(model),
  };
}
