import { oembedFor, type EmbedTarget } from '../../render/embed-snippet.ts';

/** A static oEmbed JSON file for an Astro endpoint, indented as oEmbed consumers show it. */
export function oembedResponse(target: EmbedTarget, site: URL | undefined): Response {
  if (!site) throw new Error('oEmbed documents need absolute URLs: set `site` in astro.config.ts');
  return new Response(`${JSON.stringify(oembedFor(target, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
