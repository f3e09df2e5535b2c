// A place typed any way ("tay son", "Huyện Tây Sơn", "Bình Định", "Tây Sơn, Bình Định") as the localities
// whose duties bind an officer there: the unit itself, the units above it, and the units within it.
import { gazetteer } from '@cancu/seed/gazetteer/gazetteer';
import type { AdministrativeUnit } from '@cancu/seed/gazetteer/gazetteer';
import { fold } from '@cancu/seed/text/vietnamese';

const DISTRICT_WORDS = /^(huyen|quan|thi xa|h\.|q\.|tx\.?)\s+/;
const PROVINCE_WORDS = /^(tinh|t\.)\s+/;
const CITY_WORDS = /^(thanh pho|tp\.?)\s*/;

interface Part {
  name: string;
  tier: 'district' | 'province' | null;
}

function partOf(text: string): Part {
  const t = text.trim();
  if (DISTRICT_WORDS.test(t)) return { name: t.replace(DISTRICT_WORDS, ''), tier: 'district' };
  if (PROVINCE_WORDS.test(t)) return { name: t.replace(PROVINCE_WORDS, ''), tier: 'province' };
  return { name: t.replace(CITY_WORDS, ''), tier: null };
}

/** The units a typed place names; several when a district name repeats across provinces. */
export function unitsNamed(typed: string): AdministrativeUnit[] {
  const g = gazetteer();
  const parts = fold(typed).split(',').map(partOf).filter((p) => p.name);
  const [first, ...rest] = parts;
  if (!first) return [];
  const within = rest.map((p) => g.province(p.name)).find((p) => p !== null) ?? null;
  if (first.tier !== 'district' && !within) {
    const province = g.province(first.name);
    if (province) return [province];
  }
  return first.tier === 'province' ? [] : g.districtsNamed(first.name, within);
}

/** Locality ids whose duties apply to someone working in the typed place; null when no unit has that name. */
export function localitiesBinding(typed: string): Set<string> | null {
  const units = unitsNamed(typed);
  if (units.length === 0) return null;
  const ids = new Set<string>();
  const g = gazetteer();
  for (const unit of units) {
    for (let u: AdministrativeUnit | null = unit; u; u = u.parent) ids.add(u.id);
    if (unit.tier === 'province') for (const d of g.districts) if (d.parent?.code === unit.code) ids.add(d.id);
  }
  return ids;
}
