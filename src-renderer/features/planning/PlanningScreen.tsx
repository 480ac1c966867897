import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';
import { todayFor, useSession } from '../../shell/session';
import { BookingEditor } from '../bookings/BookingEditor';
import { CheckoutDialog } from '../loans/CheckoutDialog';
import { ReturnDialog } from '../loans/ReturnDialog';
import { mondayOf } from './civil';
import { WeekPlanning } from './WeekPlanning';
import { ResourceCalendar } from './ResourceCalendar';
import { WhoHad } from './WhoHad';
import { PickList } from './PickList';
import './planning.css';

type View = 'week' | 'calendar' | 'whoHad' | 'pickList';
const VIEWS: readonly View[] = ['week', 'calendar', 'whoHad', 'pickList'];
type Action = { kind: 'booking' | 'checkout' | 'return'; id: number } | null;

/** A view named after the screen in the address (#/planning/pickList, as Today links to it). */
function viewInAddress(): View {
  const named = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return VIEWS.find((v) => v === named) ?? 'week';
}

/** Rooms and vehicles over a week, a resource's calendar, who had what, what to prepare. */
export function PlanningScreen() {
  const { t } = useTranslation();
  const { info } = useSession();
  const today = todayFor(info);
  const [view, setView] = useState<View>(viewInAddress);
  const [weekStart, setWeekStart] = useState(() => mondayOf(today));
  const [action, setAction] = useState<Action>(null);
  const [nonce, setNonce] = useState(0);
  const open = (id: number) => setAction({ kind: 'booking', id });
  const refresh = () => setNonce((n) => n + 1);

  return (
    <section className="screen planning" data-testid="screen-planning" aria-labelledby="planning-title">
      <header className="screen-header">
        <h1 id="planning-title">{t('planning.title')}</h1>
      </header>
      <Tabs
        tabs={VIEWS.map((id) => ({ id, label: t(`planning.tab.${id}`) }))}
        value={view}
        onChange={setView}
        label={t('planning.tabsLabel')}
        testId="planning-tabs"
      >
        {view === 'week' ? (
          <WeekPlanning key={nonce} today={today} weekStart={weekStart} onWeek={setWeekStart} onOpen={open} />
        ) : null}
        {view === 'calendar' ? <ResourceCalendar today={today} onOpen={open} /> : null}
        {view === 'whoHad' ? <WhoHad today={today} onOpen={open} /> : null}
        {view === 'pickList' ? <PickList today={today} /> : null}
      </Tabs>
      {action?.kind === 'booking' ? (
        <BookingEditor
          bookingId={action.id}
          onClose={() => setAction(null)}
          onSaved={refresh}
          onCheckout={(b) => setAction({ kind: 'checkout', id: b.id })}
          onReturn={(b) => setAction({ kind: 'return', id: b.id })}
        />
      ) : null}
      {action?.kind === 'checkout' ? (
        <CheckoutDialog bookingId={action.id} onClose={() => setAction(null)} onDone={refresh} />
      ) : null}
      {action?.kind === 'return' ? (
        <ReturnDialog bookingId={action.id} onClose={() => setAction(null)} onDone={refresh} />
      ) : null}
    </section>
  );
}
