import { lstat, readFile, readdir, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from '../core/problems';

/** A content file found in a folder: its name, where messages say it is, and its full path. */
export interface ContentFile {
  name: string;
  /** Relative to the project root: how messages name it. */
  shown: string;
  path: string;
}

/**
 * The files of one content folder whose names match `pattern`, checked as
 * files an editor put there: regular files, or symlinks that stay inside
 * the folder. A symlink leaving it is refused without reading it (a build
 * log must never show another file's contents), and so are folders and
 * dangling links with a content file's name.
 */
export async function listContentFiles(dir: string, root: string, pattern: RegExp): Promise<{ files: ContentFile[]; problems: Problem[]; missing: boolean }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return { files: [], problems, missing: true };
  }
  const inside = await realpath(dir);
  const files: ContentFile[] = [];
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    const shown = relative(root, path);
    const at = { file: shown, line: 1, column: 1 };
    const stat = await lstat(path);
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(path);
      } catch {
        problems.push({ ...at, message: `"${name}" is a symbolic link to nothing`, hint: 'remove the link, or put the file itself here' });
        continue;
      }
      if (!target.startsWith(inside + '/')) {
        problems.push({ ...at, message: `"${name}" is a symbolic link to a file outside ${relative(root, dir)}/, which the build does not read`, hint: 'copy the file into the folder instead of linking to it' });
        continue;
      }
      if (!(await lstat(target)).isFile()) {
        problems.push({ ...at, message: `"${name}" is a symbolic link to something that is not a file`, hint: 'link to a file, or put the file itself here' });
        continue;
      }
    } else if (!stat.isFile()) {
      problems.push({ ...at, message: `"${name}" is a ${stat.isDirectory() ? 'folder' : 'special file'}, not a content file`, hint: `rename it so it does not end in ${name.slice(name.lastIndexOf('.'))}, or move it out of ${relative(root, dir)}/` });
      continue;
    }
    files.push({ name, shown, path });
  }
  return { files, problems, missing: false };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A content file's text, or a located problem when it is not UTF-8. */
export async function readContentFile(file: ContentFile): Promise<{ text?: string; problem?: Problem }> {
  const bytes = await readFile(file.path);
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // Say where: the first byte that is not UTF-8, as a line and column.
    let bad = 0;
    for (let end = bytes.length; bad < end; ) {
      const mid = (bad + end) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid + 1));
        bad = mid + 1;
      } catch {
        end = mid;
      }
    }
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { problem: { file: file.shown, line, column, message: 'the file is not UTF-8 text', hint: 'save it as UTF-8 (in most editors: "Save with encoding", UTF-8)' } };
  }
}
