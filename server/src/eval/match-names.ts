// How gold names meet found names: spelling-independent equality, and one documented allowance.
import { expandAbbreviations } from '@cancu/seed/resolve/canonical-agency';
import { fold, numberKey } from '@cancu/seed/text/vietnamese';

/**
 * The comparable form of a name: `fold` (lower case, no diacritics, đ → d, NFC/NFD and old/new
 * tone placement made equal), spaces around hyphens dropped ("chính trị - xã hội" and "chính
 * trị-xã hội" are one spelling), surrounding punctuation dropped, and the abbreviations of
 * DOMAIN.md expanded on both sides ("UBND huyện" is "Ủy ban nhân dân huyện"), with the same table
 * the resolver uses. Nothing else: no synonyms, no edit distance.
 */
export function nameKey(name: string): string {
  return fold(expandAbbreviations(name))
    .replace(/\s*-\s*/g, '-')
    .replace(/^[\s.,;:()"'“”]+|[\s.,;:()"'“”]+$/g, '');
}

export function sameNumber(a: string, b: string): boolean {
  return numberKey(a) === numberKey(b);
}

/** A document's own place as names may carry it: "Tây Sơn", "huyện Tây Sơn". */
export interface OwnPlace {
  names: string[];
}

const PLACE_KINDS = ['huyện', 'tỉnh', 'thành phố', 'thị xã', 'quận'];

export function ownPlace(...names: Array<string | null | undefined>): OwnPlace {
  const bare = names.filter((n): n is string => Boolean(n && n.trim()));
  return { names: [...bare, ...bare.flatMap((n) => PLACE_KINDS.map((k) => `${k} ${n}`))].map(nameKey) };
}

/**
 * A found agency name matches a gold one when both have the same `nameKey`, or when the found name
 * is the gold name followed only by the document's own place: the resolver qualifies relative names
 * with the place of the document that uses them, so "Các phòng, ban, ngành của huyện" in a Tây Sơn
 * document is found as "Các phòng, ban, ngành của huyện Tây Sơn", which is the same body. Any other
 * extra word (another place, a different body) does not match.
 */
export function sameAgency(gold: string, found: string, place: OwnPlace): boolean {
  const g = nameKey(gold);
  const f = nameKey(found);
  if (g === f) return true;
  if (!f.startsWith(`${g} `)) return false;
  return place.names.includes(f.slice(g.length + 1));
}

/**
 * A gold issuer may name a joint document's bodies in one phrase ("A và B"): it matches when the
 * whole phrase matches one found issuer, or when its parts match distinct found issuers.
 */
export function sameIssuers(gold: string, found: string[], place: OwnPlace): boolean {
  if (found.some((f) => sameAgency(gold, f, place))) return true;
  const parts = gold.split(/\s+và\s+/);
  if (parts.length < 2) return false;
  const left = [...found];
  return parts.every((part) => {
    const index = left.findIndex((f) => sameAgency(part, f, place));
    return index >= 0 && left.splice(index, 1).length === 1;
  });
}

/** A document named in the gold ("Luật Tổ chức chính quyền địa phương") against a found node's title, alone or after its kind. */
export function sameDocumentName(gold: string, found: { kind: string | null; title: string | null }): boolean {
  if (!found.title) return false;
  const g = nameKey(gold);
  return nameKey(found.title) === g || (found.kind !== null && nameKey(`${found.kind} ${found.title}`) === g);
}

/** Free text as the gold quotes it ("trước ngày 15/11") against a found value: equal after `nameKey`. */
export function sameText(gold: string, found: string): boolean {
  return nameKey(gold) === nameKey(found);
}
