/**
 * Atomic writes of content entries: the text goes to a temporary file in the same folder (same file
 * system, so the rename is atomic on POSIX and Windows), is flushed to disk, then renamed over the
 * target. A reader (or a build) sees the old file or the new one, never a truncated one, however
 * the writing process ends. The temporary name starts with a dot: the content loader skips hidden
 * files, so a leftover from a killed process never breaks a build.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomically(target: string, text: string): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
