// Which units a run covers: a deterministic fraction of the districts (with all their communes) and
// the provinces they belong to, as they were before the 2025 reform.
import type { AdministrativeUnit } from '../gazetteer/gazetteer.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { fold } from '../text/vietnamese.ts';
import { communesOf, type Commune } from './communes.ts';
import { seedOf } from './random.ts';

export interface DistrictPlan {
  unit: AdministrativeUnit;
  slug: string;
  communes: Commune[];
}

export interface ProvincePlan {
  unit: AdministrativeUnit;
  slug: string;
  districts: DistrictPlan[];
}

export function slugOf(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Provinces in gazetteer order, each with its chosen districts in code order. */
export function selectUnits(scale: number, seed: number): ProvincePlan[] {
  const g = gazetteer();
  const districts = g.districts.filter((d) => d.parent !== null);
  const ranked = [...districts].sort((a, b) => seedOf(seed, 'district', a.code) - seedOf(seed, 'district', b.code));
  const count = Math.min(ranked.length, Math.max(1, Math.round(scale * ranked.length)));
  const chosen = ranked.slice(0, count);
  // a tiny run still needs one commune to show the whole cascade
  if (!chosen.some((d) => communesOf(d.code).length > 0)) {
    const withCommunes = ranked.find((d) => communesOf(d.code).length > 0);
    if (withCommunes) chosen[0] = withCommunes;
  }
  const chosenCodes = new Set(chosen.map((d) => d.code));
  return g.provinces
    .map((province) => ({
      unit: province,
      slug: slugOf(province.name),
      districts: districts
        .filter((d) => d.parent?.code === province.code && chosenCodes.has(d.code))
        .sort((a, b) => Number(a.code) - Number(b.code))
        .map((unit) => ({ unit, slug: slugOf(`${unit.kind} ${unit.name}`), communes: communesOf(unit.code) })),
    }))
    .filter((p) => p.districts.length > 0);
}
