import type { SpeakerId } from '../core/ids';
import type { Speaker } from '../core/model';
import type { Problem } from '../core/problems';
import { parseSpeaker } from '../core/speaker-file';
import { listContentFiles, readContentFile } from './content-files';

/**
 * Every speaker file in `dir`, checked. Problems of all files are returned
 * together. Two files for one id (`mayor.yml` beside `mayor.yaml`) are an
 * error: one would silently replace the other.
 */
export async function loadSpeakers(dir: string, root: string): Promise<{ speakers: Map<SpeakerId, Speaker>; problems: Problem[] }> {
  const speakers = new Map<SpeakerId, Speaker>();
  const { files, problems } = await listContentFiles(dir, root, /\.ya?ml$/i);
  const byId = new Map<string, string>();
  for (const file of files) {
    const { text, problem } = await readContentFile(file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const result = parseSpeaker(text!, file.shown);
    problems.push(...result.problems);
    if (!result.speaker) continue;
    const first = byId.get(result.speaker.id);
    if (first) {
      problems.push({ file: file.shown, line: 1, column: 1, message: `a second file for speaker "${result.speaker.id}": ${first} is the first`, hint: 'keep one file per speaker; merge the two and delete the other' });
      continue;
    }
    // Two speakers readers cannot tell apart would let one's words pass for the other's.
    const twin = [...speakers.values()].find((s) => s.name.toLowerCase() === result.speaker!.name.toLowerCase() && (s.role ?? '').toLowerCase() === (result.speaker!.role ?? '').toLowerCase());
    if (twin) {
      problems.push({ file: file.shown, line: 1, column: 1, message: `speaker "${result.speaker.id}" has the same name and role as "${twin.id}" (${byId.get(twin.id)}): readers could not tell their words apart`, hint: 'if they are one person, keep one file; if two, give each the role that tells them apart' });
      continue;
    }
    byId.set(result.speaker.id, file.shown);
    speakers.set(result.speaker.id, result.speaker);
  }
  return { speakers: new Map([...speakers].sort(([a], [b]) => a.localeCompare(b))), problems };
}
