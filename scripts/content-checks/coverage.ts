import type { Article } from '../../src/analysis/schema/entries.ts';
import { BLOCK_SEPARATOR } from '../../src/analysis/text-blocks.ts';
import { articleFile, findingAt, type CheckedContent, type Finding } from './finding.ts';
import { sentencesIn } from './sentences.ts';

const hasLetter = (text: string) => /\p{L}/u.test(text);

/** Every sentence of an article's plain text, with its offset. */
function sentencesOf(plainText: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  let offset = 0;
  for (const paragraph of plainText.split(BLOCK_SEPARATOR)) {
    for (const { text, at } of sentencesIn(paragraph))
      found.push({ start: offset + at, text: text.trim() });
    offset += paragraph.length + BLOCK_SEPARATOR.length;
  }
  return found;
}

/** Every sentence with words in it is (at least partly) a claim: the analysis skips nothing. */
function sentencesClaimed({ dir, corpus }: CheckedContent, article: Article): Finding[] {
  const covered = new Array<boolean>(article.plainText.length).fill(false);
  for (const { selector } of corpus.claims.filter((c) => c.article === article.id))
    covered.fill(true, selector.start, selector.end);
  return sentencesOf(article.plainText)
    .filter(
      (s) => hasLetter(s.text) && !covered.slice(s.start, s.start + s.text.length).some(Boolean),
    )
    .map((s) =>
      findingAt(
        articleFile(dir, article.id),
        s.text.slice(0, 40),
        `the sentence ${JSON.stringify(s.text)} is in no claim; mark it with :claim[…]{…}`,
      ),
    );
}

/** Every actor is named in some article, unless it is only an article's author. */
function actorsMentioned({ dir, corpus }: CheckedContent): Finding[] {
  const mentioned = new Set(corpus.articles.flatMap((a) => a.mentions.map((m) => m.actor)));
  const authors = new Set(corpus.articles.map((a) => a.author));
  return corpus.actors
    .filter((actor) => !mentioned.has(actor.id) && !authors.has(actor.id))
    .map((actor) =>
      findingAt(
        `${dir}/actors/${actor.id}.md`,
        '',
        `actor "${actor.id}" is mentioned in no article; add an alias the text uses, or remove the actor`,
      ),
    );
}

/** A claim flagged for a garbled name is about an actor whose identification cites sources. */
function garbledNamesIdentified({ dir, corpus }: CheckedContent): Finding[] {
  const byId = new Map(corpus.actors.map((a) => [a.id, a]));
  return corpus.claims
    .filter((claim) => claim.flags.includes('garbled-name'))
    .filter(
      (claim) => !claim.about.some((id) => (byId.get(id)?.identification?.sources.length ?? 0) > 0),
    )
    .map((claim) =>
      findingAt(
        articleFile(dir, claim.article),
        `{#${claim.id}`,
        `claim "${claim.id}" is flagged garbled-name but is about no actor identified with sources; ` +
          `add an identification with sources to the actor it names`,
      ),
    );
}

/** Every event is linked from at least one claim of its article. */
function eventsLinked({ dir, corpus }: CheckedContent): Finding[] {
  const linked = new Set(corpus.claims.flatMap((c) => c.events.map((e) => `${c.article}/${e}`)));
  return corpus.events
    .filter((event) => !linked.has(`${event.article}/${event.id}`))
    .map((event) =>
      findingAt(
        articleFile(dir, event.article),
        `{#${event.id}`,
        `event "${event.id}" is linked from no claim; add it to a claim's events`,
      ),
    );
}

/** The analysis covers its article: sentences, actors, garbled names and events. */
export function analysisComplete(content: CheckedContent): Finding[] {
  return [
    ...content.corpus.articles.flatMap((article) => sentencesClaimed(content, article)),
    ...actorsMentioned(content),
    ...garbledNamesIdentified(content),
    ...eventsLinked(content),
  ];
}
