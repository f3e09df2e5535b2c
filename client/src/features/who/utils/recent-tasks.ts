// Tasks the officer asked before, newest first, remembered in this browser.
const storageKey = 'cancu.recentTasks';
const kept = 8;

/** Common questions from the seed documents, offered before the officer has asked any. */
export const commonTasks = [
  'tiếp công dân',
  'công tác dân vận',
  'quy chế dân chủ ở cơ sở',
  'báo cáo định kỳ',
  'giải quyết khiếu nại, tố cáo',
  'dân vận chính quyền',
] as const;

export function withRecentTask(tasks: readonly string[], task: string): string[] {
  const asked = task.trim();
  if (!asked) return [...tasks];
  const key = asked.normalize('NFC').toLowerCase();
  return [asked, ...tasks.filter((t) => t.normalize('NFC').toLowerCase() !== key)].slice(0, kept);
}

export function loadRecentTasks(): string[] {
  try {
    const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? stored.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function saveRecentTasks(tasks: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(tasks));
  } catch {
    // Storage refused: the list then lasts for this page only.
  }
}

/** Past and common tasks that contain what is typed, past ones first, each once. */
export function taskSuggestions(recent: readonly string[], typed: string): string[] {
  const needle = fold(typed.trim());
  const all = [...recent, ...commonTasks.filter((c) => !recent.some((r) => fold(r) === fold(c)))];
  return all.filter((task) => fold(task).includes(needle) && fold(task) !== needle).slice(0, 6);
}

/** Case, diacritics and đ ignored, as the server's search ignores them. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
