// Two numbers that very likely name one document: the same serial, the same issuing parties, the same
// date and jurisdiction, only the type code differs (01/CTrPH-UBND-BDVHU and 01/QC-UBND-BDVHU, both of
// 31/12/2021 between the same UBND and Ban Dân vận). Linked as SAME_AS, inferred, never merged.
import { numberKey } from '../text/vietnamese.ts';
import type { InferredDerivation } from './infer-cascade.ts';

export interface NumberedCandidate {
  id: string;
  number: string | null;
  issuedOn: string | null;
  hasText: boolean;
  /** the unit it belongs to, null for central documents */
  localityId: string | null;
}

interface NumberParts {
  serial: string;
  /** the type code folded (for comparing) and as written (for showing) */
  typeCode: string;
  writtenType: string;
  issuerCodes: string;
}

/** "01/QC-UBND-BDVHU" → serial 01, type QC, issuers UBND-BDVHU; Party numbers "05-QC/HU" → 05, QC, HU. */
export function numberParts(number: string): NumberParts | null {
  const key = numberKey(number);
  const written = number.normalize('NFC').replace(/\s+/g, '');
  const state = key.match(/^(\d+)\/(?:\d{4}\/)?([A-Z]+)-([A-Z0-9-]+)$/);
  if (state) {
    const writtenType = written.match(/^\d+\/(?:\d{4}\/)?([^/-]+)-/u)?.[1] ?? state[2]!;
    return { serial: state[1]!, typeCode: state[2]!, writtenType, issuerCodes: state[3]! };
  }
  const party = key.match(/^(\d+)-([A-Z]+)\/([A-Z0-9-]+)$/);
  if (party) {
    const writtenType = written.match(/^\d+-([^/]+)\//u)?.[1] ?? party[2]!;
    return { serial: party[1]!, typeCode: party[2]!, writtenType, issuerCodes: party[3]! };
  }
  return null;
}

function dateLabel(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export function inferSameDocuments(candidates: NumberedCandidate[]): InferredDerivation[] {
  const groups = new Map<string, Array<NumberedCandidate & { parts: NumberParts }>>();
  for (const c of candidates) {
    const parts = c.number && c.issuedOn ? numberParts(c.number) : null;
    if (!parts) continue;
    // a joint number (several issuer codes) with its date is specific enough; a single-issuer one is not
    if (!parts.issuerCodes.includes('-')) continue;
    const key = `${parts.serial}|${parts.issuerCodes}|${c.issuedOn}|${c.localityId ?? 'vn'}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...c, parts }]);
  }
  const links: InferredDerivation[] = [];
  for (const group of groups.values()) {
    const kinds = new Set(group.map((c) => c.parts.typeCode));
    if (kinds.size < 2) continue;
    // point every variant at the one whose text we have (or the first), once
    const target = group.find((c) => c.hasText) ?? group[0]!;
    for (const other of group) {
      if (other.id === target.id || other.parts.typeCode === target.parts.typeCode) continue;
      links.push({
        fromId: other.id,
        toId: target.id,
        evidence:
          `Có thể là cùng một văn bản: cùng số ${target.parts.serial}, cùng cơ quan ban hành (${target.parts.issuerCodes}), ` +
          `cùng ngày ${dateLabel(target.issuedOn!)}; chỉ khác ký hiệu loại văn bản (${other.parts.writtenType} / ${target.parts.writtenType}). ` +
          `Cần đối chiếu bản gốc.`,
      });
    }
  }
  return links;
}
