// The Annotate form's sources: the list a record has, each with a box to remove it, and fields
// to add one. Shared by a claim's sources and an event's documented record.
import type { SourceInput, SourcesEdit } from '../../tools/edit-record.ts';
import { checkbox, field, input } from './form-controls.ts';

/** A source as the page's record shows it. */
interface ShownSource {
  url?: unknown;
  title?: unknown;
  publisher?: unknown;
  date?: unknown;
}

/**
 * A fieldset listing `sources` (each removable unless `shared` names the anchor other records
 * reuse it through) and, in a `details`, the fields of a new source. Field names start with
 * `prefix`, so a form can hold two such sets.
 */
export function sourcesFieldset(
  legend: string,
  prefix: string,
  sources: readonly ShownSource[],
  shared: readonly (string | null)[],
): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  fieldset.append(title);
  if (sources.length > 0) {
    const list = document.createElement('ul');
    sources.forEach((source, index) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = String(source.url ?? '');
      link.textContent = String(source.title ?? source.url ?? '');
      link.target = '_blank';
      link.rel = 'noreferrer';
      item.append(link, ` · ${String(source.publisher ?? '')}, ${String(source.date ?? '')} `);
      const anchor = shared[index];
      if (anchor) {
        const note = document.createElement('small');
        note.textContent = `(shared as &${anchor}: remove it in the file)`;
        item.append(note);
      } else {
        item.append(checkbox('Remove', `${prefix}remove-source`, String(index)));
      }
      list.append(item);
    });
    fieldset.append(list);
  }
  const add = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Add a source';
  const added = (text: string, name: string, type = 'text') =>
    field(text, input('', '', type), `${prefix}${name}`);
  add.append(
    summary,
    added('URL', 'source-url', 'url'),
    added('Title', 'source-title'),
    added('Publisher', 'source-publisher'),
    added('Date published', 'source-date', 'date'),
    added('Quote (optional, at most 40 words, exactly as the source has it)', 'source-quote'),
  );
  fieldset.append(add);
  return fieldset;
}

/** The sources edit a submitted form asks for under `prefix`, given the list it showed. */
export function readSourcesEdit(
  data: FormData,
  prefix: string,
  sources: readonly ShownSource[],
): SourcesEdit {
  const value = (name: string) => String(data.get(`${prefix}${name}`) ?? '').trim();
  const remove = data.getAll(`${prefix}remove-source`).map((raw) => {
    const index = Number(raw);
    return { index, url: String(sources[index]?.url ?? '') };
  });
  const fields = ['url', 'title', 'publisher', 'date', 'quote'].map((name) =>
    value(`source-${name}`),
  );
  if (fields.every((field) => field === '')) return { remove, add: [] };
  const [url = '', title = '', publisher = '', date = '', quote = ''] = fields;
  const source: SourceInput = { url, title, publisher, date, ...(quote ? { quote } : {}) };
  return { remove, add: [source] };
}

/** Whether an edit changes anything. */
export const changesSources = (edit: SourcesEdit): boolean =>
  (edit.remove?.length ?? 0) > 0 || (edit.add?.length ?? 0) > 0;
