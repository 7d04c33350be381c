import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../../core/problems';
import { runLoad, watch } from './dev';
import type { SpeakerSource } from './speaker-source';

/** The speakers collection: every speaker file, checked. */
export function speakersLoader(source: SpeakerSource): Loader {
  return {
    name: 'annotated-speakers',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const run = async () => {
        const { speakers, problems } = await source.load(root);
        if (problems.length) throw new ContentError(problems);
        ctx.store.clear();
        for (const s of speakers.values()) ctx.store.set({ id: s.id, data: { ...s }, digest: ctx.generateDigest(JSON.stringify(s)) });
      };
      watch(ctx, [source.dirIn(root)], run);
      await runLoad(ctx, run);
    },
  };
}
