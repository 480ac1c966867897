import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { chooseTransport } from './api/transport';
import { initI18n, currentLang } from './i18n';
import { App } from './shell/App';
import { UnauthorizedPage } from './shell/UnauthorizedPage';
import { currentStaff } from './shell/staff-store';
import './styles.css';

const i18n = initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = createRoot(container);

function showUnauthorized() {
  document.body.dataset.appState = 'error';
  root.render(<UnauthorizedPage />);
}

const choice = chooseTransport(window);
if (choice.kind === 'no_token') {
  showUnauthorized();
} else {
  configureClient({
    transport: choice.transport,
    meta: () => ({ staff: currentStaff(), lang: currentLang() }),
    message: (reason) => i18n.t(`errors.${reason}`),
    onUnauthorized: showUnauthorized,
  });
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
