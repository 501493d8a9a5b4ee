/**
 * Keeps a checkbox's state across visits in localStorage. Storage may be off or full (private
 * windows, strict settings); the switch then simply starts unticked each time.
 */
export function rememberSwitch(input: HTMLInputElement, key: string): void {
  try {
    if (window.localStorage.getItem(key) === 'on') input.checked = true;
  } catch {
    return;
  }
  input.addEventListener('change', () => {
    try {
      window.localStorage.setItem(key, input.checked ? 'on' : 'off');
    } catch {
      // Not remembered; the switch still works for this visit.
    }
  });
}
