import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposedReturn } from '../../../src-main/calendar/contract';
import type { Input } from '../../../src-main/api/contract';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { formatDateLong } from '../../format/dates';
import type { BookingDraft } from './booking-draft';
import { DATE_PATTERN, TIME_PATTERN, useLang } from './desk-format';
import { useDebounced } from './use-debounced';

/**
 * While the end is empty, or still the one proposed, the end follows the start and the resources:
 * the main side proposes pickup + the longest default loan length, moved to the next opening when
 * that day is closed. Typing an end stops it.
 */
export function useProposedEnd(
  draft: BookingDraft,
  setDraft: (f: (d: BookingDraft) => BookingDraft) => void,
) {
  const [following, setFollowing] = useState(draft.endDate === '' && draft.endTime === '');
  const [proposal, setProposal] = useState<ProposedReturn | null>(null);
  const start = useDebounced(`${draft.startDate}T${draft.startTime}`, 250);
  const [date = '', time = ''] = start.split('T');
  const resourceIds = [...new Set(draft.lines.map((l) => l.resourceId))].sort((a, b) => a - b);
  const ready = following && resourceIds.length > 0 && DATE_PATTERN.test(date) && TIME_PATTERN.test(time);
  const key = ready ? JSON.stringify({ resourceIds, pickup: { date, time } }) : null;
  useEffect(() => {
    if (key === null) return;
    let alive = true;
    void call('calendar.proposeReturn', JSON.parse(key) as Input<'calendar.proposeReturn'>).then((env) => {
      // Only while the end still follows, and for the start and resources asked about.
      if (!alive || !env.ok) return;
      setProposal(env.value);
      setDraft((d) => ({ ...d, endDate: env.value.date, endTime: env.value.time }));
    });
    return () => {
      alive = false;
    };
  }, [key, setDraft]);

  /** The agent typed an end: it is theirs from now on. */
  const endTyped = () => {
    setFollowing(false);
    setProposal(null);
  };
  return { proposal: following ? proposal : null, endTyped };
}

/** Says where the proposed end comes from, and why it moved when the due day is closed. */
export function ProposedEndHint({ proposal }: { proposal: ProposedReturn | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const year = Number((proposal?.dueDate ?? '2000').slice(0, 4));
  const holidays = useQuery('calendar.holidays', { year }, { skip: proposal?.closedReason !== 'holiday' });
  if (!proposal) return null;
  const days = t('proposedEnd.days', { count: proposal.loanDays });
  if (!proposal.shifted)
    return (
      <p className="field-hint" data-testid="booking-end-proposed">
        {t('proposedEnd.plain', { days })}
      </p>
    );
  const holiday = holidays.data?.find((h) => h.date === proposal.dueDate);
  const why =
    proposal.closedReason === 'holiday'
      ? holiday
        ? t('proposedEnd.holiday', { name: holiday.name[lang] })
        : t('proposedEnd.holidayUnnamed')
      : proposal.closedReason === 'closure'
        ? t('proposedEnd.closure', { label: proposal.closedLabel ?? '' })
        : t('proposedEnd.weekly');
  return (
    <p className="notice notice-info" role="status" data-testid="booking-end-proposed">
      {t('proposedEnd.shifted', {
        days,
        due: formatDateLong(proposal.dueDate, lang),
        why,
        date: formatDateLong(proposal.date, lang),
        time: proposal.time,
      })}
    </p>
  );
}
