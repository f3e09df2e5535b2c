// The small graph beside a who-must-do result: agency → duties → articles → documents → their bases.
import { toLevel, type Level } from '../../../lib/vocabulary.ts';
import type { WhoDuty } from '../api/who-must-do.ts';

export type WhoNodeKind = 'agency' | 'duty' | 'article' | 'document';

export type WhoNodeData = {
  id: string;
  kind: WhoNodeKind;
  label: string;
  level: Level;
  /** the agency or document this node opens, when it opens one */
  targetId: string | null;
};

export type WhoEdgeData = { id: string; source: string; target: string; kind: string };

export type WhoElement = { group: 'nodes'; data: WhoNodeData } | { group: 'edges'; data: WhoEdgeData };

const dutyLabelLength = 48;

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

export const whoNodeId = {
  agency: (id: string) => `agency:${id}`,
  duty: (id: string) => `duty:${id}`,
  article: (id: string) => `article:${id}`,
  document: (id: string) => `document:${id}`,
};

export function whoGraphElements(
  agency: { id: string; name: string; level: string },
  duties: readonly WhoDuty[],
  articleLabel: (number: number) => string,
): WhoElement[] {
  const nodes = new Map<string, WhoNodeData>();
  const edges = new Map<string, WhoEdgeData>();
  const node = (data: WhoNodeData) => {
    if (!nodes.has(data.id)) nodes.set(data.id, data);
    return data.id;
  };
  const edge = (source: string, target: string, kind: string) => {
    const id = `${source}→${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, kind });
  };

  const agencyId = node({
    id: whoNodeId.agency(agency.id),
    kind: 'agency',
    label: agency.name,
    level: toLevel(agency.level),
    targetId: agency.id,
  });
  for (const duty of duties) {
    const document = duty.document;
    const documentId = node({
      id: whoNodeId.document(document.id),
      kind: 'document',
      label: document.number ?? shorten(document.title ?? document.id, 32),
      level: toLevel(document.level),
      targetId: document.id,
    });
    const dutyId = node({
      id: whoNodeId.duty(duty.id),
      kind: 'duty',
      label: shorten(duty.text, dutyLabelLength),
      level: toLevel(document.level),
      targetId: null,
    });
    edge(agencyId, dutyId, duty.role);
    if (duty.article) {
      const articleId = node({
        id: whoNodeId.article(duty.article.id),
        kind: 'article',
        label: `${articleLabel(duty.article.number)} · ${document.number ?? ''}`.replace(/ · $/, ''),
        level: toLevel(document.level),
        targetId: document.id,
      });
      edge(dutyId, articleId, 'IN');
      edge(articleId, documentId, 'IN');
    } else {
      edge(dutyId, documentId, 'IN');
    }
    for (const basis of document.bases) {
      const basisId = node({
        id: whoNodeId.document(basis.id),
        kind: 'document',
        label: basis.number ?? shorten(basis.title ?? basis.id, 32),
        level: toLevel(basis.level),
        targetId: basis.id,
      });
      edge(documentId, basisId, 'BASED_ON');
    }
  }

  return [
    ...[...nodes.values()].map((data) => ({ group: 'nodes' as const, data })),
    ...[...edges.values()].map((data) => ({ group: 'edges' as const, data })),
  ];
}
