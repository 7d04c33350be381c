import type { ClaimView } from './claim-view';
import type { ReadingModel, Speaker } from '../core/model';

const person = (s: Pick<Speaker, 'name' | 'kind' | 'role'> & { url?: string | undefined }) => ({
  '@type': s.kind === 'person' ? 'Person' : 'Organization',
  name: s.name,
  ...(s.role ? (s.kind === 'person' ? { jobTitle: s.role } : { description: s.role }) : {}),
  ...(s.url ? { url: s.url } : {}),
});

/** schema.org `Article` for a reading page. */
export function articleLd(model: ReadingModel, url: string) {
  const fm = model.frontmatter;
  const author = model.speakers.find((s) => s.id === model.author);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: fm.title,
    ...(fm.dek ? { alternativeHeadline: fm.dek } : {}),
    url,
    inLanguage: fm.lang,
    ...(author ? { author: person(author) } : {}),
    ...(fm.publication ? { publisher: { '@type': 'Organization', name: fm.publication } } : {}),
    ...(fm.published ? { datePublished: fm.published } : {}),
    ...(fm.url ? { isBasedOn: fm.url } : {}),
    wordCount: model.wordCount,
  };
}

/** schema.org `Claim` for a claim page: who made it, where it appears. */
export function claimLd(model: ReadingModel, view: ClaimView, urls: { page: string; reading: string; image: string }) {
  const speaker = model.speakers.find((s) => s.id === view.claim.by);
  const event = view.entry.event;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: urls.page,
    text: view.claim.text,
    image: urls.image,
    ...(speaker ? { author: person(speaker) } : {}),
    appearance: { '@type': 'Article', headline: model.frontmatter.title, url: urls.reading },
    ...(event?.date ? { dateCreated: event.date } : {}),
    ...(event ? { contentLocation: { '@type': 'Place', name: [event.name, event.place].filter(Boolean).join(', ') } } : {}),
    ...(view.claim.source ? { citation: view.claim.source } : {}),
  };
}
