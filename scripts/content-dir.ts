/** The content folder a tool works on: `--content`, else `CLAIMLENS_CONTENT` (as the build), else `content`. */
export const contentDirFrom = (flag: string | undefined): string =>
  flag ?? process.env['CLAIMLENS_CONTENT'] ?? 'content';
