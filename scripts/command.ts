import { parseArgs, type ParseArgsConfig } from 'node:util';
import { printable } from '../src/tools/printable.ts';
import { ToolError } from '../src/tools/tool-error.ts';

/** What a command is called, how it is used, and the options it takes besides `--help`. */
interface Command<T extends ParseArgsConfig> {
  name: string;
  usage: string;
  config: T;
  /** Whether a ToolError's message is followed by the usage (a bad option's always is). */
  usageAfterToolError?: boolean;
}

/** Bad usage: a ToolError, or an option `parseArgs` rejects (unknown, or missing its value). */
const isParseError = (error: unknown): error is TypeError =>
  error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/**
 * Runs one of the CLI's commands, the same way for each: `--help` (or `-h`) prints the usage and
 * exits 0; bad usage prints `<name>: <message>` on stderr and exits 2; any other error is thrown
 * on, so a bug shows its stack.
 *
 * @example
 *   await runCommand({ name: 'analyze', usage, config: { options: { json: { type: 'boolean' } } } },
 *     ({ values }) => console.log(values.json));
 */
export async function runCommand<const T extends ParseArgsConfig>(
  { name, usage, config, usageAfterToolError = true }: Command<T>,
  run: (args: ReturnType<typeof parseArgs<T>>) => void | Promise<void>,
): Promise<void> {
  try {
    const args = parseArgs({
      ...config,
      options: { ...config.options, help: { type: 'boolean', short: 'h' } },
    });
    if ((args.values as { help?: boolean }).help === true) {
      console.log(usage);
      process.exit(0);
    }
    await run(args as ReturnType<typeof parseArgs<T>>);
  } catch (error) {
    if (isParseError(error) || error instanceof ToolError) {
      const withUsage = isParseError(error) || usageAfterToolError;
      // Whatever a message quotes (a file name, a URL), no control character reaches the terminal.
      console.error(printable(`${name}: ${error.message}${withUsage ? `\n${usage}` : ''}`));
      process.exit(2);
    }
    throw error;
  }
}
