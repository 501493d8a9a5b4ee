// The bodies of the site's endpoints: the /data/ exports and the oEmbed documents.

/** The configured `site`, which every canonical URL needs. */
export function requireSite(site: URL | undefined): URL {
  if (!site)
    throw new Error(
      'astro.config.ts must set `site`: the data exports carry absolute, canonical URLs',
    );
  return site;
}

/** A JSON response, compact: the largest exports run to megabytes, and browsers indent JSON themselves. */
export function json(value: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}

/** A CSV response. */
export function csv(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/**
 * The configured `site` inside `getStaticPaths()`, whose context has none: Astro exposes it as
 * import.meta.env.SITE.
 */
export const configuredSite = (): URL =>
  requireSite(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
