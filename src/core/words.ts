import type { ClaimKind } from './schemas/claim-kind';

/**
 * The interface's own words, in one place, so a site can translate them.
 * Content (names, roles, claims) never passes through here.
 */
export const WORDS = {
  kind: {
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    assertion: 'The author’s assertion',
    document: 'From a document',
  } satisfies Record<ClaimKind, string>,
  /** The verb a preview uses for each kind: "Quoted by …". */
  kindVerb: {
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    assertion: 'Asserted',
    document: 'From a document',
  } satisfies Record<ClaimKind, string>,
  relayedBy: 'relayed by',
  reportedBy: 'reported by',
  /** A claim's marker, as a screen reader announces it. */
  claimMark: (n: number, speaker: string) => `Claim ${n}, ${speaker}`,
  saidBy: 'said by',
  /** A margin note whose event is the one just above it. */
  sameEvent: 'same event',
  whoSaysWhat: 'Who says what',
  notesIntro: (n: number) => `${n} claims, numbered in reading order. Select a claim’s marker in the text to see who says it; select a number here to go back.`,
  showAuthor: (n: number) => `Mark the author’s own claims (${n})`,
  filterLabel: 'Show the claims of',
  everyone: 'everyone',
  filtered: (name: string) => `Showing only the claims of ${name}; the rest of the text is dimmed.`,
  showEveryone: 'Show everyone',
  legend: {
    title: 'How to read the marks',
    who: 'Colour and initials say who speaks. Each speaker has a colour of their own on this page:',
    how: 'The underline says how their words are given:',
    quote: 'in their own words (quote)',
    paraphrase: 'in other words (paraphrase)',
    document: 'from a document',
    author: (name: string) => `Unmarked text is the author’s, ${name}. Their own claims are marked only when you ask.`,
    speaker: 'A person or body the text names; links to them.',
    number: 'A number; it links to every figure given for the same thing.',
    unsourced: 'A figure the author gives with no source.',
  },
  counts: {
    label: 'In this reading',
    claims: (n: number) => (n === 1 ? '1 claim' : `${n} claims`),
    speakers: (n: number) => (n === 1 ? '1 speaker quoted' : `${n} speakers quoted`),
    numbers: (n: number) => (n === 1 ? '1 number' : `${n} numbers`),
    unsourced: (n: number) => `, ${n} unsourced`,
  },
  claimPage: {
    position: (kind: string, n: number, of: number) => `${kind}, claim ${n} of ${of}`,
    before: 'Before',
    after: 'What follows',
    readInContext: 'Read in context',
    attribution: 'Attribution',
  },
  figures: {
    value: 'Value',
    counted: 'What was counted, in the words of the text',
    countedShort: 'Counted',
    givenBy: 'Given by',
    relayedBy: 'Relayed by',
    asOf: 'As of',
    claim: 'Claim',
    notStated: 'not stated',
    said: (date: string) => `said ${date}`,
    noSource: 'no source given',
    notASeries: 'These figures count different things (who, where and when differ); they are shown side by side, not as one series over time.',
  },
};
export type Relation = typeof WORDS.relayedBy | typeof WORDS.reportedBy;
