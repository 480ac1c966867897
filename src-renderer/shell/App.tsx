import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../src-main/system/contract';
import type { StaffDto } from '../../src-main/staff/contract';
import { call } from '../api/client';
import { PinProvider } from '../api/hooks';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { BorrowersScreen } from '../features/borrowers/BorrowersScreen';
import { BookingsScreen } from '../features/bookings/BookingsScreen';
import { LoansScreen } from '../features/loans/LoansScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { DepositsScreen } from '../features/deposits/DepositsScreen';
import { IncidentsScreen } from '../features/incidents/IncidentsScreen';
import { PlanningScreen } from '../features/planning/PlanningScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { formatDateTime } from '../format/dates';
import { isLang, type Lang } from '../i18n/lang';
import { useHashRoute } from './route';
import { SearchFocusProvider } from './search-focus';
import { currentStaff, DEFAULT_STAFF, setCurrentStaff } from './staff-store';
import { ToastProvider } from './toast';
import { SessionContext } from './session';
import { StaffSelector, LanguageSwitch } from './desk-controls';

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; info: AppInfo; staff: StaffDto[] }
  | { state: 'error'; message: string };

/** The screens of the desk, in the order of the navigation. Today, Bookings… join this list. */
const SCREENS = [
  { id: 'today', label: 'nav.today', render: () => <TodayScreen /> },
  { id: 'catalogue', label: 'nav.catalogue', render: () => <CatalogueScreen /> },
  { id: 'borrowers', label: 'nav.borrowers', render: () => <BorrowersScreen /> },
  { id: 'bookings', label: 'nav.bookings', render: () => <BookingsScreen /> },
  { id: 'loans', label: 'nav.loans', render: () => <LoansScreen /> },
  { id: 'planning', label: 'nav.planning', render: () => <PlanningScreen /> },
  { id: 'deposits', label: 'nav.deposits', render: () => <DepositsScreen /> },
  { id: 'incidents', label: 'nav.incidents', render: () => <IncidentsScreen /> },
  { id: 'settings', label: 'nav.settings', render: () => <SettingsScreen /> },
] as const satisfies readonly { id: string; label: string; render: () => ReactNode }[];

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    void Promise.all([call('app.info', {}), call('staff.list', {})]).then(([info, staff]) => {
      if (!alive) return;
      if (!info.ok) return setBoot({ state: 'error', message: info.error.message });
      if (!staff.ok) return setBoot({ state: 'error', message: staff.error.message });
      setBoot({ state: 'ready', info: info.value, staff: staff.value });
    });
    return () => {
      alive = false;
    };
  }, [attempt]);

  useEffect(() => {
    document.body.dataset.appState = boot.state;
  }, [boot.state]);

  if (boot.state === 'loading') {
    return (
      <div className="boot" data-testid="app-loading" aria-busy="true">
        {t('app.loading')}
      </div>
    );
  }
  if (boot.state === 'error') {
    return (
      <main className="boot boot-error" data-testid="app-error">
        <h1>{t('app.errorTitle')}</h1>
        <p role="alert">{boot.message}</p>
        <button type="button" className="primary" onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  return (
    <ToastProvider>
      <PinProvider>
        <SearchFocusProvider>
          <Desk info={boot.info} staff={boot.staff} />
        </SearchFocusProvider>
      </PinProvider>
    </ToastProvider>
  );
}

function Desk({ info, staff }: { info: AppInfo; staff: StaffDto[] }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [route, navigate] = useHashRoute(SCREENS[0].id);
  const screen = SCREENS.find((s) => s.id === route) ?? SCREENS[0];
  const profiles = staff.filter((s) => s.name !== 'cli');
  const [profile, setProfile] = useState(() => pickProfile(profiles, currentStaff()));
  const centreName = info.centreName ?? t('app.defaultCentreName');

  useEffect(() => {
    setCurrentStaff(profile);
  }, [profile]);
  useEffect(() => {
    document.title = `${t(screen.label)} — Comptoir — ${centreName}`;
  }, [t, screen.label, centreName]);

  const onNav = useCallback(
    (id: string) => (e: React.MouseEvent) => {
      e.preventDefault();
      navigate(id);
    },
    [navigate],
  );

  return (
    <SessionContext.Provider value={{ info, staff: profile }}>
      <div className="app">
        <a className="skip-link" href="#main-content">
          {t('app.skipToContent')}
        </a>
        {info.clockFixed ? (
          <header className="clock-banner">
            <p role="note" data-testid="clock-banner">
              {t('app.clockFixed', { date: formatDateTime(info.now, lang) })}
            </p>
          </header>
        ) : null}
        <div className="layout">
          <aside className="sidebar">
            <div className="brand">
              <span className="brand-name">Comptoir</span>
              <span className="centre-name" data-testid="centre-name">
                {centreName}
              </span>
            </div>
            <nav aria-label={t('nav.label')}>
              <ul className="nav-list">
                {SCREENS.map((s) => (
                  <li key={s.id}>
                    <a
                      href={`#/${s.id}`}
                      onClick={onNav(s.id)}
                      aria-current={s.id === screen.id ? 'page' : undefined}
                      data-testid={`nav-${s.id}`}
                    >
                      {t(s.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="sidebar-footer">
              <StaffSelector profiles={profiles} value={profile} onChange={setProfile} />
              <LanguageSwitch />
              <p className="shortcut-hint">{t('app.shortcutHint')}</p>
            </div>
          </aside>
          <main id="main-content" className="main" tabIndex={-1}>
            {screen.render()}
          </main>
        </div>
      </div>
    </SessionContext.Provider>
  );
}

function pickProfile(profiles: StaffDto[], stored: string): string {
  if (profiles.some((p) => p.name === stored)) return stored;
  if (profiles.some((p) => p.name === DEFAULT_STAFF)) return DEFAULT_STAFF;
  return profiles[0]?.name ?? DEFAULT_STAFF;
}
