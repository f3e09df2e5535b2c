import { SearchBox } from '../features/search/components/SearchBox.tsx';
import { useLanguage } from '../lib/language.tsx';
import { AppLink, useNavigation } from '../lib/navigation.tsx';
import { whoPath } from '../lib/router.ts';

type HeaderProps = {
  onOpen: (id: string) => void;
  /** Where "Lược đồ" leads: the last lineage opened, or the home page. */
  lineagePath: string;
};

export function Header({ onOpen, lineagePath }: HeaderProps) {
  const { t, language, setLanguage } = useLanguage();
  const { route } = useNavigation();
  const onLineage = route.page === 'home' || route.page === 'document';
  return (
    <header className="app-header">
      <AppLink className="app-header__brand" to="/" title={t('app.tagline')}>
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </AppLink>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <span aria-current={onLineage ? 'page' : undefined}>
          <AppLink to={lineagePath} className="app-nav__link" testId="nav-lineage">
            {t('nav.lineage')}
          </AppLink>
        </span>
        <span aria-current={route.page === 'who' ? 'page' : undefined}>
          <AppLink to={whoPath({ task: '' })} className="app-nav__link" testId="nav-who">
            {t('nav.who')}
          </AppLink>
        </span>
      </nav>
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
