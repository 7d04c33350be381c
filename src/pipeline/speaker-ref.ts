import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { suggest } from '../core/closest';
import type { SpeakerId } from '../core/ids';
import type { Speaker } from '../core/model';
import type { PipelineContext } from './context';
import { report } from './report';

/**
 * Every place a speaker id is written (by=, via=, ref=, author:, speakers:)
 * is checked here, so an unknown id reads the same everywhere: where it
 * was written, and the nearest ids that exist. Returns whether it is known.
 */
export function checkSpeaker(file: VFile, place: Node | Position | Point, ctx: Pick<PipelineContext, 'speakers'>, id: string, where: string, more = ''): boolean {
  if (ctx.speakers.has(id as SpeakerId)) return true;
  const named = speakerNamed(id, ctx.speakers);
  report(file, place, `unknown speaker "${id}" in ${where}`, `${named ? `"${id}" is how ${named.name} is named: did you mean "${named.id}"?` : suggest(id, ctx.speakers.keys(), 'speaker id')} Speakers are the files in content/speakers/${more}.`);
  return false;
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The speaker a written id or name stands for when it is no id: a name
 * written for the id (`author: Maya Lindqvist`), or an id made from a name
 * whose file has another id (`by=daniel-obi` for the file obi.yaml of
 * Daniel Obi). Ids that are near misses are left to `suggest`.
 */
export function speakerNamed(written: string, speakers: Pick<PipelineContext, 'speakers'>['speakers']): Speaker | undefined {
  const want = folded(written);
  if (!want) return undefined;
  for (const s of speakers.values()) if ([s.name, ...s.aliases].some((n) => folded(n) === want)) return s;
  return undefined;
}
