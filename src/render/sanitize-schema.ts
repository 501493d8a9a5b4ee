import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** The only ids content may carry: the site's own namespaced anchors, never a bare word that could clobber a global. */
const OWN_ID = /^(?:claim|event)-[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * The allow-list every piece of content HTML passes through, last, after everything that can
 * introduce HTML. GitHub's schema (rehype-sanitize's default) plus the annotation markup.
 * Only http(s), mailto and relative URLs survive in `href` and `src`.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'id' && attribute !== 'name'),
    a: ['href', 'rel', 'target', ['className', 'actor', 'event', 'claim-ref'], ['id', OWN_ID], 'dataActor', 'dataEvent', 'ariaLabel', 'title'],
    span: [['className', 'claim'], ['id', OWN_ID], 'dataClaim', 'dataType', 'dataStatus'],
    sup: [['className', 'claim-ref']],
  },
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'span'],
};
