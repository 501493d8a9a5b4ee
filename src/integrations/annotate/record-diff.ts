// What a submitted form changes in a record: pure, so the rule for "changed" lives in one place
// for a claim's, an event's and a documented record's fields.

/** A form's fields as read: a text, or the values of a multiple select. */
type FormFields = Record<string, string | readonly string[]>;

/** A field's new value; `null` removes the field from the record. */
type FieldChange = string | string[] | null;

/** Each field's change keeps its kind: a text stays a text, a list a list; `null` removes it. */
type Changes<Fields extends FormFields> = {
  [Name in keyof Fields]?: (Fields[Name] extends string ? string : string[]) | null;
};

/** A list is the same whatever its order: the select lists actors in its own order. */
const sortedList = (list: unknown) =>
  Array.isArray(list) ? list.map(String).sort().join('\n') : '';

const isEmpty = (value: string | readonly string[]) =>
  Array.isArray(value) ? value.length === 0 : value === '';

/**
 * The fields whose value in the form differs from the record's, each with its new value; an
 * emptied field is `null` (removed). A field the record lacks equals an empty one.
 *
 * @example
 *   changedFields({ status: 'supported', note: '' }, { status: 'unverified', note: 'x' })
 *   // { status: 'supported', note: null }
 */
export function changedFields<Fields extends FormFields>(
  fields: Fields,
  record: Readonly<Record<string, unknown>>,
): Changes<Fields> {
  const changes: Record<string, FieldChange> = {};
  for (const name of Object.keys(fields)) {
    const next = fields[name] ?? '';
    const before = record[name];
    const same =
      typeof next === 'string'
        ? next === (before === undefined ? '' : String(before))
        : sortedList(next) === sortedList(before);
    if (!same) changes[name] = isEmpty(next) ? null : typeof next === 'string' ? next : [...next];
  }
  return changes as Changes<Fields>;
}

/**
 * The fields a new record gets: those filled in, empty ones left out.
 *
 * @example
 *   filledFields({ type: 'factual', note: '', actors: [] }) // { type: 'factual' }
 */
export function filledFields(fields: FormFields): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => !isEmpty(value))
      .map(([name, value]) => [name, typeof value === 'string' ? value : [...value]]),
  );
}
