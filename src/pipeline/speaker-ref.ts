import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { suggest } from '../core/closest';
import type { SpeakerId } from '../core/ids';
import type { PipelineContext } from './context';
import { report } from './report';

/**
 * Every place a speaker id is written (by=, via=, ref=, author:, speakers:)
 * is checked here, so an unknown id reads the same everywhere: where it
 * was written, and the nearest ids that exist. Returns whether it is known.
 */
export function checkSpeaker(file: VFile, place: Node | Position | Point, ctx: Pick<PipelineContext, 'speakers'>, id: string, where: string, more = ''): boolean {
  if (ctx.speakers.has(id as SpeakerId)) return true;
  report(file, place, `unknown speaker "${id}" in ${where}`, `${suggest(id, ctx.speakers.keys(), 'speaker id')} Speakers are the files in content/speakers/${more}.`);
  return false;
}
