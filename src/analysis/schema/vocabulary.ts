import { z } from 'zod';

/** What kind of assertion a claim is. */
export const ClaimTypeSchema = z.enum([
  'factual',
  'attributed',
  'opinion',
  'speculation',
  'prediction',
  'quote',
]);
export type ClaimType = z.output<typeof ClaimTypeSchema>;

/** How a claim holds up against the record. */
export const ClaimStatusSchema = z.enum([
  'supported',
  'disputed',
  'false',
  'misleading',
  'unverified',
  'not-checkable',
]);
export type ClaimStatus = z.output<typeof ClaimStatusSchema>;

/** Problems of presentation worth flagging to a reader, independent of the verdict. */
export const ClaimFlagSchema = z.enum([
  'unsourced-figure',
  'garbled-name',
  'chronology',
  'loaded-language',
  'one-sided',
]);
export type ClaimFlag = z.output<typeof ClaimFlagSchema>;

/** What sort of thing happened, for timeline filters. */
export const EventTypeSchema = z.enum([
  'announcement',
  'statement',
  'protest',
  'meeting',
  'report',
  'agreement',
  'discovery',
  'policy',
  'other',
]);
export type EventType = z.output<typeof EventTypeSchema>;

/** What an actor is. */
export const ActorKindSchema = z.enum([
  'person',
  'organization',
  'government',
  'country',
  'company',
  'media',
  'group',
]);
export type ActorKind = z.output<typeof ActorKindSchema>;

/** How sure an identification of a garbled or vague name is. */
export const ConfidenceSchema = z.enum(['certain', 'likely', 'possible', 'unknown']);
export type Confidence = z.output<typeof ConfidenceSchema>;

/** Statuses that assert a verdict and therefore need a source. */
export const VERDICT_STATUSES: readonly ClaimStatus[] = [
  'supported',
  'disputed',
  'false',
  'misleading',
];

/** What an entry of a claim's or article's `updates` log records. */
export const UpdateKindSchema = z.enum(['correction', 'update', 'rating-change']);
export type UpdateKind = z.output<typeof UpdateKindSchema>;

/** How much of a date is known; the form a date is written in is its precision. */
export const DatePrecisionSchema = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.output<typeof DatePrecisionSchema>;
