// The Cytoscape stylesheet of document graphs: colour by level, fill by text, line by relation.
import type cytoscape from 'cytoscape';
import type { Translate } from '../language.tsx';
import { levelColors, levels, relationKey, relations, type Relation } from '../vocabulary.ts';

export const relationColors: Record<Relation, string> = {
  BASED_ON: '#334155',
  IMPLEMENTS: '#7c3aed',
  GUIDES: '#0f766e',
  AMENDS: '#c2410c',
  SUPERSEDES: '#be185d',
  REPEALS: '#7f1d1d',
  CORRECTS: '#a16207',
  CITES: '#94a3b8',
  DERIVED_FROM: '#64748b',
  SAME_AS: '#0891b2',
};

const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const fontSize = 12;
const minWidth = 96;
const maxWidth = 250;
const horizontalPadding = 24;

let measuringContext: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, number>();

/** The rendered width of one caption line, measured once on a canvas with the node's font. */
function lineWidth(line: string): number {
  const known = measured.get(line);
  if (known !== undefined) return known;
  measuringContext ??= document.createElement('canvas').getContext('2d');
  let width = line.length * fontSize * 0.62;
  if (measuringContext) {
    measuringContext.font = `600 ${fontSize}px ${fontFamily}`;
    width = measuringContext.measureText(line).width;
  }
  measured.set(line, width);
  return width;
}

function captionLines(node: cytoscape.NodeSingular): string[] {
  return String(node.data('caption') ?? '').split('\n');
}

/** Sizes a node to its caption, since Cytoscape no longer sizes nodes to their labels. */
function nodeWidth(node: cytoscape.NodeSingular): number {
  const longest = Math.max(...captionLines(node).map(lineWidth));
  return Math.min(maxWidth, Math.max(minWidth, Math.ceil(longest) + horizontalPadding));
}

function nodeHeight(node: cytoscape.NodeSingular): number {
  const textWidth = nodeWidth(node) - horizontalPadding + 2;
  const lines = captionLines(node).reduce((sum, line) => sum + Math.max(1, Math.ceil(lineWidth(line) / textWidth)), 0);
  return lines * (fontSize + 3) + 16;
}

export function documentStylesheet(t: Translate): cytoscape.StylesheetJson {
  const levelStyles = levels.flatMap((level) => [
    {
      selector: `node[level = "${level}"][?hasText]`,
      style: { 'background-color': levelColors[level], 'border-color': levelColors[level] },
    },
    {
      selector: `node[level = "${level}"][!hasText]`,
      style: { 'border-color': levelColors[level], color: levelColors[level] },
    },
  ]);

  const relationStyles = relations.map((kind) => ({
    selector: `edge[kind = "${kind}"]`,
    style: {
      label: t(relationKey(kind)),
      'line-color': relationColors[kind],
      'target-arrow-color': relationColors[kind],
      color: relationColors[kind],
    },
  }));

  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: nodeWidth,
        height: nodeHeight,
        label: 'data(caption)',
        'font-family': fontFamily,
        'font-size': fontSize,
        'font-weight': 600,
        'line-height': 1.25,
        'text-wrap': 'wrap',
        'text-max-width': (node: cytoscape.NodeSingular) => `${nodeWidth(node) - horizontalPadding + 2}px`,
        'text-overflow-wrap': 'anywhere',
        'text-valign': 'center',
        'text-halign': 'center',
        color: '#ffffff',
        'border-width': 1.5,
        'border-style': 'solid',
      },
    },
    {
      selector: 'node[!hasText]',
      style: {
        'background-color': '#ffffff',
        'border-width': 2,
        'border-style': 'dashed',
        'font-weight': 500,
      },
    },
    ...levelStyles,
    {
      selector: 'node[?isRoot]',
      style: {
        'underlay-color': '#f5b700',
        'underlay-padding': 5,
        'underlay-opacity': 0.85,
        'underlay-shape': 'round-rectangle',
      },
    },
    {
      selector: 'node.focus',
      style: { 'outline-width': 2.5, 'outline-color': '#111827', 'outline-offset': 1.5 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'unbundled-bezier',
        'control-point-weights': (edge: cytoscape.EdgeSingular) => edge.scratch('controlPointWeights') ?? [0.5],
        'control-point-distances': (edge: cytoscape.EdgeSingular) => edge.scratch('controlPointDistances') ?? [0],
        'edge-distances': 'intersection',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1,
        // Stop short of the node so the root's halo and the focus ring never hide an arrowhead.
        'target-distance-from-node': 5,
        'source-distance-from-node': 1,
        'font-family': fontFamily,
        'font-size': 11,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'none',
      },
    },
    ...relationStyles,
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge:selected', style: { width: 3 } },
  ];
}
