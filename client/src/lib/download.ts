// Saving a string the server produced (CSV, review list) as a file, and opening HTML for printing.

/** A file name safe on every office system: "raci-314-QĐ-HU.csv". Vietnamese letters stay. */
export function fileNameFor(prefix: string, name: string, extension: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}${safe ? `-${safe}` : ''}.${extension}`;
}

const byteOrderMark = '\uFEFF';

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark. */
export function withByteOrderMark(content: string): string {
  return content.startsWith(byteOrderMark) ? content : byteOrderMark + content;
}

export function downloadText(content: string, fileName: string, mimeType: string): void {
  const body = mimeType.startsWith('text/csv') ? withByteOrderMark(content) : content;
  const url = URL.createObjectURL(new Blob([body], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click starts the download synchronously; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Opens an HTML document in a new window for printing; false when a pop-up blocker refused. */
export function openHtml(html: string): boolean {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const opened = window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened !== null;
}
