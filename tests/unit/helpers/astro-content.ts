// Stands in for Astro's `astro:content` module, which exists only inside an Astro build: unit
// tests build the site data from a corpus with buildSiteData() instead of reading collections.
export function getCollection(): never {
  throw new Error('unit tests have no content collections: use buildSiteData(corpus)');
}
