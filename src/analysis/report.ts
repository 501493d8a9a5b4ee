import type { VFile } from 'vfile';

/**
 * One line per problem, `file:line:column: message [rule]`, the form editors and CI annotate.
 *
 * @example
 *   formatMessages([file]) // 'content/articles/a.md:3:5: unknown actor "x"; add content/actors/x.md … [unknown-actor]'
 */
export function formatMessages(files: readonly VFile[]): string {
  return files
    .flatMap((file) =>
      file.messages.map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`),
    )
    .join('\n');
}

/** Thrown when content has problems; the build stops and nothing is published. */
export class ContentError extends Error {
  readonly files: readonly VFile[];
  constructor(files: readonly VFile[]) {
    const count = files.reduce((sum, file) => sum + file.messages.length, 0);
    super(`${count} content problem${count === 1 ? '' : 's'} (warnings count as errors):\n${formatMessages(files)}`);
    this.name = 'ContentError';
    this.files = files;
  }
}
