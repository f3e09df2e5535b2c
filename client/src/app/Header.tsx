import { SearchBox } from '../features/search/components/SearchBox.tsx';
import { useLanguage } from '../lib/language.tsx';

export function Header({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, language, setLanguage } = useLanguage();
  return (
    <header className="app-header">
      <a className="app-header__brand" href="/" title={t('app.tagline')}>
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </a>
      <SearchBox onOpen={onOpen} />
      <button
        type="button"
        className="button button--quiet app-header__language"
        onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
        aria-label={t('app.language')}
        data-testid="language-toggle"
      >
        {t('app.switchLanguage')}
      </button>
    </header>
  );
}
