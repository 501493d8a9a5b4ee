import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** The only ids content may carry: the site's own namespaced anchors, never a bare word that could clobber a global. */
const OWN_ID =
  /^(?:(?:claim|event)-[a-z0-9][a-z0-9-]{1,62}|mention-[a-z0-9][a-z0-9-]{1,62}-[1-9]\d{0,5})$/;

/** A URL that stays on this site: no scheme (`x:`) and no network path (`//host`, `\\host`). */
const SAME_ORIGIN_PATH = /^(?![a-z][a-z\d+.-]*:)(?![\\/]{2})/i;

/**
 * The allow-list every piece of content HTML passes through, last, after everything that can
 * introduce HTML. GitHub's schema (rehype-sanitize's default) plus the annotation markup.
 * Only http(s), mailto and relative URLs survive in `href` and `src`.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (attribute) => attribute !== 'id' && attribute !== 'name',
    ),
    a: [
      'href',
      'rel',
      'target',
      ['className', 'actor', 'event', 'claim-ref'],
      ['id', OWN_ID],
      'dataActor',
      'dataEvent',
      'ariaLabel',
      'title',
    ],
    span: [
      ['className', 'claim'],
      ['id', OWN_ID],
      'dataClaim',
      'dataType',
      'dataStatus',
      ['dataRank', 'strong', 'light', 'quiet'],
    ],
    sup: [['className', 'claim-ref']],
    // Images load from this site only: a relative `src`, never a scheme or a protocol-relative `//host`.
    img: ['alt', 'title', 'width', 'height', ['src', SAME_ORIGIN_PATH]],
  },
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'span'],
};
