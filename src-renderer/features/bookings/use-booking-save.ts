import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, BookingWarningDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf, isPinError } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useToast } from '../../shell/toast';
import { changesOf, createInputOf, draftOf, hasChanges, type BookingDraft } from './booking-draft';

/** The call of a save that was refused: a manager's override replays that step. */
export type SaveStep = 'create' | 'update' | 'addLine';

/** A room on a day the centre is closed: the refusal a manager may override. */
export function closedDayRefusal(error: ErrorBody | null): string | null {
  return fieldErrorsOf(error).find((f) => f.code === 'room_closed_day')?.message ?? null;
}

/**
 * Saving the booking being edited: create, or the rule-checked steps that turn the saved booking
 * into the draft (update, lines removed, lines added); what succeeded stays saved. The opening
 * warnings of create/update are kept for the agent to read; a closed-day refusal can be replayed
 * with a manager's override of the step that was refused.
 */
export function useBookingSave({
  saved,
  setSaved,
  draft,
  setDraft,
  onSaved,
  onCreated,
}: {
  saved: BookingDto | null;
  setSaved: (b: BookingDto) => void;
  draft: BookingDraft;
  setDraft: (f: (d: BookingDraft) => BookingDraft) => void;
  onSaved: (b: BookingDto) => void;
  /** A new booking was saved; `stay` when it has warnings to read (the editor then shows it). */
  onCreated: (b: BookingDto, stay: boolean) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [failedStep, setFailedStep] = useState<SaveStep | null>(null);
  const [warnings, setWarnings] = useState<BookingWarningDto[]>([]);
  const [busy, setBusy] = useState(false);

  const refuse = (step: SaveStep, e: ErrorBody): ErrorBody => {
    // A PIN refused or not given leaves the refusal being overridden on screen.
    if (!isPinError(e) && !fieldErrorsOf(e).some((f) => f.path === 'overrideReason')) {
      setError(e);
      setFailedStep(step);
    }
    return e;
  };

  const showSaved = (b: BookingDto) => {
    setSaved(b);
    setDraft(() => draftOf(b));
  };

  /** Resolves to null once saved, or to the refusal. */
  const save = async (overrideReason: string | null = null): Promise<ErrorBody | null> => {
    const overrides = (step: SaveStep) => overrideReason !== null && failedStep === step;
    setBusy(true);
    try {
      if (saved === null) {
        const input = createInputOf(draft);
        const env = overrides('create')
          ? await run('bookings.createOverride', { ...input, overrideReason: overrideReason ?? '' })
          : await run('bookings.create', input);
        if (!env.ok) return refuse('create', env.error);
        setError(null);
        setWarnings(env.value.warnings);
        notify(t('booking.created', { id: env.value.id }));
        onSaved(env.value);
        if (env.value.warnings.length > 0) showSaved(env.value);
        onCreated(env.value, env.value.warnings.length > 0);
        return null;
      }
      const changes = changesOf(saved, draft);
      if (!hasChanges(changes)) {
        notify(t('common.nothingToSave'));
        return null;
      }
      let current = saved;
      let found: BookingWarningDto[] = [];
      if (Object.keys(changes.patch).length > 0) {
        const input = { id: current.id, version: current.version, ...changes.patch };
        const env = overrides('update')
          ? await run('bookings.updateOverride', { ...input, overrideReason: overrideReason ?? '' })
          : await run('bookings.update', input);
        if (!env.ok) return refuse('update', env.error);
        current = env.value;
        found = env.value.warnings;
        setSaved(current);
      }
      for (const lineId of changes.remove) {
        const env = await run('bookings.removeLine', { id: current.id, version: current.version, lineId });
        if (!env.ok) return refuse('update', env.error);
        current = env.value;
        setSaved(current);
      }
      for (const add of changes.add) {
        const before = new Set(current.lines.map((l) => l.id));
        const input = {
          id: current.id,
          version: current.version,
          resourceId: add.resourceId,
          quantity: add.quantity,
        };
        const env = overrides('addLine')
          ? await run('bookings.addLineOverride', { ...input, overrideReason: overrideReason ?? '' })
          : await run('bookings.addLine', input);
        if (!env.ok) {
          // Lines re-added after a quantity change are no longer saved: the draft keeps them as new.
          const kept = current;
          setDraft((d) => ({
            ...d,
            lines: d.lines.map((l) =>
              l.lineId !== null && !kept.lines.some((x) => x.id === l.lineId) ? { ...l, lineId: null } : l,
            ),
          }));
          return refuse('addLine', env.error);
        }
        current = env.value;
        setSaved(current);
        const added = current.lines.find((l) => !before.has(l.id) && l.kitLineId === null);
        if (added)
          setDraft((d) => ({
            ...d,
            lines: d.lines.map((l) => (l.key === add.key ? { ...l, lineId: added.id } : l)),
          }));
      }
      setError(null);
      setFailedStep(null);
      setWarnings(found);
      notify(t('common.saved'));
      onSaved(current);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!saved) return;
    setBusy(true);
    const env = await run('bookings.confirm', { id: saved.id, version: saved.version });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    showSaved(env.value);
    notify(t('booking.confirmed'));
    onSaved(env.value);
  };

  /** The step refused because of a closed day, when a manager may override it. */
  const overridable: SaveStep | null = closedDayRefusal(error) !== null ? failedStep : null;

  return { save, confirm, error, setError, warnings, busy, overridable };
}
