import { useTranslation } from 'react-i18next';
import type { StaffDto } from '../../src-main/staff/contract';
import { LANGS } from '../i18n/lang';

export function StaffSelector({
  profiles,
  value,
  onChange,
}: {
  profiles: StaffDto[];
  value: string;
  onChange: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-compact">
      <label htmlFor="staff-select">{t('app.profile')}</label>
      <select
        id="staff-select"
        data-testid="staff-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {profiles.map((p) => (
          <option key={p.id} value={p.name}>
            {p.role === 'manager' ? t('app.managerProfile', { name: p.name }) : p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const LANG_NAMES = { fr: 'Français', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={i18n.language === l}
          onClick={() => void i18n.changeLanguage(l)}
          data-testid={`lang-${l}`}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
