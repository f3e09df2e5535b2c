// The impact layer over the document stylesheet: a halo whose strength falls with depth, the rest faded.
import type cytoscape from 'cytoscape';
import { documentStylesheet } from '../../../lib/graph/document-graph-style.ts';
import type { Translate } from '../../../lib/language.tsx';

export const impactColor = '#d9480f';

export function impactStylesheet(t: Translate): cytoscape.StylesheetJson {
  return [
    ...documentStylesheet(t),
    { selector: 'node[!affected]', style: { opacity: 0.22 } },
    { selector: 'edge[!affected]', style: { opacity: 0.15 } },
    {
      selector: 'node[?affected]',
      style: {
        'underlay-color': impactColor,
        'underlay-padding': 6,
        'underlay-opacity': 'data(intensity)',
        'underlay-shape': 'round-rectangle',
      },
    },
    { selector: 'edge[?affected]', style: { width: 2.4 } },
  ] as cytoscape.StylesheetJson;
}
