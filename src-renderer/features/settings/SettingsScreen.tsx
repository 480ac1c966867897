import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';
import { CalendarSection } from './CalendarSection';
import { FairnessSection } from './FairnessSection';
import { LatenessSection } from './LatenessSection';
import './settings.css';

type Section = 'fairness' | 'lateness' | 'calendar';
const SECTIONS: readonly Section[] = ['fairness', 'lateness', 'calendar'];

/** The manager's settings: fairness rules, late returns and extensions, the opening calendar. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('fairness');
  return (
    <section className="screen settings" data-testid="screen-settings" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <p className="explain">{t('settings.intro')}</p>
      <Tabs
        tabs={SECTIONS.map((id) => ({ id, label: t(`settings.tab.${id}`) }))}
        value={section}
        onChange={setSection}
        label={t('settings.tabsLabel')}
        testId="settings-tabs"
      >
        {section === 'fairness' ? <FairnessSection /> : null}
        {section === 'lateness' ? <LatenessSection /> : null}
        {section === 'calendar' ? <CalendarSection /> : null}
      </Tabs>
    </section>
  );
}
