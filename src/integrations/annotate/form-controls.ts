// The Annotate forms' controls: a labelled field, a text input, a select. Every form of the app
// builds from these, so a field looks and reads the same everywhere.

/** A labelled control named `name`, as a form submits it. */
export function field(label: string, control: HTMLElement, name: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.textContent = label;
  control.setAttribute('name', name);
  wrapper.append(control);
  return wrapper;
}

/** A checkbox with its label after it, on one line. */
export function checkbox(label: string, name: string, value: string): HTMLLabelElement {
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', value });
  const wrapper = field(label, box, name);
  wrapper.className = 'inline';
  wrapper.prepend(box);
  return wrapper;
}

/** A text input holding `value`. */
export function input(value = '', placeholder = '', type = 'text'): HTMLInputElement {
  return Object.assign(document.createElement('input'), { value, placeholder, type });
}

/** A text area holding `value`. */
export function textarea(value = ''): HTMLTextAreaElement {
  return Object.assign(document.createElement('textarea'), { value });
}

/** A select of `[value, text]` options, with `chosen` selected. */
export function select(
  options: readonly (readonly [string, string])[],
  chosen: string | readonly string[] = '',
  multiple = false,
): HTMLSelectElement {
  const element = document.createElement('select');
  element.multiple = multiple;
  const selected = new Set(typeof chosen === 'string' ? [chosen] : chosen);
  for (const [value, text] of options)
    element.append(new Option(text, value, false, selected.has(value)));
  return element;
}

/** The words of a vocabulary as options, after a "none" choice. */
export const vocabularyOptions = (words: readonly string[]): [string, string][] => [
  ['', '—'],
  ...words.map((word): [string, string] => [word, word]),
];
