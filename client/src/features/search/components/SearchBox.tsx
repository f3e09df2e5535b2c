// The header search: suggestions as the officer types; click or Enter opens a document.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { yearOf } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { levelColors, levelKey, toLevel } from '../../../lib/vocabulary.ts';
import { SearchDocumentsQuery, type DocumentMatch } from '../api/search-documents.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import './search.css';

const pageSize = 12;

export function SearchBox({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useLanguage();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(0);
  // Enter pressed before the results for the latest keystrokes arrived: honour it when they do.
  const [enterPending, setEnterPending] = useState(false);
  const term = useDebouncedValue(text.trim(), 180);

  const [{ data, fetching, error }] = useQuery({
    query: SearchDocumentsQuery,
    variables: { search: term, first: pageSize },
    pause: term === '',
  });

  const settled = term === text.trim() && !fetching;
  const matches = term === '' ? [] : (data?.documents.edges.map((edge) => edge.node) ?? []);
  const showList = open && text.trim() !== '';

  function choose(match: DocumentMatch | undefined) {
    setEnterPending(false);
    if (!match) return;
    setText(match.number ?? match.title ?? '');
    setOpen(false);
    onOpen(match.id);
  }

  useEffect(() => {
    if (enterPending && settled) choose(matches[highlighted] ?? matches[0]);
    // Only the arrival of results matters; `matches` is read as of that render.
  }, [enterPending, settled]);

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setHighlighted((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (settled) choose(matches[highlighted] ?? matches[0]);
      else setEnterPending(true);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const failure = error ? errorMessage(error) : null;

  return (
    <div className="search" role="search">
      <input
        className="search__input"
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[highlighted] ? `${listId}-${highlighted}` : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        onChange={(event) => {
          setText(event.target.value);
          setHighlighted(0);
          setEnterPending(false);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={handleKeyDown}
      />
      {showList && (
        <div className="search__popup">
          {failure && (
            <p className="search__state search__state--error" role="alert">
              {t(failure.key, failure.params)}
            </p>
          )}
          {!failure && !settled && matches.length === 0 && <p className="search__state">{t('search.loading')}</p>}
          {!failure && settled && matches.length === 0 && (
            <p className="search__state" data-testid="search-empty">
              {t('search.noResults')}
            </p>
          )}
          {matches.length > 0 && (
            <>
              <ul className="search__results" id={listId} role="listbox" aria-label={t('search.label')}>
                {matches.map((match, index) => (
                  <li
                    key={match.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === highlighted}
                    className={index === highlighted ? 'search-result is-highlighted' : 'search-result'}
                    data-testid="search-result"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setHighlighted(index)}
                    onClick={() => choose(match)}
                  >
                    <span
                      className={match.hasText ? 'level-dot' : 'level-dot level-dot--hollow'}
                      style={{
                        borderColor: levelColors[toLevel(match.level)],
                        background: match.hasText ? levelColors[toLevel(match.level)] : undefined,
                      }}
                      title={t(levelKey(match.level))}
                    />
                    <span className="search-result__number">{match.number ?? '—'}</span>
                    <span className="search-result__kind">{match.kind}</span>
                    <span className="search-result__year">{yearOf(match.issuedOn)}</span>
                    <span className="search-result__title">{match.title ?? t('search.untitled')}</span>
                  </li>
                ))}
              </ul>
              {data && (
                <p className="search__count">
                  {t('search.count', { shown: matches.length, total: data.documents.totalCount })}
                </p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
