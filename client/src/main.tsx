import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app/App.tsx';
import './app/app.css';
import { LanguageProvider } from './lib/language.tsx';
import { NavigationProvider } from './lib/navigation.tsx';
import { urqlClient } from './lib/urql-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must hold <div id="root">');

createRoot(container).render(
  <StrictMode>
    <Provider value={urqlClient}>
      <LanguageProvider>
        <NavigationProvider>
          <App />
        </NavigationProvider>
      </LanguageProvider>
    </Provider>
  </StrictMode>,
);
