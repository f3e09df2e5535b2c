// The lineage of the open document: toolbar, graph, legend, and neighbours merged in on double-click.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import type { Direction } from '../../../lib/vocabulary.ts';
import { documentElements } from '../../../lib/graph/document-elements.ts';
import { documentStylesheet } from '../../../lib/graph/document-graph-style.ts';
import type { GraphData } from '../../../lib/graph/graph-data.ts';
import { GraphCanvas, type GraphCanvasHandle } from '../../../lib/graph/GraphCanvas.tsx';
import { LineageQuery } from '../api/lineage.ts';
import { LineageLegend } from './LineageLegend.tsx';
import { LineageToolbar } from './LineageToolbar.tsx';
import './lineage.css';

type LineageViewProps = {
  rootId: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** Expansions belong to the query they extend; a new root, direction or depth starts afresh. */
type Expansions = { queryKey: string; graphs: GraphData[] };

const noGraphs: GraphData[] = [];

export function LineageView({ rootId, selectedId, onSelect }: LineageViewProps) {
  const { t } = useLanguage();
  const client = useClient();
  const graphRef = useRef<GraphCanvasHandle>(null);
  const [direction, setDirection] = useState<Direction>('BOTH');
  const [depth, setDepth] = useState(6);
  const [expansions, setExpansions] = useState<Expansions>({ queryKey: '', graphs: [] });
  const [expanding, setExpanding] = useState(0);
  const [expandFailure, setExpandFailure] = useState<string | null>(null);

  const variables = useMemo(() => ({ documentId: rootId, direction, depth }), [rootId, direction, depth]);
  const queryKey = JSON.stringify(variables);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LineageQuery, variables });

  const graph = data?.lineage;
  const expansionGraphs = expansions.queryKey === queryKey ? expansions.graphs : noGraphs;
  const elements = useMemo(
    () => (graph ? documentElements([graph, ...expansionGraphs], rootId) : []),
    [graph, expansionGraphs, rootId],
  );
  const stylesheet = useMemo(() => documentStylesheet(t), [t]);
  const nodeCount = elements.filter((e) => e.group === 'nodes').length;
  const edgeCount = elements.length - nodeCount;

  const expand = useCallback(
    async (id: string) => {
      setExpanding((n) => n + 1);
      setExpandFailure(null);
      const result = await client
        .query(LineageQuery, { documentId: id, direction: 'BOTH', depth: 1 })
        .toPromise();
      setExpanding((n) => n - 1);
      const expansion = result.data?.lineage;
      if (!expansion) {
        setExpandFailure(id);
        return;
      }
      setExpansions((current) => ({
        queryKey,
        graphs: [...(current.queryKey === queryKey ? current.graphs : []), expansion],
      }));
    },
    [client, queryKey],
  );

  const failedNode = elements.find((e) => e.group === 'nodes' && e.data.id === expandFailure);
  const failedLabel = failedNode?.group === 'nodes' ? failedNode.data.label : expandFailure;

  return (
    <section className="lineage" aria-label={t('lineage.ariaLabel')}>
      <LineageToolbar
        direction={direction}
        depth={depth}
        onDirection={setDirection}
        onDepth={setDepth}
        onFit={() => graphRef.current?.fit()}
        onRelayout={() => graphRef.current?.relayout()}
      />
      <div className="lineage__canvas">
        <GraphCanvas
          ref={graphRef}
          className="lineage-graph"
          testId="lineage-graph"
          elements={elements}
          stylesheet={stylesheet}
          selectedId={selectedId}
          onSelect={onSelect}
          onExpand={expand}
          ariaLabel={t('lineage.ariaLabel')}
        />
        {fetching && !graph && <div className="overlay-state">{t('lineage.loading')}</div>}
        {error && !graph && (
          <div className="overlay-state overlay-state--error" role="alert">
            {t(errorMessage(error).key, errorMessage(error).params)}
            <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('state.retry')}
            </button>
          </div>
        )}
        {graph && graph.nodes.length === 0 && (
          <div className="overlay-state" role="status">
            {t('state.documentNotFound')}
          </div>
        )}
      </div>
      <LineageLegend />
      <footer className="lineage__status" role="status">
        {graph && graph.nodes.length > 0 && <span>{t('lineage.stats', { nodes: nodeCount, edges: edgeCount })}</span>}
        {graph && graph.nodes.length === 1 && graph.edges.length === 0 && <span>{t('lineage.empty')}</span>}
        {graph?.truncated && <span className="lineage__warning">{t('lineage.truncated')}</span>}
        {expanding > 0 && <span>{t('lineage.expanding')}</span>}
        {expandFailure && (
          <span className="lineage__warning">{t('lineage.expandFailed', { label: failedLabel ?? '' })}</span>
        )}
        <span className="lineage__hint">{t('lineage.hint')}</span>
      </footer>
    </section>
  );
}
