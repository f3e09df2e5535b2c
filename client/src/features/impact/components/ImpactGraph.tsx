import { useMemo, useRef } from 'react';
import type { GraphData } from '../../../lib/graph/graph-data.ts';
import { GraphCanvas, type GraphCanvasHandle } from '../../../lib/graph/GraphCanvas.tsx';
import { useLanguage } from '../../../lib/language.tsx';
import { useNavigation } from '../../../lib/navigation.tsx';
import { impactPath } from '../../../lib/router.ts';
import { impactElements } from '../utils/impact-elements.ts';
import { impactColor, impactStylesheet } from './impact-graph-style.ts';

type ImpactGraphProps = {
  rootId: string;
  lineage: GraphData | null;
  graph: GraphData;
  depths: ReadonlyMap<string, number>;
};

export function ImpactGraph({ rootId, lineage, graph, depths }: ImpactGraphProps) {
  const { t } = useLanguage();
  const { navigate } = useNavigation();
  const handle = useRef<GraphCanvasHandle>(null);
  const elements = useMemo(() => impactElements([lineage, graph], rootId, depths), [lineage, graph, rootId, depths]);
  const stylesheet = useMemo(() => impactStylesheet(t), [t]);
  const maxDepth = Math.max(0, ...depths.values());
  return (
    <div className="impact-graph">
      <GraphCanvas
        ref={handle}
        elements={elements}
        stylesheet={stylesheet}
        className="impact-graph__canvas"
        testId="impact-graph"
        ariaLabel={t('impact.graphLabel')}
        onExpand={(id) => navigate(impactPath(id))}
      />
      <div className="impact-graph__legend">
        <span>{t('impact.depthLegend')}</span>
        {Array.from({ length: Math.min(maxDepth, 6) + 1 }, (_, depth) => (
          <span key={depth} className="impact-graph__swatch" style={{ background: impactColor, opacity: 1 - 0.7 * (depth / Math.max(1, Math.min(maxDepth, 6))) }}>
            {depth}
          </span>
        ))}
        <span className="muted">{t('impact.fadedLegend')}</span>
        <button type="button" className="button" onClick={() => handle.current?.fit()}>
          {t('toolbar.fit')}
        </button>
      </div>
      {graph.truncated && <p className="impact-graph__warning">{t('lineage.truncated')}</p>}
    </div>
  );
}
