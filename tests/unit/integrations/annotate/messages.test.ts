import { describe, expect, it } from 'vitest';
import { checkCall, TEXT_LIMITS } from '../../../../src/integrations/annotate/messages.ts';

const edit = (changes: Record<string, unknown>) => ({
  requestId: 'r1',
  op: 'save',
  slug: 'ban',
  request: { op: 'edit', kind: 'claim', id: 'ban', changes },
});

describe('the Annotate message schema', () => {
  it('takes the calls the form sends', () => {
    expect(checkCall({ requestId: 'r1', op: 'info', slug: 'ban' }).ok).toBe(true);
    expect(checkCall(edit({ status: 'supported', note: null })).ok).toBe(true);
    expect(
      checkCall({
        requestId: 'r2',
        op: 'save',
        slug: 'ban',
        request: {
          op: 'mark',
          kind: 'event',
          id: 'talks',
          selection: { block: 1, start: 0, end: 5, text: 'Talks' },
          record: { summary: 'Talks', actors: ['japan'] },
        },
      }).ok,
    ).toBe(true);
  });

  it('refuses a field name it does not know, a newline in it included, saying where', () => {
    const answer = checkCall(edit({ 'note\nsources': 'x' }));
    expect(answer).toEqual({ ok: false, message: expect.stringContaining('request.changes') });
    expect(checkCall(edit({ sources: 'x' })).ok).toBe(false);
  });

  it("takes the Article panel's record edit, which may publish but not make a draft", () => {
    const article = (request: Record<string, unknown>) =>
      checkCall({
        requestId: 'r3',
        op: 'save',
        slug: 'ban',
        request: { op: 'article', ...request },
      });
    expect(
      article({
        assessment: { verdict: 'Accurate', summary: 'One. Two.', key: ['ban'] },
        update: { date: '2026-12-08', kind: 'correction', note: 'Fixed.' },
        draft: false,
      }).ok,
    ).toBe(true);
    expect(article({ draft: true }).ok).toBe(false);
    expect(article({ update: { date: '2026-12-08', kind: 'retraction', note: 'x' } }).ok).toBe(
      false,
    );
  });

  it('refuses an unknown op and extra fields', () => {
    expect(checkCall({ requestId: 'r1', op: 'delete', slug: 'ban' }).ok).toBe(false);
    expect(checkCall({ requestId: 'r1', op: 'info', slug: 'ban', path: '/etc' }).ok).toBe(false);
  });

  it('refuses a note over the limit with a message for the form', () => {
    const answer = checkCall(edit({ note: 'x'.repeat(TEXT_LIMITS.text + 1) }));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.message).toMatch(/^Not saved: .*request\.changes\.note.*20000/);
  });
});
