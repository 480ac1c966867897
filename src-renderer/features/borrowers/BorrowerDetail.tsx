import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../src-main/borrowers/contract';
import { useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { isLang } from '../../i18n/lang';
import { InsuranceStatusBadge, SuspendedBadge } from './badges';
import { BorrowerDialog } from './BorrowerDialog';
import { ContactsSection } from './ContactsSection';
import { DriversSection } from './DriversSection';
import { InsuranceSection } from './InsuranceSection';
import { SuspensionSection } from './SuspensionSection';

/** Everything about one borrower beside the list: who they are, who to call, cover, drivers, suspension. */
export function BorrowerDetailPanel({
  id,
  onClose,
  onChanged,
}: {
  id: number;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery('organisations.get', { id });
  const [editing, setEditing] = useState(false);
  const d = query.data;
  const changed = () => {
    query.reload();
    onChanged();
  };

  return (
    <aside
      className="detail-panel"
      aria-labelledby="borrower-detail-title"
      data-testid="borrower-detail"
      onKeyDown={(e) => {
        // Escape closes the panel, unless a dialog opened from it is in front (it closes first).
        if (e.key === 'Escape' && !document.querySelector('dialog[open]')) onClose();
      }}
    >
      <header className="detail-header">
        <h2 id="borrower-detail-title">{d ? d.name : t('common.loading')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('borrower.closeDetail')}
          data-testid="borrower-detail-close"
        >
          ×
        </button>
      </header>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {d ? (
        <div className="detail-body">
          <p className="badges">
            <InsuranceStatusBadge badge={d.insurance} testId="borrower-insurance-badge" />
            <SuspendedBadge suspended={d.suspended} />
          </p>
          <Identity d={d} onEdit={() => setEditing(true)} />
          <ContactsSection organisation={d} onChanged={changed} />
          <InsuranceSection organisation={d} onChanged={changed} />
          <DriversSection organisation={d} onChanged={changed} />
          <SuspensionSection organisation={d} onChanged={changed} />
        </div>
      ) : null}
      {editing && d ? (
        <BorrowerDialog detail={d} onClose={() => setEditing(false)} onSaved={changed} />
      ) : null}
    </aside>
  );
}

function Identity({ d, onEdit }: { d: OrganisationDetail; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const fact = (label: string, value: string | null | undefined, testId?: string) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    ) : null;
  const commune = [d.postcode, d.communeName].filter(Boolean).join(' ');
  return (
    <section className="panel">
      <div className="panel-title">
        <h3>{t('borrower.section.identity')}</h3>
        <button type="button" onClick={onEdit} data-testid="borrower-edit">
          {t('common.edit')}
        </button>
      </div>
      <dl className="facts">
        {fact(t('borrower.field.kind'), t(`borrower.kind.${d.kind}`))}
        {fact(t('borrower.field.rna'), d.rna, 'borrower-rna')}
        {fact(t('borrower.field.siret'), d.siret, 'borrower-siret')}
        {fact(
          t('borrower.representative'),
          [d.representativeName, d.representativeRole].filter(Boolean).join(', ') || null,
        )}
        {fact(t('borrower.field.address'), d.address)}
        {fact(
          t('borrower.field.communeName'),
          commune ? `${commune}${d.communeInsee ? ` (INSEE ${d.communeInsee})` : ''}` : null,
        )}
        {fact(t('borrower.field.email'), d.email)}
        {fact(t('borrower.field.phone'), d.phone)}
        {d.unpaidOwedCents > 0
          ? fact(t('borrower.owed'), formatMoney(d.unpaidOwedCents, lang), 'borrower-owed')
          : null}
        {fact(t('borrower.field.notes'), d.notes)}
        {fact(t('borrower.since'), formatDateShort(parisDateOf(d.createdAt), lang))}
      </dl>
    </section>
  );
}
