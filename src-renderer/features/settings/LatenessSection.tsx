import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatenessRules } from '../../../src-main/lateness/contract';
import { useApi, useQuery } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { formatMoney } from '../../format/money';
import { isLang } from '../../i18n/lang';
import { Loaded, SettingsForm } from './SettingsForm';
import { eurosText, limitsToInput, limitsToText, readEuros } from './settings-form';

const COUNTS = ['suspensionDays', 'suspensionAfterLateDays', 'maxExtensions'] as const;
/** Counts that must be given (the others, left empty, mean no limit). */
const REQUIRED = new Set<string>(['suspensionDays', 'suspensionAfterLateDays']);
const MONEY = { feePerDay: 'feePerDayCents', feeCap: 'feeCapCents' } as const;
type MoneyField = keyof typeof MONEY;

/** Late fee per day and its cap, the suspension proposed after a late return, extensions allowed. */
export function LatenessSection() {
  const query = useQuery('lateness.getRules', {});
  return (
    <Loaded query={query}>
      {(rules) => <LatenessForm key={rules.version} rules={rules} onReload={query.reload} />}
    </Loaded>
  );
}

function LatenessForm({ rules, onReload }: { rules: LatenessRules; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const [version, setVersion] = useState(rules.version);
  const [counts, setCounts] = useState(() => limitsToText(rules, COUNTS));
  const [money, setMoney] = useState<Record<MoneyField, string>>(() => ({
    feePerDay: eurosText(rules.feePerDayCents, lang),
    feeCap: eurosText(rules.feeCapCents, lang),
  }));

  const ints = limitsToInput(counts, COUNTS);
  const fee = readEuros(money.feePerDay);
  const cap = readEuros(money.feeCap);
  const local: Record<string, string> = {};
  for (const k of ints.invalid) local[k] = t('form.integer_invalid');
  for (const k of COUNTS)
    if (REQUIRED.has(k) && ints.value[k] === null && !local[k]) local[k] = t('settings.required');
  if (!fee.ok) local.feePerDayCents = t(`form.${fee.issue}`);
  else if (fee.cents === null) local.feePerDayCents = t('settings.required');
  if (!cap.ok) local.feeCapCents = t(`form.${cap.issue}`);

  const save = async () => {
    const env = await run('lateness.setRules', {
      version,
      feePerDayCents: fee.ok ? (fee.cents ?? 0) : 0,
      feeCapCents: cap.ok ? cap.cents : null,
      suspensionDays: ints.value.suspensionDays ?? 0,
      suspensionAfterLateDays: ints.value.suspensionAfterLateDays ?? 1,
      maxExtensions: ints.value.maxExtensions,
    });
    if (env.ok) setVersion(env.value.version);
    return env;
  };

  const count = (k: (typeof COUNTS)[number], byField: Record<string, string>, hint?: string) => (
    <TextField
      label={t(`settings.lateness.${k}`)}
      name={k}
      value={counts[k]}
      onChange={(v) => setCounts((c) => ({ ...c, [k]: v }))}
      inputMode="numeric"
      hint={hint}
      error={byField[k]}
      required={REQUIRED.has(k)}
      className="settings-number"
    />
  );
  const amount = (k: MoneyField, byField: Record<string, string>, hint: string, required = false) => {
    const read = readEuros(money[k]);
    const echo =
      read.ok && read.cents !== null
        ? t('settings.lateness.echo', { amount: formatMoney(read.cents, lang) })
        : null;
    return (
      <TextField
        label={t(`settings.lateness.${k}`)}
        name={MONEY[k]}
        value={money[k]}
        onChange={(v) => setMoney((m) => ({ ...m, [k]: v }))}
        inputMode="decimal"
        hint={echo ? `${echo} — ${hint}` : hint}
        error={byField[MONEY[k]]}
        required={required}
        className="field-money settings-number"
      />
    );
  };

  return (
    <SettingsForm
      testId="settings-lateness"
      paths={['feePerDayCents', 'feeCapCents', ...COUNTS]}
      local={local}
      save={save}
      saved={t('settings.saved')}
      // The API counts money in cents: a limit it names would read 100 times too big in euros.
      rewrite={(f) =>
        f.path.endsWith('Cents') && f.code === 'too_big' ? t('settings.lateness.amountTooBig') : f.message
      }
      onReload={onReload}
    >
      {(byField) => (
        <>
          <p className="explain">{t('settings.lateness.explain')}</p>
          <fieldset className="form-section">
            <legend>{t('settings.lateness.feesLegend')}</legend>
            <div className="settings-fields">
              {amount('feePerDay', byField, t('settings.lateness.feePerDayHint'), true)}
              {amount('feeCap', byField, t('settings.lateness.feeCapHint'))}
            </div>
          </fieldset>
          <fieldset className="form-section">
            <legend>{t('settings.lateness.suspensionLegend')}</legend>
            <div className="settings-fields">
              {count('suspensionDays', byField, t('settings.lateness.suspensionDaysHint'))}
              {count('suspensionAfterLateDays', byField, t('settings.lateness.suspensionAfterLateDaysHint'))}
            </div>
          </fieldset>
          <fieldset className="form-section">
            <legend>{t('settings.lateness.extensionsLegend')}</legend>
            <div className="settings-fields">{count('maxExtensions', byField, t('settings.noLimit'))}</div>
          </fieldset>
        </>
      )}
    </SettingsForm>
  );
}
