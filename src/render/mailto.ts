/**
 * A plain `mailto:` link with a subject (and optional body), encoded so any text survives.
 *
 * @example
 *   mailtoLink('desk@example.org', 'Error in https://x.example/a/')
 *   // 'mailto:desk@example.org?subject=Error%20in%20https%3A%2F%2Fx.example%2Fa%2F'
 */
export function mailtoLink(address: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`];
  if (body !== undefined) query.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${address}?${query.join('&')}`;
}
