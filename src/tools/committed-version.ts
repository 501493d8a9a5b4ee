import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** The last committed text of a file, or why there is none to compare with. */
type CommittedVersion = { found: true; source: string } | { found: false; reason: string };

/**
 * The file as it is in `HEAD` (`git show HEAD:./<file>`, run in the file's folder so any
 * checkout works). A new file, a folder outside git, a repository without commits or a missing
 * `git` is not an error: there is simply nothing to compare with.
 *
 * @example
 *   committedVersion('content/articles/ban.md') // { found: true, source: '---\ntitle: …' }
 *   committedVersion('/tmp/new.md') // { found: false, reason: 'not in a git repository' }
 */
export function committedVersion(file: string): CommittedVersion {
  try {
    const source = execFileSync('git', ['show', `HEAD:./${basename(file)}`], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { found: true, source };
  } catch (error) {
    return { found: false, reason: reasonOf(error) };
  }
}

/** Why `git show` gave nothing, in a few words. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
    return 'git is not installed';
  const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
  if (/not a git repository/iu.test(stderr)) return 'not in a git repository';
  if (/invalid object name 'HEAD'|unknown revision|bad revision/iu.test(stderr))
    return 'no commit yet';
  if (/exists on disk, but not in|does not exist in/iu.test(stderr))
    return 'not committed yet (a new file)';
  return stderr.trim().split('\n')[0] ?? 'git show failed';
}
