/**
 * A problem with the tool's input (a bad flag, an existing article): the CLI prints the message,
 * which says what to do, and exits non-zero.
 */
export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
  }
}
