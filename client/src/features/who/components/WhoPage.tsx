// "Ai phải làm gì?": which agencies must do a task, with the duty's words, source and lineage.
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { useNavigation } from '../../../lib/navigation.tsx';
import { whoPath } from '../../../lib/router.ts';
import { WhoMustDoQuery } from '../api/who-must-do.ts';
import { loadRecentTasks, saveRecentTasks, withRecentTask } from '../utils/recent-tasks.ts';
import { AgencyGroup } from './AgencyGroup.tsx';
import { WhoForm, type WhoQuestion } from './WhoForm.tsx';
import { WhoGraph } from './WhoGraph.tsx';
import './who.css';

const resultCount = 20;

export function WhoPage({ question }: { question: WhoQuestion }) {
  const { t } = useLanguage();
  const { navigate } = useNavigation();
  const [recentTasks, setRecentTasks] = useState(loadRecentTasks);
  const [selection, setSelection] = useState<{ key: string; agencyId: string } | null>(null);
  const task = question.task.trim();
  const variables = {
    task,
    locality: question.locality.trim() || null,
    level: question.level,
    first: resultCount,
  };
  const key = JSON.stringify(variables);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WhoMustDoQuery, variables, pause: task === '' });

  const groups = task === '' ? [] : (data?.whoMustDo ?? []);
  const selectedId = selection?.key === key ? selection.agencyId : groups[0]?.agency.id;
  const selected = groups.find((group) => group.agency.id === selectedId) ?? null;
  const failure = error ? errorMessage(error) : null;

  function ask(next: WhoQuestion) {
    const tasks = withRecentTask(recentTasks, next.task);
    setRecentTasks(tasks);
    saveRecentTasks(tasks);
    navigate(whoPath(next));
  }

  return (
    <div className="who page">
      <div className="who__bar">
        <h1 className="page__title">{t('who.title')}</h1>
        <WhoForm key={key} initial={question} recentTasks={recentTasks} onAsk={ask} />
      </div>
      <div className="who__body">
        <div className="who__results" aria-busy={fetching}>
          {task === '' && <p className="page-state">{t('who.hint')}</p>}
          {task !== '' && fetching && !data && <p className="page-state">{t('who.loading')}</p>}
          {failure && (
            <div className="page-state page-state--error" role="alert">
              {t(failure.key, failure.params)}
              <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
                {t('state.retry')}
              </button>
            </div>
          )}
          {task !== '' && data && groups.length === 0 && (
            <p className="page-state" data-testid="who-empty">
              {t('who.empty', { task })}
            </p>
          )}
          {groups.length > 0 && (
            <p className="who__count" role="status">
              {t('who.count', { agencies: groups.length, duties: groups.reduce((n, g) => n + Math.max(g.duties.length, g.matches.length), 0) })}
            </p>
          )}
          {groups.map((group) => (
            <AgencyGroup
              key={group.agency.id}
              group={group}
              selected={group.agency.id === selectedId}
              onSelect={() => setSelection({ key, agencyId: group.agency.id })}
            />
          ))}
        </div>
        {selected && (
          <aside className="who__graph" aria-label={t('who.graphTitle')}>
            <h2 className="who__graph-title">
              {t('who.graphTitle')} <span className="muted">{selected.agency.name}</span>
            </h2>
            <WhoGraph group={selected} />
          </aside>
        )}
      </div>
    </div>
  );
}
