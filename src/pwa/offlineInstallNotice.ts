/**
 * Tells the reader, once per visit (browser tab session), that the offline copy could not be installed, so nobody
 * counts on reading offline when it will not work. Built outside React's tree: it appears after hydration, on any page.
 */
const SAID = 't1.offlineCopyFailureSaid';

function alreadySaid(): boolean {
  try {
    if (sessionStorage.getItem(SAID)) return true;
    sessionStorage.setItem(SAID, 'yes');
  } catch {
    // Storage refused (private mode): say it on this page only.
  }
  return false;
}

export function sayOfflineCopyNotInstalled(reason: string): void {
  console.warn(`The offline copy could not be installed: ${reason}.`);
  if (alreadySaid()) return;

  const note = document.createElement('div');
  note.className = 'alert alert--warning offline-install-note';
  note.setAttribute('role', 'status');
  const text = document.createElement('p');
  const close = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Dismiss'});
  close.className = 'button button--sm button--secondary';
  close.addEventListener('click', () => note.remove());
  note.append(text, close);
  document.body.append(note);
  // Filled in once the live region is on the page, so screen readers announce it.
  requestAnimationFrame(() => {
    text.textContent = `The offline copy could not be installed: ${reason}. Reading online still works; reload a page to try again.`;
  });
}
