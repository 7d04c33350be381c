import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { suggest } from '../../../core/closest';
import { asReadingSlug, type ClaimId, type ReadingSlug } from '../../../core/ids';
import { report } from '../../report';

/**
 * renamed: a reading whose file was renamed lists its old slugs under
 * `formerly:`. The ids published under an old slug become this reading's
 * own published ids (they name the same claims), so every later stage
 * keeps them leading somewhere. Reads `file.data.orphans` (the records of
 * readings whose files are gone); adds to `file.data.published` and sets
 * `file.data.formerly`.
 */
export const renamedStage = () => (_tree: Root, file: VFile): void => {
  const fm = file.data.frontmatter!;
  const orphans = file.data.orphans ?? {};
  const formerly: Record<ReadingSlug, ClaimId[]> = {};
  let published = file.data.published ?? {};
  for (const [i, old] of fm.formerly.entries()) {
    const record = Object.hasOwn(orphans, old) ? orphans[old] : undefined;
    if (!record) {
      report(file, file.data.locateFrontmatter?.(['formerly', i]) ?? { line: 1, column: 1 }, `formerly: "${old}" is not a published reading whose file is gone`, `${suggest(old, Object.keys(orphans), 'gone reading')} List only slugs this reading was published under before its file was renamed.`);
      continue;
    }
    formerly[asReadingSlug(old)] = Object.keys(record) as ClaimId[];
    // This reading's own entries win: they are the newer word on its claims.
    published = { ...record, ...published };
  }
  file.data.published = published;
  file.data.formerly = formerly;
};
