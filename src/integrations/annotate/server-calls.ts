// The Annotate app's calls to its server side, typed by the shared schema (./messages.ts) and
// checked against it before they leave: what the server would refuse is said in the form, unsent.
import type { ToolbarServerHelpers } from 'astro';
import {
  ANNOTATE_EVENTS,
  checkCall,
  type AnnotateAnswer,
  type AnnotateCallInput,
} from './messages.ts';
import type { ArticleInfo } from './server.ts';

type Op = AnnotateCallInput['op'];
/** A call's own fields: the pairing id and the article are added here. */
type CallFields<O extends Op> = Omit<
  Extract<AnnotateCallInput, { op: O }>,
  'requestId' | 'slug' | 'op'
>;
/** What each call's answer carries. */
interface Values {
  info: ArticleInfo;
  /** A fresh id for the selected words. */
  propose: string;
  /** The file written, relative to the content folder. */
  save: string;
}
/** The server's answer to a call of `O`. */
type Answer<O extends Op> = { ok: true; value: Values[O] } | { ok: false; message: string };

/** A function that calls the server about the article `slug` and resolves with its answer. */
type Call = <O extends Op>(op: O, fields: CallFields<O>) => Promise<Answer<O>>;

/**
 * Connects the app to its server side: each call carries a fresh `requestId`, and its answer
 * (sent to this page only) settles the call's promise.
 *
 * @example
 *   const call = serverCalls(server, 'ban'); const answer = await call('info', {});
 */
export function serverCalls(server: ToolbarServerHelpers, slug: string | undefined): Call {
  const waiting = new Map<string, (answer: AnnotateAnswer) => void>();
  server.on<AnnotateAnswer & { requestId: string }>(ANNOTATE_EVENTS.answer, (answer) => {
    waiting.get(answer.requestId)?.(answer);
    waiting.delete(answer.requestId);
  });
  return <O extends Op>(op: O, fields: CallFields<O>) =>
    new Promise<Answer<O>>((resolve) => {
      const requestId = crypto.randomUUID();
      const checked = checkCall({ requestId, op, slug, ...fields });
      if (!checked.ok) return resolve(checked);
      // The server answers with the value its op produces (./server.ts).
      waiting.set(requestId, (answer) => resolve(answer as Answer<O>));
      server.send(ANNOTATE_EVENTS.call, checked.call);
    });
}
