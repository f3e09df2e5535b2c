// Display formats for values that arrive as ISO strings.

/** "2021-07-30" → "30/07/2021"; a partial or odd date is shown as it came. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export function yearOf(iso: string | null | undefined): string {
  return iso ? (/^(\d{4})/.exec(iso)?.[1] ?? '') : '';
}
