/**
 * Shows the "Copy" buttons of Embed controls and makes them copy their snippet. Without this script
 * the buttons stay hidden and the read-only text areas can be selected and copied by hand.
 *
 * @example
 *   enableCopyButtons(document) // every <button data-copy-from="id"> copies the textarea #id
 */
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
    const source = document.getElementById(button.dataset['copyFrom'] ?? '');
    if (!(source instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      source.select();
      try {
        await navigator.clipboard.writeText(source.value);
        button.textContent = 'Copied';
      } catch {
        // No clipboard permission (e.g. an insecure origin): the text stays selected for Ctrl+C.
        button.textContent = 'Selected: press Ctrl+C';
      }
    });
  }
}
