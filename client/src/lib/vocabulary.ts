// The graph's enumerations as the GraphQL contract spells them, with their display keys and colours.
import type { MessageKey } from './i18n.ts';

export const levels = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNKNOWN'] as const;
export type Level = (typeof levels)[number];

export const relations = [
  'BASED_ON',
  'IMPLEMENTS',
  'GUIDES',
  'AMENDS',
  'SUPERSEDES',
  'REPEALS',
  'CORRECTS',
  'CITES',
  'DERIVED_FROM',
  'SAME_AS',
] as const;
export type Relation = (typeof relations)[number];

export type Role = 'LEAD' | 'SUPPORT';
export type Direction = 'UP' | 'DOWN' | 'BOTH';

/** Fill colour of each level: the centre dark red down to the commune green. */
export const levelColors: Record<Level, string> = {
  CENTRAL: '#a61b1b',
  PROVINCE: '#c77700',
  DISTRICT: '#1f5fa8',
  COMMUNE: '#2e7d32',
  UNKNOWN: '#6b7280',
};

export function toLevel(value: string | null | undefined): Level {
  return (levels as readonly string[]).includes(value ?? '') ? (value as Level) : 'UNKNOWN';
}

export function isRelation(value: string): value is Relation {
  return (relations as readonly string[]).includes(value);
}

export function levelKey(level: string | null | undefined): MessageKey {
  return `level.${toLevel(level)}`;
}

/** The display key of a relation; a kind the UI does not know yet is shown as a citation. */
export function relationKey(kind: string): MessageKey {
  return isRelation(kind) ? `relation.${kind}` : 'relation.CITES';
}

export function roleKey(role: Role): MessageKey {
  return role === 'LEAD' ? 'role.LEAD' : 'role.SUPPORT';
}

/** Validity of a document, as the national databases word it (data, hence Vietnamese). */
export const documentStatuses = [
  'Còn hiệu lực',
  'Hết hiệu lực toàn bộ',
  'Hết hiệu lực một phần',
  'Chưa có hiệu lực',
  'Ngưng hiệu lực',
  'Không còn phù hợp',
  'Chưa xác định',
] as const;

export const changeKinds = ['AMENDS', 'SUPERSEDES', 'REPEALS'] as const;
export type ChangeKind = (typeof changeKinds)[number];
