// The Annotate Dev Toolbar app (dev server only): select words on an article page and mark them
// as a claim, an event or an actor mention; click a claim or event to edit or remove it. The
// server side (./server.ts) writes the file; the page reloads with the result.
import { defineToolbarApp } from 'astro/toolbar';
import type { ArticleInfo } from './server.ts';
import { APP_STYLE } from './app-style.ts';
import { ANNOTATE_EVENTS, checkCall, type AnnotateAnswer } from './messages.ts';
import { changesSources, readSourcesEdit, sourcesFieldset } from './source-fields.ts';

type Kind = 'claim' | 'event' | 'actor';
type Answer = AnnotateAnswer;
interface Selected {
  block: number;
  start: number;
  end: number;
  text: string;
}

const REMEMBER = 'claimlens-annotate-on';
const ACROSS =
  'The selection runs across paragraphs; a marker stays within one paragraph. Select words in one paragraph.';

/** The text of a passage up to a point, as the parser counts it: claim numbers are not text. */
function textBefore(passage: Element, node: Node, offset: number): string {
  const range = document.createRange();
  range.setStart(passage, 0);
  range.setEnd(node, offset);
  const copy = range.cloneContents();
  copy.querySelectorAll('.claim-ref').forEach((element) => element.remove());
  return copy.textContent ?? '';
}

/** The selection as offsets into one block's plain text, or why it cannot be marked. */
function selected(): Selected | string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const passageOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('.article-body .passage-text');
  const first = passageOf(range.startContainer);
  const last = passageOf(range.endContainer);
  if (!first && !last) return undefined;
  if (!first || first !== last) return ACROSS;
  const passages = [...document.querySelectorAll('.article-body .passage-text')];
  const whole = textBefore(first, first, first.childNodes.length);
  let start = textBefore(first, range.startContainer, range.startOffset).length;
  let end = textBefore(first, range.endContainer, range.endOffset).length;
  // A double click takes the space after a word too; markers hold words, not the spaces around.
  while (start < end && /\s/.test(whole[start] ?? '')) start += 1;
  while (end > start && /\s/.test(whole[end - 1] ?? '')) end -= 1;
  if (start === end) return undefined;
  return { block: passages.indexOf(first), start, end, text: whole.slice(start, end) };
}

const slug = /^\/articles\/([a-z0-9][a-z0-9-]*)\/$/.exec(location.pathname)?.[1];

