import { expect, test } from 'vitest';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';

const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
const ids = async (body: string) =>
  (await processReading(`---\ntitle: T\nauthor: author\n---\n\n${body}`, 'ids.md', { speakers, base: '/' })).claims.map((c) => c.id);

const original = [
  ':claim[The levee will hold for a hundred years.]{by=mayor}',
  ':claim[“It will not,” said the report.]{by=critic}',
  ':claim[Pinned words]{by=critic #pinned}',
].join('\n\n');

test('editing other text, moving paragraphs and inserting or deleting claims never changes an id', async () => {
  const before = await ids(original);
  expect(before).toEqual(['mayor-the-levee-will-hold-for', 'critic-it-will-not-said-the', 'pinned']);

  const edited = await ids(
    [
      'A new first paragraph with :claim[a new claim]{by=author}.',
      ':claim[Pinned words, now longer]{by=critic #pinned}',
      ':claim[“It will not,” said the report.]{by=critic}',
      'Some words between. :claim[The levee will hold for a hundred years, and more.]{by=mayor}',
    ].join('\n\n'),
  );
  expect(edited).toEqual(['author-a-new-claim', 'pinned', 'critic-it-will-not-said-the', 'mayor-the-levee-will-hold-for']);

  const deleted = await ids(':claim[The levee will hold for a hundred years.]{by=mayor}');
  expect(deleted).toEqual(['mayor-the-levee-will-hold-for']);
});

test('a derived id changes only when the claim’s own first words change', async () => {
  expect(await ids(':claim[The dam will hold for a hundred years.]{by=mayor}')).toEqual(['mayor-the-dam-will-hold-for']);
});
