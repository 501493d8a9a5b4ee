// The fields of the Annotate form for a claim, an event or an actor mention, built from the
// vocabulary and the actors the server sent; and the save request a submitted form asks for.
import type { AnnotateCallInput, TextSelection } from './messages.ts';
import type { ArticleInfo } from './server.ts';
import { documentedFieldset, readDocumented, sourcesOf } from './documented-fields.ts';
import { field, input, select, textarea, vocabularyOptions } from './form-controls.ts';
import { changedFields, filledFields } from './record-diff.ts';
import { readSourcesEdit, sourcesFieldset } from './source-fields.ts';

/** What the app marks: a claim, an event, or a mention of an actor. */
export type Kind = 'claim' | 'event' | 'actor';
/** What a save asks the server for. */
export type SaveRequest = Extract<AnnotateCallInput, { op: 'save' }>['request'];

/** The record a form opens on: new words to mark, or a record to edit. */
export interface FormTarget {
  kind: Kind;
  id?: string;
  selection?: TextSelection;
  /** The existing record, when editing. */
  record?: Readonly<Record<string, unknown>>;
}

const NO_VOCABULARY: ArticleInfo['vocabulary'] = { claimTypes: [], statuses: [], eventTypes: [] };

const actorOptions = (info: ArticleInfo | undefined): [string, string][] =>
  (info?.actors ?? []).map((a) => [a.id, `${a.name} (${a.id})${a.inArticle ? '' : ' ·'}`]);

/** The hints on a claim's rating, shown above its fields: for the analyst, not errors. */
function hintList(hints: readonly string[]): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('aria-label', 'Hints on this rating');
  const list = document.createElement('ul');
  for (const hint of hints)
    list.append(Object.assign(document.createElement('li'), { textContent: hint }));
  section.append(
    Object.assign(document.createElement('h3'), { textContent: 'Hints on this rating' }),
    list,
  );
  return section;
}

/** The fields of the form for `target`, filled from its record when editing. */
export function recordFields(target: FormTarget, info: ArticleInfo | undefined): HTMLElement[] {
  const { kind, record = {} } = target;
  const editing = target.record !== undefined;
  const text = (name: string) => (typeof record[name] === 'string' ? String(record[name]) : '');
  const vocabulary = info?.vocabulary ?? NO_VOCABULARY;
  if (kind === 'actor') return [field('Actor', select(actorOptions(info)), 'ref')];
  const id = input(target.id ?? '');
  id.readOnly = editing;
  const fields: HTMLElement[] = [field('Id', id, 'id')];
  if (kind === 'claim') {
    const hints = info?.hints[target.id ?? ''] ?? [];
    if (editing && hints.length > 0) fields.unshift(hintList(hints));
    const claimants: [string, string][] = [
      ['', '—'],
      ['author', "The article's author"],
      ...actorOptions(info),
    ];
    fields.push(
      field('Type', select(vocabularyOptions(vocabulary.claimTypes), text('type')), 'type'),
      field(
        'Claimant',
        select(claimants, text('claimant') || (editing ? '' : 'author')),
        'claimant',
      ),
      field(
        'Status',
        select(
          vocabularyOptions(vocabulary.statuses),
          text('status') || (editing ? '' : 'unverified'),
        ),
        'status',
      ),
      // A verdict needs its finding before the article can be published.
      field('Finding (the verdict in one sentence)', input(text('finding')), 'finding'),
      field('Note', textarea(text('note')), 'note'),
      sourcesFieldset(
        'Sources',
        '',
        sourcesOf(record),
        info?.shared.claims[target.id ?? '']?.sources ?? [],
      ),
    );
    return fields;
  }
  const events: [string, string][] = Object.keys(info?.events ?? {}).map((e) => [e, e]);
  const actors = Array.isArray(record['actors']) ? record['actors'].map(String) : [];
  fields.push(
    field('Summary', input(text('summary')), 'summary'),
    field('Type', select(vocabularyOptions(vocabulary.eventTypes), text('type')), 'type'),
    field(
      'Date (YYYY, YYYY-MM or YYYY-MM-DD)',
      input(text('date') || String(record['date'] ?? '')),
      'date',
    ),
    field('…or after event', select([['', '—'], ...events], text('after')), 'after'),
    field('Offset (e.g. P1D)', input(text('offset'), 'P1D'), 'offset'),
    field('Actors', select(actorOptions(info), actors, true), 'actors'),
  );
  if (editing)
    fields.push(documentedFieldset(record, info?.shared.events[target.id ?? '']?.documented ?? []));
  return fields;
}

/** The save request a submitted form asks for: a new marker, or the changes to a record. */
export function saveRequest(target: FormTarget, data: FormData): SaveRequest | string {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const { kind, record, selection } = target;
  if (kind === 'actor') {
    if (!selection) return 'Select some words in the article text first.';
    return { op: 'mark', kind, ref: value('ref'), selection };
  }
  const claim = {
    type: value('type'),
    claimant: value('claimant'),
    status: value('status'),
    finding: value('finding'),
    note: value('note'),
  };
  const event = {
    summary: value('summary'),
    type: value('type'),
    date: value('date'),
    after: value('after'),
    offset: value('offset'),
    actors: data.getAll('actors').map(String),
  };
  const id = record ? (target.id ?? '') : value('id');
  if (record && kind === 'claim') {
    const sources = readSourcesEdit(data, '', sourcesOf(record));
    return { op: 'edit', kind, id, changes: changedFields(claim, record), sources };
  }
  if (record && kind === 'event') {
    const documented = readDocumented(data, record);
    return {
      op: 'edit',
      kind,
      id,
      changes: changedFields(event, record),
      ...(documented === undefined ? {} : { documented }),
    };
  }
  if (!selection) return 'Select some words in the article text first.';
  if (kind === 'claim') {
    const added = readSourcesEdit(data, '', []).add ?? [];
    const filled = { ...filledFields(claim), ...(added.length ? { sources: added } : {}) };
    return { op: 'mark', kind, id, record: filled, selection };
  }
  return { op: 'mark', kind, id, record: filledFields(event), selection };
}
