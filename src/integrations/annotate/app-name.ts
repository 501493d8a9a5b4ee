/**
 * The Annotate app's id: the toolbar app's and the integration's name, and the prefix of its
 * messages and of what it keeps in the page's session storage.
 */
export const ANNOTATE_APP = 'claimlens-annotate';
