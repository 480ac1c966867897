import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { useQuery } from '../../api/hooks';
import { SelectField, TextField } from '../../components/fields';
import { parseInteger } from '../../format/numbers';

export interface AddDraft {
  resource: ResourceRowDto;
  quantity: number;
}

/**
 * The lines an amendment adds: a resource from the catalogue and a quantity, then « Ajouter la
 * ligne » (or Enter in the quantity); each can be dropped again before the amendment is recorded.
 */
export function AmendAddLines({
  value,
  onChange,
  errors,
}: {
  value: AddDraft[];
  onChange: (v: AddDraft[]) => void;
  /** The main side's refusals of the added lines, by position. */
  errors: Record<number, string>;
}) {
  const { t } = useTranslation();
  const catalogue = useQuery('resources.list', {});
  const [resourceId, setResourceId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [local, setLocal] = useState<{ resource?: string; quantity?: string }>({});
  const choices = (catalogue.data ?? []).filter((r) => r.status !== 'retired');

  const add = () => {
    const resource = choices.find((r) => String(r.id) === resourceId);
    const q = parseInteger(quantity);
    const problems = {
      resource: resource ? undefined : t('loans.amend.chooseResource'),
      quantity: q !== null && !Number.isNaN(q) && q >= 1 ? undefined : t('loans.amend.quantityInvalid'),
    };
    setLocal(problems);
    if (!resource || problems.quantity) return;
    onChange([...value, { resource, quantity: q as number }]);
    setResourceId('');
    setQuantity('1');
  };

  return (
    <fieldset data-testid="amend-add">
      <legend>{t('loans.amend.add')}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('loans.amend.noneToAdd')}</p>
      ) : (
        <ul data-testid="amend-added">
          {value.map((a, i) => (
            <li key={`${a.resource.id}-${i}`} data-testid={`amend-added-${a.resource.inventoryCode}`}>
              <span className="mono">{a.resource.inventoryCode}</span> {a.resource.name} × {a.quantity}{' '}
              <button
                type="button"
                className="link"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                aria-label={t('loans.amend.dropOf', { name: a.resource.name })}
              >
                ×
              </button>
              {errors[i] ? <p className="field-error">{errors[i]}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <SelectField
          label={t('loans.amend.resource')}
          name="amendResource"
          value={resourceId}
          onChange={setResourceId}
          placeholder={t('loans.amend.choose')}
          options={choices.map((r) => ({ value: String(r.id), label: `${r.inventoryCode} — ${r.name}` }))}
          error={local.resource}
          testId="amend-resource"
        />
        <div
          onKeyDown={(e) => {
            // Enter in the quantity adds the line rather than recording the amendment.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <TextField
            label={t('loans.amend.quantity')}
            name="amendQuantity"
            value={quantity}
            onChange={setQuantity}
            inputMode="numeric"
            error={local.quantity}
            testId="amend-quantity"
          />
        </div>
      </div>
      <div>
        <button type="button" onClick={add} data-testid="amend-add-line">
          {t('loans.amend.addLine')}
        </button>
      </div>
    </fieldset>
  );
}
