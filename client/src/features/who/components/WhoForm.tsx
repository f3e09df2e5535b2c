// The question: a task with suggestions (past and common tasks, matching agencies), a place, a level.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { useLanguage } from '../../../lib/language.tsx';
import { useNavigation } from '../../../lib/navigation.tsx';
import { agencyPath } from '../../../lib/router.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { levelKey, levels, type Level } from '../../../lib/vocabulary.ts';
import { AgencySuggestionsQuery } from '../api/agency-suggestions.ts';
import { taskSuggestions } from '../utils/recent-tasks.ts';

export type WhoQuestion = { task: string; locality: string; level: Level | null };

type Suggestion = { kind: 'task'; task: string } | { kind: 'agency'; id: string; name: string };

type WhoFormProps = {
  initial: WhoQuestion;
  recentTasks: readonly string[];
  onAsk: (question: WhoQuestion) => void;
};

export function WhoForm({ initial, recentTasks, onAsk }: WhoFormProps) {
  const { t } = useLanguage();
  const { navigate } = useNavigation();
  const listId = useId();
  const [task, setTask] = useState(initial.task);
  const [locality, setLocality] = useState(initial.locality);
  const [level, setLevel] = useState<Level | null>(initial.level);
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(-1);
  const term = useDebouncedValue(task.trim(), 200);

  const [{ data }] = useQuery({
    query: AgencySuggestionsQuery,
    variables: { search: term, first: 5 },
    pause: term.length < 2,
  });
  const suggestions: Suggestion[] = [
    ...taskSuggestions(recentTasks, task).map((text) => ({ kind: 'task' as const, task: text })),
    ...(term.length < 2 ? [] : (data?.agencies.edges ?? [])).map(({ node }) => ({
      kind: 'agency' as const,
      id: node.id,
      name: node.name,
    })),
  ];
  const showList = open && suggestions.length > 0;

  function ask(question: WhoQuestion) {
    setOpen(false);
    if (question.task.trim()) onAsk(question);
  }

  function choose(suggestion: Suggestion) {
    if (suggestion.kind === 'agency') {
      navigate(agencyPath(suggestion.id));
      return;
    }
    setTask(suggestion.task);
    ask({ task: suggestion.task, locality, level });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setHighlighted((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter' && showList && suggestions[highlighted]) {
      event.preventDefault();
      choose(suggestions[highlighted]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    ask({ task, locality, level });
  }

  return (
    <form className="who-form" role="search" onSubmit={handleSubmit}>
      <div className="who-form__task">
        <input
          className="input who-form__input"
          type="search"
          value={task}
          placeholder={t('who.placeholder')}
          aria-label={t('who.taskLabel')}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
          autoComplete="off"
          spellCheck={false}
          data-testid="who-input"
          onChange={(event) => {
            setTask(event.target.value);
            setHighlighted(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
        />
        {showList && (
          <ul className="who-suggestions" id={listId} role="listbox" aria-label={t('who.suggestions')}>
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.kind === 'task' ? `task:${suggestion.task}` : `agency:${suggestion.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === highlighted}
                className={index === highlighted ? 'who-suggestion is-highlighted' : 'who-suggestion'}
                data-testid="who-suggestion"
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setHighlighted(index)}
                onClick={() => choose(suggestion)}
              >
                <span className="who-suggestion__kind">
                  {suggestion.kind === 'task' ? t('who.suggestTask') : t('who.suggestAgency')}
                </span>
                {suggestion.kind === 'task' ? suggestion.task : suggestion.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <input
        className="input who-form__locality"
        type="text"
        value={locality}
        placeholder={t('who.localityPlaceholder')}
        aria-label={t('who.locality')}
        data-testid="who-locality"
        onChange={(event) => setLocality(event.target.value)}
      />
      <select
        className="select"
        value={level ?? ''}
        aria-label={t('who.level')}
        data-testid="who-level"
        onChange={(event) => setLevel(event.target.value ? (event.target.value as Level) : null)}
      >
        <option value="">{t('who.anyLevel')}</option>
        {levels
          .filter((value) => value !== 'UNKNOWN')
          .map((value) => (
            <option key={value} value={value}>
              {t(levelKey(value))}
            </option>
          ))}
      </select>
      <button type="submit" className="button button--primary" data-testid="who-submit">
        {t('who.submit')}
      </button>
    </form>
  );
}
