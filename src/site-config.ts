/**
 * The one place for settings a deployment changes. `contact` is where readers write in to report an
 * error or suggest a claim; every "Tell us" and "Suggest a claim" link is a plain mailto to it.
 */
export const siteConfig = {
  name: 'ClaimLens',
  contact: process.env['CLAIMLENS_CONTACT'] ?? 'corrections@claimlens.example',
} as const;
