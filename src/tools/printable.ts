/** Control characters but line feed and tab: C0 (escape among them), DEL and C1 (CSI among them). */
const CONTROL = /(?![\n\t])\p{Cc}/gu;

/**
 * Text safe to print on a terminal: every control character but line feed and tab is dropped,
 * so an escape sequence in a URL or a server's reply cannot clear the screen, move the cursor or
 * set the window's title.
 *
 * @example
 *   printable('https://example.org/\u001b]0;pwned\u0007a') // 'https://example.org/]0;pwneda'
 */
export const printable = (text: string): string => text.replace(CONTROL, '');
