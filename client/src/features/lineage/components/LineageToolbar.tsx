import { useLanguage } from '../../../lib/language.tsx';
import type { Direction } from '../../../lib/vocabulary.ts';

const directions: Direction[] = ['UP', 'DOWN', 'BOTH'];
const depths = [1, 2, 3, 4, 5, 6, 8, 10];

type LineageToolbarProps = {
  direction: Direction;
  depth: number;
  onDirection: (direction: Direction) => void;
  onDepth: (depth: number) => void;
  onFit: () => void;
  onRelayout: () => void;
};

export function LineageToolbar({ direction, depth, onDirection, onDepth, onFit, onRelayout }: LineageToolbarProps) {
  const { t } = useLanguage();
  return (
    <div className="lineage-toolbar" role="toolbar" aria-label={t('lineage.ariaLabel')}>
      <button type="button" className="button" onClick={onFit} data-testid="toolbar-fit">
        {t('toolbar.fit')}
      </button>
      <button type="button" className="button" onClick={onRelayout}>
        {t('toolbar.relayout')}
      </button>
      <span className="lineage-toolbar__group" role="radiogroup" aria-label={t('toolbar.direction')}>
        <span className="lineage-toolbar__label">{t('toolbar.direction')}</span>
        {directions.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={direction === value}
            className={direction === value ? 'button button--segment is-active' : 'button button--segment'}
            onClick={() => onDirection(value)}
            data-testid={`toolbar-direction-${value}`}
          >
            {t(`direction.${value}`)}
          </button>
        ))}
      </span>
      <label className="lineage-toolbar__group">
        <span className="lineage-toolbar__label">{t('toolbar.depth')}</span>
        <select
          className="select"
          value={depth}
          onChange={(event) => onDepth(Number(event.target.value))}
          data-testid="toolbar-depth"
        >
          {depths.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
