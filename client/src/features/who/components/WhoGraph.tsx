// The chosen result as a graph: where each duty of the agency is written and what that text rests on.
import { useMemo } from 'react';
import { GraphCanvas } from '../../../lib/graph/GraphCanvas.tsx';
import { useLanguage } from '../../../lib/language.tsx';
import { useNavigation } from '../../../lib/navigation.tsx';
import { agencyPath, documentPath } from '../../../lib/router.ts';
import type { AgencyDuties } from '../api/who-must-do.ts';
import { rankedDuties } from '../utils/ranked-duties.ts';
import { whoGraphElements, type WhoNodeData } from '../utils/who-graph-elements.ts';
import { whoStylesheet } from './who-graph-style.ts';

const stylesheet = whoStylesheet();

export function WhoGraph({ group }: { group: AgencyDuties }) {
  const { t } = useLanguage();
  const { navigate } = useNavigation();
  const elements = useMemo(
    () =>
      whoGraphElements(
        group.agency,
        rankedDuties(group).map((entry) => entry.duty),
        (number) => t('reader.articleLabel', { number }),
      ),
    [group, t],
  );

  function open(id: string) {
    const node = elements.find((element) => element.data.id === id)?.data as WhoNodeData | undefined;
    if (!node?.targetId) return;
    navigate(node.kind === 'agency' ? agencyPath(node.targetId) : documentPath(node.targetId));
  }

  return (
    <GraphCanvas
      elements={elements}
      stylesheet={stylesheet}
      direction="TB"
      onSelect={open}
      className="who-graph"
      testId="who-graph"
      ariaLabel={t('who.graphLabel', { name: group.agency.name })}
    />
  );
}
