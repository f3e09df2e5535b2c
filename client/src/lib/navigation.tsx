// The current page lives in the URL; pushState moves between pages, so links, reloads and Back work.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { routeFromLocation, type Route } from './router.ts';

type Navigation = { route: Route; navigate: (path: string, options?: { replace?: boolean }) => void };

function currentRoute(): Route {
  const { pathname, search, hash } = window.location;
  return routeFromLocation(pathname, search, hash);
}

const NavigationContext = createContext<Navigation>({ route: { page: 'home' }, navigate: () => {} });

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(currentRoute);

  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, []);

  const navigate = useCallback((path: string, options?: { replace?: boolean }) => {
    const { pathname, search, hash } = window.location;
    if (pathname + search + hash !== path) {
      if (options?.replace) window.history.replaceState(null, '', path);
      else window.history.pushState(null, '', path);
    }
    setRoute(currentRoute());
    if (!path.includes('#')) window.scrollTo?.(0, 0);
  }, []);

  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** A plain click stays in the app; a middle or modified click keeps the browser's own behaviour. */
export function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type AppLinkProps = {
  to: string;
  children: ReactNode;
  className?: string;
  title?: string;
  testId?: string;
};

/** A real link (so it can open in a new tab) that moves within the app on a plain click. */
export function AppLink({ to, children, className, title, testId }: AppLinkProps) {
  const { navigate } = useNavigation();
  return (
    <a
      href={to}
      className={className}
      title={title}
      data-testid={testId}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
