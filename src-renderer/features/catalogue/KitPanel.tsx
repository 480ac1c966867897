import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ResourceDetailDto } from '../../../src-main/catalog/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Messages, Notice } from '../../components/Notice';
import { matchesSearch } from '../../components/search-text';
import { parseInteger } from '../../format/numbers';
import { useToast } from '../../shell/toast';

interface Line {
  componentId: number;
  name: string;
  inventoryCode: string;
  quantity: string;
}

/** The kit's composition, edited as a whole list and saved in one call. */
export function KitPanel({
  detail,
  onUpdated,
}: {
  detail: ResourceDetailDto;
  onUpdated: (d: ResourceDetailDto) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const candidates = useQuery('resources.list', {});
  const [lines, setLines] = useState<Line[]>(() =>
    detail.components.map((c) => ({
      componentId: c.id,
      name: c.name,
      inventoryCode: c.inventoryCode,
      quantity: String(c.quantity),
    })),
  );
  const [search, setSearch] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);

  const suggestions = useMemo(() => {
    if (search.trim() === '') return [];
    const taken = new Set(lines.map((l) => l.componentId));
    return (candidates.data ?? [])
      .filter((r) => r.id !== detail.id && !taken.has(r.id))
      .filter((r) => matchesSearch(`${r.name} ${r.inventoryCode}`, search))
      .slice(0, 8);
  }, [candidates.data, search, lines, detail.id]);

  // Errors come back as components.N.componentId / components.N.quantity.
  const lineErrors: Record<number, string> = { ...local };
  const otherErrors: string[] = [];
  for (const f of fieldErrorsOf(error)) {
    const m = /^components\.(\d+)\./.exec(f.path);
    if (m) lineErrors[Number(m[1])] ??= f.message;
    else otherErrors.push(f.message);
  }

  const save = async () => {
    const bad: Record<number, string> = {};
    const components = lines.map((l, i) => {
      const q = parseInteger(l.quantity);
      if (q === null || Number.isNaN(q)) bad[i] = t('form.integer_invalid');
      return { componentId: l.componentId, quantity: q ?? 0 };
    });
    setLocal(bad);
    if (Object.keys(bad).length > 0) return;
    setBusy(true);
    const env = await run('resources.setComponents', {
      kitId: detail.id,
      version: detail.version,
      components,
    });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    setError(null);
    onUpdated(env.value);
    notify(t('kit.saved'));
  };

  return (
    <div className="panel-stack" data-testid="kit-panel">
      <section className="panel">
        <h3>{t('kit.title')}</h3>
        <p className="muted">{t('kit.explain')}</p>
        {error && (otherErrors.length > 0 || Object.keys(lineErrors).length === 0) ? (
          <Notice tone="error">
            <Messages list={otherErrors} fallback={error.message} />
          </Notice>
        ) : null}
        {lines.length === 0 ? (
          <p data-testid="kit-empty">{t('kit.empty')}</p>
        ) : (
          <table className="simple-table" aria-label={t('kit.title')}>
            <thead>
              <tr>
                <th scope="col">{t('resource.field.inventoryCode')}</th>
                <th scope="col">{t('resource.field.name')}</th>
                <th scope="col">{t('kit.quantity')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={l.componentId} data-testid={`kit-line-${l.inventoryCode}`}>
                  <td className="mono">{l.inventoryCode}</td>
                  <td>
                    {l.name}
                    {lineErrors[i] ? <p className="field-error">{lineErrors[i]}</p> : null}
                  </td>
                  <td>
                    <input
                      className="input-narrow"
                      inputMode="numeric"
                      value={l.quantity}
                      aria-label={t('kit.quantityOf', { name: l.name })}
                      aria-invalid={Boolean(lineErrors[i])}
                      onChange={(e) =>
                        setLines((ls) => ls.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))
                      }
                      data-testid={`kit-quantity-${l.inventoryCode}`}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      onClick={() => {
                        setLines((ls) => ls.filter((_, j) => j !== i));
                        setError(null);
                        setLocal({});
                      }}
                      aria-label={t('kit.removeOne', { name: l.name })}
                      data-testid={`kit-remove-${l.inventoryCode}`}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="kit-add">
          <label htmlFor="kit-search">{t('kit.add')}</label>
          <input
            id="kit-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('kit.searchPlaceholder')}
            autoComplete="off"
            data-testid="kit-search"
          />
          {suggestions.length > 0 ? (
            <ul className="suggestions" data-testid="kit-suggestions">
              {suggestions.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="suggestion"
                    onClick={() => {
                      setLines((ls) => [
                        ...ls,
                        { componentId: r.id, name: r.name, inventoryCode: r.inventoryCode, quantity: '1' },
                      ]);
                      setSearch('');
                    }}
                    data-testid={`kit-add-${r.inventoryCode}`}
                  >
                    <span className="mono">{r.inventoryCode}</span> {r.name}
                    <span className="muted"> · {t(`resource.kind.${r.kind}`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : search.trim() !== '' ? (
            <p className="muted">{t('kit.noMatch')}</p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={save} disabled={busy} data-testid="kit-save">
            {t('kit.save')}
          </button>
        </div>
      </section>
      {detail.kits.length > 0 ? (
        <section className="panel">
          <h3>{t('kit.partOf')}</h3>
          <ul data-testid="kit-memberships">
            {detail.kits.map((k) => (
              <li key={k.id}>
                <span className="mono">{k.inventoryCode}</span> {k.name} × {k.quantity}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
