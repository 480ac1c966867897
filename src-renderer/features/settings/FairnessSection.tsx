import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairnessRulesDto } from '../../../src-main/bookings/contract';
import { useApi, useQuery } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { Loaded, SettingsForm } from './SettingsForm';
import { limitsToInput, limitsToText, type LimitsText } from './settings-form';

const FIELDS = ['maxAdvanceDays', 'maxDurationDays', 'maxStockSharePercent'] as const;

/** How far ahead, how long, how much of a stock one booking may take (empty: no limit). */
export function FairnessSection() {
  const query = useQuery('bookings.getRules', {});
  return <Loaded query={query}>{(rules) => <FairnessForm rules={rules} />}</Loaded>;
}

function FairnessForm({ rules }: { rules: FairnessRulesDto }) {
  const { t } = useTranslation();
  const run = useApi();
  const [form, setForm] = useState<LimitsText<keyof FairnessRulesDto>>(() => limitsToText(rules, FIELDS));
  const parsed = limitsToInput(form, FIELDS);
  const local = Object.fromEntries(parsed.invalid.map((k) => [k, t('form.integer_invalid')]));

  return (
    <SettingsForm
      testId="settings-fairness"
      paths={FIELDS}
      local={local}
      save={() => run('bookings.setRules', parsed.value)}
      saved={t('settings.saved')}
    >
      {(byField) => (
        <>
          <p className="explain">{t('settings.fairness.explain')}</p>
          <div className="settings-fields">
            {FIELDS.map((k) => (
              <TextField
                key={k}
                label={t(`settings.fairness.${k}`)}
                name={k}
                value={form[k]}
                onChange={(v) => setForm((f) => ({ ...f, [k]: v }))}
                inputMode="numeric"
                hint={t('settings.noLimit')}
                error={byField[k]}
                className="settings-number"
              />
            ))}
          </div>
        </>
      )}
    </SettingsForm>
  );
}
