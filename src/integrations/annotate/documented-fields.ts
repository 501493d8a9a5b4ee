// An event's documented record in the Annotate form: the date the evidence gives, a note and its
// sources; and the edit a submitted form asks for.
import type { AnnotateCallInput } from './messages.ts';
import { checkbox, field, input, textarea } from './form-controls.ts';
import { changedFields } from './record-diff.ts';
import { changesSources, readSourcesEdit, sourcesFieldset } from './source-fields.ts';

type Record_ = Readonly<Record<string, unknown>>;
type EventEdit = Extract<
  Extract<AnnotateCallInput, { op: 'save' }>['request'],
  { op: 'edit'; kind: 'event' }
>;

/** A record's sources, as the page's record holds them. */
export const sourcesOf = (record: Record_ | undefined): Record_[] =>
  Array.isArray(record?.['sources']) ? (record['sources'] as Record_[]) : [];

const documentedOf = (record: Record_): Record_ | undefined =>
  typeof record['documented'] === 'object' && record['documented'] !== null
    ? (record['documented'] as Record_)
    : undefined;

const shown = (record: Record_ | undefined, name: string) =>
  record?.[name] === undefined ? '' : String(record[name]);

/** The fieldset of an event's documented record; `shared` names sources other records reuse. */
export function documentedFieldset(
  record: Record_,
  shared: readonly (string | null)[],
): HTMLFieldSetElement {
  const documented = documentedOf(record);
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = 'Documented record (what the evidence dates it to)';
  fieldset.append(
    legend,
    field(
      'Documented date (YYYY, YYYY-MM or YYYY-MM-DD)',
      input(shown(documented, 'date')),
      'documented-date',
    ),
    field('Documented note', textarea(shown(documented, 'note')), 'documented-note'),
    sourcesFieldset('Its sources (at least one)', 'documented-', sourcesOf(documented), shared),
  );
  if (documented)
    fieldset.append(checkbox('Remove the documented record', 'documented-remove', '1'));
  return fieldset;
}

/** The documented record's edit a submitted form asks for: none, changes, or `null` to remove. */
export function readDocumented(data: FormData, record: Record_): EventEdit['documented'] {
  const documented = documentedOf(record);
  if (data.get('documented-remove')) return null;
  const value = (name: string) => String(data.get(`documented-${name}`) ?? '').trim();
  const changes = changedFields({ date: value('date'), note: value('note') }, documented ?? {});
  const sources = readSourcesEdit(data, 'documented-', sourcesOf(documented));
  if (Object.keys(changes).length === 0 && !changesSources(sources)) return undefined;
  return { changes, sources };
}
