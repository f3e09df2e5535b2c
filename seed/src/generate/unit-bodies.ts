// The bodies of one unit of the political system, named the way that unit's own texts name them
// ("Ủy ban nhân dân huyện", "Ban Dân vận Huyện ủy", "Ủy ban nhân dân xã Bình Tường").
import type { AdministrativeUnit } from '../gazetteer/gazetteer.ts';
import type { Commune } from './communes.ts';
import type { Body } from './duty-writer.ts';
import { normalizeVietnamese } from '../text/vietnamese.ts';

export type Tier = 'province' | 'district' | 'commune';

export interface UnitNames {
  tier: Tier;
  /** "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn" */
  kindWord: string;
  name: string;
  /** "tỉnh Bình Định", "huyện Tây Sơn", "xã Bình Tường" */
  full: string;
  /** the Party committee: "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy" */
  committee: string;
  /** its code in Party numbers: "TU", "HU", "QU", "TXU", "THU", "ĐU" */
  partyCode: string;
  /** the Ban Dân vận's code in joint numbers ("BDVHU"); the front's ("MTTQ") for a commune */
  partnerCode: string;
  /** the youth union of the unit ("Tỉnh đoàn", "Huyện đoàn", "Đoàn Thanh niên xã") */
  youth: string;
  /** the units below as a group: "các huyện, thị xã, thành phố", "các xã, thị trấn" */
  below: string;
}

const DISTRICT_PARTY: Record<string, { committee: string; code: string; youth: string }> = {
  huyện: { committee: 'Huyện ủy', code: 'HU', youth: 'Huyện đoàn' },
  quận: { committee: 'Quận ủy', code: 'QU', youth: 'Quận đoàn' },
  'thị xã': { committee: 'Thị ủy', code: 'TXU', youth: 'Thị đoàn' },
  'thành phố': { committee: 'Thành ủy', code: 'THU', youth: 'Thành đoàn' },
};

/** Names as the texts spell them: the new tone placement the parser also reads ("Hoà" → "Hòa"). */
function spelled(name: string): string {
  const spelt = normalizeVietnamese(name);
  return spelt.charAt(0).toLocaleUpperCase('vi') + spelt.slice(1);
}

export function provinceNames(unit: AdministrativeUnit): UnitNames {
  const city = unit.kind === 'thành phố';
  const name = spelled(unit.name);
  return {
    tier: 'province',
    kindWord: unit.kind,
    name,
    full: `${unit.kind} ${name}`,
    committee: city ? 'Thành ủy' : 'Tỉnh ủy',
    partyCode: 'TU',
    partnerCode: 'BDVTU',
    youth: city ? 'Thành đoàn' : 'Tỉnh đoàn',
    below: city ? 'các quận, huyện, thị xã' : 'các huyện, thị xã, thành phố',
  };
}

export function districtNames(unit: AdministrativeUnit, communes: Commune[]): UnitNames {
  const party = DISTRICT_PARTY[unit.kind] ?? DISTRICT_PARTY['huyện']!;
  const kinds = new Set(communes.map((c) => c.kind));
  const below = ['xã', 'phường', 'thị trấn'].filter((k) => kinds.has(k));
  const name = spelled(unit.name);
  return {
    tier: 'district',
    kindWord: unit.kind,
    name,
    full: `${unit.kind} ${name}`,
    committee: party.committee,
    partyCode: party.code,
    partnerCode: `BDV${party.code}`,
    youth: party.youth,
    below: `các ${below.length > 0 ? below.join(', ') : 'xã, thị trấn'}`,
  };
}

export function communeNames(commune: Commune): UnitNames {
  const name = spelled(commune.name);
  return {
    tier: 'commune',
    kindWord: commune.kind,
    name,
    full: `${commune.kind} ${name}`,
    committee: 'Đảng ủy',
    partyCode: 'ĐU',
    partnerCode: 'MTTQ',
    youth: `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${commune.kind}`,
    below: 'các thôn, tổ dân phố',
  };
}

