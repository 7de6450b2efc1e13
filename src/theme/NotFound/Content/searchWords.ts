/** The words of the address that was not found (`/t1/lora-qlra/` → `lora qlra`), to start a search with. */
export function searchWordsFromPath(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: search for the raw text.
  }
  return decoded
    .replace(/\.html?$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .trim()
    .slice(0, 80);
}
