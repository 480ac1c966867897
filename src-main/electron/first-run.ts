import type { App } from '../app';

/**
 * First run: a centre with neither organisations nor resources is offered the demonstration.
 * COMPTOIR_DEMO=load loads it without asking (training sessions), COMPTOIR_DEMO=skip never asks
 * (automated runs); anything else asks.
 */
export type DemoChoice = 'ask' | 'load' | 'skip';
export type FirstRunOutcome = 'not-empty' | 'skipped' | 'declined' | 'loaded' | 'failed';

export function demoChoiceFromEnv(env: Record<string, string | undefined> = process.env): DemoChoice {
  const value = env.COMPTOIR_DEMO?.trim().toLowerCase();
  return value === 'load' || value === 'skip' ? value : 'ask';
}

export async function isEmptyCentre(app: App): Promise<boolean> {
  const db = app.conn.db;
  const organisation = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (organisation) return false;
  const resource = await db.selectFrom('resources').select('id').limit(1).executeTakeFirst();
  return !resource;
}

export interface FirstRunDeps {
  choice: DemoChoice;
  ask(): Promise<boolean>;
  load(app: App): Promise<unknown>;
  onFailure(error: unknown): Promise<void>;
}

export async function offerDemoOnFirstRun(app: App, deps: FirstRunDeps): Promise<FirstRunOutcome> {
  if (!(await isEmptyCentre(app))) return 'not-empty';
  if (deps.choice === 'skip') return 'skipped';
  if (deps.choice === 'ask' && !(await deps.ask())) return 'declined';
  try {
    await deps.load(app);
    return 'loaded';
  } catch (e) {
    // The app still opens on the empty database: the demonstration is a convenience.
    console.error('[comptoir] demo data failed:', e);
    await deps.onFailure(e);
    return 'failed';
  }
}
