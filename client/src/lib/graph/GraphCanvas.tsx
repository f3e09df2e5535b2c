// Owns a Cytoscape instance: created on mount, destroyed on unmount, fed element changes in a batch.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

cytoscape.use(dagre);

declare global {
  interface Window {
    /** The live graph, for browser tests that read node ids and labels or emit taps. */
    __cancuCy?: cytoscape.Core;
  }
}

export type GraphElement = {
  group: 'nodes' | 'edges';
  data: { id: string; [key: string]: unknown };
};

export type GraphCanvasHandle = { fit: () => void; relayout: () => void };

/** Which way the hierarchy reads: bottom-to-top puts every basis above what cites it. */
export type GraphDirection = 'BT' | 'TB';

type GraphCanvasProps = {
  elements: readonly GraphElement[];
  stylesheet: cytoscape.StylesheetJson;
  direction?: GraphDirection;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  onExpand?: (id: string) => void;
  ariaLabel: string;
  className: string;
  testId: string;
  ref?: Ref<GraphCanvasHandle>;
};

const padding = 32;
// Fitting a handful of nodes would blow them up; past this zoom the view only centres.
const comfortableZoom = 1.2;

function fitView(cy: cytoscape.Core): void {
  cy.fit(undefined, padding);
  if (cy.zoom() > comfortableZoom) {
    cy.zoom(comfortableZoom);
    cy.center();
  }
}

function runLayout(cy: cytoscape.Core, direction: GraphDirection): void {
  cy.layout({
    name: 'dagre',
    rankDir: direction,
    ranker: 'network-simplex',
    nodeSep: direction === 'BT' ? 56 : 16,
    rankSep: direction === 'BT' ? 70 : 40,
    edgeSep: 12,
    fit: false,
    // Dagre's bends route an edge that skips a rank around the nodes in between; they are
    // computed from final positions, hence no animation.
    useDagreEdgeControlPoints: true,
    animate: false,
  } as cytoscape.LayoutOptions).run();
  // The bends live in each edge's scratch, which the stylesheet reads: make it read them again.
  cy.style().update();
  fitView(cy);
}

/** Adds what is new, updates what stayed, removes what went; says whether the set changed. */
function applyElements(cy: cytoscape.Core, elements: readonly GraphElement[]): boolean {
  const wanted = new Set(elements.map((element) => element.data.id));
  let changed = false;
  cy.batch(() => {
    const gone = cy.elements().filter((element) => !wanted.has(element.id()));
    if (gone.nonempty()) {
      changed = true;
      cy.remove(gone);
    }
    const added: cytoscape.ElementDefinition[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id);
      if (existing.nonempty()) existing.data(element.data);
      else added.push({ group: element.group, data: { ...element.data } });
    }
    if (added.length > 0) {
      changed = true;
      cy.add(added);
    }
  });
  return changed;
}

export function GraphCanvas({
  elements,
  stylesheet,
  direction = 'BT',
  selectedId = null,
  onSelect,
  onExpand,
  ariaLabel,
  className,
  testId,
  ref,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };
  const directionRef = useRef(direction);
  directionRef.current = direction;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: stylesheet,
      minZoom: 0.05,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => handlers.current.onSelect?.(event.target.id()));
    cy.on('dbltap', 'node', (event) => handlers.current.onExpand?.(event.target.id()));
    cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
    cy.on('mouseout', 'node', () => (container.style.cursor = ''));
    const resizeObserver = new ResizeObserver(() => cy.resize());
    resizeObserver.observe(container);
    cyRef.current = cy;
    window.__cancuCy = cy;
    return () => {
      resizeObserver.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cancuCy === cy) delete window.__cancuCy;
    };
    // Created once: later stylesheets and elements arrive through the effects below.
  }, []);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (applyElements(cy, elements)) runLayout(cy, directionRef.current);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.focus').removeClass('focus');
      if (selectedId) cy.getElementById(selectedId).addClass('focus');
    });
  }, [selectedId, elements]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        if (cyRef.current) fitView(cyRef.current);
      },
      relayout: () => {
        if (cyRef.current) runLayout(cyRef.current, directionRef.current);
      },
    }),
    [],
  );

  return <div ref={containerRef} className={className} data-testid={testId} role="img" aria-label={ariaLabel} />;
}
