import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { BorrowersPage } from './pages/borrowers.page';

/** The smallest file the certificate store recognises as a PDF (it sniffs the bytes, not the name). */
const SCAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

test.describe('Borrowers', () => {
  test('a borrower created with a valid insurance certificate shows "Valide"', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'borrowers');
    const borrowers = new BorrowersPage(page);
    await borrowers.expectShown();

    await borrowers.createBorrower({
      name: 'Comité des fêtes de Lanta',
      rna: 'W313000123',
      siret: '732 829 320 00074',
      representativeName: 'Hélène Fabre',
      communeName: 'Lanta',
      communeInsee: '31271',
    });
    await expect(page.getByTestId('toast')).toContainText('« Comité des fêtes de Lanta » enregistré.');
    await expect(borrowers.detail.insuranceBadge).toHaveText('Aucune');
    await expect(borrowers.detail.root.getByTestId('borrower-siret')).toHaveText('73282932000074');

    await borrowers.addCertificate({
      insurer: 'MAIF',
      policyNumber: 'RC-2026-0042',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      scan: { name: 'attestation-maif-2026.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF },
    });
    await expect(borrowers.detail.insuranceBadge).toHaveText('Valide');
    const certificate = borrowers.detail.certificates.filter({ hasText: 'MAIF' });
    await expect(certificate).toContainText('contrat n° RC-2026-0042');
    await expect(certificate).toContainText('du 01/01/2026 au 31/12/2026');
    await expect(
      certificate.getByRole('button', { name: 'Voir le scan attestation-maif-2026.pdf' }),
    ).toBeVisible();

    // The list beside the record says the same at a glance.
    await borrowers.searchFor('Lanta');
    await expect(borrowers.table.rows).toHaveCount(1);
    await expect(await borrowers.insuranceInRow('Comité des fêtes de Lanta')).toHaveText('Valide');
  });

  const cases = [
    // The cover ends 12 days after the fixed clock's date: within the 30-day warning.
    {
      state: 'expiring within 30 days',
      validFrom: '2025-06-18',
      validTo: '2026-06-17',
      badge: 'Expire dans 12 j',
    },
    // Ended the week before.
    { state: 'expired', validFrom: '2025-06-01', validTo: '2026-05-31', badge: 'Expirée' },
  ];
  for (const c of cases) {
    test(`a certificate ${c.state} shows "${c.badge}"`, async ({ page, appUrl }) => {
      await new AppShell(page).open(appUrl, 'borrowers');
      const borrowers = new BorrowersPage(page);
      await borrowers.createBorrower({
        name: 'Foyer rural de Caraman',
        communeName: 'Caraman',
        communeInsee: '31106',
      });
      await borrowers.addCertificate({
        insurer: 'Groupama',
        policyNumber: 'FR-31-778',
        validFrom: c.validFrom,
        validTo: c.validTo,
      });
      await expect(borrowers.detail.insuranceBadge).toHaveText(c.badge);
      await borrowers.searchFor('Caraman');
      await expect(await borrowers.insuranceInRow('Foyer rural de Caraman')).toHaveText(c.badge);
    });
  }

  test('a SIRET with a wrong check digit is refused beside the field, and what was typed stays', async ({
    page,
    appUrl,
  }) => {
    await new AppShell(page).open(appUrl, 'borrowers');
    const borrowers = new BorrowersPage(page);
    const dialog = await borrowers.openNew();
    await dialog.fill({
      name: 'Association Les Tréteaux du Lauragais',
      siret: '732 829 320 00075',
      representativeName: 'Paul Viguier',
      communeName: 'Villefranche-de-Lauragais',
      communeInsee: '31582',
    });
    await dialog.submit.click();

    await dialog.expectFieldError(
      dialog.siret,
      'SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres).',
    );
    await expect(dialog.root).toBeVisible();
    await expect(dialog.name).toHaveValue('Association Les Tréteaux du Lauragais');
    await expect(dialog.siret).toHaveValue('732 829 320 00075');
    await expect(dialog.representativeName).toHaveValue('Paul Viguier');
    await expect(dialog.communeName).toHaveValue('Villefranche-de-Lauragais');
    await expect(dialog.name).not.toHaveAttribute('aria-invalid', 'true');

    await dialog.siret.fill('732 829 320 00074');
    await dialog.submit.click();
    await expect(dialog.root).toBeHidden();
    await expect(borrowers.detail.heading).toHaveText('Association Les Tréteaux du Lauragais');
    await expect(borrowers.detail.root.getByTestId('borrower-siret')).toHaveText('73282932000074');
  });
});
