import { describe, expect, it } from 'vitest';
import type { WhoDuty } from '../api/who-must-do.ts';
import { whoGraphElements } from './who-graph-elements.ts';

const base = { id: 'doc-314', number: '314-QĐ/HU', title: null, level: 'DISTRICT' };
const plan = { id: 'doc-05', number: '05-QC/HU', title: 'Quy chế', level: 'DISTRICT', status: null, bases: [base] };

function duty(id: string, article: WhoDuty['article']): WhoDuty {
  return {
    id,
    text: 'Chủ trì, phối hợp với Văn phòng Huyện ủy tổ chức tiếp công dân định kỳ hằng tháng tại trụ sở',
    role: 'LEAD',
    source: article ? `Điều ${article.number} khoản 4` : 'Mục III.1.7',
    frequency: null,
    deadline: null,
    agency: { id: 'bdv', name: 'Ban Dân vận Huyện ủy' },
    collaborators: [],
    reportTo: [],
    article,
    document: plan,
  };
}

describe('whoGraphElements', () => {
  const elements = whoGraphElements(
    { id: 'bdv', name: 'Ban Dân vận Huyện ủy', level: 'DISTRICT' },
    [duty('d1', { id: 'a9', number: 9 }), duty('d2', { id: 'a9', number: 9 }), duty('d3', null)],
    (n) => `Điều ${n}`,
  );
  const nodes = elements.flatMap((e) => (e.group === 'nodes' ? [e.data] : []));
  const edges = elements.flatMap((e) => (e.group === 'edges' ? [e.data] : []));

  it('draws the agency, each duty, each article and document once, and the bases', () => {
    expect(nodes.map((n) => n.id)).toEqual([
      'agency:bdv',
      'document:doc-05',
      'duty:d1',
      'article:a9',
      'document:doc-314',
      'duty:d2',
      'duty:d3',
    ]);
    expect(nodes.find((n) => n.id === 'article:a9')?.label).toBe('Điều 9 · 05-QC/HU');
    expect(nodes.find((n) => n.id === 'duty:d1')?.label.endsWith('…')).toBe(true);
    expect(nodes.find((n) => n.id === 'document:doc-314')?.targetId).toBe('doc-314');
  });

  it('links agency → duty → article → document → basis, and a duty with no article to its document', () => {
    expect(edges.map((e) => `${e.source} ${e.target} ${e.kind}`)).toEqual([
      'agency:bdv duty:d1 LEAD',
      'duty:d1 article:a9 IN',
      'article:a9 document:doc-05 IN',
      'document:doc-05 document:doc-314 BASED_ON',
      'agency:bdv duty:d2 LEAD',
      'duty:d2 article:a9 IN',
      'agency:bdv duty:d3 LEAD',
      'duty:d3 document:doc-05 IN',
    ]);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});
