import { useLanguage } from '../../../lib/language.tsx';
import { levelColors, levelKey, levels, relationKey, relations } from '../../../lib/vocabulary.ts';
import { relationColors } from '../../../lib/graph/document-graph-style.ts';

export function LineageLegend() {
  const { t } = useLanguage();
  return (
    <details className="lineage-legend" open>
      <summary>{t('legend.title')}</summary>
      <div className="lineage-legend__body">
        <section>
          <h3>{t('legend.levels')}</h3>
          <ul>
            {levels.map((level) => (
              <li key={level}>
                <span className="swatch swatch--filled" style={{ background: levelColors[level] }} />
                {t(levelKey(level))}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <ul>
            <li>
              <span className="swatch swatch--filled" style={{ background: levelColors.UNKNOWN }} />
              {t('legend.withText')}
            </li>
            <li>
              <span className="swatch swatch--hollow" style={{ borderColor: levelColors.UNKNOWN }} />
              {t('legend.citedOnly')}
            </li>
            <li>
              <span className="swatch swatch--root" />
              {t('legend.root')}
            </li>
          </ul>
        </section>
        <section>
          <h3>{t('legend.relations')}</h3>
          <ul>
            {relations
              .filter((kind) => kind !== 'DERIVED_FROM' && kind !== 'SAME_AS')
              .map((kind) => (
                <li key={kind}>
                  <span className="line-swatch" style={{ borderTopColor: relationColors[kind] }} />
                  {t(relationKey(kind))}
                </li>
              ))}
            <li>
              <span className="line-swatch line-swatch--dashed" style={{ borderTopColor: relationColors.DERIVED_FROM }} />
              {t('legend.inferred')}
            </li>
            <li>
              <span className="line-swatch line-swatch--dashed" style={{ borderTopColor: relationColors.SAME_AS }} />
              {t('relation.SAME_AS')}
            </li>
          </ul>
        </section>
      </div>
    </details>
  );
}
