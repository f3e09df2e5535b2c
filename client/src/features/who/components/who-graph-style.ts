// The stylesheet of the who-must-do graph: the agency, its duties, their articles and documents.
import type cytoscape from 'cytoscape';
import { levelColors, levels } from '../../../lib/vocabulary.ts';

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

export function whoStylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 12,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-valign': 'center',
        'text-halign': 'center',
        width: 160,
        height: 40,
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-color': '#6b7280',
        color: '#1f2937',
      },
    },
    ...levels.map((level) => ({
      selector: `node[kind = "document"][level = "${level}"]`,
      style: { 'background-color': levelColors[level], 'border-color': levelColors[level], color: '#ffffff', 'font-weight': 600 },
    })),
    {
      selector: 'node[kind = "agency"]',
      style: { 'background-color': '#1f2937', 'border-color': '#1f2937', color: '#ffffff', 'font-weight': 700, height: 48 },
    },
    { selector: 'node[kind = "duty"]', style: { shape: 'rectangle', height: 48, 'font-size': 10 } },
    { selector: 'node[kind = "article"]', style: { 'border-style': 'dashed', height: 28 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'curve-style': 'bezier',
        'line-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#94a3b8',
      },
    },
    { selector: 'edge[kind = "LEAD"]', style: { 'line-color': '#1f2937', 'target-arrow-color': '#1f2937', width: 2.2 } },
    { selector: 'edge[kind = "SUPPORT"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[kind = "BASED_ON"]', style: { 'line-color': '#334155', 'target-arrow-color': '#334155' } },
  ];
}
