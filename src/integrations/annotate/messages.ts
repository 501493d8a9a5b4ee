// The messages between the Annotate app (./app.ts, in the browser) and its server side
// (./server.ts): one zod schema both import, so the form refuses what the server would, with the
// same words. The schema checks the shape (known ops, known field names) and the sizes; the core
// checks the values when it parses the article that would be written.
import { z } from 'zod';
import { ANNOTATE_APP } from './app-name.ts';

/**
 * The largest message the dev server takes from a page, in bytes of its JSON. Checked on the raw
 * websocket frame before anything parses it (./socket-guard.ts); far above any real form.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** The longest values a form sends, in characters. */
export const TEXT_LIMITS = {
  /** A note, a summary, the selected words: longer than any paragraph of analysis. */
  text: 20_000,
  /** A URL. */
  url: 2_048,
  /** A title, a publisher, a date, an id, a vocabulary word. */
  line: 1_000,
  /** Items in one list (actors, sources added or removed). */
  items: 100,
} as const;

const text = z.string().max(TEXT_LIMITS.text);
const line = z.string().max(TEXT_LIMITS.line);
const count = z.number().int().nonnegative().max(10_000_000);

/** Words selected on the article page: offsets into one text block's plain text. */
const TextSelectionSchema = z.strictObject({
  /** Index of the paragraph or heading, in reading order. */
  block: count,
  start: count,
  end: count,
  /** The selected words as the page showed them, to check the page is not out of date. */
  text,
});

/** A source as the form adds it. */
const SourceInputSchema = z.strictObject({
  url: z.string().max(TEXT_LIMITS.url),
  title: line,
  publisher: line,
  date: line,
  quote: text.optional(),
});

/** Sources to drop (by place in the list, with the URL the page showed there) and to add. */
const SourcesEditSchema = z.strictObject({
  remove: z
    .array(z.strictObject({ index: count, url: z.string().max(TEXT_LIMITS.url) }))
    .max(TEXT_LIMITS.items)
    .optional(),
  add: z.array(SourceInputSchema).max(TEXT_LIMITS.items).optional(),
});

/** A field's new value; `null` (or an empty string or list) removes the field. */
const change = <T extends z.ZodType>(value: T) => value.nullable().optional();
const list = z.array(line).max(TEXT_LIMITS.items);

/**
 * The fields the form edits, per kind of record, each with the kind of value it takes (only an
 * event's actors are a list): no other name, and no list where text goes, reaches the file.
 */
const CLAIM_CHANGES = z.strictObject({
  type: change(line),
  claimant: change(line),
  status: change(line),
  finding: change(line),
  note: change(text),
});
const EVENT_CHANGES = z.strictObject({
  summary: change(text),
  type: change(line),
  date: change(line),
  after: change(line),
  offset: change(line),
  actors: change(list),
});
const DOCUMENTED_CHANGES = z.strictObject({ date: change(line), note: change(text) });

const claimRecord = z.strictObject({
  type: line.optional(),
  claimant: line.optional(),
  status: line.optional(),
  finding: line.optional(),
  note: text.optional(),
  sources: z.array(SourceInputSchema).max(TEXT_LIMITS.items).optional(),
});
const eventRecord = z.strictObject({
  summary: text.optional(),
  type: line.optional(),
  date: line.optional(),
  after: line.optional(),
  offset: line.optional(),
  actors: list.optional(),
});

/** The article's own record, as the Article panel writes it (./article-panel.ts). */
const articleRecord = {
  assessment: z
    .strictObject({ verdict: line, summary: text, key: z.array(line).max(TEXT_LIMITS.items) })
    .optional(),
  update: z
    .strictObject({
      date: line,
      kind: z.enum(['correction', 'update', 'rating-change']),
      from: line.optional(),
      note: text,
    })
    .optional(),
  draft: z.literal(false).optional(),
};

const markFields = { op: z.literal('mark'), selection: TextSelectionSchema };
const editFields = { op: z.literal('edit'), id: line };

/** What a save asks for: mark words, edit a record, remove a marker, or edit the article's own record. */
const AnnotationRequestSchema = z.discriminatedUnion('op', [
  z.discriminatedUnion('kind', [
    z.strictObject({ ...markFields, kind: z.literal('claim'), id: line, record: claimRecord }),
    z.strictObject({ ...markFields, kind: z.literal('event'), id: line, record: eventRecord }),
    z.strictObject({ ...markFields, kind: z.literal('actor'), ref: line }),
  ]),
  z.discriminatedUnion('kind', [
    z.strictObject({
      ...editFields,
      kind: z.literal('claim'),
      changes: CLAIM_CHANGES,
      sources: SourcesEditSchema.optional(),
    }),
    z.strictObject({
      ...editFields,
      kind: z.literal('event'),
      changes: EVENT_CHANGES,
      /** The documented record: its fields and sources, or `null` to remove it. */
      documented: z
        .strictObject({
          changes: DOCUMENTED_CHANGES.optional(),
          sources: SourcesEditSchema.optional(),
        })
        .nullable()
        .optional(),
    }),
  ]),
  z.strictObject({ op: z.literal('remove'), kind: z.enum(['claim', 'event']), id: line }),
  z.strictObject({ op: z.literal('article'), ...articleRecord }),
]);

const slug = line;
/** A call from the app: `requestId` pairs it with its answer. */
const AnnotateCallSchema = z.discriminatedUnion('op', [
  z.strictObject({ requestId: line, op: z.literal('info'), slug }),
  z.strictObject({
    requestId: line,
    op: z.literal('propose'),
    slug,
    kind: z.enum(['claim', 'event']),
    text,
  }),
  z.strictObject({
    requestId: line,
    op: z.literal('save'),
    slug,
    request: AnnotationRequestSchema,
  }),
]);
type AnnotateCall = z.output<typeof AnnotateCallSchema>;

/** Words selected on the article page, as a mark sends them. */
export type TextSelection = z.output<typeof TextSelectionSchema>;
/** A call as the app writes it, before the schema checks it: the form's own type. */
export type AnnotateCallInput = z.input<typeof AnnotateCallSchema>;

/** The server's answer: a value, or a message for the form. */
export type AnnotateAnswer = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A message checked against the schema, or the form's message saying what is wrong with it
 * (the first problem, with where it is).
 *
 * @example
 *   checkCall({ requestId: '1', op: 'info', slug: 'ban' }) // { ok: true, call: {...} }
 */
export function checkCall(
  message: unknown,
): { ok: true; call: AnnotateCall } | { ok: false; message: string } {
  const parsed = AnnotateCallSchema.safeParse(message);
  if (parsed.success) return { ok: true, call: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return {
    ok: false,
    message:
      `Not saved: the form sent a message the server does not take${where}: ` +
      `${issue?.message ?? 'unknown problem'}.`,
  };
}

/** The name of the app's messages: `${ANNOTATE_EVENTS.call}` from the page, `.answer` back. */
export const ANNOTATE_EVENTS = {
  call: `${ANNOTATE_APP}:call`,
  answer: `${ANNOTATE_APP}:answer`,
} as const;
