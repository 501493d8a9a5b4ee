/** The content folder when nothing names another, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The content folder to read: `flag` (a tool's `--content`), else `CLAIMLENS_CONTENT`, which points
 * builds, benchmarks and fixtures elsewhere, else `content`.
 *
 * @example
 *   contentDirFrom(undefined) // 'content', with CLAIMLENS_CONTENT unset
 */
export function contentDirFrom(flag?: string): string {
  return flag ?? process.env['CLAIMLENS_CONTENT'] ?? DEFAULT_CONTENT_DIR;
}

/**
 * Where results are kept between builds (parsed articles, drawn images): `CLAIMLENS_CACHE`, else a
 * folder under node_modules/.cache/.
 */
export function cacheDir(): string {
  return process.env['CLAIMLENS_CACHE'] ?? 'node_modules/.cache/claimlens';
}
