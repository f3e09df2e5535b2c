// One duty index per open store, built from the store on first use and kept current two ways:
// - `updateIndexFor(store, documentIds)`: an ingest in this process re-reads exactly the documents it
//   wrote (called by ingestFiles; one round trip per 200 documents);
// - a fingerprint (the number of duties) read at most every FRESHNESS_MS before a search: when another
//   process has written (Neo4j shared by a CLI ingest), the per-document duty counts are compared and
//   only the documents that differ are re-read.
// A document re-loaded elsewhere with exactly as many duties as before is the one change the fingerprint
// misses; a `loadedAt` property on Document would close that gap (see INTEGRATION.patch.md).
import { dutyCountsByDocument, dutySearchRecords, dutyTotal, toDutyRecord } from '../db/queries/search.ts';
import type { Store } from '../db/store.ts';
import { DutyIndex } from './duty-index.ts';

export const FRESHNESS_MS = 2000;
const DOCUMENTS_PER_READ = 200;

interface Entry {
  index: DutyIndex;
  /** serialises builds and updates of this store's index */
  work: Promise<unknown>;
  checkedAt: number;
  duties: number;
}

const entries = new WeakMap<Store, Entry>();

async function readInto(store: Store, index: DutyIndex, documentIds: string[]): Promise<void> {
  for (let i = 0; i < documentIds.length; i += DOCUMENTS_PER_READ) {
    const ids = documentIds.slice(i, i + DOCUMENTS_PER_READ);
    const rows = await store.read(dutySearchRecords, { ids });
    const seen = new Set<string>();
    // an agency linked to two localities would repeat a duty: keep its first row
    const records = rows.map(toDutyRecord).filter((r) => !seen.has(r.id) && seen.add(r.id));
    index.replaceDocuments(ids, records);
  }
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

/** Re-reads the documents whose duty counts differ between the store and the index. */
async function catchUp(store: Store, entry: Entry): Promise<void> {
  const stored = new Map((await store.read(dutyCountsByDocument, {})).map((r) => [r.documentId as string, Number(r.duties)]));
  const held = entry.index.documentCounts();
  const changed = [...stored].filter(([id, n]) => held.get(id) !== n).map(([id]) => id);
  const gone = [...held.keys()].filter((id) => !stored.has(id));
  entry.index.replaceDocuments(gone, []);
  await readInto(store, entry.index, changed);
  entry.duties = [...stored.values()].reduce((a, b) => a + b, 0);
}

/** The store's duty index, current as of at most FRESHNESS_MS ago (or of the last in-process ingest). */
export async function dutyIndexOf(store: Store): Promise<DutyIndex> {
  let entry = entries.get(store);
  if (!entry) {
    const created: Entry = { index: new DutyIndex(), work: Promise.resolve(), checkedAt: Date.now(), duties: 0 };
    entries.set(store, created);
    await serialise(created, () => catchUp(store, created));
    return created.index;
  }
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
  });
}
