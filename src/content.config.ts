import { defineCollection } from 'astro:content';
import { readingsLoader, speakersLoader } from './content/loaders';

/**
 * Two collections, both read by our own loaders: the readings (each one
 * parsed once into its whole model) and the speakers.
 */
export const collections = {
  readings: defineCollection({ loader: readingsLoader() }),
  speakers: defineCollection({ loader: speakersLoader() }),
};
