// One duty index per open store, kept current three ways:
// - at server start, `startDutyIndex(store, { dir })` loads the index file saved next to the database
//   (`<dir>/duty-index.bin`) in the background, compares the fingerprint it was saved with (every
//   document's duty count) with the store's, re-reads only the documents that differ, or builds the whole
//   index when there is no usable file, and saves it again; a search arriving meanwhile waits for it, at
//   most INDEX_WAIT_MS, then gets an IndexNotReadyError (a clear message, not a stalled request);
// - `updateIndexFor(store, documentIds)`: an ingest in this process re-reads exactly the documents it
//   wrote (called by ingestFiles and bulkLoad; one round trip per 200 documents, or 50,000 duties);
// - a fingerprint (the number of duties) read at most every FRESHNESS_MS before a search: when another
//   process has written (Neo4j shared by a CLI ingest), the per-document duty counts are compared and
//   only the documents that differ are re-read.
// Without `startDutyIndex` (tests, CLI commands) the first search builds the index from the store and
// nothing is written to disk.
// A document re-loaded elsewhere with exactly as many duties as before is the one change the fingerprint
// misses; a `loadedAt` property on Document would close that gap (see INTEGRATION.patch.md).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { dutyCountsByDocument, dutyTotal, toDutyRecord } from '../db/queries/search.ts';
import { dutySearchRecordsIn } from '../db/queries/search-batches.ts';
import type { Store } from '../db/store.ts';
import { DutyIndex, MAX_SEGMENTS } from './duty-index.ts';
import type { DutyRecord } from './duty-index.ts';
import { INDEX_FILE_NAME, loadIndex, saveIndex } from './index-file.ts';

export const FRESHNESS_MS = 2000;
const DOCUMENTS_PER_READ = 2000;
/** duties per round trip when building: about half a second of LadybugDB work, 50 MB of rows */
const DUTIES_PER_READ = 50_000;
/** without counts, documents per read as before */
const SMALL_READ = 200;
/** duties gathered before they are indexed as one segment during a full build */
const DUTIES_PER_SEGMENT = 100_000;
/** how long a search waits for an index still loading or building before it is refused */
export const INDEX_WAIT_MS = Number(process.env.CANCU_INDEX_WAIT_MS ?? 15_000);
/** a saved index this far behind the store (share of its documents changed) is rebuilt rather than patched */
const REBUILD_SHARE = 0.5;
/** after changes, the file is rewritten at most this often */
const SAVE_EVERY_MS = 60_000;

/** A GraphQLError, so that the masked-errors app still tells the client what is happening, with a code. */
export class IndexNotReadyError extends GraphQLError {
  constructor(readonly state: string) {
    super(`Chỉ mục nghĩa vụ đang được chuẩn bị (${state}); vui lòng thử lại sau ít phút`, { extensions: { code: 'INDEX_NOT_READY' } });
  }
}

type Log = (line: string) => void;

interface Entry {
  index: DutyIndex;
  /** serialises builds and updates of this store's index */
  work: Promise<unknown>;
  checkedAt: number;
  duties: number;
  /** settled when the index first reflects the store */
  ready: Promise<void>;
  isReady: boolean;
  state: string;
  /** where the index file lives, when persisted */
  file: string | null;
  savedFingerprint: string | null;
  savedAt: number;
  saving: Promise<void> | null;
  log: Log;
}

const entries = new WeakMap<Store, Entry>();

/**
 * Reads the duties of these documents into the index: a few hundred documents (at most DUTIES_PER_READ
 * duties, by the counts when known) per round trip, indexed DUTIES_PER_SEGMENT at a time.
 */
async function readInto(
  store: Store,
  index: DutyIndex,
  documentIds: string[],
  counts?: ReadonlyMap<string, number>,
  onProgress?: (done: number) => void,
): Promise<void> {
  let pending: DutyRecord[] = [];
  let pendingIds: string[] = [];
  const flush = async () => {
    await index.replaceDocumentsAsync(pendingIds, pending);
    pending = [];
    pendingIds = [];
  };
  for (let i = 0; i < documentIds.length; ) {
    const ids: string[] = [];
    let duties = 0;
    while (i < documentIds.length && ids.length < DOCUMENTS_PER_READ && (ids.length === 0 || duties < DUTIES_PER_READ)) {
      const id = documentIds[i++]!;
      ids.push(id);
      duties += counts?.get(id) ?? DUTIES_PER_READ / SMALL_READ;
    }
    const rows = await store.read(dutySearchRecordsIn, { ids });
    const seen = new Set<string>();
    // an agency linked to two localities would repeat a duty: keep its first row
    for (const row of rows) {
      const r: DutyRecord = { ...toDutyRecord(row), articleId: (row.articleId as string | null) ?? null };
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      pending.push(r);
    }
    pendingIds.push(...ids);
    // many documents at once make few segments
    if (pending.length >= DUTIES_PER_SEGMENT) await flush();
    onProgress?.(i);
  }
  await flush();
  if (index.segmentCount > MAX_SEGMENTS) await index.compactAsync();
}

