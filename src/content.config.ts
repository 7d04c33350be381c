import { defineCollection } from 'astro:content';
import { DEFAULT_DIRS } from './site/content-dirs';
import { readingsLoader } from './site/loaders/readings';
import { speakerSource } from './site/loaders/speaker-source';
import { speakersLoader } from './site/loaders/speakers';

/**
 * Two collections, both read by our own loaders: the readings (each one
 * parsed once into its whole model) and the speakers. One speaker source
 * serves both, so the speaker files are read once.
 */
const speakers = speakerSource(DEFAULT_DIRS.speakers);

export const collections = {
  readings: defineCollection({ loader: readingsLoader(speakers, DEFAULT_DIRS) }),
  speakers: defineCollection({ loader: speakersLoader(speakers) }),
};
