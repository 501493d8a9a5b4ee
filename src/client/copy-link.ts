/**
 * Shows every `button[data-copy-path]` (they ship hidden, since they need JavaScript) and makes it
 * copy the absolute URL of its path, saying in the button whether that worked.
 *
 * @example
 *   enableCopyLinks(document) // <button data-copy-path="/articles/a/claims/b/" hidden> becomes usable
 */
export function enableCopyLinks(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
    const label = button.textContent ?? 'Copy link';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset['copyPath'] ?? '', window.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = 'Link copied';
      } catch {
        // Clipboard access can be refused (permissions, insecure origin): show the link to copy by hand.
        button.textContent = `Copy this link: ${url}`;
      }
      window.setTimeout(() => (button.textContent = label), 4000);
    });
  }
}
