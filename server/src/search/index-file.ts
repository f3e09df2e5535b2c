// The duty index on disk, next to the database: one versioned binary file that loads into typed-array views
// of a single buffer (no parsing per posting, no copy). Layout:
//   "CANCUDIX" · u32 format version · u32 header length · header JSON · padding to 8 · sections, each at a
//   multiple of 8 bytes.
// The header holds the store fingerprint the index was built for, the string tables (vocabulary, agencies,
// places, headings, documents) and where each typed array lies. Written to a temporary name and renamed,
// so a reader never sees half a file.
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { STOPWORDS } from './fold-terms.ts';
import { DENSE_SHARE } from './postings.ts';
import type { SegmentArrays } from './postings.ts';
import { DutyIndex } from './duty-index.ts';
import type { DutyIndexSnapshot } from './duty-index.ts';

const MAGIC = 'CANCUDIX';
/** bump whenever the layout, the term keys or the folding of text changes */
export const FORMAT_VERSION = 2;
export const INDEX_FILE_NAME = 'duty-index.bin';

/** what, besides the version, makes a file unreadable by this code: the analysis settings */
const ANALYSIS = JSON.stringify({ stopwords: [...STOPWORDS].sort(), dense: DENSE_SHARE, pairBits: 20 });

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

interface Section {
  type: TypeName;
  offset: number;
  length: number;
}

interface Header {
  analysis: string;
  fingerprint: string;
  savedAt: string;
  strings: Pick<DutyIndexSnapshot, 'vocabulary' | 'agencyIds' | 'agencyNames' | 'places' | 'headings' | 'documents'>;
  arrays: Record<string, Section>;
  segments: Array<{ base: number; count: number; arrays: Record<string, Section> }>;
}

const DUTY_ARRAYS = ['agencyNameOf', 'agencyLevelOf', 'dutyIdBytes', 'dutyIdOffsets', 'articleIdBytes', 'articleIdOffsets', 'agencyOf', 'placeOf', 'headingOf', 'documentOf', 'lengthOf', 'dead'] as const;
const SEGMENT_ARRAYS = ['keys', 'df', 'start', 'dense', 'exStart', 'exDocs', 'exCounts', 'bits', 'bytes'] as const;

function typeName(array: Typed): TypeName {
  return array.constructor.name as TypeName;
}

const pad8 = (n: number) => (n + 7) & ~7;

/** Writes the index with the fingerprint of the store it reflects; returns the file's size in bytes. */
export async function saveIndex(path: string, index: DutyIndex, fingerprint: string): Promise<number> {
  const snapshot = index.snapshot();
  const chunks: Typed[] = [];
  let offset = 0;
  const place = (array: Typed): Section => {
    const section = { type: typeName(array), offset, length: array.length };
    chunks.push(array);
    offset = pad8(offset + array.byteLength);
    return section;
  };
  const arrays: Record<string, Section> = {};
  for (const name of DUTY_ARRAYS) arrays[name] = place(snapshot[name]);
  const segments = snapshot.segments.map((s: SegmentArrays) => {
    const placed: Record<string, Section> = {};
    for (const name of SEGMENT_ARRAYS) placed[name] = place(s[name]);
    return { base: s.base, count: s.count, arrays: placed };
  });
  const { vocabulary, agencyIds, agencyNames, places, headings, documents } = snapshot;
  const header: Header = {
    analysis: ANALYSIS,
    fingerprint,
    savedAt: new Date().toISOString(),
    strings: { vocabulary, agencyIds, agencyNames, places, headings, documents },
    arrays,
    segments,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(pad8(16 + headerBytes.length));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(FORMAT_VERSION, 8);
  prefix.writeUInt32LE(headerBytes.length, 12);
  headerBytes.copy(prefix, 16);
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.write(prefix);
    let at = 0;
    const zeros = new Uint8Array(8);
    for (const chunk of chunks) {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      // large arrays in pieces: one write of a few hundred MB is refused on some systems
      for (let from = 0; from < bytes.length; from += 1 << 26) await file.write(bytes.subarray(from, Math.min(bytes.length, from + (1 << 26))));
      const padding = pad8(at + bytes.length) - (at + bytes.length);
      if (padding) await file.write(zeros.subarray(0, padding));
      at = pad8(at + bytes.length);
    }
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  return prefix.length + offset;
}

export interface LoadedIndex {
  index: DutyIndex;
  fingerprint: string;
  savedAt: string;
  bytes: number;
}

/** Reads an index file; null when there is none, or it was written by another format or analysis. */
export async function loadIndex(path: string): Promise<LoadedIndex | null> {
  try {
    await stat(path);
  } catch {
    return null;
  }
  let file: Buffer = await readFile(path);
  if (file.length < 16 || file.toString('latin1', 0, 8) !== MAGIC || file.readUInt32LE(8) !== FORMAT_VERSION) return null;
  const headerLength = file.readUInt32LE(12);
  const header = JSON.parse(file.toString('utf8', 16, 16 + headerLength)) as Header;
  if (header.analysis !== ANALYSIS) return null;
  if (file.byteOffset % 8 !== 0) file = Buffer.from(file); // typed views need aligned offsets
  const base = file.byteOffset + pad8(16 + headerLength);
  const view = (section: Section): Typed => {
    const Type = TYPES[section.type];
    return new Type(file.buffer as ArrayBuffer, base + section.offset, section.length);
  };
  const arrays = Object.fromEntries(Object.entries(header.arrays).map(([name, s]) => [name, view(s)]));
  const snapshot = {
    ...header.strings,
    ...arrays,
    segments: header.segments.map((s) => ({
      base: s.base,
      count: s.count,
      ...Object.fromEntries(Object.entries(s.arrays).map(([name, a]) => [name, view(a)])),
    })),
  } as unknown as DutyIndexSnapshot;
  return { index: DutyIndex.fromSnapshot(snapshot), fingerprint: header.fingerprint, savedAt: header.savedAt, bytes: file.length };
}

export async function removeIndex(path: string): Promise<void> {
  await rm(path, { force: true });
}