export default defineToolbarApp({
  init(canvas, app, server) {
    let active = false;
    let info: ArticleInfo | undefined;
    /** Settles once the article's records have come from the server. */
    let loaded: Promise<void> = Promise.resolve();
    const waiting = new Map<string, (answer: Answer) => void>();
    server.on<Answer & { requestId: string }>(ANNOTATE_EVENTS.answer, (answer) => {
      waiting.get(answer.requestId)?.(answer);
      waiting.delete(answer.requestId);
    });
    // Checked with the server's own schema first: what it would refuse is said here, unsent.
    const call = (op: string, payload: Record<string, unknown>) =>
      new Promise<Answer>((resolve) => {
        const requestId = crypto.randomUUID();
        const checked = checkCall({ requestId, op, slug, ...payload });
        if (!checked.ok) return resolve(checked);
        waiting.set(requestId, resolve);
        server.send(ANNOTATE_EVENTS.call, checked.call);
      });

    const style = document.createElement('style');
    style.textContent = APP_STYLE;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Annotate the selected words');
    bar.hidden = true;
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Annotate');
    panel.hidden = true;
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.hidden = true;
    canvas.append(style, bar, panel, hint);

    const buttons: [Kind, string, string][] = [
      ['claim', 'Mark as claim', 'c'],
      ['event', 'Mark as event', 'e'],
      ['actor', 'Mark as actor mention', 'm'],
    ];
    for (const [kind, label, key] of buttons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.title = `${label} (Alt+${key.toUpperCase()})`;
      // Keep the page's selection when the button is pressed.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => void startMark(kind));
      bar.append(button);
    }

    const close = () => {
      panel.hidden = true;
      panel.replaceChildren();
    };

    /** A labelled field in the form. */
    const field = (label: string, control: HTMLElement, name: string) => {
      const wrapper = document.createElement('label');
      wrapper.textContent = label;
      control.setAttribute('name', name);
      wrapper.append(control);
      return wrapper;
    };
    const input = (value = '', placeholder = '') => {
      const element = document.createElement('input');
      element.value = value;
      element.placeholder = placeholder;
      return element;
    };
    const select = (options: [string, string][], value = '', multiple = false) => {
      const element = document.createElement('select');
      element.multiple = multiple;
      const chosen = new Set(Array.isArray(value) ? value : [value]);
      for (const [id, text] of options) {
        const option = new Option(text, id, false, chosen.has(id));
        element.append(option);
      }
      return element;
    };
    const actorOptions = (): [string, string][] =>
      (info?.actors ?? []).map((a) => [a.id, `${a.name} (${a.id})${a.inArticle ? '' : ' ·'}`]);

    const sourcesOf = (record: Record<string, unknown> | undefined): Record<string, unknown>[] =>
      Array.isArray(record?.['sources']) ? (record['sources'] as Record<string, unknown>[]) : [];
    const documentedOf = (record: Record<string, unknown>) =>
      typeof record['documented'] === 'object' && record['documented'] !== null
        ? (record['documented'] as Record<string, unknown>)
        : undefined;

    /** An event's documented record: the date the evidence gives, a note and its sources. */
    const documentedFieldset = (record: Record<string, unknown>, id: string) => {
      const documented = documentedOf(record);
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = 'Documented record (what the evidence dates it to)';
      const shown = (name: string) =>
        documented?.[name] === undefined ? '' : String(documented[name]);
      fieldset.append(
        legend,
        field(
          'Documented date (YYYY, YYYY-MM or YYYY-MM-DD)',
          input(shown('date')),
          'documented-date',
        ),
        field(
          'Documented note',
          Object.assign(document.createElement('textarea'), { value: shown('note') }),
          'documented-note',
        ),
        sourcesFieldset(
          'Its sources (at least one)',
          'documented-',
          sourcesOf(documented),
          info?.shared.events[id]?.documented ?? [],
        ),
      );
      if (documented) {
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          value: '1',
        });
        const remove = field('Remove the documented record', box, 'documented-remove');
        remove.className = 'inline';
        remove.prepend(box);
        fieldset.append(remove);
      }
      return fieldset;
    };

    /** The documented record's edit a submitted form asks for, if any. */
    const readDocumented = (data: FormData, record: Record<string, unknown>) => {
      const documented = documentedOf(record);
      if (data.get('documented-remove')) return null;
      const changes: Record<string, string | null> = {};
      for (const name of ['date', 'note']) {
        const next = String(data.get(`documented-${name}`) ?? '').trim();
        const before = documented?.[name] === undefined ? '' : String(documented[name]);
        if (next !== before) changes[name] = next === '' ? null : next;
      }
      const sources = readSourcesEdit(data, 'documented-', sourcesOf(documented));
      if (Object.keys(changes).length === 0 && !changesSources(sources)) return undefined;
      return { changes, sources };
    };

    /** Opens the form; `record` is the existing record when editing. */
    const openForm = (
      kind: Kind,
      options: {
        id?: string;
        selection?: Selected;
        record?: Record<string, unknown>;
        error?: string;
      },
    ) => {
      close();
      bar.hidden = true;
      const form = document.createElement('form');
      const title = document.createElement('h2');
      const editing = options.record !== undefined;
      title.textContent = editing
        ? `Edit ${kind} "${options.id}"`
        : { claim: 'Mark as claim', event: 'Mark as event', actor: 'Mark as actor mention' }[kind];
      const alert = document.createElement('p');
      alert.className = 'message';
      alert.setAttribute('role', 'alert');
      form.append(title);
      if (options.selection) {
        const quote = document.createElement('blockquote');
        quote.textContent = options.selection.text;
        form.append(quote);
      }
      form.append(alert);
      if (options.error) {
        alert.textContent = options.error;
        const cancel = document.createElement('button');
        cancel.type = 'button';
        cancel.textContent = 'Close';
        cancel.addEventListener('click', close);
        form.append(cancel);
        panel.append(form);
        panel.hidden = false;
        cancel.focus();
        return;
      }
      const record = options.record ?? {};
      const text = (name: string) => (typeof record[name] === 'string' ? String(record[name]) : '');
      const vocabulary = info?.vocabulary ?? { claimTypes: [], statuses: [], eventTypes: [] };
      const none: [string, string] = ['', '—'];
      if (kind !== 'actor') {
        const id = input(options.id ?? '');
        id.readOnly = editing;
        form.append(field('Id', id, 'id'));
      }
      if (kind === 'claim') {
        const claimants: [string, string][] = [
          ['author', "The article's author"],
          ...actorOptions(),
        ];
        form.append(
          field(
            'Type',
            select(
              [none, ...vocabulary.claimTypes.map((t) => [t, t] as [string, string])],
              text('type'),
            ),
            'type',
          ),
          field(
            'Claimant',
            select([none, ...claimants], text('claimant') || (editing ? '' : 'author')),
            'claimant',
          ),
          field(
            'Status',
            select(
              [none, ...vocabulary.statuses.map((s) => [s, s] as [string, string])],
              text('status') || (editing ? '' : 'unverified'),
            ),
            'status',
          ),
          field(
            'Note',
            Object.assign(document.createElement('textarea'), { value: text('note') }),
            'note',
          ),
        );
        form.append(
          sourcesFieldset(
            'Sources',
            '',
            sourcesOf(record),
            info?.shared.claims[options.id ?? '']?.sources ?? [],
          ),
        );
      } else if (kind === 'event') {
        const events: [string, string][] = Object.keys(info?.events ?? {}).map((id) => [id, id]);
        const actors = Array.isArray(record['actors']) ? record['actors'].map(String) : [];
        const actorSelect = select(actorOptions(), '', true);
        for (const option of actorSelect.options) option.selected = actors.includes(option.value);
        form.append(
          field('Summary', input(text('summary')), 'summary'),
          field(
            'Type',
            select(
              [none, ...vocabulary.eventTypes.map((t) => [t, t] as [string, string])],
              text('type'),
            ),
            'type',
          ),
          field(
            'Date (YYYY, YYYY-MM or YYYY-MM-DD)',
            input(text('date') || String(record['date'] ?? '')),
            'date',
          ),
          field('…or after event', select([none, ...events], text('after')), 'after'),
          field('Offset (e.g. P1D)', input(text('offset'), 'P1D'), 'offset'),
          field('Actors', actorSelect, 'actors'),
        );
        if (editing) form.append(documentedFieldset(record, options.id ?? ''));
      } else {
        form.append(field('Actor', select(actorOptions()), 'ref'));
      }
      const actions = document.createElement('div');
      actions.className = 'actions';
      const save = Object.assign(document.createElement('button'), {
        type: 'submit',
        textContent: 'Save',
      });
      const cancel = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: 'Cancel',
      });
      cancel.addEventListener('click', close);
      actions.append(save, cancel);
      if (editing) {
        const remove = Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: 'Remove marker',
        });
        remove.addEventListener(
          'click',
          () => void submit(alert, { op: 'remove', kind, id: options.id }),
        );
        actions.append(remove);
      }
      form.append(actions);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const value = (name: string) => String(data.get(name) ?? '').trim();
        const list = (name: string) => data.getAll(name).map(String);
        const fields: Record<string, string | string[]> =
          kind === 'claim'
            ? {
                type: value('type'),
                claimant: value('claimant'),
                status: value('status'),
                note: value('note'),
              }
            : {
                summary: value('summary'),
                type: value('type'),
                date: value('date'),
                after: value('after'),
                offset: value('offset'),
                actors: list('actors'),
              };
        if (kind === 'actor') {
          void submit(alert, { op: 'mark', kind, ref: value('ref'), selection: options.selection });
        } else if (editing) {
          const changes: Record<string, string | string[] | null> = {};
          for (const [name, next] of Object.entries(fields)) {
            const before = record[name];
            // A list is the same whatever its order: the select lists actors in its own order.
            const sorted = (list: unknown) =>
              Array.isArray(list) ? list.map(String).sort().join(',') : '';
            const same = Array.isArray(next)
              ? sorted(next) === sorted(before)
              : next === (before === undefined ? '' : String(before));
            if (!same)
              changes[name] =
                next === '' || (Array.isArray(next) && next.length === 0) ? null : next;
          }
          const edit: Record<string, unknown> = { op: 'edit', kind, id: options.id, changes };
          if (kind === 'claim') edit['sources'] = readSourcesEdit(data, '', sourcesOf(record));
          const documented = kind === 'event' ? readDocumented(data, record) : undefined;
          if (documented !== undefined) edit['documented'] = documented;
          void submit(alert, edit);
        } else {
          const filled: Record<string, unknown> = Object.fromEntries(
            Object.entries(fields).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== '')),
          );
          const added = kind === 'claim' ? readSourcesEdit(data, '', []).add : [];
          if (added?.length) filled['sources'] = added;
          void submit(alert, {
            op: 'mark',
            kind,
            id: value('id'),
            record: filled,
            selection: options.selection,
          });
        }
      });
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
      });
      panel.append(form);
      panel.hidden = false;
      form.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
    };

    const submit = async (alert: HTMLElement, request: Record<string, unknown>) => {
      alert.textContent = 'Saving…';
      const answer = await call('save', { request });
      if (!answer.ok) {
        alert.textContent = answer.message;
        return;
      }
      alert.textContent = 'Saved.';
      sessionStorage.setItem(REMEMBER, '1');
      location.reload();
    };

    const startMark = async (kind: Kind) => {
      const selection = selected();
      bar.hidden = true;
      if (typeof selection === 'string') return openForm(kind, { error: selection });
      if (!selection)
        return openForm(kind, { error: 'Select some words in the article text first.' });
      if (kind === 'actor') return openForm(kind, { selection });
      const proposed = await call('propose', { kind, text: selection.text });
      openForm(kind, { selection, id: proposed.ok ? String(proposed.value) : '' });
    };

    const placeBar = () => {
      if (!active || !panel.hidden) return;
      const selection = selected();
      const range = document.getSelection()?.rangeCount
        ? document.getSelection()?.getRangeAt(0)
        : undefined;
      if (!selection || !range) {
        bar.hidden = true;
        return;
      }
      const box = range.getBoundingClientRect();
      bar.style.top = `${Math.max(8, box.top - 44)}px`;
      bar.hidden = false;
      // Kept within the window, however narrow: a bar past its edge would scroll the whole page.
      bar.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - bar.offsetWidth - 8))}px`;
    };
    document.addEventListener('selectionchange', placeBar);

    // In this mode a click on a claim or an event opens its record instead of following links.
    document.addEventListener(
      'click',
      (event) => {
        if (!active || !document.getSelection()?.isCollapsed) return;
        const target = event.target instanceof Element ? event.target : null;
        const claim = target?.closest<HTMLElement>('.article-body .claim');
        const eventElement = target?.closest<HTMLElement>('.article-body .event');
        const element = eventElement ?? claim;
        if (!element) return;
        event.preventDefault();
        event.stopPropagation();
        const kind = element === eventElement ? 'event' : 'claim';
        const id =
          kind === 'event' ? element.id.replace(/^event-/, '') : (element.dataset['claim'] ?? '');
        // A click made while the records are still on their way waits for them.
        void loaded.then(() => {
          const record = (kind === 'event' ? info?.events : info?.claims)?.[id] ?? {};
          openForm(kind, { id, record });
        });
      },
      true,
    );
    document.addEventListener('keydown', (event) => {
      if (!active) return;
      if (event.key === 'Escape') {
        close();
        bar.hidden = true;
      }
      const shortcut = buttons.find(
        ([, , key]) => event.altKey && event.code === `Key${key.toUpperCase()}`,
      );
      if (shortcut) {
        event.preventDefault();
        void startMark(shortcut[0]);
      }
    });

    app.onToggled(async ({ state }) => {
      active = state;
      sessionStorage.setItem(REMEMBER, state ? '1' : '');
      document.documentElement.toggleAttribute('data-annotating', state);
      if (!state) {
        close();
        bar.hidden = true;
        hint.hidden = true;
        return;
      }
      hint.hidden = false;
      if (!slug || !document.querySelector('.article-body')) {
        hint.textContent = 'Annotate works on article pages: open an article.';
        return;
      }
      hint.textContent =
        'Select words to mark them (Alt+C claim, Alt+E event, Alt+M mention); click a claim or event to edit it. ' +
        'Esc closes.';
      loaded = call('info', {}).then((answer) => {
        if (answer.ok) info = answer.value as ArticleInfo;
        else hint.textContent = answer.message;
      });
      await loaded;
    });
    if (sessionStorage.getItem(REMEMBER) === '1') app.toggleState({ state: true });
  },
});
