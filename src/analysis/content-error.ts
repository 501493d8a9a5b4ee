import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/**
 * One problem as the build prints it: `file:line:column: message [rule]`.
 *
 * @example
 *   formatMessage('content/articles/a.md', message)
 *   // 'content/articles/a.md:3:5: unknown actor "x"; … [unknown-actor]'
 */
export function formatMessage(path: string, message: VFileMessage): string {
  return (
    `${path}:${message.line ?? 1}:${message.column ?? 1}: ` +
    `${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
  );
}

/**
 * One line per problem, `file:line:column: message [rule]`, the form editors and CI annotate.
 *
 * @example
 *   formatMessages([file]) // 'content/articles/a.md:3:5: unknown actor "x"; add content/actors/x.md … [unknown-actor]'
 */
export function formatMessages(files: readonly VFile[]): string {
  return files
    .flatMap((file) => {
      const lines = file.messages
        .slice(0, MAX_LISTED)
        .map((message) => formatMessage(file.path, message));
      const more = file.messages.length - MAX_LISTED;
      return more > 0 ? [...lines, `${file.path}: … and ${more} more problems`] : lines;
    })
    .join('\n');
}

/** Problems listed per file; past that a count is given, so a broken file cannot flood the log. */
const MAX_LISTED = 50;

/** Thrown when content has problems; the build stops and nothing is published. */
export class ContentError extends Error {
  readonly files: readonly VFile[];
  constructor(files: readonly VFile[]) {
    const count = files.reduce((sum, file) => sum + file.messages.length, 0);
    super(
      `${count} content problem${count === 1 ? '' : 's'} (warnings count as errors):\n${formatMessages(files)}`,
    );
    this.name = 'ContentError';
    this.files = files;
  }
}