/** The bodies a unit's texts assign duties to; `qualified` writes a commune's name after each. */
export interface UnitBodies {
  standing: Body;
  standingJoint: Body;
  permanent: Body;
  massMobilisation: Body;
  office: Body;
  partyBodies: Body[];
  subordinateParty: Body;
  council: Body;
  people: Body;
  stateBodies: Body[];
  front: Body;
  unions: Body[];
  below: Body | null;
  /** bodies of the unit above that reports go to */
  superiors: string[];
}

export function unitBodies(u: UnitNames, above: UnitNames | null, qualified: boolean): UnitBodies {
  const c = u.committee;
  const k = u.kindWord;
  const own = qualified && u.tier === 'commune' ? ` ${u.name}` : '';
  const at = (name: string) => `${name} ${k}${own}`;
  const party = (name: string) => (u.tier === 'commune' ? `${name} ${c} ${k}${own}` : `${name} ${c}`);
  const body = (name: string, ...roles: Body['roles']): Body => ({ name, roles });
  const superiors =
    u.tier === 'commune'
      ? [party('Ban Thường vụ'), party('Thường trực'), `Ban Dân vận ${above?.committee ?? 'Huyện ủy'}`, `Ủy ban nhân dân ${above?.kindWord ?? 'huyện'}`]
      : u.tier === 'district'
        ? [party('Ban Thường vụ'), party('Thường trực'), `Ban Dân vận ${above?.committee ?? 'Tỉnh ủy'}`, `Ủy ban nhân dân ${above?.kindWord ?? 'tỉnh'}`]
        : [party('Ban Thường vụ'), party('Thường trực'), 'Ban Dân vận Trung ương'];
  const partyBodies =
    u.tier === 'commune'
      ? [body(`Văn phòng ${c} ${k}${own}`, 'office', 'party')]
      : [
          body(party('Văn phòng'), 'office', 'party'),
          body(party('Ban Tổ chức'), 'party'),
          body(party('Ban Tuyên giáo'), 'party'),
          body(party('Ủy ban Kiểm tra'), 'party', 'inspect'),
        ];
  const stateBodies =
    u.tier === 'province'
      ? [body('Sở Nội vụ', 'state', 'office'), body(`Thanh tra ${k}`, 'inspect'), body(`Công an ${k}`, 'security'), body(`Bộ Chỉ huy Quân sự ${k}`, 'security')]
      : u.tier === 'district'
        ? [body(`Phòng Nội vụ ${k}`, 'state', 'office'), body(`Thanh tra ${k}`, 'inspect'), body(`Công an ${k}`, 'security'), body(`Ban Chỉ huy Quân sự ${k}`, 'security')]
        : [body(at('Công an'), 'security'), body(at('Ban Chỉ huy Quân sự'), 'security'), body(at('Ban Thanh tra nhân dân'), 'inspect', 'front')];
  return {
    standing: body(party('Ban Thường vụ'), 'committee', 'party'),
    standingJoint: body(u.tier === 'commune' ? `Ban Thường vụ, Thường trực ${c} ${k}${own}` : `Ban Thường vụ, Thường trực ${c}`, 'committee', 'party'),
    permanent: body(party('Thường trực'), 'committee', 'party'),
    massMobilisation: body(u.tier === 'commune' ? `Khối dân vận ${k}${own}` : party('Ban Dân vận'), 'party', 'office'),
    office: partyBodies[0]!,
    partyBodies,
    subordinateParty: body(u.tier === 'commune' ? `các chi bộ trực thuộc ${c} ${k}${own}` : `các chi bộ, đảng bộ trực thuộc ${c}`, 'party', 'committee'),
    council: body(at('Hội đồng nhân dân'), 'council'),
    people: body(at('Ủy ban nhân dân'), 'state'),
    stateBodies,
    front: body(at('Ủy ban Mặt trận Tổ quốc Việt Nam'), 'front'),
    unions: [
      body(u.tier === 'commune' ? `${u.youth}${own}` : u.youth, 'union'),
      body(at('Hội Liên hiệp Phụ nữ'), 'union'),
      body(at('Hội Nông dân'), 'union'),
      body(at('Hội Cựu chiến binh'), 'union'),
      ...(u.tier === 'commune' ? [] : [body(at('Liên đoàn Lao động'), 'union')]),
    ],
    below: u.tier === 'commune' ? null : body(`Ủy ban nhân dân ${u.below}`, 'state'),
    superiors,
  };
}
