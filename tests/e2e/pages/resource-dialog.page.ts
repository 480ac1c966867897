import { expect, type Locator, type Page } from '@playwright/test';

export interface ResourceInput {
  name: string;
  inventoryCode: string;
  kind?: 'Matériel' | 'Salle' | 'Véhicule';
  category?: string;
  /** The owner's name as listed; by default the first one offered. */
  owner?: string;
  /** The storage place as listed ('Maison des associations — Toulouse (Toulouse)'); by default the first. */
  site?: string;
  /** As typed at the desk: '150', '12,50'. */
  deposit?: string;
  replacementValue?: string;
  dailyValue?: string;
}

/** The resource form (new resource, or an existing one's record), in French. */
export class ResourceDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly name: Locator;
  readonly inventoryCode: Locator;
  readonly category: Locator;
  readonly kind: Locator;
  readonly owner: Locator;
  readonly site: Locator;
  readonly deposit: Locator;
  readonly replacementValue: Locator;
  readonly dailyValue: Locator;
  readonly submit: Locator;
  readonly closeButton: Locator;
  /** The message above the form saying some fields need correcting. */
  readonly formNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('resource-dialog');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.name = this.root.getByRole('textbox', { name: 'Nom', exact: true });
    this.inventoryCode = this.root.getByRole('textbox', { name: 'Code inventaire', exact: true });
    this.category = this.root.getByRole('combobox', { name: 'Catégorie', exact: true });
    this.kind = this.root.getByRole('combobox', { name: 'Type', exact: true });
    this.owner = this.root.getByRole('combobox', { name: 'Propriétaire', exact: true });
    this.site = this.root.getByRole('combobox', { name: 'Lieu de rangement', exact: true });
    this.deposit = this.root.getByRole('textbox', { name: 'Caution par unité', exact: true });
    this.replacementValue = this.root.getByRole('textbox', {
      name: 'Valeur de remplacement par unité',
      exact: true,
    });
    this.dailyValue = this.root.getByRole('textbox', {
      name: 'Valorisation par jour et par unité',
      exact: true,
    });
    this.submit = this.root.getByRole('button', { name: /^(Ajouter au catalogue|Enregistrer)$/ });
    this.closeButton = this.root.getByRole('button', { name: 'Fermer' }).first();
    this.formNotice = this.root.getByRole('alert');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  async fill(input: ResourceInput): Promise<void> {
    if (input.kind) await this.kind.selectOption({ label: input.kind });
    await this.name.fill(input.name);
    await this.inventoryCode.fill(input.inventoryCode);
    if (input.category !== undefined) await this.category.fill(input.category);
    await choose(this.owner, input.owner);
    await choose(this.site, input.site);
    if (input.deposit !== undefined) await this.deposit.fill(input.deposit);
    if (input.replacementValue !== undefined) await this.replacementValue.fill(input.replacementValue);
    if (input.dailyValue !== undefined) await this.dailyValue.fill(input.dailyValue);
  }

  /** Fills the form of a new resource and submits it; the record of the new resource then opens. */
  async create(input: ResourceInput): Promise<void> {
    await this.fill(input);
    await this.submit.click();
    await expect(this.title).toContainText(input.inventoryCode);
  }

  /** The message shown under a field (linked to it by aria-describedby), once it is invalid. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expectFieldError(field, message);
  }

  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }
}

/**
 * A refusal shown where the agent is looking: the field is marked invalid, the message sits in the
 * field's own block right under it, and a screen reader reads it with the field (aria-describedby).
 */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(errorBeside(field)).toContainText(message);
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The error paragraph inside the field's own block, right under the control. */
export function errorBeside(field: Locator): Locator {
  return field
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]')
    .locator('.field-error');
}

async function choose(select: Locator, label: string | undefined): Promise<void> {
  if (label !== undefined) {
    await select.selectOption({ label });
    return;
  }
  // Keep what the form proposes (the owner defaults to the centre); otherwise the first real choice,
  // once the lookups have arrived (the first option is '— Choisir —').
  await expect(select.locator('option')).not.toHaveCount(1);
  if ((await select.inputValue()) === '') await select.selectOption({ index: 1 });
}