function serialise<T>(entry: Entry, task: () => Promise<T>): Promise<T> {
  const run = entry.work.then(task, task);
  entry.work = run.catch(() => undefined);
  return run;
}

async function countDuties(store: Store): Promise<number> {
  const [row] = await store.read(dutyTotal, {});
  return Number(row?.duties ?? 0);
}

async function storedCounts(store: Store): Promise<Map<string, number>> {
  return new Map((await store.read(dutyCountsByDocument, {})).map((r) => [r.documentId as string, Number(r.duties)]));
}

/** What an index file is valid for: every document with its duty count (order-free), hashed. */
export function fingerprintOf(counts: ReadonlyMap<string, number>): string {
  const hash = createHash('sha256');
  let total = 0;
  for (const [id, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${id}\u0000${n}\n`);
    total += n;
  }
  return `${counts.size}:${total}:${hash.digest('hex').slice(0, 32)}`;
}

/** Re-reads the documents whose duty counts differ between the store and the index. */
async function catchUp(store: Store, entry: Entry, stored?: Map<string, number>): Promise<boolean> {
  stored ??= await storedCounts(store);
  const held = entry.index.documentCounts();
  const changed = [...stored].filter(([id, n]) => held.get(id) !== n).map(([id]) => id);
  const gone = [...held.keys()].filter((id) => !stored.has(id));
  entry.index.replaceDocuments(gone, []);
  await readInto(store, entry.index, changed, stored, (done) => (entry.state = `đọc ${done}/${changed.length} văn bản`));
  entry.duties = [...stored.values()].reduce((a, b) => a + b, 0);
  if (changed.length + gone.length > 0) {
    // after a build or a large catch-up, one segment; small updates stay as segments of their own
    if (changed.length + gone.length >= 0.1 * stored.size) await entry.index.compactAsync();
    scheduleSave(entry);
  }
  return changed.length + gone.length > 0;
}

/** Writes the index file soon (at once the first time, then at most every SAVE_EVERY_MS), off the search path. */
function scheduleSave(entry: Entry): void {
  if (!entry.file || entry.saving) return;
  const file = entry.file;
  const wait = entry.savedFingerprint === null ? 0 : Math.max(0, entry.savedAt + SAVE_EVERY_MS - Date.now());
  entry.saving = new Promise<void>((resolve) => setTimeout(resolve, wait).unref?.())
    .then(async () => {
      // the fingerprint of what the index holds, so that a reader compares the store with exactly that
      const fingerprint = fingerprintOf(entry.index.documentCounts());
      if (fingerprint === entry.savedFingerprint) return;
      const started = performance.now();
      const bytes = await saveIndex(file, entry.index, fingerprint);
      entry.savedFingerprint = fingerprint;
      entry.savedAt = Date.now();
      entry.log(`Chỉ mục nghĩa vụ: đã lưu ${file} (${(bytes / 2 ** 20).toFixed(0)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    })
    .catch((error: unknown) => entry.log(`Chỉ mục nghĩa vụ: không lưu được ${file}: ${(error as Error).message}`))
    .finally(() => {
      entry.saving = null;
    });
}

function newEntry(file: string | null, log: Log): Entry {
  return {
    index: new DutyIndex(),
    work: Promise.resolve(),
    checkedAt: Date.now(),
    duties: 0,
    ready: Promise.resolve(),
    isReady: false,
    state: 'đang mở',
    file,
    savedFingerprint: null,
    savedAt: 0,
    saving: null,
    log,
  };
}

/** Loads the saved index if it is usable, then brings it up to date; else builds it from the store. */
async function open(store: Store, entry: Entry): Promise<void> {
  const started = performance.now();
  const stored = await storedCounts(store);
  const fingerprint = fingerprintOf(stored);
  if (entry.file) {
    entry.state = 'đang nạp tệp chỉ mục';
    const loaded = await loadIndex(entry.file).catch((error: unknown) => {
      entry.log(`Chỉ mục nghĩa vụ: bỏ qua tệp ${entry.file} không đọc được (${(error as Error).message})`);
      return null;
    });
    if (loaded) {
      const held = loaded.index.documentCounts();
      let changed = 0;
      for (const [id, n] of stored) if (held.get(id) !== n) changed++;
      for (const id of held.keys()) if (!stored.has(id)) changed++;
      if (loaded.fingerprint === fingerprint || changed <= REBUILD_SHARE * Math.max(1, stored.size)) {
        entry.index = loaded.index;
        entry.savedFingerprint = loaded.fingerprint;
        entry.savedAt = Date.now();
        const loadSeconds = ((performance.now() - started) / 1000).toFixed(1);
        await catchUp(store, entry, stored);
        entry.log(
          `Chỉ mục nghĩa vụ: nạp ${entry.index.size} nghĩa vụ từ ${entry.file} trong ${loadSeconds} s` +
            (changed ? `, cập nhật ${changed} văn bản đã đổi (${((performance.now() - started) / 1000).toFixed(1)} s)` : ''),
        );
        return;
      }
      entry.log(`Chỉ mục nghĩa vụ: tệp ${entry.file} đã cũ (${changed}/${stored.size} văn bản khác), dựng lại`);
    }
  }
  entry.state = 'đang dựng chỉ mục';
  entry.index = new DutyIndex();
  await catchUp(store, entry, stored);
  entry.log(`Chỉ mục nghĩa vụ: dựng ${entry.index.size} nghĩa vụ từ kho trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function begin(store: Store, entry: Entry): void {
  entries.set(store, entry);
  entry.ready = serialise(entry, () => open(store, entry)).then(
    () => {
      entry.index.warm();
      entry.isReady = true;
      entry.state = 'sẵn sàng';
      entry.checkedAt = Date.now();
    },
    (error: unknown) => {
      // a failed open leaves the store without an index: the next search tries again
      entries.delete(store);
      entry.log(`Chỉ mục nghĩa vụ: không dựng được (${(error as Error).message})`);
      throw error;
    },
  );
  entry.ready.catch(() => undefined);
}

export interface StartOptions {
  /** the store's data directory: the index file is kept there; null keeps it in memory only */
  dir: string | null;
  log?: Log;
}

/**
 * Starts loading (or building) the store's index in the background, as the server starts; returns at
 * once. The promise it gives settles when the index is ready (the server need not wait for it).
 */
export function startDutyIndex(store: Store, { dir, log = console.log }: StartOptions): Promise<void> {
  const existing = entries.get(store);
  if (existing) return existing.ready;
  const entry = newEntry(dir ? join(dir, INDEX_FILE_NAME) : null, log);
  begin(store, entry);
  return entry.ready;
}

async function whenReady(entry: Entry): Promise<void> {
  if (entry.isReady) return;
  let timer: NodeJS.Timeout | undefined;
  const waited = performance.now();
  entry.log(`Chỉ mục nghĩa vụ chưa sẵn sàng (${entry.state}): yêu cầu tìm kiếm chờ tối đa ${(INDEX_WAIT_MS / 1000).toFixed(0)} s`);
  try {
    await Promise.race([
      entry.ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new IndexNotReadyError(entry.state)), INDEX_WAIT_MS);
      }),
    ]);
    entry.log(`Chỉ mục nghĩa vụ sẵn sàng sau ${((performance.now() - waited) / 1000).toFixed(1)} s chờ`);
  } finally {
    clearTimeout(timer);
  }
}

/** The store's duty index, current as of at most FRESHNESS_MS ago (or of the last in-process ingest). */
export async function dutyIndexOf(store: Store): Promise<DutyIndex> {
  let entry = entries.get(store);
  if (!entry) {
    entry = newEntry(null, () => undefined);
    begin(store, entry);
  }
  await whenReady(entry);
  const current = entry;
  if (Date.now() - current.checkedAt >= FRESHNESS_MS) {
    current.checkedAt = Date.now();
    await serialise(current, async () => {
      if ((await countDuties(store)) !== current.duties) await catchUp(store, current);
    });
  }
  await current.work;
  return current.index;
}

/**
 * Brings the index up to date with these documents just written (or deleted). Cheap when no index has
 * been built yet for the store: the first search builds it whole.
 */
export async function updateIndexFor(store: Store, documentIds: readonly string[]): Promise<void> {
  const entry = entries.get(store);
  if (!entry || documentIds.length === 0) return;
  await serialise(entry, async () => {
    await readInto(store, entry.index, [...new Set(documentIds)]);
    entry.duties = await countDuties(store);
    entry.checkedAt = Date.now();
    scheduleSave(entry);
  });
}
