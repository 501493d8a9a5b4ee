/**
 * Sentences joined as prose: one space between them, whatever space each brings or lacks, and
 * empty or missing ones left out, so "… has it." and "The minister's …" never run together.
 *
 * @example
 *   joinSentences(['as the article has it.', "The mines minister's answer …", undefined])
 *   // "as the article has it. The mines minister's answer …"
 */
export function joinSentences(parts: readonly (string | false | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(' ');
}
